import type { ColumnType, Generated } from 'kysely';
import type { CompositeWeights } from './scores.js';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Stamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

/** A band as stored: JSON has no -Infinity, so the catch-all band's bound is null. */
export interface StoredBand {
  above: number | null;
  label: string;
}

export interface PerfSettingsTable {
  id: ColumnType<boolean, boolean | undefined, never>;
  bands: Json<StoredBand[]>;
  weights: Json<CompositeWeights>;
  rules: Json<unknown[]>;
  updated_at: Stamp;
  updated_by: string | null;
}

export type RuleResultStatus = 'pending' | 'confirmed' | 'waived';

export interface PerfRuleResultTable {
  id: Generated<string>;
  period_id: string;
  quarter: number;
  rule_id: string;
  label: string;
  outcome: 'reward' | 'punishment';
  opd_id: string;
  indicator_id: string | null;
  official: string | null;
  figures: Json<Record<string, number>>;
  explanation: Json<{ id: string; en: string }>;
  status: ColumnType<RuleResultStatus, RuleResultStatus | undefined, RuleResultStatus>;
  decision_reason: string | null;
  decided_by: string | null;
  decided_at: Date | null;
  published_at: Date | null;
  created_at: CreatedAt;
}

export interface PerfPublicationTable {
  period_id: string;
  quarter: number;
  scores: Json<unknown>;
  published_by: string;
  published_at: Stamp;
}

export interface ScoreTables {
  perf_settings: PerfSettingsTable;
  perf_rule_result: PerfRuleResultTable;
  perf_publication: PerfPublicationTable;
}
