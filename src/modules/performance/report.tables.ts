import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Stamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Day = ColumnType<string, string, string>;

export type ReportStatus = 'draft' | 'submitted' | 'returned' | 'verified';

export interface PerfReportTable {
  id: Generated<string>;
  period_id: string;
  opd_id: string;
  quarter: number;
  status: ReportStatus;
  due_date: Day;
  submitted_at: Date | null;
  submitted_by: string | null;
  verified_at: Date | null;
  verified_by: string | null;
  created_at: CreatedAt;
  updated_at: Stamp;
}

export interface PerfRealizationTable {
  report_id: string;
  indicator_id: string;
  value: number | null;
  note: string | null;
  /** Filled in by the platform from its own data (see measures.ts), not typed by the OPD. */
  computed: ColumnType<boolean, boolean | undefined, boolean>;
  updated_at: Stamp;
  updated_by: string | null;
}

export interface PerfEvidenceTable {
  id: Generated<string>;
  report_id: string;
  indicator_id: string;
  file_key: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  uploaded_by: string | null;
  uploaded_at: CreatedAt;
}

export interface PerfReportReviewTable {
  id: Generated<string>;
  report_id: string;
  decision: 'verified' | 'returned';
  comment: string | null;
  reviewer_id: string;
  reviewed_at: CreatedAt;
}

export interface PerfReminderTable {
  report_key: string;
  kind: 'before' | 'after';
  sent_at: CreatedAt;
}

export interface ReportTables {
  perf_report: PerfReportTable;
  perf_realization: PerfRealizationTable;
  perf_evidence: PerfEvidenceTable;
  perf_report_review: PerfReportReviewTable;
  perf_reminder: PerfReminderTable;
}
