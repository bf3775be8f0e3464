/** Daftar Aduan: every public complaint, newest first, filtered and paged by what the address says. */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../../../ui/useDocumentTitle';
import { ComplaintResults } from './ComplaintResults';
import { FilterForm } from './FilterForm';
import { filtersToParams, hasFilters } from './filters';
import { useBrowseFilters } from './useBrowseFilters';
import { usePublicList } from './usePublicList';
import './browse.css';

export default function ListPage() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('browse.listTitle'));
  const { filters, page, pageSize, applyFilters, setPage } = useBrowseFilters();
  const result = usePublicList(filters, page, pageSize);
  const top = useRef<HTMLHeadingElement>(null);

  const goToPage = (next: number) => {
    setPage(next);
    top.current?.scrollIntoView({ block: 'start' });
  };

  return (
    <main id="main" className="page">
      <h1>{t('browse.listTitle')}</h1>
      <p className="lead">{t('browse.listLead')}</p>
      <p>
        <Link to={`/peta?${filtersToParams(filters, 1, pageSize)}`}>{t('browse.toMap')}</Link>
      </p>
      <FilterForm key={`${filtersToParams(filters, 1, pageSize)}`} filters={filters} pageSize={pageSize} onApply={applyFilters} />
      <h2 ref={top} className="browse-results-title">
        {t('browse.resultsTitle')}
      </h2>
      <ComplaintResults
        result={result}
        page={page}
        pageSize={pageSize}
        onPage={goToPage}
        countKey="browse.count"
        emptyHint={hasFilters(filters) ? t('browse.emptyFiltered') : t('browse.emptyAll')}
      />
    </main>
  );
}
