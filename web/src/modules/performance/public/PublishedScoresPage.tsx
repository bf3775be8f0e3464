/**
 * Kinerja OPD for citizens (/kinerja): the quarters the mayor's team has published and, for one of
 * them, every OPD's composite score with its predicate and traffic light, its rank and trend, and
 * the findings published with it. Nothing shows before a quarter is published.
 */
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatDate } from '../../../i18n/format';
import { EmptyState, ErrorMessage, Loading } from '../../../ui/feedback';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { quarterName } from '../shared/quarters';
import '../shared/performance.css';
import { usePublishedList } from './api';
import { PublishedQuarterView } from './PublishedQuarterView';

export default function PublishedScoresPage() {
  const { t } = useTranslation('scores');
  useDocumentTitle(t('title'));
  const list = usePublishedList();
  const [params, setParams] = useSearchParams();
  const items = list.data ?? [];
  const chosen = items.find((p) => p.periodId === params.get('periode') && String(p.quarter) === params.get('tw')) ?? items[0];
  const choose = (value: string) => {
    const [periodId, quarter] = value.split(':');
    setParams({ periode: periodId, tw: quarter });
  };

  return (
    <main id="main" className="page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : !chosen ? (
        <EmptyState title={t('empty')}>
          <p>{t('emptyText')}</p>
        </EmptyState>
      ) : (
        <>
          <div className="field perf-picker">
            <label htmlFor="published-quarter">{t('choose')}</label>
            <select id="published-quarter" value={`${chosen.periodId}:${chosen.quarter}`} onChange={(e) => choose(e.target.value)}>
              {items.map((p) => (
                <option key={`${p.periodId}:${p.quarter}`} value={`${p.periodId}:${p.quarter}`}>
                  {t('option', { quarter: quarterName(p.quarter), year: p.year, date: formatDate(p.publishedAt) })}
                </option>
              ))}
            </select>
          </div>
          <PublishedQuarterView key={`${chosen.periodId}:${chosen.quarter}`} periodId={chosen.periodId} quarter={chosen.quarter} />
        </>
      )}
    </main>
  );
}
