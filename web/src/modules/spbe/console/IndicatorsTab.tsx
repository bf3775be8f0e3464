/**
 * The year's indicators by domain and aspect, each with its OPD, status and levels, narrowed to
 * one's own OPD or a status. While the year is open the coordinator chooses an OPD per indicator
 * and saves every change at once.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { opdIdsOf, useSession } from '../../../auth/session';
import { EmptyState, ErrorMessage } from '../../../ui/feedback';
import { TableScroll } from '../../../ui/TableScroll';
import { OpdSelect } from '../../admin/components/OpdSelect';
import { useAssign } from '../shared/api';
import { AssessmentStatusBadge } from '../shared/badges';
import { formatWeight } from '../shared/format';
import { coordinates } from '../shared/roles';
import { ASSESSMENT_STATUSES, type Assessment, type AssessmentStatus, type EvaluationDetail, type FrameworkDetail } from '../shared/types';
import { LevelText } from './LevelText';

/** Assignments the coordinator may still change: nothing is sent, or it was sent back. */
const REASSIGNABLE = new Set<AssessmentStatus>(['unassigned', 'draft', 'returned']);

interface Props {
  evaluation: EvaluationDetail;
  framework: FrameworkDetail | undefined;
  onDone: (message: string) => void;
}

export function IndicatorsTab({ evaluation, framework, onDone }: Props) {
  const { t } = useTranslation('spbe');
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const ownOpds = opdIdsOf(session.data);
  const mine = params.get('opd') === 'saya' && ownOpds.length > 0;
  const status = ASSESSMENT_STATUSES.find((s) => s === params.get('status')) ?? '';
  const assigning = coordinates(session.data) && evaluation.status === 'open';
  const assign = useAssign(evaluation.year);
  const [chosen, setChosen] = useState<Record<number, string>>({});

  const setParam = (key: string, value: string) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (value) copy.set(key, value);
        else copy.delete(key);
        return copy;
      },
      { replace: true },
    );

  const shown = evaluation.indicators.filter((a) => (!mine || (a.opdId && ownOpds.includes(a.opdId))) && (!status || a.status === status));
  const changes = useMemo(
    () =>
      Object.entries(chosen)
        .map(([number, opdId]) => ({ indicator: Number(number), opdId: opdId || null }))
        .filter((c) => (evaluation.indicators.find((a) => a.number === c.indicator)?.opdId ?? null) !== c.opdId),
    [chosen, evaluation.indicators],
  );
  const save = () =>
    assign.mutate(changes, {
      onSuccess: () => {
        setChosen({});
        onDone(t('assign.done', { count: changes.length }));
      },
    });

  const domainName = (n: number) => framework?.domains.find((d) => d.number === n)?.name ?? '';
  const aspectName = (d: number, n: number) => framework?.domains.find((x) => x.number === d)?.aspects.find((a) => a.number === n)?.name ?? '';
  const groups = groupByAspect(shown);

  return (
    <section aria-labelledby="spbe-indicators">
      <h2 id="spbe-indicators" className="visually-hidden">
        {t('evaluation.tab.indikator')}
      </h2>
      <div className="filters">
        {ownOpds.length > 0 && (
          <label className="choice">
            <input type="checkbox" checked={mine} onChange={(e) => setParam('opd', e.target.checked ? 'saya' : '')} />
            {t('filter.mine')}
          </label>
        )}
        <div className="field">
          <label htmlFor="spbe-filter-status">{t('filter.status')}</label>
          <select id="spbe-filter-status" value={status} onChange={(e) => setParam('status', e.target.value)}>
            <option value="">{t('filter.allStatuses')}</option>
            {ASSESSMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="hint" role="status">
        {t('filter.count', { count: shown.length, total: evaluation.indicators.length })}
      </p>
      {assigning && <p className="hint">{t('assign.intro')}</p>}
      {shown.length === 0 ? (
        <EmptyState title={t('filter.empty')} />
      ) : (
        groups.map(({ domainNumber, aspectNumber, items }, i) => (
          <div key={`${domainNumber}-${aspectNumber}`}>
            {(i === 0 || groups[i - 1].domainNumber !== domainNumber) && <h3>{t('index.domain', { number: domainNumber, name: domainName(domainNumber) })}</h3>}
            <TableScroll className="admin-table" label={t('index.aspect', { number: aspectNumber, name: aspectName(domainNumber, aspectNumber) })}>
              <table className="spbe-table spbe-indicators">
                <caption className="spbe-aspect-caption">{t('index.aspect', { number: aspectNumber, name: aspectName(domainNumber, aspectNumber) })}</caption>
                {/* The same widths in every aspect's table, so the columns line up down the page. */}
                <colgroup>
                  <col />
                  <col className="spbe-col-weight" />
                  <col className="spbe-col-opd" />
                  <col className="spbe-col-status" />
                  <col className="spbe-col-level" />
                  <col className="spbe-col-level" />
                </colgroup>
                <thead>
                  <tr>
                    <th scope="col">{t('indicators.col.indicator')}</th>
                    <th scope="col" className="number">
                      {t('indicators.col.weight')}
                    </th>
                    <th scope="col">{t('indicators.col.opd')}</th>
                    <th scope="col">{t('indicators.col.status')}</th>
                    <th scope="col">{t('indicators.col.self')}</th>
                    <th scope="col">{t('indicators.col.assessed')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((a) => (
                    <tr key={a.number}>
                      <th scope="row">
                        <Link to={`/konsol/spbe/${evaluation.year}/indikator/${a.number}`}>{t('indicators.name', { number: a.number, name: a.name })}</Link>
                      </th>
                      <td className="number">{formatWeight(a.weight)}</td>
                      <td>
                        {assigning && REASSIGNABLE.has(a.status) ? (
                          <>
                            <label htmlFor={`spbe-assign-${a.number}`} className="visually-hidden">
                              {t('assign.label', { number: a.number })}
                            </label>
                            <OpdSelect
                              id={`spbe-assign-${a.number}`}
                              value={chosen[a.number] ?? a.opdId ?? ''}
                              onChange={(id) => setChosen((c) => ({ ...c, [a.number]: id }))}
                              emptyLabel={t('assign.none')}
                            />
                          </>
                        ) : (
                          (a.opdName ?? <span className="hint">{t('assign.noneYet')}</span>)
                        )}
                      </td>
                      <td>
                        <AssessmentStatusBadge status={a.status} />
                      </td>
                      <td>
                        <LevelText level={a.status === 'unassigned' ? null : a.selfLevel} names={a.levelNames} />
                      </td>
                      <td>
                        <LevelText level={a.assessedLevel} names={a.levelNames} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </div>
        ))
      )}
      {assigning && (
        <div className="spbe-savebar no-print">
          <ErrorMessage error={assign.error} />
          <div className="button-row">
            <button type="button" className="button" disabled={changes.length === 0 || assign.isPending} onClick={save}>
              {assign.isPending ? t('working') : t('assign.save', { count: changes.length })}
            </button>
            {changes.length > 0 && (
              <button type="button" className="button secondary" onClick={() => setChosen({})}>
                {t('assign.reset')}
              </button>
            )}
          </div>
        </div>
      )}
    </section>
  );
}

interface AspectGroup {
  domainNumber: number;
  aspectNumber: number;
  items: Assessment[];
}

/** Indicators in the framework's order, one group per aspect. */
function groupByAspect(items: Assessment[]): AspectGroup[] {
  const groups: AspectGroup[] = [];
  for (const a of [...items].sort((x, y) => x.number - y.number)) {
    const last = groups.at(-1);
    if (last && last.domainNumber === a.domainNumber && last.aspectNumber === a.aspectNumber) last.items.push(a);
    else groups.push({ domainNumber: a.domainNumber, aspectNumber: a.aspectNumber, items: [a] });
  }
  return groups;
}
