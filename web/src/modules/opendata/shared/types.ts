/**
 * What the Satu Data API answers (src/modules/opendata, the views in dataset.views.ts and
 * resource.views.ts), as the pages read it. Dates are ISO strings.
 */
// The enumerations and the small shapes are the server's own (pure, type-only imports aside).
export {
  ACCESS_LEVELS,
  type AccessLevel,
  COLUMN_TYPES,
  type ColumnKind,
  type ColumnSpec,
  DATASET_STATUSES,
  type DatasetStatus,
  type ExtraPair,
  FREQUENCIES,
  type Frequency,
  type VersionSummary,
} from '../../../../../src/modules/opendata/opendata.tables';

import type {
  AccessLevel,
  ColumnKind,
  ColumnSpec,
  DatasetStatus,
  ExtraPair,
  Frequency,
  VersionSummary,
} from '../../../../../src/modules/opendata/opendata.tables';

/** The producer's and the walidata's steps on a dataset (POST /api/opendata/datasets/:name/:action). */
export type DatasetAction = 'submit' | 'cancel' | 'reopen' | 'approve' | 'reject' | 'publish' | 'unpublish';

export interface VersionView {
  versionNo: number;
  fileName: string;
  mediaType: string;
  bytes: number;
  sha256: string;
  rowCount: number;
  columns: ColumnSpec[];
  keyColumns: string[];
  confirmed: boolean;
  summary: VersionSummary | null;
  createdAt: string;
}

export interface ResourceView {
  id: string;
  datasetId: string;
  name: string;
  description: string;
  kind: 'upload' | 'link';
  url: string;
  format: string;
  position: number;
  createdAt: string;
  updatedAt: string;
  currentVersion: VersionView | null;
  latestVersion: VersionView | null;
  versionCount: number;
}

export interface ResourceDetail extends ResourceView {
  versions: VersionView[];
}

export interface DatasetView {
  id: string;
  name: string;
  title: string;
  notes: string;
  producer: { id: string; name: string; title: string; kind: string; opdId: string };
  licenseId: string;
  licenseTitle: string;
  licenseUrl: string | null;
  tags: string[];
  groups: Array<{ id: string; name: string; title: string }>;
  extras: ExtraPair[];
  contact: { name: string; email: string } | null;
  concept: string;
  definition: string;
  measure: string;
  unit: string;
  presentationLevel: string;
  region: { code: string; name: string } | null;
  frequency: Frequency;
  temporalStart: string | null;
  temporalEnd: string | null;
  accessLevel: AccessLevel;
  status: DatasetStatus;
  isPublic: boolean;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  lastDataAt: string | null;
  nextDueOn: string | null;
  overdue: boolean;
  resources: ResourceView[];
}

export interface FacetCount {
  name: string;
  title: string;
  count: number;
}

export const FACETS = ['producer', 'group', 'tag', 'format', 'frequency', 'year'] as const;
export type FacetName = (typeof FACETS)[number];

export interface DatasetSearchResult {
  total: number;
  items: DatasetView[];
  facets: Record<FacetName, FacetCount[]>;
  page: number;
  pageSize: number;
}

export const SORTS = ['relevance', 'updated_desc', 'updated_asc', 'title_asc', 'title_desc', 'created_desc'] as const;
export type DatasetSort = (typeof SORTS)[number];

/** The catalogue's question: each list filter may hold several values (any of them matches). */
export interface DatasetQuery {
  q?: string;
  producer?: string[];
  group?: string[];
  tag?: string[];
  format?: string[];
  frequency?: string[];
  year?: string[];
  status?: DatasetStatus[];
  includePrivate?: boolean;
  sort?: DatasetSort;
  page?: number;
  pageSize?: number;
}

export interface ReviewView {
  id: number;
  action: DatasetAction | string;
  fromStatus: DatasetStatus;
  toStatus: DatasetStatus;
  comment: string;
  actorName: string;
  at: string;
}

export interface ProducerView {
  id: string;
  name: string;
  title: string;
  kind: string;
  opdId: string;
  description: string;
  email: string | null;
  datasetCount: number;
  createdAt: string;
}

export interface GroupView {
  id: string;
  name: string;
  title: string;
  description: string;
  datasetCount: number;
  createdAt: string;
}

export interface LicenseView {
  id: string;
  title: string;
  url: string | null;
  openData: boolean;
}

export interface DatastoreField {
  id: string;
  type: ColumnKind;
  unit: string;
}

export interface DatastoreResult {
  fields: DatastoreField[];
  records: Array<Record<string, unknown>>;
  total?: number;
  limit: number;
  offset: number;
}

/** The preview's question to GET /api/opendata/resources/:id/rows. */
export interface RowsQuery {
  filters?: Record<string, string | number | boolean>;
  q?: string;
  sort?: string;
  limit: number;
  offset: number;
  fields?: string[];
  version?: number;
}

/** What the producer sends to create or replace a dataset's metadata. */
export interface DatasetInput {
  name: string;
  title: string;
  notes: string;
  producer: string;
  licenseId: string;
  tags: string[];
  groups: string[];
  extras: ExtraPair[];
  contact: { name: string; email: string } | null;
  concept: string;
  definition: string;
  measure: string;
  unit: string;
  presentationLevel: string;
  region: { code: string; name: string } | null;
  frequency: Frequency;
  temporalStart: string | null;
  temporalEnd: string | null;
  accessLevel: AccessLevel;
}
