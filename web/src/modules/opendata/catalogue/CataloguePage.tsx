/**
 * Satu Data for citizens (/data): search the city's published datasets in full text, narrow them
 * by producer, topic, tag, format, frequency and year, sort and page. Each result links to its
 * dataset page. An empty answer says what to try instead.
 */
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSite } from '../../../api/site';
import { formatNumber } from '../../../i18n/format';
import { EmptyState, ErrorMessage, Loading } from '../../../ui/feedback';
import { Pagination } from '../../../ui/Pagination';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useDatasetSearch } from '../shared/api';
import '../shared/opendata.css';
import { type DatasetSort, SORTS } from '../shared/types';
import { DatasetResults } from './DatasetResults';
import { Facets } from './Facets';
import { useCatalogueParams } from './useCatalogueParams';
import { useWide } from './useWide';

export default function CataloguePage() {
  const { t } = useTranslation('opendata');
  useDocumentTitle(t('catalogue.title'));
  const site = useSite();
  const params = useCatalogueParams();
  const result = useDatasetSearch(params.query);
  const [text, setText] = useState(params.q);
  const [shownQ, setShownQ] = useState(params.q);
  const top = useRef<HTMLHeadingElement>(null);
  const wide = useWide();
  const chosenCount = Object.values(params.chosen).reduce((sum, values) => sum + values.length, 0);
  // The box follows the address when Back or a link changes the question.
  if (shownQ !== params.q) {
    setShownQ(params.q);
    setText(params.q);
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    params.search(text);
  };
  const goToPage = (n: number) => {
    params.setPage(n);
    top.current?.scrollIntoView({ block: 'start' });
  };

  return (
    <main id="main" className="page od-catalogue">
      <h1>{t('catalogue.title')}</h1>
      <p className="lead">{t('catalogue.lead', { city: site.data?.cityName ?? '' })}</p>
      <search>
        <form className="od-search" onSubmit={submit}>
          <label htmlFor="od-q">{t('catalogue.searchLabel')}</label>
          <div className="od-search-row">
            <input id="od-q" type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('catalogue.searchPlaceholder')} />
            <button type="submit" className="button">
              {t('catalogue.searchButton')}
            </button>
          </div>
        </form>
      </search>
      <div className="od-layout">
        <aside className="od-aside" aria-labelledby="od-facets-title">
          <h2 id="od-facets-title">{t('catalogue.filters')}</h2>
          {params.filtered && (
            <button type="button" className="link-button" onClick={params.clearFilters}>
              {t('catalogue.clearFilters')}
            </button>
          )}
          {/* On a phone the facets fold away, so the results come first into view; beside them they stay open. */}
          <details className="od-facets-fold" open={wide} key={wide ? 'wide' : 'narrow'}>
            <summary>
              {chosenCount > 0 ? t('catalogue.showFiltersChosen', { count: chosenCount, n: formatNumber(chosenCount) }) : t('catalogue.showFilters')}
            </summary>
            <Facets facets={result.data?.facets} chosen={params.chosen} onToggle={params.toggle} />
          </details>
        </aside>
        <section className="od-main" aria-labelledby="od-results-title">
          <div className="od-results-head">
            <h2 id="od-results-title" ref={top}>
              {t('catalogue.results')}
            </h2>
            <div className="field od-sort-field">
              <label htmlFor="od-sort">{t('catalogue.sort')}</label>
              <select id="od-sort" value={params.sort} onChange={(e) => params.setSort(e.target.value as DatasetSort)}>
                {SORTS.filter((s) => s !== 'relevance' || params.q).map((s) => (
                  <option key={s} value={s}>
                    {t(`sort.${s}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {result.isPending ? (
            <Loading />
          ) : result.isError ? (
            <ErrorMessage error={result.error} />
          ) : (
            <>
              <p className="od-count-line" role="status">
                {result.isFetching
                  ? t('catalogue.searching')
                  : params.q
                    ? t('catalogue.countFor', { count: result.data.total, n: formatNumber(result.data.total), q: params.q })
                    : t('catalogue.count', { count: result.data.total, n: formatNumber(result.data.total) })}
              </p>
              {result.data.items.length === 0 ? (
                <EmptyState title={params.q || params.filtered ? t('catalogue.empty') : t('catalogue.emptyAll')}>
                  {params.q || params.filtered ? (
                    <>
                      <p>{t('catalogue.emptyText')}</p>
                      <ul className="od-tips">
                        {params.q && <li>{t('catalogue.tipWords')}</li>}
                        {params.filtered && (
                          <li>
                            <button type="button" className="link-button" onClick={params.clearFilters}>
                              {t('catalogue.tipFilters')}
                            </button>
                          </li>
                        )}
                        <li>{t('catalogue.tipBrowse')}</li>
                      </ul>
                    </>
                  ) : (
                    <p>{t('catalogue.emptyAllText')}</p>
                  )}
                </EmptyState>
              ) : (
                <DatasetResults items={result.data.items} />
              )}
              <Pagination page={params.page} pageSize={result.data.pageSize ?? 20} total={result.data.total} onPage={goToPage} />
            </>
          )}
        </section>
      </div>
    </main>
  );
}
