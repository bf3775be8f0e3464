import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Stamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface PerfBudgetTable {
  period_id: string;
  opd_id: string;
  /** The year's ceiling in whole rupiah. */
  pagu: number;
  /** Planned cash out per quarter, not cumulative. */
  plan_q1: number;
  plan_q2: number;
  plan_q3: number;
  plan_q4: number;
  updated_at: Stamp;
  updated_by: string | null;
}

export interface PerfBudgetImportTable {
  id: Generated<string>;
  period_id: string;
  file_name: string;
  row_count: number;
  imported_by: string | null;
  imported_at: CreatedAt;
}

export interface PerfBudgetRealizationTable {
  period_id: string;
  opd_id: string;
  quarter: number;
  spent: number;
  import_id: string;
}

export interface BudgetTables {
  perf_budget: PerfBudgetTable;
  perf_budget_import: PerfBudgetImportTable;
  perf_budget_realization: PerfBudgetRealizationTable;
}
