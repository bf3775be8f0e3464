/**
 * Anggaran OPD (/konsol/kinerja/anggaran): a year's pagu, cash plan and BKAD's realization per OPD,
 * with absorption to date. Everyone here reads (an OPD only its own: the server decides); the
 * mayor's team and the admin also set budgets and import BKAD's workbook.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../auth/session';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import '../../admin/components/admin.css';
import { QueryView } from '../../admin/components/QueryView';
import { StatusLine } from '../../admin/components/StatusLine';
import { PeriodPicker } from '../shared/PeriodPicker';
import { plansPerformance } from '../shared/roles';
import { usePeriodChoice } from '../shared/usePeriodChoice';
import { YearGate } from '../shared/YearGate';
import '../shared/performance.css';
import { useBudgets } from './api';
import { BudgetForm } from './BudgetForm';
import { BudgetTable } from './BudgetTable';
import { ImportPanel } from './ImportPanel';

export default function BudgetPage() {
  const { t } = useTranslation('performance');
  useDocumentTitle(t('budget.title'));
  const session = useSession();
  const choice = usePeriodChoice();
  const period = choice.period;
  const budgets = useBudgets(period?.id);
  const planner = plansPerformance(session.data);
  const [message, setMessage] = useState<string | null>(null);
  const year = period?.startYear ?? '';

  return (
    <main id="main" className="page officer-page">
      <h1>{t('budget.title')}</h1>
      <p className="lead">{t('budget.intro')}</p>
      <YearGate choice={choice}>
        <PeriodPicker idPrefix="budget" years={choice.years} period={period} onPeriod={(id) => choice.setPeriod(id)} />
        <StatusLine message={message} />
        <section aria-labelledby="budget-table-title">
          <h2 id="budget-table-title">{t('budget.tableTitle', { year })}</h2>
          <QueryView
            query={budgets}
            isEmpty={(list) => list.items.length === 0}
            emptyTitle={t('budget.empty', { year })}
            emptyText={planner ? t('budget.emptyPlanner') : t('budget.emptyReader')}
          >
            {(list) => <BudgetTable items={list.items} caption={t('budget.tableTitle', { year })} />}
          </QueryView>
        </section>
        {planner && period && (
          <>
            <section aria-labelledby="budget-form-title">
              <h2 id="budget-form-title">{t('budget.form.title')}</h2>
              {/* Keyed by year: a form filled in for one year must not be saved into another. */}
              <BudgetForm key={period.id} periodId={period.id} budgets={budgets.data?.items ?? []} onSaved={setMessage} />
            </section>
            <ImportPanel key={period.id} periodId={period.id} />
          </>
        )}
      </YearGate>
    </main>
  );
}
