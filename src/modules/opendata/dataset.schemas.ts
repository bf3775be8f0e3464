/** The catalogue's payloads: a dataset's metadata in and out, the search query and answer, the workflow and its history. */
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { CalendarDay } from '../../platform/http/schemas.js';
import { DATASET_ACTIONS } from './dataset.workflow.js';
import { ACCESS_LEVELS, COLUMN_TYPES, DATASET_STATUSES, FREQUENCIES, PRODUCER_KINDS } from './opendata.tables.js';

const literals = <T extends string>(values: readonly T[], options: { description?: string } = {}) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    options,
  );
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const DatasetName = Type.String({ pattern: '^[a-z0-9_-]{2,100}$', description: '2-100 characters: a-z, 0-9, - and _ (CKAN name)' });
const Frequency = literals(FREQUENCIES, { description: 'Jadwal pemutakhiran' });
const AccessLevel = literals(ACCESS_LEVELS, {
  description: 'terbuka: data public; terbatas: metadata public, data internal; tertutup: not in the public catalogue',
});
const Extra = Type.Object({ key: Type.String({ minLength: 1, maxLength: 100 }), value: Type.String({ maxLength: 2000 }) }, { additionalProperties: false });
const Contact = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 200 }), email: Type.String({ format: 'email', maxLength: 254 }) },
  { additionalProperties: false },
);
const Region = Type.Object(
  {
    code: Type.String({ pattern: '^(\\d{2}|\\d{4}|\\d{6}|\\d{7}|\\d{10})$', description: 'BPS region code: 2, 4, 6, 7 or 10 digits (Kota Malang: 3573)' }),
    name: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);

export const DatasetInputSchema = Type.Object(
  {
    name: DatasetName,
    title: Type.String({ minLength: 1, maxLength: 300 }),
    notes: Type.Optional(Type.String({ maxLength: 20_000, description: 'Description (CKAN notes)' })),
    producer: Type.String({ minLength: 1, maxLength: 100, description: "The producer's id or name (CKAN owner_org)" }),
    licenseId: Type.String({ minLength: 1, maxLength: 50, description: 'One of /api/opendata/licenses' }),
    tags: Type.Optional(Type.Array(Type.String({ minLength: 2, maxLength: 100 }), { maxItems: 50 })),
    groups: Type.Optional(Type.Array(Type.String({ minLength: 2, maxLength: 100 }), { maxItems: 20, description: 'Group names' })),
    extras: Type.Optional(Type.Array(Extra, { maxItems: 50 })),
    contact: Type.Optional(Nullable(Contact)),
    concept: Type.Optional(Type.String({ maxLength: 4000, description: 'Konsep' })),
    definition: Type.Optional(Type.String({ maxLength: 4000, description: 'Definisi' })),
    measure: Type.Optional(Type.String({ maxLength: 4000, description: 'Ukuran' })),
    unit: Type.Optional(Type.String({ maxLength: 200, description: 'Satuan' })),
    presentationLevel: Type.Optional(Type.String({ maxLength: 200, description: 'Tingkat penyajian (e.g. Kota, Kecamatan, Kelurahan)' })),
    region: Type.Optional(Nullable(Region)),
    frequency: Frequency,
    temporalStart: Type.Optional(Nullable(CalendarDay({ description: 'First day the data covers' }))),
    temporalEnd: Type.Optional(Nullable(CalendarDay({ description: 'Last day the data covers' }))),
    accessLevel: AccessLevel,
  },
  { additionalProperties: false },
);
export const DatasetPatchSchema = Type.Partial(DatasetInputSchema, { additionalProperties: false });

const VersionSchema = Type.Object({
  versionNo: Type.Integer(),
  fileName: Type.String(),
  mediaType: Type.String(),
  bytes: Type.Integer(),
  sha256: Type.String(),
  rowCount: Type.Integer(),
  columns: Type.Array(Type.Object({ name: Type.String(), type: literals(COLUMN_TYPES), unit: Type.String() })),
  keyColumns: Type.Array(Type.String()),
  confirmed: Type.Boolean(),
  summary: Nullable(
    Type.Object({
      previousVersionNo: Nullable(Type.Integer()),
      added: Type.Integer(),
      removed: Type.Integer(),
      changed: Type.Integer(),
      unchanged: Type.Integer(),
    }),
  ),
  createdAt: Type.String({ format: 'date-time' }),
});

/** resource.views.ts ResourceView, as a dataset lists it. */
export const ResourceSummarySchema = Type.Object({
  id: Type.String(),
  datasetId: Type.String(),
  name: Type.String(),
  description: Type.String(),
  kind: literals(['upload', 'link'] as const),
  url: Type.String(),
  format: Type.String(),
  position: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  currentVersion: Nullable(VersionSchema),
  latestVersion: Nullable(VersionSchema),
  versionCount: Type.Integer(),
});

export const DatasetViewSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  title: Type.String(),
  notes: Type.String(),
  producer: Type.Object({ id: Type.String(), name: Type.String(), title: Type.String(), kind: literals(PRODUCER_KINDS), opdId: Type.String() }),
  licenseId: Type.String(),
  licenseTitle: Type.String(),
  licenseUrl: Type.String(),
  tags: Type.Array(Type.String()),
  groups: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), title: Type.String() })),
  extras: Type.Array(Type.Object({ key: Type.String(), value: Type.String() })),
  contact: Nullable(Type.Object({ name: Type.String(), email: Type.String() })),
  concept: Type.String(),
  definition: Type.String(),
  measure: Type.String(),
  unit: Type.String(),
  presentationLevel: Type.String(),
  region: Nullable(Type.Object({ code: Type.String(), name: Type.String() })),
  frequency: Frequency,
  temporalStart: Nullable(Type.String({ format: 'date' })),
  temporalEnd: Nullable(Type.String({ format: 'date' })),
  accessLevel: AccessLevel,
  status: literals(DATASET_STATUSES),
  isPublic: Type.Boolean({ description: 'In the public catalogue: published and not tertutup' }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  publishedAt: Nullable(Type.String({ format: 'date-time', description: 'First publication' })),
  lastDataAt: Nullable(Type.String({ format: 'date-time', description: 'When the latest data arrived' })),
  nextDueOn: Nullable(Type.String({ format: 'date', description: 'When the next data is due: the day of the last data plus one period of the frequency' })),
  overdue: Type.Boolean({ description: 'Published and its next data is past due' }),
  resources: Type.Array(ResourceSummarySchema),
});

const FilterList = (description: string) =>
  Type.Optional(Type.Array(Type.String({ maxLength: 200 }), { maxItems: 50, description: `${description}; repeat the parameter or separate by commas (OR)` }));

export const DATASET_SORTS = ['relevance', 'title_asc', 'title_desc', 'updated_desc', 'updated_asc', 'created_desc'] as const;

export const SearchQuerySchema = Type.Object(
  {
    q: Type.Optional(
      Type.String({ maxLength: 500, description: 'Words, stemmed for Indonesian; a word being typed matches as a prefix; "phrase", -exclude, or' }),
    ),
    producer: FilterList('Producer names'),
    tag: FilterList('Tags'),
    group: FilterList('Group names'),
    format: FilterList('Resource formats (CSV, XLSX, ...)'),
    frequency: FilterList(`Frequencies (${FREQUENCIES.join(', ')})`),
    year: FilterList('Years the data covers'),
    status: FilterList('Statuses (with includePrivate)'),
    facet: FilterList('Facets to count: producer, tag, group, format, frequency, year (all by default)'),
    includePrivate: Type.Optional(Type.Boolean({ description: 'Also what the caller may see inside: their OPD\u2019s drafts, everything for the walidata' })),
    sort: Type.Optional(literals(DATASET_SORTS, { description: 'relevance (default; newest first without q)' })),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    facetLimit: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000, default: 50, description: 'Values listed per facet' })),
    facetMinCount: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000, default: 1, description: 'Values with fewer datasets are left out' })),
  },
  { additionalProperties: false },
);
export type SearchQuery = Static<typeof SearchQuerySchema>;

const FacetList = Type.Array(Type.Object({ name: Type.String(), title: Type.String(), count: Type.Integer() }));

export const SearchResultSchema = Type.Object({
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  items: Type.Array(DatasetViewSchema),
  facets: Type.Object({ producer: FacetList, tag: FacetList, group: FacetList, format: FacetList, frequency: FacetList, year: FacetList }),
});

export const DatasetParams = Type.Object({ name: Type.String({ minLength: 1, maxLength: 100, description: 'The dataset\u2019s name or id' }) });
export const TransitionParams = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  action: literals(DATASET_ACTIONS, { description: 'submit, cancel, reopen (producer); approve, reject, publish, unpublish (walidata)' }),
});
export const TransitionBody = Nullable(
  Type.Object(
    { comment: Type.Optional(Type.String({ maxLength: 4000, description: 'Required to reject and to unpublish' })) },
    { additionalProperties: false },
  ),
);

export const ReviewViewSchema = Type.Object({
  id: Type.Integer(),
  action: Type.String({ description: 'A workflow action, or edit when editing a rejected or withdrawn dataset made it a draft again' }),
  fromStatus: literals(DATASET_STATUSES),
  toStatus: literals(DATASET_STATUSES),
  comment: Type.String(),
  actorName: Type.String(),
  at: Type.String({ format: 'date-time' }),
});

export const FreshnessSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      opdId: Type.String(),
      producers: Type.Integer(),
      published: Type.Integer(),
      overdue: Type.Integer({ description: 'Published datasets whose next data is past due' }),
    }),
  ),
});
