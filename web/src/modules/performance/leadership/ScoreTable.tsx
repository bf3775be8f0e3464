/**
 * The quarter's OPDs by rank: the traffic light with predicate and composite, then what the
 * composite is made of (performance against targets, budget absorbed against the cash plan, SAMBAT
 * answered in time), the year's trend and the report's status. Each row opens its OPD below.
 */
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { percentText } from '../shared/figures';
import { PredicateLight } from '../shared/PredicateLight';
import { ReportStatusBadge } from '../shared/StatusBadges';
import { Trend } from '../shared/Trend';
import type { Band, QuarterScores } from '../shared/types';

interface Props {
  scores: QuarterScores;
  bands: readonly Band[];
  openedId: string | null;
  caption: string;
}

export function ScoreTable({ scores, bands, openedId, caption }: Props) {
  const { t } = useTranslation('performance');
  const [params] = useSearchParams();
  const hrefOf = (opdId: string) => {
    const next = new URLSearchParams(params);
    next.set('opd', opdId);
    return `?${next.toString()}`;
  };
  return (
    <div className="table-wrap">
      <table className="officer-table perf-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="number">
              {t('scores.col.rank')}
            </th>
            <th scope="col">{t('scores.col.opd')}</th>
            <th scope="col">{t('scores.col.predicate')}</th>
            <th scope="col" className="number">
              {t('scores.col.performance')}
            </th>
            <th scope="col" className="number">
              {t('scores.col.absorption')}
            </th>
            <th scope="col" className="number">
              {t('scores.col.responsiveness')}
            </th>
            <th scope="col">{t('scores.col.trend')}</th>
            <th scope="col">{t('scores.col.report')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('scores.col.details')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {scores.items.map((s) => (
            <tr key={s.opdId} className={s.opdId === openedId ? 'perf-selected' : undefined}>
              <td className="number">{s.rank ?? '—'}</td>
              <th scope="row">{s.opdName}</th>
              <td>
                <PredicateLight predicate={s.predicate} composite={s.composite.value} bands={bands} emptyLabel={t('scores.noScore')} />
              </td>
              <td className="number">{percentText(s.performance.value)}</td>
              <td className="number">{percentText(s.absorption.ofPlan)}</td>
              <td className="number">{percentText(s.responsiveness.percent)}</td>
              <td>
                <Trend points={s.trend} />
              </td>
              <td>
                <ReportStatusBadge status={s.reportStatus} />
              </td>
              <td>
                <Link to={hrefOf(s.opdId)} aria-current={s.opdId === openedId ? 'true' : undefined} aria-label={t('scores.openNamed', { opd: s.opdName })}>
                  {t('scores.open')}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
