/** SQL for complaint categories, routing rules and QR places. */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { ComplaintCategoryTable } from './complaints.tables.js';

export type CategoryRow = Selectable<ComplaintCategoryTable>;

export async function listCategories(db: Kysely<Database>, { includeInactive = false } = {}): Promise<CategoryRow[]> {
  let query = db.selectFrom('complaint_category').selectAll();
  if (!includeInactive) query = query.where('active', '=', true);
  return query.orderBy('name').execute();
}

export async function findCategory(db: Kysely<Database>, by: { id?: string; code?: string }): Promise<CategoryRow | undefined> {
  let query = db.selectFrom('complaint_category').selectAll();
  if (by.id) query = query.where('id', '=', by.id);
  else if (by.code) query = query.where('code', '=', by.code);
  else return undefined;
  return query.executeTakeFirst();
}

export type NewCategory = Pick<CategoryRow, 'code' | 'name' | 'name_en' | 'description' | 'keywords' | 'default_opd_id'>;

/** Inserts a category unless its code exists: seeding never overwrites what an admin changed. */
export async function insertCategoryIfMissing(db: Kysely<Database>, row: NewCategory): Promise<void> {
  await db
    .insertInto('complaint_category')
    .values(row)
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
}

export async function insertCategory(
  db: Kysely<Database>,
  row: NewCategory & Partial<Pick<CategoryRow, 'verify_days' | 'respond_days' | 'close_days' | 'skip_verification' | 'duplicate_radius_m'>>,
): Promise<CategoryRow> {
  return db.insertInto('complaint_category').values(row).returningAll().executeTakeFirstOrThrow();
}

export type CategoryChanges = Partial<
  Pick<
    CategoryRow,
    | 'name'
    | 'name_en'
    | 'description'
    | 'keywords'
    | 'default_opd_id'
    | 'verify_days'
    | 'respond_days'
    | 'close_days'
    | 'skip_verification'
    | 'duplicate_radius_m'
    | 'active'
  >
>;

export async function updateCategory(db: Kysely<Database>, id: string, changes: CategoryChanges): Promise<CategoryRow | undefined> {
  return db
    .updateTable('complaint_category')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function listRoutingRules(db: Kysely<Database>, categoryId?: string) {
  let query = db.selectFrom('complaint_routing_rule').selectAll();
  if (categoryId) query = query.where('category_id', '=', categoryId);
  return query.orderBy('created_at').execute();
}

export async function insertRoutingRule(
  db: Kysely<Database>,
  row: { category_id: string; kecamatan_id: string | null; kelurahan_id: string | null; opd_id: string },
) {
  return db
    .insertInto('complaint_routing_rule')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function deleteRoutingRule(db: Kysely<Database>, id: string) {
  return db.deleteFrom('complaint_routing_rule').where('id', '=', id).returningAll().executeTakeFirst();
}
