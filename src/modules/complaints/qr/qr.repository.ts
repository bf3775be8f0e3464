/** SQL for QR places: the posters at markets, bus stops and parks that open the filing form. */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { QrPlaceTable } from '../complaints.tables.js';

export type QrPlaceWithCategory = Selectable<QrPlaceTable> & { category_code: string | null };

function withCategory(db: Kysely<Database>) {
  return db
    .selectFrom('qr_place')
    .leftJoin('complaint_category', 'complaint_category.id', 'qr_place.category_id')
    .selectAll('qr_place')
    .select('complaint_category.code as category_code');
}

/** A place by its code, active or not: the caller decides who may see an inactive one. */
/** A place that complaints may still be filed at, by its code (retired places are not). */
export async function findActiveQrPlace(db: Kysely<Database>, code: string) {
  return db.selectFrom('qr_place').selectAll().where('code', '=', code).where('active', '=', true).executeTakeFirst();
}

export async function findQrPlaceByCode(db: Kysely<Database>, code: string): Promise<QrPlaceWithCategory | undefined> {
  return withCategory(db).where('qr_place.code', '=', code).executeTakeFirst();
}

export async function listQrPlaces(db: Kysely<Database>, page: { limit: number; offset: number }): Promise<{ rows: QrPlaceWithCategory[]; total: number }> {
  const [rows, count] = await Promise.all([
    withCategory(db).orderBy('qr_place.name').orderBy('qr_place.code').limit(page.limit).offset(page.offset).execute(),
    db
      .selectFrom('qr_place')
      .select((eb) => eb.fn.countAll<string | number | bigint>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export interface NewQrPlace {
  code: string;
  name: string;
  address: string | null;
  lat: number;
  lon: number;
  category_id: string | null;
}

export async function insertQrPlace(db: Kysely<Database>, row: NewQrPlace): Promise<string> {
  const inserted = await db.insertInto('qr_place').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export type QrPlaceChanges = Partial<{ name: string; address: string | null; active: boolean }>;

/** Applies the changes to the place, locked; returns the row as it was before, or undefined. */
export async function updateQrPlace(db: Kysely<Database>, code: string, changes: QrPlaceChanges): Promise<Selectable<QrPlaceTable> | undefined> {
  const before = await db.selectFrom('qr_place').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
  if (!before) return undefined;
  if (Object.keys(changes).length > 0) await db.updateTable('qr_place').set(changes).where('id', '=', before.id).execute();
  return before;
}
