/**
 * SQL for the catalogue search: full text suited to Indonesian with a prefix fallback, filters
 * (AND across fields, OR within one), and facet counts over the filtered result, in two statements.
 */
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from '../../db/schema.js';
import { PUBLIC_SQL } from './dataset.repository.js';
import { type DatasetSort, FACET_FIELDS, type FacetField } from './dataset.views.js';
import type { DatasetStatus, Frequency } from './opendata.tables.js';

export interface SearchFilter {
  q?: string;
  producers?: string[];
  tags?: string[];
  groups?: string[];
  /** Upper case. */
  formats?: string[];
  frequencies?: Frequency[];
  years?: number[];
  statuses?: DatasetStatus[];
  /** Besides the public catalogue, the datasets of these OPDs ('all': every dataset). */
  internalOpds: 'all' | string[];
  sort: DatasetSort;
  offset: number;
  limit: number;
  facetLimit: number;
  facetMinCount: number;
  /** The facets to count; all when undefined, none (only the total) when empty. */
  facetFields?: readonly FacetField[];
}

export interface FacetRow {
  facet: FacetField;
  name: string;
  title: string;
  n: number;
}

/**
 * The prefix form of what someone typed: every word as a prefix, AND-ed; words after a minus stay
 * excluded. Only letters and digits reach to_tsquery, so nothing typed can break its syntax.
 */
export function prefixQuery(q: string): string | null {
  const positive: string[] = [];
  const negative: string[] = [];
  for (const token of q.toLowerCase().split(/\s+/)) {
    if (token === 'or') continue;
    const words = token.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (token.startsWith('-')) negative.push(...words);
    else positive.push(...words);
  }
  if (positive.length === 0) return null;
  return [...positive.slice(0, 10).map((w) => `${w}:*`), ...negative.slice(0, 10).map((w) => `!${w}`)].join(' & ');
}

const list = (values: readonly (string | number)[]) => sql.join(values.map((v) => sql`${v}`));

/** The WHERE of a search over od_dataset d joined to od_producer p. */
function conditions(f: SearchFilter): RawBuilder<unknown> {
  const all: RawBuilder<unknown>[] = [];
  if (f.internalOpds !== 'all') {
    all.push(f.internalOpds.length > 0 ? sql`(${PUBLIC_SQL} or p.opd_id in (${list(f.internalOpds)}))` : PUBLIC_SQL);
  }
  const prefix = f.q ? prefixQuery(f.q) : null;
  if (f.q) {
    const stemmed = sql`d.search_vector @@ websearch_to_tsquery('indonesian', ${f.q})`;
    all.push(prefix ? sql`(${stemmed} or d.search_vector @@ to_tsquery('simple', ${prefix}))` : stemmed);
  }
  if (f.statuses?.length) all.push(sql`d.status in (${list(f.statuses)})`);
  if (f.producers?.length) all.push(sql`p.name in (${list(f.producers)})`);
  if (f.tags?.length) all.push(sql`d.tags && array[${list(f.tags)}]::text[]`);
  if (f.frequencies?.length) all.push(sql`d.frequency in (${list(f.frequencies)})`);
  if (f.groups?.length) {
    all.push(sql`exists (select 1 from od_dataset_group dg join od_group g on g.id = dg.group_id
      where dg.dataset_id = d.id and g.name in (${list(f.groups)}))`);
  }
  if (f.formats?.length) {
    all.push(sql`exists (select 1 from od_resource r where r.dataset_id = d.id and upper(r.format) in (${list(f.formats)}))`);
  }
  if (f.years?.length) {
    // A dataset covers every year from the start of its temporal coverage to its end.
    all.push(sql`exists (select 1 from unnest(array[${list(f.years)}]::int[]) y
      where y between extract(year from coalesce(d.temporal_start, d.temporal_end)) and extract(year from coalesce(d.temporal_end, d.temporal_start)))`);
  }
  return all.length ? sql`where ${sql.join(all, sql` and `)}` : sql``;
}

function orderBy(f: SearchFilter): RawBuilder<unknown> {
  const prefix = f.q ? prefixQuery(f.q) : null;
  switch (f.sort) {
    case 'title_asc':
      return sql`lower(d.title), d.name`;
    case 'title_desc':
      return sql`lower(d.title) desc, d.name`;
    case 'updated_asc':
      return sql`d.updated_at, d.name`;
    case 'created_desc':
      return sql`d.created_at desc, d.name`;
    case 'updated_desc':
      return sql`d.updated_at desc, d.name`;
    default:
      if (!f.q) return sql`d.updated_at desc, d.name`;
      return sql`ts_rank(d.search_vector, websearch_to_tsquery('indonesian', ${f.q}))
        ${prefix ? sql`+ ts_rank(d.search_vector, to_tsquery('simple', ${prefix}))` : sql``} desc, d.updated_at desc, d.name`;
  }
}

/** Each facet's counts over the matched datasets m; names and titles are joined after counting. */
const FACET_PARTS: ReadonlyArray<[FacetField, RawBuilder<unknown>]> = [
  [
    'producer',
    sql`select 'producer', p.name, p.title, x.n from (select producer_id, count(*)::int as n from m group by producer_id) x join od_producer p on p.id = x.producer_id`,
  ],
  ['tag', sql`select 'tag', t.tag, t.tag, count(*)::int from m, unnest(m.tags) as t(tag) group by t.tag`],
  [
    'group',
    sql`select 'group', g.name, g.title, x.n from
      (select dg.group_id, count(*)::int as n from m join od_dataset_group dg on dg.dataset_id = m.id group by dg.group_id) x join od_group g on g.id = x.group_id`,
  ],
  [
    'format',
    sql`select 'format', upper(r.format), upper(r.format), count(distinct r.dataset_id)::int
      from od_resource r join m on m.id = r.dataset_id where r.format <> '' group by upper(r.format)`,
  ],
  ['frequency', sql`select 'frequency', m.frequency, m.frequency, count(*)::int from m group by m.frequency`],
  // A dataset counts in every year from the start of its temporal coverage to its end; datasets
  // are grouped by their span first, so the years are generated once per span, not per dataset.
  [
    'year',
    sql`select 'year', y::text, y::text, sum(s.n)::int from
      (select y0, y1, count(*) as n from m where y0 is not null group by y0, y1) s, generate_series(s.y0, s.y1) as y group by y`,
  ],
];

/**
 * One page of matching ids in order, the total and the facets, in one statement: the matches are
 * found once (a pass over the catalogue's text) and the page, the count and every facet read them.
 */
export async function searchDatasets(db: Kysely<Database>, f: SearchFilter): Promise<{ ids: string[]; total: number; facets: FacetRow[] }> {
  const wanted = f.facetLimit === 0 ? [] : (f.facetFields ?? FACET_FIELDS);
  const parts = [...FACET_PARTS.filter(([field]) => wanted.includes(field)).map(([, part]) => part), sql`select 'total', '', '', count(*)::int from m`];
  const { rows } = await sql<FacetRow & { rank: number }>`
    with m as materialized (
      select d.id, d.producer_id, d.tags, d.frequency, d.title, d.name, d.updated_at, d.created_at, d.search_vector,
        extract(year from coalesce(d.temporal_start, d.temporal_end))::int as y0,
        extract(year from coalesce(d.temporal_end, d.temporal_start))::int as y1
      from od_dataset d join od_producer p on p.id = d.producer_id ${conditions(f)}
    ), f (facet, name, title, n) as (${sql.join(parts, sql` union all `)}),
    page as (select d.id, row_number() over (order by ${orderBy(f)}) as at from m d order by ${orderBy(f)} limit ${f.limit} offset ${f.offset})
    select facet, name, title, n, rank from (
      select f.*, row_number() over (partition by facet order by n desc, name) as rank from f where n >= ${f.facetMinCount} or facet = 'total'
    ) ranked where rank <= ${f.facetLimit} or facet = 'total'
    union all
    select 'page', id::text, '', 0, at from page`.execute(db);
  const total = rows.find((r) => (r.facet as string) === 'total')?.n ?? 0;
  const ids = rows
    .filter((r) => (r.facet as string) === 'page')
    .sort((a, b) => Number(a.rank) - Number(b.rank))
    .map((r) => r.name);
  const facets = rows.filter((r) => r.facet !== ('total' as FacetField) && r.facet !== ('page' as FacetField)).map(({ rank: _rank, ...row }) => row);
  return { ids, total, facets };
}
