/** SQL for the OPD roadmaps: items, their milestones and indicators. */
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Horizon, ScIndicatorTable, ScMilestoneTable, ScRoadmapItemTable } from './smartcity.tables.js';

export type ItemRow = Selectable<ScRoadmapItemTable>;
export type MilestoneRow = Selectable<ScMilestoneTable>;
export type IndicatorRow = Selectable<ScIndicatorTable>;

export interface ItemFilter {
  opdId?: string;
  programmeId?: string;
  programmeIds?: string[];
  dimension?: string;
  element?: string;
  horizon?: Horizon;
  year?: number;
  q?: string;
}

function filtered(db: Kysely<Database>, filter: ItemFilter) {
  let query = db.selectFrom('sc_roadmap_item');
  if (filter.opdId) query = query.where('opd_id', '=', filter.opdId);
  if (filter.programmeId) query = query.where('programme_id', '=', filter.programmeId);
  // Callers pass a list that is not empty ("in ()" is not SQL).
  if (filter.programmeIds) query = query.where('programme_id', 'in', filter.programmeIds);
  if (filter.dimension) query = query.where('dimension_code', '=', filter.dimension);
  if (filter.element) query = query.where('element_code', '=', filter.element);
  if (filter.horizon) query = query.where('horizon', '=', filter.horizon);
  if (filter.year !== undefined) query = query.where('start_year', '<=', filter.year).where('end_year', '>=', filter.year);
  if (filter.q) {
    // The words as typed, with LIKE's wildcards taken literally.
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where('title', 'ilike', pattern);
  }
  return query;
}

export async function listItems(
  db: Kysely<Database>,
  filter: ItemFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: ItemRow[]; total: number }> {
  const query = filtered(db, filter);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('start_year').orderBy('title').orderBy('id').limit(page.limit).offset(page.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Every item that matches, without paging: for the roll-up, a few hundred rows in a city. */
export function allItems(db: Kysely<Database>, filter: ItemFilter): Promise<ItemRow[]> {
  return filtered(db, filter).selectAll().execute();
}

export function findItem(db: Kysely<Database>, id: string, { forUpdate = false } = {}): Promise<ItemRow | undefined> {
  const query = db.selectFrom('sc_roadmap_item').selectAll().where('id', '=', id);
  return (forUpdate ? query.forUpdate() : query).executeTakeFirst();
}

export function insertItem(db: Kysely<Database>, row: Insertable<ScRoadmapItemTable>): Promise<ItemRow> {
  return db.insertInto('sc_roadmap_item').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateItem(db: Kysely<Database>, id: string, changes: Updateable<ScRoadmapItemTable>): Promise<ItemRow> {
  return db
    .updateTable('sc_roadmap_item')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteItem(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('sc_roadmap_item').where('id', '=', id).execute();
}

export function milestonesOf(db: Kysely<Database>, itemIds: string[]): Promise<MilestoneRow[]> {
  if (itemIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('sc_milestone').selectAll().where('item_id', 'in', itemIds).orderBy('due').orderBy('seq').execute();
}

export function indicatorsOf(db: Kysely<Database>, itemIds: string[]): Promise<IndicatorRow[]> {
  if (itemIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('sc_indicator').selectAll().where('item_id', 'in', itemIds).orderBy('seq').execute();
}

export function findMilestone(db: Kysely<Database>, id: string): Promise<MilestoneRow | undefined> {
  return db.selectFrom('sc_milestone').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertMilestones(db: Kysely<Database>, rows: Insertable<ScMilestoneTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('sc_milestone').values(rows).execute();
}

export function updateMilestone(db: Kysely<Database>, id: string, changes: Updateable<ScMilestoneTable>): Promise<MilestoneRow> {
  return db.updateTable('sc_milestone').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function deleteMilestone(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('sc_milestone').where('id', '=', id).execute();
}

export function findIndicator(db: Kysely<Database>, id: string): Promise<IndicatorRow | undefined> {
  return db.selectFrom('sc_indicator').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertIndicators(db: Kysely<Database>, rows: Insertable<ScIndicatorTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('sc_indicator').values(rows).execute();
}

export function updateIndicator(db: Kysely<Database>, id: string, changes: Updateable<ScIndicatorTable>): Promise<IndicatorRow> {
  return db.updateTable('sc_indicator').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function deleteIndicator(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('sc_indicator').where('id', '=', id).execute();
}
