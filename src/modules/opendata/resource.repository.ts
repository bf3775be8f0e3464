/** SQL for resources, their versions and the datastore's rows. */
import { type Insertable, type Kysely, type Selectable, sql, type Updateable } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { SearchPlan } from './datastore.query.js';
import type { Frequency, OdResourceTable, OdResourceVersionTable } from './opendata.tables.js';
import type { DataRow } from './table.coerce.js';

export type ResourceRow = Selectable<OdResourceTable>;
export type VersionRow = Selectable<OdResourceVersionTable>;

export function findResource(db: Kysely<Database>, id: string, { forUpdate = false } = {}): Promise<ResourceRow | undefined> {
  const query = db.selectFrom('od_resource').selectAll().where('id', '=', id);
  return (forUpdate ? query.forUpdate() : query).executeTakeFirst();
}

export function insertResource(db: Kysely<Database>, row: Insertable<OdResourceTable>): Promise<ResourceRow> {
  return db.insertInto('od_resource').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateResource(db: Kysely<Database>, id: string, patch: Updateable<OdResourceTable>): Promise<ResourceRow> {
  return db
    .updateTable('od_resource')
    .set({ ...patch, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The position after the dataset's last resource. */
export async function nextPosition(db: Kysely<Database>, datasetId: string): Promise<number> {
  const row = await db
    .selectFrom('od_resource')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('dataset_id', '=', datasetId)
    .executeTakeFirst();
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
}

export function resourcesOf(db: Kysely<Database>, datasetIds: string[]): Promise<ResourceRow[]> {
  if (datasetIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('od_resource').selectAll().where('dataset_id', 'in', datasetIds).orderBy('position').orderBy('created_at').orderBy('id').execute();
}

export function versionsOf(db: Kysely<Database>, resourceIds: string[]): Promise<VersionRow[]> {
  if (resourceIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('od_resource_version').selectAll().where('resource_id', 'in', resourceIds).orderBy('resource_id').orderBy('version_no').execute();
}

export function findVersion(db: Kysely<Database>, resourceId: string, versionNo: number): Promise<VersionRow | undefined> {
  return db.selectFrom('od_resource_version').selectAll().where('resource_id', '=', resourceId).where('version_no', '=', versionNo).executeTakeFirst();
}

export function findVersionById(db: Kysely<Database>, id: string): Promise<VersionRow | undefined> {
  return db.selectFrom('od_resource_version').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function lastVersionNo(db: Kysely<Database>, resourceId: string): Promise<number> {
  const row = await db
    .selectFrom('od_resource_version')
    .select((eb) => eb.fn.max('version_no').as('last'))
    .where('resource_id', '=', resourceId)
    .executeTakeFirst();
  return Number(row?.last ?? 0);
}

/** The latest confirmed version before this one: what a version's changes are counted against. */
export function previousConfirmed(db: Kysely<Database>, resourceId: string, beforeNo: number): Promise<VersionRow | undefined> {
  return db
    .selectFrom('od_resource_version')
    .selectAll()
    .where('resource_id', '=', resourceId)
    .where('version_no', '<', beforeNo)
    .where('confirmed_at', 'is not', null)
    .orderBy('version_no', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function insertVersion(db: Kysely<Database>, row: Insertable<OdResourceVersionTable>): Promise<VersionRow> {
  return db.insertInto('od_resource_version').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateVersion(db: Kysely<Database>, id: string, patch: Updateable<OdResourceVersionTable>): Promise<VersionRow> {
  return db.updateTable('od_resource_version').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/**
 * Stores rows numbered from `firstRowNo`. The batch travels as one JSON parameter and is unpacked
 * by the database: one round trip and one parameter, however many rows and columns.
 */
export async function insertRows(db: Kysely<Database>, versionId: string, firstRowNo: number, rows: DataRow[]): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    insert into od_datastore_row (version_id, row_no, data)
    select ${versionId}::uuid, ${firstRowNo - 1}::integer + r.n::integer, r.value
    from jsonb_array_elements(${JSON.stringify(rows)}::jsonb) with ordinality as r(value, n)`.execute(db);
}

export async function deleteRows(db: Kysely<Database>, versionId: string): Promise<void> {
  await db.deleteFrom('od_datastore_row').where('version_id', '=', versionId).execute();
}

/** A version's rows in order, a batch at a time, without holding them all. */
export async function* rowBatches(db: Kysely<Database>, versionId: string, batchSize = 5000): AsyncGenerator<{ row_no: number; data: DataRow }[]> {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('od_datastore_row')
      .select(['row_no', 'data'])
      .where('version_id', '=', versionId)
      .where('row_no', '>', after)
      .orderBy('row_no')
      .limit(batchSize)
      .execute();
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1].row_no;
    if (rows.length < batchSize) return;
  }
}

/** One page of a search over a version's rows, and how many match in all when asked. */
export async function searchRows(
  db: Kysely<Database>,
  versionId: string,
  plan: SearchPlan,
  knownTotal: number,
): Promise<{ rows: { row_no: number; data: DataRow }[]; total?: number }> {
  const where = sql.join([sql`version_id = ${versionId}::uuid`, ...plan.conditions], sql` and `);
  const page =
    plan.limit === 0
      ? { rows: [] as { row_no: number; data: DataRow }[] }
      : await sql<{ row_no: number; data: DataRow }>`
          select row_no, data from od_datastore_row where ${where}
          order by ${sql.join(plan.orderBy)} limit ${plan.limit} offset ${plan.offset}`.execute(db);
  if (!plan.includeTotal) return { rows: page.rows };
  // Without a condition every row matches: the version's count is known, and counting a million rows is not free.
  if (plan.conditions.length === 0) return { rows: page.rows, total: knownTotal };
  const counted = await sql<{ total: string }>`select count(*) as total from od_datastore_row where ${where}`.execute(db);
  return { rows: page.rows, total: Number(counted.rows[0]?.total ?? 0) };
}

export function datasetFrequency(db: Kysely<Database>, datasetId: string): Promise<{ frequency: Frequency } | undefined> {
  return db.selectFrom('od_dataset').select('frequency').where('id', '=', datasetId).executeTakeFirst();
}

/** Marks the dataset changed; with `data`, new data has come: its freshness starts again from today. */
export async function touchDataset(db: Kysely<Database>, datasetId: string, data?: { nextDueOn: string | null }): Promise<void> {
  const now = new Date();
  await db
    .updateTable('od_dataset')
    .set(data ? { updated_at: now, last_data_at: now, next_due_on: data.nextDueOn, overdue_notified_on: null } : { updated_at: now })
    .where('id', '=', datasetId)
    .execute();
}
