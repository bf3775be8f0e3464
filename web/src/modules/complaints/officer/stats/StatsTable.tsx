/** The statistics as a table: every figure the charts draw, readable without them (and by screen readers). */
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../../../i18n/format';
import type { OpdStats } from '../../shared/types';

export function StatsTable({ items, caption }: { items: OpdStats[]; caption: string }) {
  const { t } = useTranslation('officer');
  const none = t('stats.none');
  const hours = (h: number | null) => (h === null ? none : formatNumber(h, 1));
  const share = (s: number | null) => (s === null ? none : formatPercent(s, 1));
  const sum = (pick: (o: OpdStats) => number) => items.reduce((total, o) => total + pick(o), 0);
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('stats.col.opd')}</th>
            <th scope="col">{t('stats.col.received')}</th>
            <th scope="col">{t('stats.col.dispositioned')}</th>
            <th scope="col">{t('stats.col.answered')}</th>
            <th scope="col">{t('stats.col.inTime')}</th>
            <th scope="col">{t('stats.col.closed')}</th>
            <th scope="col">{t('stats.col.hoursToVerify')}</th>
            <th scope="col">{t('stats.col.hoursToAnswer')}</th>
            <th scope="col">{t('stats.col.reopenRate')}</th>
            <th scope="col">{t('stats.col.satisfaction')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((o) => (
            <tr key={o.opdId ?? 'none'}>
              <th scope="row">{o.opd ?? t('stats.notRouted')}</th>
              <td>{formatNumber(o.received)}</td>
              <td>{formatNumber(o.dispositioned)}</td>
              <td>{formatNumber(o.answered)}</td>
              <td>{share(o.answeredInTimeShare)}</td>
              <td>{formatNumber(o.closed)}</td>
              <td>{hours(o.medianHoursToVerify)}</td>
              <td>{hours(o.medianHoursToAnswer)}</td>
              <td>{share(o.reopenRate)}</td>
              <td>
                {o.satisfaction === null
                  ? none
                  : t('stats.satisfactionValue', { value: formatNumber(o.satisfaction, 1), count: o.rated, rated: formatNumber(o.rated) })}
              </td>
            </tr>
          ))}
        </tbody>
        {items.length > 1 && (
          <tfoot>
            <tr>
              <th scope="row">{t('stats.total')}</th>
              <td>{formatNumber(sum((o) => o.received))}</td>
              <td>{formatNumber(sum((o) => o.dispositioned))}</td>
              <td>{formatNumber(sum((o) => o.answered))}</td>
              <td />
              <td>{formatNumber(sum((o) => o.closed))}</td>
              <td colSpan={4} />
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
