/** The smart city module's tables (migration 20261123_17_smartcity). */
import type { ColumnType, Generated } from 'kysely';
import type { ScoreWeights } from './smartcity.score.js';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Stamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A date column read as 'YYYY-MM-DD' (the drivers are told to keep dates as text). */
type DateText = ColumnType<string, string, string>;
type NullableDateText = ColumnType<string | null, string | null | undefined, string | null>;
type Json<T> = ColumnType<T, string, string>;
type Text = ColumnType<string, string | undefined, string>;

export const HORIZONS = ['quick_win', 'menengah', 'panjang'] as const;
export type Horizon = (typeof HORIZONS)[number];

export type EvaluationStatus = 'draft' | 'published';

export interface ScDimensionTable {
  code: string;
  name: string;
  position: number;
}

export interface ScElementTable {
  code: string;
  dimension_code: string;
  name: string;
  position: number;
}

export interface ScProgrammeTable {
  id: Generated<string>;
  code: string;
  title: string;
  description: Text;
  dimension_code: string;
  element_code: string;
  horizon: Horizon;
  start_year: number;
  end_year: number;
  lead_opd_id: string | null;
  created_at: CreatedAt;
  updated_at: Stamp;
}

export interface ScRoadmapItemTable {
  id: Generated<string>;
  opd_id: string;
  programme_id: string | null;
  title: string;
  description: Text;
  dimension_code: string;
  element_code: string;
  horizon: Horizon;
  owner: string;
  budget: number;
  start_year: number;
  end_year: number;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Stamp;
}

export interface ScMilestoneTable {
  id: Generated<string>;
  seq: ColumnType<number, never, never>;
  item_id: string;
  title: string;
  due: DateText;
  weight: number;
  done_at: NullableDateText;
  created_at: CreatedAt;
}

export interface ScIndicatorTable {
  id: Generated<string>;
  seq: ColumnType<number, never, never>;
  item_id: string;
  name: string;
  unit: string;
  target: number;
  realization: number | null;
  created_at: CreatedAt;
}

export interface ScSettingsTable {
  id: ColumnType<boolean, boolean | undefined, never>;
  weights: Json<ScoreWeights>;
  updated_at: Stamp;
  updated_by: string | null;
}

export interface ScEvaluationTable {
  id: Generated<string>;
  year: number;
  stage: number;
  status: ColumnType<EvaluationStatus, EvaluationStatus | undefined, EvaluationStatus>;
  baseline: number | null;
  output: number | null;
  outcome: number | null;
  impact: number | null;
  quick_win: number | null;
  notes: Text;
  /** Frozen when published; null while a draft, which is scored with the current settings. */
  weights: ColumnType<ScoreWeights | null, string | null | undefined, string | null>;
  score: number | null;
  published_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  published_by: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Stamp;
}

export interface ScEvaluationDimensionTable {
  evaluation_id: string;
  dimension_code: string;
  value: number;
}

export interface ScEvidenceTable {
  id: Generated<string>;
  evaluation_id: string;
  index_key: string | null;
  file_key: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  uploaded_by: string | null;
  uploaded_at: CreatedAt;
}

export interface SmartcityTables {
  sc_dimension: ScDimensionTable;
  sc_element: ScElementTable;
  sc_programme: ScProgrammeTable;
  sc_roadmap_item: ScRoadmapItemTable;
  sc_milestone: ScMilestoneTable;
  sc_indicator: ScIndicatorTable;
  sc_settings: ScSettingsTable;
  sc_evaluation: ScEvaluationTable;
  sc_evaluation_dimension: ScEvaluationDimensionTable;
  sc_evidence: ScEvidenceTable;
}
