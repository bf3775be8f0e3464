/** The SPBE module's tables (migration 20261123_16_spbe). */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { FrameworkInput } from './framework.definition.js';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Stamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableStamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export const EVALUATION_STATUSES = ['open', 'final'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];
export const ASSESSMENT_STATUSES = ['unassigned', 'draft', 'submitted', 'returned', 'confirmed', 'corrected'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];
export const REVIEW_DECISIONS = ['confirm', 'correct', 'return'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** What an OPD says of one level of an indicator. */
export interface Claim {
  level: number;
  met: boolean;
  explanation: string;
}

export interface SpbeFrameworkTable {
  code: string;
  name: string;
  regulation: string;
  from_year: number;
  to_year: number | null;
  definition: JSONColumnType<FrameworkInput>;
  created_at: CreatedAt;
  created_by: string | null;
}

export interface SpbeEvaluationTable {
  year: number;
  framework_code: string;
  status: ColumnType<EvaluationStatus, EvaluationStatus | undefined, EvaluationStatus>;
  created_at: CreatedAt;
  created_by: string | null;
  finalized_at: NullableStamp;
  finalized_by: string | null;
}

export interface SpbeAssessmentTable {
  year: number;
  indicator: number;
  opd_id: string | null;
  status: ColumnType<AssessmentStatus, AssessmentStatus | undefined, AssessmentStatus>;
  claims: JSONColumnType<Claim[], string | undefined, string>;
  explanation: ColumnType<string, string | undefined, string>;
  self_level: ColumnType<number, number | undefined, number>;
  assessed_level: number | null;
  submitted_at: NullableStamp;
  updated_at: Stamp;
}

export interface SpbeEvidenceTable {
  id: Generated<string>;
  year: number;
  indicator: number;
  level: number;
  kind: 'file' | 'link';
  name: string;
  url: string | null;
  file_key: string | null;
  content_type: string | null;
  size_bytes: number | null;
  uploaded_by: string | null;
  uploaded_at: CreatedAt;
}

export interface SpbeReviewTable {
  id: Generated<number>;
  year: number;
  indicator: number;
  decision: ReviewDecision;
  level: number | null;
  comment: ColumnType<string, string | undefined, never>;
  assessor_id: string | null;
  assessor_name: string;
  at: CreatedAt;
}

export interface SpbePublishedResultTable {
  year: number;
  framework_code: string;
  /** numeric(3,2), which the connection reads as a number. */
  index: number;
  source: string;
}

export interface SpbeTables {
  spbe_framework: SpbeFrameworkTable;
  spbe_evaluation: SpbeEvaluationTable;
  spbe_assessment: SpbeAssessmentTable;
  spbe_evidence: SpbeEvidenceTable;
  spbe_review: SpbeReviewTable;
  spbe_published_result: SpbePublishedResultTable;
}
