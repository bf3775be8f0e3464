/**
 * One OPD's quarter, opened from the score table: what its composite is made of, and per indicator
 * the target, the verified realization, the achievement with its computation written out, and the
 * evidence files of its report (with the way to the report itself).
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatNumber } from '../../../i18n/format';
import { EmptyState, ErrorMessage } from '../../../ui/feedback';
import { useReport, useReports } from '../reports/api';
import { EvidenceLinks } from '../shared/EvidenceLinks';
import { figureText, percentText } from '../shared/figures';
import { PredicateLight } from '../shared/PredicateLight';
import { quarterName } from '../shared/quarters';
import { ReportStatusBadge } from '../shared/StatusBadges';
import type { Band, OpdScore, Period, Quarter } from '../shared/types';

interface Props {
  score: OpdScore;
  period: Period;
  quarter: Quarter;
  bands: readonly Band[];
}

export function OpdDetail({ score, period, quarter, bands }: Props) {
  const { t, i18n } = useTranslation('performance');
  const [params] = useSearchParams();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const reports = useReports({ periodId: period.id, opdId: score.opdId, quarter }, 1, 1);
  const reportId = reports.data?.items[0]?.id;
  const report = useReport(reportId);
  const filesOf = (indicatorId: string) => report.data?.indicators.find((l) => l.indicatorId === indicatorId)?.evidence ?? [];
  const close = new URLSearchParams(params);
  close.delete('opd');
  const title = t('detail.title', { opd: score.opdName, when: t('when', { quarter: quarterName(quarter), year: period.startYear }) });

  return (
    <section className="card perf-indicator" aria-labelledby="opd-detail-title">
      <h2 id="opd-detail-title" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <dl className="perf-figures">
        <dt>{t('detail.composite')}</dt>
        <dd>
          <PredicateLight predicate={score.predicate} composite={score.composite.value} bands={bands} emptyLabel={t('scores.noScore')} />
          {score.composite.value !== null && score.composite.coverage < 100 && (
            <span className="hint"> {t('detail.coverage', { coverage: formatNumber(score.composite.coverage, 0) })}</span>
          )}
        </dd>
        <dt>{t('detail.performance')}</dt>
        <dd>
          {percentText(score.performance.value)}
          {score.performance.missing > 0 && <span className="hint"> {t('detail.missing', { count: score.performance.missing })}</span>}
        </dd>
        <dt>{t('detail.absorption')}</dt>
        <dd>
          {score.absorption.ofPlan === null
            ? t('detail.noBudget')
            : t('detail.absorptionText', { ofPlan: percentText(score.absorption.ofPlan), ofPagu: percentText(score.absorption.ofPagu) })}
        </dd>
        <dt>{t('detail.responsiveness')}</dt>
        <dd>
          {score.responsiveness.answered === 0
            ? t('detail.noComplaints')
            : t('detail.responsivenessText', {
                percent: percentText(score.responsiveness.percent),
                inTime: formatNumber(score.responsiveness.inTime),
                answered: formatNumber(score.responsiveness.answered),
              })}
        </dd>
        <dt>{t('detail.report')}</dt>
        <dd>
          <ReportStatusBadge status={score.reportStatus} />{' '}
          {reportId && <Link to={`/konsol/kinerja/laporan/${reportId}`}>{t('detail.openReport', { quarter: quarterName(quarter) })}</Link>}
        </dd>
      </dl>
      <ErrorMessage error={reports.error ?? report.error} />
      <h3>{t('detail.indicators')}</h3>
      {score.indicators.length === 0 ? (
        <EmptyState title={t('detail.noIndicators')} />
      ) : (
        <div className="table-wrap">
          <table className="officer-table perf-table">
            <caption className="visually-hidden">{t('detail.indicatorsOf', { opd: score.opdName })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('detail.col.indicator')}</th>
                <th scope="col" className="number">
                  {t('detail.col.target')}
                </th>
                <th scope="col" className="number">
                  {t('detail.col.realization')}
                </th>
                <th scope="col" className="number">
                  {t('detail.col.achievement')}
                </th>
                <th scope="col">{t('detail.col.explanation')}</th>
                <th scope="col">{t('detail.col.evidence')}</th>
              </tr>
            </thead>
            <tbody>
              {score.indicators.map((i) => (
                <tr key={i.indicatorId}>
                  <th scope="row">
                    {i.code} {i.name}
                  </th>
                  <td className="number">
                    {figureText(i.target, i.unit, i.targetUpper)}
                    {i.yearlyTarget && <span className="cell-sub">{t('detail.yearlyTarget')}</span>}
                  </td>
                  <td className="number">{figureText(i.realization, i.unit)}</td>
                  <td className="number">{percentText(i.achievement.percent)}</td>
                  <td className="perf-explanation">{i18n.language === 'en' ? i.achievement.explanation.en : i.achievement.explanation.id}</td>
                  <td>
                    <EvidenceLinks files={filesOf(i.indicatorId)} emptyText={reportId ? t('evidence.none') : t('evidence.noReport')} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <Link to={`?${close.toString()}`}>{t('detail.close')}</Link>
      </p>
    </section>
  );
}
