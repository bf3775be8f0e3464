/**
 * A year's budgets, one OPD a row: pagu and plan, then each quarter's realization over its plan,
 * then absorption and deviation to date (to the last quarter BKAD has reported, since a quarter
 * not yet reported is a gap, not zero).
 */
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format';
import { AdminTable } from '../../admin/components/AdminTable';
import { percentText, rupiahText } from '../shared/figures';
import { QUARTERS, quarterName } from '../shared/quarters';
import type { Budget } from './api';

export function BudgetTable({ items, caption }: { items: Budget[]; caption: string }) {
  const { t } = useTranslation('performance');
  return (
    <AdminTable
      caption={caption}
      columns={[
        t('budget.col.opd'),
        t('budget.col.pagu'),
        ...QUARTERS.map((q) => t('budget.col.quarter', { quarter: quarterName(q) })),
        t('budget.col.absorption'),
        t('budget.col.deviation'),
      ]}
    >
      {items.map((b) => {
        const toDate = b.reportedThrough ? b.quarters.find((q) => q.quarter === b.reportedThrough) : undefined;
        return (
          <tr key={b.opdId}>
            <td>
              {b.opd.shortName}
              {b.lastImport && (
                <span className="hint perf-sub">{t('budget.lastImport', { file: b.lastImport.fileName, at: formatDateTime(b.lastImport.importedAt) })}</span>
              )}
            </td>
            <td>
              {rupiahText(b.pagu)}
              <span className="hint perf-sub">{t('budget.planTotal', { amount: rupiahText(b.planTotal) })}</span>
            </td>
            {QUARTERS.map((n) => {
              const q = b.quarters.find((x) => x.quarter === n);
              return (
                <td key={n}>
                  {rupiahText(q?.realized)}
                  <span className="hint perf-sub">{t('budget.planned', { amount: rupiahText(q?.planned ?? b.plan[n - 1]) })}</span>
                </td>
              );
            })}
            <td>
              {toDate ? (
                <>
                  {percentText(toDate.absorptionCumulative)}
                  <span className="hint perf-sub">
                    {t('budget.ofPlan', { percent: percentText(toDate.ofPlanCumulative), quarter: quarterName(toDate.quarter) })}
                  </span>
                </>
              ) : (
                t('budget.notReported')
              )}
            </td>
            <td className={toDate?.deviation && toDate.deviation < 0 ? 'perf-behind' : undefined}>{rupiahText(toDate?.deviation)}</td>
          </tr>
        );
      })}
    </AdminTable>
  );
}
