/** The payloads of resources, versions, the datastore's search and downloads. */
import { type Static, Type } from '@sinclair/typebox';
import { ProblemSchema, Uuid } from '../../platform/http/schemas.js';
import { MAX_LIMIT } from './datastore.query.js';
import { COLUMN_TYPES } from './opendata.tables.js';

const ColumnKind = Type.Union(
  COLUMN_TYPES.map((t) => Type.Literal(t)),
  { description: 'text, integer, number, date (YYYY-MM-DD) or boolean' },
);

export const DatasetParams = Type.Object({ name: Type.String({ minLength: 1, maxLength: 100, description: 'The dataset’s name (slug) or id' }) });
export const ResourceParams = Type.Object({ id: Uuid });
export const VersionParams = Type.Object({ id: Uuid, no: Type.Integer({ minimum: 1, maximum: 1_000_000 }) });
export const DownloadParams = Type.Object({ id: Uuid, format: Type.Union([Type.Literal('csv'), Type.Literal('xlsx'), Type.Literal('json')]) });
export const DownloadQuery = Type.Object(
  { version: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000, description: 'A version number; the current version when left out' })) },
  { additionalProperties: false },
);

const Name = Type.String({ minLength: 1, maxLength: 200 });
const Description = Type.String({ maxLength: 10_000 });
const Format = Type.String({ maxLength: 20, description: 'CSV, PDF, ...; guessed from the address when left out' });

export const LinkBody = Type.Object(
  {
    name: Name,
    url: Type.String({ minLength: 1, maxLength: 2000, description: 'http:// or https://, without a user name or password' }),
    format: Type.Optional(Format),
    description: Type.Optional(Description),
  },
  { additionalProperties: false },
);
export type LinkBody = Static<typeof LinkBody>;

export const PatchBody = Type.Object(
  {
    name: Type.Optional(Name),
    description: Type.Optional(Description),
    url: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
    format: Type.Optional(Format),
  },
  { additionalProperties: false },
);

const ColumnSpecSchema = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  type: ColumnKind,
  unit: Type.String({ maxLength: 100, description: 'Satuan: orang, ton, persen, rupiah, ...' }),
});

export const ColumnsBody = Type.Object(
  {
    columns: Type.Array(ColumnSpecSchema, {
      minItems: 1,
      maxItems: 500,
      description: 'Every column of the file, in its order; only types and units may differ from what was guessed',
    }),
    keyColumns: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), {
      maxItems: 500,
      description: 'The columns that say which figure a row is (region, indicator, year ...); rows of two versions are matched by them',
    }),
  },
  { additionalProperties: false },
);

export const RowsQuery = Type.Object(
  {
    filters: Type.Optional(
      Type.String({ maxLength: 10_000, description: 'JSON object: {"Kecamatan": "Klojen", "Tahun": [2024, 2025]}; a list matches any of its values' }),
    ),
    q: Type.Optional(
      Type.String({ maxLength: 1000, description: 'Words to find anywhere in a row (each a prefix); or a JSON object of field -> text contained in it' }),
    ),
    sort: Type.Optional(Type.String({ maxLength: 1000, description: '"Tahun desc, Kecamatan asc"; numbers sort as numbers' })),
    fields: Type.Optional(Type.String({ maxLength: 10_000, description: 'Comma-separated names (or a JSON array) of the fields to return' })),
    limit: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_LIMIT, default: 100 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000_000, default: 0 })),
    includeTotal: Type.Optional(Type.Boolean({ default: true })),
    version: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000, description: 'A version number; the current version when left out' })),
  },
  { additionalProperties: false },
);
export type RowsQuery = Static<typeof RowsQuery>;

const SummarySchema = Type.Object({
  previousVersionNo: Type.Union([Type.Integer(), Type.Null()]),
  added: Type.Integer(),
  removed: Type.Integer(),
  changed: Type.Integer(),
  unchanged: Type.Integer(),
});

export const VersionSchema = Type.Object({
  versionNo: Type.Integer(),
  fileName: Type.String({ description: 'The name of the file as uploaded' }),
  mediaType: Type.String({ description: 'Judged from the content: text/csv or the XLSX type' }),
  bytes: Type.Integer(),
  sha256: Type.String(),
  rowCount: Type.Integer(),
  columns: Type.Array(ColumnSpecSchema),
  keyColumns: Type.Array(Type.String()),
  confirmed: Type.Boolean({ description: 'False until the producer confirms the column types; an unconfirmed version is not public' }),
  summary: Type.Union([SummarySchema, Type.Null()], { description: 'What changed against the confirmed version before it; null until confirmed' }),
  createdAt: Type.String({ format: 'date-time' }),
});

const resourceProperties = {
  id: Type.String(),
  datasetId: Type.String(),
  name: Type.String(),
  description: Type.String(),
  kind: Type.Union([Type.Literal('upload'), Type.Literal('link')]),
  url: Type.String({ description: 'A link’s address; for an upload, the path of its current CSV download' }),
  format: Type.String(),
  position: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  currentVersion: Type.Union([VersionSchema, Type.Null()]),
  latestVersion: Type.Union([VersionSchema, Type.Null()]),
  versionCount: Type.Integer(),
};

export const ResourceDetailSchema = Type.Object({ ...resourceProperties, versions: Type.Array(VersionSchema) });

export const DatastoreAnswer = Type.Object({
  fields: Type.Array(Type.Object({ id: Type.String(), type: ColumnKind, unit: Type.String() })),
  records: Type.Array(Type.Object({}, { additionalProperties: true, description: 'A row by field name, with _id its row number' })),
  total: Type.Optional(Type.Integer()),
  limit: Type.Integer(),
  offset: Type.Integer(),
});

export const FileAnswer = Type.Unsafe<Buffer>({ type: 'string', format: 'binary' });

/** A table's 422: the problem, with each cell to correct (the first hundred). */
export const TableProblemSchema = Type.Object(
  {
    ...ProblemSchema.properties,
    total: Type.Optional(Type.Integer({ description: 'How many cells are wrong in all' })),
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          field: Type.String({ description: 'The cell, as a spreadsheet names it: C5' }),
          row: Type.Optional(Type.Integer({ description: 'The row in the file (the header is row 1)' })),
          column: Type.Optional(Type.String({ description: 'The column letter' })),
          header: Type.Optional(Type.String()),
          message: Type.String(),
        }),
      ),
    ),
  },
  { description: 'RFC 9457 problem details; for a table with problems, errors lists each cell with its row, column and header' },
);
