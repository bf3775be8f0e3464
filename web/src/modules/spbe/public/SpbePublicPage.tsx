/**
 * Indeks SPBE for citizens (/spbe): the latest final self-evaluation's index and predicate, its
 * domains and aspects, and the history across years. Nothing shows before the coordination team
 * finalizes a year; the history may still show the ministry's official results.
 */
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatDate } from '../../../i18n/format';
import { EmptyState, ErrorMessage, Loading } from '../../../ui/feedback';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useEvaluations, useIndex } from '../shared/api';
import { IndexView } from '../shared/IndexView';
import '../shared/spbe.css';
import { HistorySection } from './HistorySection';

export default function SpbePublicPage() {
  const { t } = useTranslation('spbe');
  useDocumentTitle(t('public.title'));
  const evaluations = useEvaluations();
  const [params, setParams] = useSearchParams();
  const finals = (evaluations.data ?? []).filter((e) => e.status === 'final').sort((a, b) => b.year - a.year);
  const chosen = finals.find((e) => String(e.year) === params.get('tahun')) ?? finals[0];
  const index = useIndex(chosen?.year, 'final');
  const title = chosen ? t('public.indexTitle', { year: chosen.year }) : '';

  return (
    <main id="main" className="page">
      <h1>{t('public.title')}</h1>
      <p className="lead">{t('public.lead')}</p>
      {evaluations.isPending ? (
        <Loading />
      ) : evaluations.isError ? (
        <ErrorMessage error={evaluations.error} />
      ) : !chosen ? (
        <EmptyState title={t('public.empty')}>
          <p>{t('public.emptyText')}</p>
        </EmptyState>
      ) : (
        <section aria-labelledby="spbe-latest">
          {finals.length > 1 && (
            <div className="field spbe-picker">
              <label htmlFor="spbe-year">{t('public.chooseYear')}</label>
              <select id="spbe-year" value={chosen.year} onChange={(e) => setParams({ tahun: e.target.value })}>
                {finals.map((e) => (
                  <option key={e.year} value={e.year}>
                    {e.year}
                  </option>
                ))}
              </select>
            </div>
          )}
          <h2 id="spbe-latest">{title}</h2>
          <p className="hint">
            {t('public.basis', { framework: chosen.frameworkName })}
            {chosen.finalizedAt && ` ${t('public.finalizedAt', { date: formatDate(chosen.finalizedAt) })}`}
          </p>
          {index.isPending ? (
            <Loading />
          ) : index.isError ? (
            <ErrorMessage error={index.error} />
          ) : (
            <IndexView index={index.data} title={title} idPrefix="spbe-public" headingLevel={3} />
          )}
        </section>
      )}
      <HistorySection />
    </main>
  );
}
