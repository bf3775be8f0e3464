/** SQL for datasets: rows with their producer, groups, the search vector, the review history and the freshness clock. Search is in dataset.search.repository.ts. */
import { type Kysely, type Selectable, sql, type Updateable } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { ProducerRow } from './catalogue.repository.js';
import type { DatasetStatus, OdDatasetTable } from './opendata.tables.js';

/** A dataset's own columns (all but the search vector) and its producer's. */
export type DatasetRow = Omit<Selectable<OdDatasetTable>, 'search_vector'> & {
  producer_name: string;
  producer_title: string;
  producer_kind: ProducerRow['kind'];
  opd_id: string;
};

/** What a producer or the walidata writes; the rest is kept by the workflow and the data. */
export type DatasetValues = Pick<
  Updateable<OdDatasetTable>,
  | 'name'
  | 'title'
  | 'notes'
  | 'producer_id'
  | 'license_id'
  | 'tags'
  | 'contact_name'
  | 'contact_email'
  | 'concept'
  | 'definition'
  | 'measure'
  | 'unit'
  | 'presentation_level'
  | 'region_code'
  | 'region_name'
  | 'frequency'
  | 'temporal_start'
  | 'temporal_end'
  | 'access_level'
> & { extras: string };

/** Public catalogue: published and not Tertutup (opendata.reach.ts isPublic, in SQL). */
export const PUBLIC_SQL = sql<boolean>`(d.status = 'DITAYANGKAN' and d.access_level <> 'tertutup')`;

export async function datasetRows(db: Kysely<Database>, ids: string[]): Promise<DatasetRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('od_dataset as d')
    .innerJoin('od_producer as p', 'p.id', 'd.producer_id')
    .select([
      'd.id',
      'd.name',
      'd.title',
      'd.notes',
      'd.producer_id',
      'd.license_id',
      'd.tags',
      'd.extras',
      'd.contact_name',
      'd.contact_email',
      'd.concept',
      'd.definition',
      'd.measure',
      'd.unit',
      'd.presentation_level',
      'd.region_code',
      'd.region_name',
      'd.frequency',
      'd.temporal_start',
      'd.temporal_end',
      'd.access_level',
      'd.status',
      'd.last_data_at',
      'd.next_due_on',
      'd.overdue_notified_on',
      'd.created_by',
      'd.created_at',
      'd.updated_at',
      'd.published_at',
      'p.name as producer_name',
      'p.title as producer_title',
      'p.kind as producer_kind',
      'p.opd_id',
    ])
    .where('d.id', 'in', ids)
    .execute();
}

/** The groups of these datasets, by title. */
export function groupsOfDatasets(db: Kysely<Database>, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('od_dataset_group as dg')
    .innerJoin('od_group as g', 'g.id', 'dg.group_id')
    .select(['dg.dataset_id', 'g.id', 'g.name', 'g.title'])
    .where('dg.dataset_id', 'in', ids)
    .orderBy('g.title')
    .execute();
}

/** True when another dataset than `exceptId` has this name. */
export async function nameTaken(db: Kysely<Database>, name: string, exceptId?: string): Promise<boolean> {
  let query = db.selectFrom('od_dataset').select('id').where('name', '=', name);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

/** The dataset's status, held until the transaction ends, so two steps on one dataset run one after the other. */
export async function lockStatus(db: Kysely<Database>, id: string): Promise<DatasetStatus | undefined> {
  return (await db.selectFrom('od_dataset').select('status').where('id', '=', id).forUpdate().executeTakeFirst())?.status;
}

export async function insertDataset(db: Kysely<Database>, values: DatasetValues & { created_by: string | null }): Promise<string> {
  const row = await db
    .insertInto('od_dataset')
    .values(values as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateDataset(db: Kysely<Database>, id: string, values: DatasetValues & { status: DatasetStatus }): Promise<void> {
  await db
    .updateTable('od_dataset')
    .set({ ...values, updated_at: sql`now()` } as never)
    .where('id', '=', id)
    .execute();
}

export async function setGroups(db: Kysely<Database>, datasetId: string, groupIds: string[]): Promise<void> {
  await db.deleteFrom('od_dataset_group').where('dataset_id', '=', datasetId).execute();
  if (groupIds.length === 0) return;
  await db
    .insertInto('od_dataset_group')
    .values(groupIds.map((group_id) => ({ dataset_id: datasetId, group_id })))
    .execute();
}

/**
 * Rewrites the search vector of these datasets from their current metadata. It holds each text
 * twice: stemmed by PostgreSQL's 'indonesian' configuration (penduduknya finds penduduk) and as
 * words by 'simple', which a prefix query (pendu:*) matches while someone is still typing. Weights:
 * title A; tags and group titles B; notes, concept, definition, measure and producer C.
 */
export async function refreshSearchVectors(db: Kysely<Database>, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await sql`
    update od_dataset d set search_vector =
      setweight(to_tsvector('indonesian', d.title), 'A') || setweight(to_tsvector('simple', d.title), 'A') ||
      setweight(to_tsvector('indonesian', t.b), 'B') || setweight(to_tsvector('simple', t.b), 'B') ||
      setweight(to_tsvector('indonesian', t.c), 'C') || setweight(to_tsvector('simple', t.c), 'C')
    from (
      select x.id,
        concat_ws(' ', array_to_string(x.tags, ' '),
          (select string_agg(g.title, ' ') from od_dataset_group dg join od_group g on g.id = dg.group_id where dg.dataset_id = x.id)) as b,
        concat_ws(' ', x.notes, x.concept, x.definition, x.measure, p.title) as c
      from od_dataset x join od_producer p on p.id = x.producer_id
      where x.id in (${sql.join(ids)})
    ) t
    where d.id = t.id`.execute(db);
}

/** Moves the dataset to `to`; publishing stamps the first publication and the next due date of the data. */
export async function setStatus(db: Kysely<Database>, id: string, to: DatasetStatus, publish?: { nextDueOn: string | null }): Promise<void> {
  await db
    .updateTable('od_dataset')
    .set({
      status: to,
      updated_at: sql`now()`,
      ...(publish ? { published_at: sql`coalesce(published_at, now())`, next_due_on: publish.nextDueOn } : {}),
    } as never)
    .where('id', '=', id)
    .execute();
}

export async function insertReview(
  db: Kysely<Database>,
  row: {
    dataset_id: string;
    action: string;
    from_status: DatasetStatus;
    to_status: DatasetStatus;
    comment: string;
    actor_user_id: string | null;
    actor_name: string;
  },
): Promise<void> {
  await db.insertInto('od_dataset_review').values(row).execute();
}

export function reviewsOf(db: Kysely<Database>, datasetId: string) {
  return db.selectFrom('od_dataset_review').selectAll().where('dataset_id', '=', datasetId).orderBy('id').execute();
}

/**
 * What stops a dataset from being sent to the walidata: no resource at all, or an upload whose
 * latest version has columns not yet confirmed (or no version at all), named by resource.
 */
export async function submitBlockers(db: Kysely<Database>, datasetId: string): Promise<{ resources: number; unconfirmed: string[] }> {
  const rows = await db
    .selectFrom('od_resource as r')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('od_resource_version')
          .distinctOn('resource_id')
          .select(['resource_id', 'confirmed_at'])
          .orderBy('resource_id')
          .orderBy('version_no', 'desc')
          .as('v'),
      (join) => join.onRef('v.resource_id', '=', 'r.id'),
    )
    .select(['r.name', 'r.kind', 'r.position', 'v.resource_id as version_of', 'v.confirmed_at'])
    .where('r.dataset_id', '=', datasetId)
    .orderBy('r.position')
    .execute();
  return {
    resources: rows.length,
    unconfirmed: rows.filter((r) => r.kind === 'upload' && (r.version_of === null || r.confirmed_at === null)).map((r) => r.name),
  };
}

/** Names in the public catalogue, in order. */
export async function publicNames(db: Kysely<Database>, offset: number, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('od_dataset as d').select('d.name').where(PUBLIC_SQL).orderBy('d.name').offset(offset).limit(limit).execute();
  return rows.map((r) => r.name);
}

/** Distinct tags of the public catalogue, optionally containing `q`, in order. */
export async function publicTags(db: Kysely<Database>, q: string | undefined, limit: number): Promise<string[]> {
  const pattern = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const { rows } = await sql<{ tag: string }>`
    select distinct t.tag from od_dataset d, unnest(d.tags) as t(tag)
    where ${PUBLIC_SQL} ${pattern ? sql`and t.tag ilike ${pattern}` : sql``}
    order by t.tag limit ${limit}`.execute(db);
  return rows.map((r) => r.tag);
}

/** The walidata's queue: waiting for approval, then approved and waiting for publication, oldest first. */
export async function idsWithStatus(db: Kysely<Database>, statuses: readonly DatasetStatus[]): Promise<string[]> {
  const rows = await db
    .selectFrom('od_dataset')
    .select('id')
    .where('status', 'in', [...statuses])
    .orderBy('updated_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Published datasets with what their freshness is computed from. */
export function publishedClock(db: Kysely<Database>) {
  return db
    .selectFrom('od_dataset as d')
    .innerJoin('od_producer as p', 'p.id', 'd.producer_id')
    .select(['d.id', 'd.frequency', 'd.last_data_at', 'd.next_due_on', 'd.overdue_notified_on', 'p.opd_id'])
    .where('d.status', '=', 'DITAYANGKAN')
    .execute();
}

export async function setNextDue(db: Kysely<Database>, id: string, nextDueOn: string | null): Promise<void> {
  await db.updateTable('od_dataset').set({ next_due_on: nextDueOn }).where('id', '=', id).execute();
}

/** Marks the dataset as told of this due date; false when another process told it already. */
export async function claimOverdueNotice(db: Kysely<Database>, id: string, dueOn: string): Promise<boolean> {
  const row = await db
    .updateTable('od_dataset')
    .set({ overdue_notified_on: dueOn })
    .where('id', '=', id)
    .where('status', '=', 'DITAYANGKAN')
    .where('next_due_on', '=', dueOn)
    .where((eb) => eb.or([eb('overdue_notified_on', 'is', null), eb('overdue_notified_on', '<>', dueOn)]))
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** How many producers each OPD has. */
export function producersPerOpd(db: Kysely<Database>) {
  return db
    .selectFrom('od_producer')
    .select(['opd_id', (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy('opd_id')
    .execute();
}
