/**
 * The datastore's search (CKAN's datastore_search, DOMAIN.md section 9) turned into SQL pieces
 * over od_datastore_row.data. Filters are exact matches written as JSON containment (data @> ...),
 * which the GIN index on data answers; a list of values is any of them. q is full text over the
 * whole row (a string, each word a prefix) or a contains-match per field (an object). Sorting reads
 * integer and number columns as numbers, so that 10 comes after 9. Every field name is checked
 * against the table's columns first: names only ever reach SQL as parameters.
 */
import { type RawBuilder, sql } from 'kysely';
import type { ColumnKind, ColumnSpec } from './opendata.tables.js';
import { resourceErrors } from './resource.errors.js';
import type { DataValue } from './table.coerce.js';

type Scalar = string | number | boolean | null;

export interface DatastoreQuery {
  filters?: Record<string, Scalar | Scalar[]>;
  q?: string | Record<string, string>;
  /** Default 100, at most 32,000 (CKAN's default ceiling). */
  limit?: number;
  offset?: number;
  fields?: string[];
  /** "col asc, other desc"; a name with a comma or space may be written in double quotes. */
  sort?: string;
  /** Default true. */
  includeTotal?: boolean;
  versionNo?: number;
}

export interface DatastoreResult {
  fields: { id: string; type: ColumnKind; unit: string }[];
  /** Each with `_id`, the row's number in the table, from 1. */
  records: Record<string, unknown>[];
  total?: number;
  limit: number;
  offset: number;
}

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 32_000;
/** The row number every record carries, as CKAN's datastore does. */
export const ROW_ID = '_id';

export interface SearchPlan {
  conditions: RawBuilder<unknown>[];
  orderBy: RawBuilder<unknown>[];
  /** The columns to return, in order; `_id` always first. */
  fields: { id: string; type: ColumnKind; unit: string }[];
  limit: number;
  offset: number;
  includeTotal: boolean;
}

const jsonbOf = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`;

/** A filter's value as the column stores it, so that "2024" in a query string finds the number 2024. */
function asStored(value: Scalar, type: ColumnKind): DataValue {
  if (value === null) return null;
  if ((type === 'integer' || type === 'number') && typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value.trim());
  if (type === 'boolean' && typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
  if (type === 'text' && typeof value !== 'string') return String(value);
  return value;
}

/** Splits "a asc, \"b, c\" desc" into names and directions. */
export function parseSort(text: string): { name: string; desc: boolean }[] {
  const items: { name: string; desc: boolean }[] = [];
  const pattern = /\s*(?:"((?:[^"]|"")*)"|([^,]+?))(?:\s+(asc|desc))?\s*(?:,|$)/giy;
  let match: RegExpExecArray | null = pattern.exec(text);
  while (match && match[0] !== '') {
    const name = match[1] !== undefined ? match[1].replaceAll('""', '"') : (match[2] ?? '').trim();
    if (name !== '') items.push({ name, desc: (match[3] ?? '').toLowerCase() === 'desc' });
    if (pattern.lastIndex >= text.length) break;
    match = pattern.exec(text);
  }
  return items;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Each word of the text as a prefix, all required: "Klo 2024" finds rows with Klojen and 2024. */
function prefixQuery(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length === 0 ? null : words.map((w) => `${w}:*`).join(' & ');
}

/** Checks the query against the table's columns and builds its SQL pieces; unknown fields are listed together. */
export function planSearch(columns: readonly ColumnSpec[], query: DatastoreQuery): SearchPlan {
  const byName = new Map(columns.map((c) => [c.name, c]));
  const unknown: { field: string; name: string }[] = [];
  const known = (name: string, field: string) => {
    if (name === ROW_ID || byName.has(name)) return true;
    unknown.push({ field, name });
    return false;
  };

  const conditions: RawBuilder<unknown>[] = [];
  const exact: Record<string, DataValue> = {};
  for (const [name, given] of Object.entries(query.filters ?? {})) {
    if (!known(name, `filters.${name}`)) continue;
    const values = Array.isArray(given) ? given : [given];
    if (name === ROW_ID) {
      const ids = values.map(Number).filter((n) => Number.isSafeInteger(n));
      if (ids.length !== values.length) throw resourceErrors.badQuery(`filters.${ROW_ID}`, { id: 'harus nomor baris', en: 'must be row numbers' });
      conditions.push(ids.length === 0 ? sql`false` : sql`row_no in (${sql.join(ids)})`);
      continue;
    }
    const type = (byName.get(name) as ColumnSpec).type;
    if (values.length === 1) exact[name] = asStored(values[0], type);
    else if (values.length === 0) conditions.push(sql`false`);
    // One containment per value, joined by OR: each is answered by the GIN index and the results merged.
    else
      conditions.push(
        sql`(${sql.join(
          values.map((v) => sql`data @> ${jsonbOf({ [name]: asStored(v, type) })}`),
          sql` or `,
        )})`,
      );
  }
  // All single values in one containment: one index lookup for every exact filter together.
  if (Object.keys(exact).length > 0) conditions.unshift(sql`data @> ${jsonbOf(exact)}`);

  if (typeof query.q === 'string') {
    const words = prefixQuery(query.q);
    if (words) conditions.push(sql`jsonb_to_tsvector('simple', data, '["string", "numeric"]') @@ to_tsquery('simple', ${words})`);
  } else if (query.q) {
    for (const [name, text] of Object.entries(query.q)) {
      if (!known(name, `q.${name}`) || typeof text !== 'string' || text.trim() === '') continue;
      const target = name === ROW_ID ? sql`row_no::text` : sql`data->>(${name}::text)`;
      conditions.push(sql`${target} ilike ${`%${escapeLike(text.trim())}%`}`);
    }
  }

  const orderBy: RawBuilder<unknown>[] = [];
  for (const { name, desc } of parseSort(query.sort ?? '')) {
    if (!known(name, 'sort')) continue;
    const direction = desc ? sql`desc` : sql`asc`;
    const type = byName.get(name)?.type;
    if (name === ROW_ID) orderBy.push(sql`row_no ${direction}`);
    // Read as a number only where the value is one, so that no stored value can fail the cast.
    else if (type === 'integer' || type === 'number')
      orderBy.push(sql`(case when jsonb_typeof(data->(${name}::text)) = 'number' then (data->>(${name}::text))::numeric end) ${direction} nulls last`);
    else orderBy.push(sql`data->>(${name}::text) ${direction} nulls last`);
  }
  // Rows in file order otherwise, and as the last tie-breaker: pages never overlap or skip.
  orderBy.push(sql`row_no asc`);

  const wanted = query.fields && query.fields.length > 0 ? query.fields : columns.map((c) => c.name);
  for (const name of wanted) known(name, 'fields');
  if (unknown.length > 0)
    throw resourceErrors.unknownFields(
      unknown,
      columns.map((c) => c.name),
    );
  const fields = [
    { id: ROW_ID, type: 'integer' as const, unit: '' },
    ...[...new Set(wanted)]
      .filter((n) => n !== ROW_ID)
      .map((n) => ({ id: n, type: (byName.get(n) as ColumnSpec).type, unit: (byName.get(n) as ColumnSpec).unit })),
  ];

  const limit = Math.min(Math.max(Math.trunc(query.limit ?? DEFAULT_LIMIT), 0), MAX_LIMIT);
  const offset = Math.max(Math.trunc(query.offset ?? 0), 0);
  return { conditions, orderBy, fields, limit, offset, includeTotal: query.includeTotal ?? true };
}

/** A stored row as the search returns it: `_id` first, then the chosen fields. */
export function recordOf(rowNo: number, data: Record<string, DataValue>, fields: SearchPlan['fields']): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const { id } of fields) record[id] = id === ROW_ID ? rowNo : (data[id] ?? null);
  return record;
}
