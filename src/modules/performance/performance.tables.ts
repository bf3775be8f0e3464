import type { ColumnType, Generated } from 'kysely';
import type { BudgetTables } from './budget.tables.js';
import type { ReportTables } from './report.tables.js';
import type { ScoreTables } from './score.tables.js';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Stamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type PeriodKind = 'rpjmd' | 'year';
export type IndicatorDirection = 'higher' | 'lower' | 'range';
export type IndicatorSource = 'opd' | 'computed';

export interface PerfPeriodTable {
  id: Generated<string>;
  kind: PeriodKind;
  name: string;
  start_year: number;
  end_year: number;
  parent_id: string | null;
  created_at: CreatedAt;
}

export interface PerfGoalTable {
  id: Generated<string>;
  period_id: string;
  code: string;
  title: string;
  parent_goal_id: string | null;
  created_at: CreatedAt;
}

export interface PerfIndicatorTable {
  id: Generated<string>;
  goal_id: string;
  opd_id: string;
  code: string;
  name: string;
  definition: string;
  unit: string;
  direction: IndicatorDirection;
  baseline_value: number | null;
  baseline_year: number | null;
  source: IndicatorSource;
  /** The platform's own measure for a computed indicator (see measures.ts). */
  measure: string | null;
  /** How the figure is reached, written out for people. */
  formula: string;
  created_at: CreatedAt;
  updated_at: Stamp;
}

export type OfferStatus = 'open' | 'accepted' | 'declined' | 'awaiting_approval' | 'rejected' | 'superseded';

export interface PerfOfferTable {
  id: Generated<string>;
  period_id: string;
  opd_id: string;
  version: number;
  supersedes_id: string | null;
  amendment_reason: string | null;
  deadline: ColumnType<string, string, string>;
  status: OfferStatus;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface PerfOfferTargetTable {
  offer_id: string;
  indicator_id: string;
  target: number;
  target_upper: number | null;
  /** Rencana aksi: the targets of TW I-IV; a quarter without one is null. */
  q1: number | null;
  q2: number | null;
  q3: number | null;
  q4: number | null;
}

export interface CounterTarget {
  indicatorId: string;
  target: number;
  targetUpper: number | null;
}

export interface PerfOfferAnswerTable {
  offer_id: string;
  kind: 'accept' | 'decline' | 'counter';
  head_name: string;
  answered_by: string;
  answered_at: CreatedAt;
  reason: string | null;
  replacement_name: string | null;
  counter_targets: ColumnType<CounterTarget[] | null, string | null, never>;
}

export interface PerfCounterDecisionTable {
  offer_id: string;
  approved: boolean;
  reason: string | null;
  decided_by: string;
  decided_at: CreatedAt;
}

export interface PerformanceTables extends ReportTables, BudgetTables, ScoreTables {
  perf_offer: PerfOfferTable;
  perf_offer_target: PerfOfferTargetTable;
  perf_offer_answer: PerfOfferAnswerTable;
  perf_counter_decision: PerfCounterDecisionTable;
  perf_period: PerfPeriodTable;
  perf_goal: PerfGoalTable;
  perf_indicator: PerfIndicatorTable;
}
