/**
 * SAMBAT's figures per OPD for a period (GET /api/sambat/stats): how many complaints came in, were
 * routed, answered (and how many of those in time), closed; how long verifying and answering took;
 * how often answers were reopened; how satisfied reporters were. The table is the full record and
 * the text alternative of the charts, which load separately with chart.js.
 */
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../../../api/client';
import { formatDate } from '../../../../i18n/format';
import { EmptyState, ErrorMessage, Loading } from '../../../../ui/feedback';
import { useDocumentTitle } from '../../../../ui/useDocumentTitle';
import { useOpds } from '../../shared/hooks';
import type { StatsAnswer } from '../../shared/types';
import { opdLabel } from '../components/opdLabel';
import { StatsTable } from './StatsTable';
import '../officer.css';

const StatsCharts = lazy(() => import('./StatsCharts'));

export default function StatsPage() {
  const { t } = useTranslation('officer');
  useDocumentTitle(t('stats.title'));
  const opds = useOpds();
  const [params, setParams] = useSearchParams();
  const query = { from: params.get('dari') ?? '', to: params.get('sampai') ?? '', opdId: params.get('opd') ?? '' };
  const [form, setForm] = useState(query);
  const [dateError, setDateError] = useState(false);
  const stats = useQuery({
    queryKey: ['sambat', 'stats', query],
    queryFn: ({ signal }) => api.get<StatsAnswer>('/api/sambat/stats', query, signal),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const bad = !!form.from && !!form.to && form.to < form.from;
    setDateError(bad);
    if (bad) return;
    const next = new URLSearchParams();
    if (form.from) next.set('dari', form.from);
    if (form.to) next.set('sampai', form.to);
    if (form.opdId) next.set('opd', form.opdId);
    setParams(next);
  };

  return (
    <main id="main" className="page officer-page">
      <h1>{t('stats.title')}</h1>
      <p className="lead">{t('stats.intro')}</p>
      <form className="form" onSubmit={submit} noValidate aria-label={t('stats.formLabel')}>
        <div className="officer-filters">
          <div className="field">
            <label htmlFor="stats-from">{t('filters.from')}</label>
            <input id="stats-from" type="date" value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor="stats-to">{t('filters.to')}</label>
            <input
              id="stats-to"
              type="date"
              value={form.to}
              onChange={(e) => setForm({ ...form, to: e.target.value })}
              aria-invalid={dateError || undefined}
              aria-describedby={dateError ? 'stats-to-error' : undefined}
            />
            {dateError && (
              <p id="stats-to-error" className="field-error">
                {t('filters.dateOrder')}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor="stats-opd">{t('filters.opd')}</label>
            <select id="stats-opd" value={form.opdId} onChange={(e) => setForm({ ...form, opdId: e.target.value })}>
              <option value="">{t('filters.allOpds')}</option>
              {(opds.data ?? []).map((o) => (
                <option key={o.id} value={o.id}>
                  {opdLabel(o)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="button-row">
          <button type="submit" className="button">
            {t('stats.submit')}
          </button>
        </div>
      </form>
      {stats.isPending ? (
        <Loading />
      ) : stats.isError ? (
        <ErrorMessage error={stats.error} />
      ) : (
        <>
          <h2>{t('stats.period', { from: formatDate(stats.data.from), to: formatDate(stats.data.to) })}</h2>
          <p role="status" className="hint">
            {stats.isFetching ? t('list.refreshing') : t('stats.rows', { count: stats.data.items.length })}
          </p>
          {stats.data.items.length === 0 ? (
            <EmptyState title={t('stats.empty')} />
          ) : (
            <>
              <StatsTable items={stats.data.items} caption={t('stats.caption', { from: formatDate(stats.data.from), to: formatDate(stats.data.to) })} />
              <p className="hint">{t('stats.notes')}</p>
              <h2>{t('stats.charts')}</h2>
              <Suspense fallback={<Loading label={t('stats.chartsLoading')} />}>
                <StatsCharts items={stats.data.items} />
              </Suspense>
            </>
          )}
        </>
      )}
    </main>
  );
}
