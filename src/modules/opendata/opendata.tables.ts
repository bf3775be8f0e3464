/** The opendata module's tables (migration 20261122_15_opendata). */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Stamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableStamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** A date column read as 'YYYY-MM-DD' (the pg and PGlite drivers are told to keep dates as text). */
type DateText = ColumnType<string | null, string | null | undefined, string | null>;

export const PRODUCER_KINDS = ['opd', 'kelurahan', 'faskes'] as const;
export type ProducerKind = (typeof PRODUCER_KINDS)[number];

/** DOMAIN.md section 7: the status of a dataset entry. */
export const DATASET_STATUSES = ['DRAFT', 'MENUNGGU_PERSETUJUAN', 'DISETUJUI', 'DITOLAK', 'DIBATALKAN', 'DITAYANGKAN', 'TIDAK_DITAYANGKAN'] as const;
export type DatasetStatus = (typeof DATASET_STATUSES)[number];

export const ACCESS_LEVELS = ['terbuka', 'terbatas', 'tertutup'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/** DOMAIN.md section 7: jadwal pemutakhiran. */
export const FREQUENCIES = ['harian', 'mingguan', 'bulanan', 'triwulanan', 'empat_bulanan', 'semesteran', 'tahunan', 'dua_tahunan', 'ad_hoc'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const COLUMN_TYPES = ['text', 'integer', 'number', 'date', 'boolean'] as const;
export type ColumnKind = (typeof COLUMN_TYPES)[number];

/** A column of an uploaded table: its name as in the file's header, its type and its unit (satuan). */
export interface ColumnSpec {
  name: string;
  type: ColumnKind;
  unit: string;
}

/** What changed from the version before, by the key columns. */
export interface VersionSummary {
  previousVersionNo: number | null;
  added: number;
  removed: number;
  changed: number;
  unchanged: number;
}

export interface ExtraPair {
  key: string;
  value: string;
}

export interface OdProducerTable {
  id: Generated<string>;
  name: string;
  title: string;
  kind: ProducerKind;
  opd_id: string;
  description: ColumnType<string, string | undefined, string>;
  email: string | null;
  created_at: CreatedAt;
}

export interface OdGroupTable {
  id: Generated<string>;
  name: string;
  title: string;
  description: ColumnType<string, string | undefined, string>;
  created_at: CreatedAt;
}

export interface OdDatasetTable {
  id: Generated<string>;
  name: string;
  title: string;
  notes: ColumnType<string, string | undefined, string>;
  producer_id: string;
  license_id: string;
  tags: ColumnType<string[], string[] | undefined, string[]>;
  extras: JSONColumnType<ExtraPair[], string | undefined, string>;
  contact_name: string | null;
  contact_email: string | null;
  concept: ColumnType<string, string | undefined, string>;
  definition: ColumnType<string, string | undefined, string>;
  measure: ColumnType<string, string | undefined, string>;
  unit: ColumnType<string, string | undefined, string>;
  presentation_level: ColumnType<string, string | undefined, string>;
  region_code: string | null;
  region_name: string | null;
  frequency: Frequency;
  temporal_start: DateText;
  temporal_end: DateText;
  access_level: AccessLevel;
  status: ColumnType<DatasetStatus, DatasetStatus | undefined, DatasetStatus>;
  /** Kept by the repository on every write: title (A), tags and groups (B), notes and metadata (C). */
  search_vector: ColumnType<string, never, never>;
  last_data_at: NullableStamp;
  next_due_on: DateText;
  overdue_notified_on: DateText;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Stamp;
  published_at: NullableStamp;
}

export interface OdDatasetGroupTable {
  dataset_id: string;
  group_id: string;
}

export interface OdDatasetReviewTable {
  id: Generated<number>;
  dataset_id: string;
  action: string;
  from_status: DatasetStatus;
  to_status: DatasetStatus;
  comment: ColumnType<string, string | undefined, never>;
  actor_user_id: string | null;
  actor_name: string;
  at: CreatedAt;
}

export interface OdResourceTable {
  id: Generated<string>;
  dataset_id: string;
  name: string;
  description: ColumnType<string, string | undefined, string>;
  kind: 'upload' | 'link';
  url: string | null;
  format: ColumnType<string, string | undefined, string>;
  position: ColumnType<number, number | undefined, number>;
  current_version_id: string | null;
  created_at: CreatedAt;
  updated_at: Stamp;
}

export interface OdResourceVersionTable {
  id: Generated<string>;
  resource_id: string;
  version_no: number;
  file_key: string;
  file_name: string;
  media_type: string;
  bytes: number;
  sha256: string;
  row_count: number;
  columns: JSONColumnType<ColumnSpec[], string, string>;
  key_columns: ColumnType<string[], string[] | undefined, string[]>;
  confirmed_at: NullableStamp;
  summary: JSONColumnType<VersionSummary | null, string | null | undefined, string | null>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface OdDatastoreRowTable {
  version_id: string;
  row_no: number;
  data: JSONColumnType<Record<string, string | number | boolean | null>, string, string>;
}

export interface OpendataTables {
  od_producer: OdProducerTable;
  od_group: OdGroupTable;
  od_dataset: OdDatasetTable;
  od_dataset_group: OdDatasetGroupTable;
  od_dataset_review: OdDatasetReviewTable;
  od_resource: OdResourceTable;
  od_resource_version: OdResourceVersionTable;
  od_datastore_row: OdDatastoreRowTable;
}
