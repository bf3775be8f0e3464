/** SQL for producers (CKAN's organizations) and groups, with how many public datasets each has. */
import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { Database } from '../../db/schema.js';
import { PUBLIC_SQL } from './dataset.repository.js';
import type { OdGroupTable, OdProducerTable } from './opendata.tables.js';

export type ProducerRow = Selectable<OdProducerTable>;
export type GroupRow = Selectable<OdGroupTable>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const byRef = (ref: string) => (UUID.test(ref) ? (['id', ref] as const) : (['name', ref.toLowerCase()] as const));

export function findProducer(db: Kysely<Database>, ref: string): Promise<ProducerRow | undefined> {
  const [column, value] = byRef(ref);
  return db.selectFrom('od_producer').selectAll().where(column, '=', value).executeTakeFirst();
}

export function findGroup(db: Kysely<Database>, ref: string): Promise<GroupRow | undefined> {
  const [column, value] = byRef(ref);
  return db.selectFrom('od_group').selectAll().where(column, '=', value).executeTakeFirst();
}

export function groupsByNames(db: Kysely<Database>, names: string[]): Promise<GroupRow[]> {
  if (names.length === 0) return Promise.resolve([]);
  return db.selectFrom('od_group').selectAll().where('name', 'in', names).execute();
}

/** Every producer and group as stored, without counts: what each package answer names. */
export async function allProducersAndGroups(db: Kysely<Database>): Promise<{ producers: ProducerRow[]; groups: GroupRow[] }> {
  const [producers, groups] = await Promise.all([db.selectFrom('od_producer').selectAll().execute(), db.selectFrom('od_group').selectAll().execute()]);
  return { producers, groups };
}

/** Producers by title, each with its count of datasets in the public catalogue. */
export async function producersWithCounts(db: Kysely<Database>, ids?: string[]): Promise<Array<ProducerRow & { dataset_count: number }>> {
  if (ids && ids.length === 0) return [];
  const { rows } = await sql<ProducerRow & { dataset_count: number }>`
    select p.*, (select count(*)::int from od_dataset d where d.producer_id = p.id and ${PUBLIC_SQL}) as dataset_count
    from od_producer p ${ids ? sql`where p.id in (${sql.join(ids)})` : sql``}
    order by p.title, p.name`.execute(db);
  return rows;
}

/** Groups by title, each with its count of datasets in the public catalogue. */
export async function groupsWithCounts(db: Kysely<Database>, ids?: string[]): Promise<Array<GroupRow & { dataset_count: number }>> {
  if (ids && ids.length === 0) return [];
  const { rows } = await sql<GroupRow & { dataset_count: number }>`
    select g.*, (select count(*)::int from od_dataset_group dg join od_dataset d on d.id = dg.dataset_id where dg.group_id = g.id and ${PUBLIC_SQL}) as dataset_count
    from od_group g ${ids ? sql`where g.id in (${sql.join(ids)})` : sql``}
    order by g.title, g.name`.execute(db);
  return rows;
}

export async function insertProducer(db: Kysely<Database>, row: Insertable<OdProducerTable>): Promise<ProducerRow | undefined> {
  return db
    .insertInto('od_producer')
    .values(row)
    .onConflict((oc) => oc.column('name').doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function insertGroup(db: Kysely<Database>, row: Insertable<OdGroupTable>): Promise<GroupRow | undefined> {
  return db
    .insertInto('od_group')
    .values(row)
    .onConflict((oc) => oc.column('name').doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** Inserts the rows whose name is free; never touches an existing one. */
export async function insertProducersIfMissing(db: Kysely<Database>, rows: Insertable<OdProducerTable>[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insertInto('od_producer')
    .values(rows)
    .onConflict((oc) => oc.column('name').doNothing())
    .returning('id')
    .execute();
  return inserted.length;
}

export async function insertGroupsIfMissing(db: Kysely<Database>, rows: Insertable<OdGroupTable>[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insertInto('od_group')
    .values(rows)
    .onConflict((oc) => oc.column('name').doNothing())
    .returning('id')
    .execute();
  return inserted.length;
}

/** The producers there are, for the seed to see which OPDs already have theirs. */
export function producerKeys(db: Kysely<Database>) {
  return db.selectFrom('od_producer').select(['name', 'kind', 'opd_id']).execute();
}
