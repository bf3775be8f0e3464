/** This month's live figures: received, answered (and how many in time), and how long an answer takes. */
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../../api/client';
import { formatDate, formatNumber, formatPercent } from '../../../../i18n/format';
import { EmptyState, ErrorMessage, Loading } from '../../../../ui/feedback';
import type { StatsAnswer } from '../../shared/types';
import { cityStats, hoursToDays } from './cityStats';

/** A day, read as noon UTC so that no time zone moves it to the day before. */
const noon = (day: string) => `${day}T12:00:00Z`;

function daysText(days: number, t: TFunction<'citizen'>): string {
  return t('home.stats.days', { count: days, value: formatNumber(days, 1) });
}

export function HomeStats() {
  const { t } = useTranslation('citizen');
  const stats = useQuery({ queryKey: ['sambat', 'stats', 'month'], queryFn: ({ signal }) => api.get<StatsAnswer>('/api/sambat/stats', undefined, signal) });

  return (
    <section aria-labelledby="home-stats-title">
      <h2 id="home-stats-title">{t('home.stats.title')}</h2>
      {stats.isPending && <Loading />}
      {stats.isError && <ErrorMessage error={stats.error} />}
      {stats.data && <StatsBody answer={stats.data} />}
    </section>
  );
}

function StatsBody({ answer }: { answer: StatsAnswer }) {
  const { t } = useTranslation('citizen');
  const figures = cityStats(answer.items);
  const period = t('home.stats.period', { from: formatDate(noon(answer.from)), to: formatDate(noon(answer.to)) });
  if (figures.received === 0) {
    return (
      <EmptyState title={t('home.stats.emptyTitle')}>
        <p>{period}</p>
        <p>
          <Link to="/aduan/baru">{t('home.stats.emptyAction')}</Link>
        </p>
      </EmptyState>
    );
  }
  const [fastest, slowest] = figures.medianDays ?? [0, 0];
  return (
    <>
      <p className="hint">{period}</p>
      <div className="grid three home-stats">
        <div className="card">
          <p className="stat">{formatNumber(figures.received)}</p>
          <p>{t('home.stats.received')}</p>
        </div>
        <div className="card">
          <p className="stat">{formatNumber(figures.answered)}</p>
          <p>{t('home.stats.answered')}</p>
          {figures.inTimeShare !== null && <p className="hint">{t('home.stats.inTime', { share: formatPercent(figures.inTimeShare) })}</p>}
        </div>
        <div className="card">
          {figures.medianDays === null ? (
            <>
              <p className="stat">–</p>
              <p>{t('home.stats.medianTitle')}</p>
              <p className="hint">{t('home.stats.medianNone')}</p>
            </>
          ) : fastest === slowest ? (
            <>
              <p className="stat">{daysText(fastest, t)}</p>
              <p>{t('home.stats.medianTitle')}</p>
              <p className="hint">{t('home.stats.medianOne')}</p>
            </>
          ) : (
            <>
              <p className="stat">{t('home.stats.daysRange', { from: formatNumber(fastest, 1), to: formatNumber(slowest, 1) })}</p>
              <p>{t('home.stats.medianTitle')}</p>
              <p className="hint">{t('home.stats.medianRange')}</p>
            </>
          )}
        </div>
      </div>
      <details className="home-details">
        <summary>{t('home.stats.byOpd')}</summary>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('home.stats.byOpdCaption', { period })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('home.stats.opd')}</th>
                <th scope="col">{t('home.stats.colReceived')}</th>
                <th scope="col">{t('home.stats.colAnswered')}</th>
                <th scope="col">{t('home.stats.colInTime')}</th>
                <th scope="col">{t('home.stats.colMedian')}</th>
              </tr>
            </thead>
            <tbody>
              {answer.items.map((row) => (
                <tr key={row.opdId ?? 'none'}>
                  <th scope="row">{row.opd ?? t('home.stats.notRouted')}</th>
                  <td>{formatNumber(row.received)}</td>
                  <td>{formatNumber(row.answered)}</td>
                  <td>{row.answeredInTimeShare === null ? '–' : formatPercent(row.answeredInTimeShare)}</td>
                  <td>{row.medianHoursToAnswer === null ? '–' : daysText(hoursToDays(row.medianHoursToAnswer), t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
