/** SQL for OPDs. */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema.js';
import { containsPattern } from '../../db/sql-helpers.js';
import type { OpdKind, OpdTable } from './org.tables.js';

export type OpdRow = Selectable<OpdTable>;

export async function findOpdById(db: Kysely<Database>, id: string): Promise<OpdRow | undefined> {
  return db.selectFrom('opd').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findOpdByCode(db: Kysely<Database>, code: string): Promise<OpdRow | undefined> {
  return db.selectFrom('opd').selectAll().where('code', '=', code).executeTakeFirst();
}

export interface OpdFilter {
  q?: string;
  kind?: OpdKind;
  parentId?: string;
  /** Only OPDs in force on this date (YYYY-MM-DD); all when undefined. */
  validOn?: string;
  limit: number;
  offset: number;
}

export async function listOpds(db: Kysely<Database>, filter: OpdFilter): Promise<{ rows: OpdRow[]; total: number }> {
  let query = db.selectFrom('opd');
  if (filter.q) {
    const like = containsPattern(filter.q);
    query = query.where((eb) => eb.or([eb('name', 'ilike', like), eb('short_name', 'ilike', like), eb('code', 'ilike', like)]));
  }
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.parentId) query = query.where('parent_id', '=', filter.parentId);
  if (filter.validOn) {
    const day = filter.validOn;
    query = query.where('valid_from', '<=', day).where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', day)]));
  }
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('kind').orderBy('name').limit(filter.limit).offset(filter.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export type NewOpd = Pick<
  OpdRow,
  'code' | 'name' | 'short_name' | 'kind' | 'parent_id' | 'valid_from' | 'valid_to' | 'head_name' | 'email' | 'phone' | 'address' | 'website' | 'wilayah_id'
>;

export async function insertOpd(db: Kysely<Database>, row: NewOpd): Promise<OpdRow> {
  return db.insertInto('opd').values(row).returningAll().executeTakeFirstOrThrow();
}

export type OpdChanges = Partial<Omit<OpdRow, 'id' | 'created_at' | 'updated_at'>>;

export async function updateOpd(db: Kysely<Database>, id: string, changes: OpdChanges): Promise<OpdRow | undefined> {
  return db
    .updateTable('opd')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function allOpdNames(db: Kysely<Database>): Promise<Array<{ id: string; short_name: string; name: string }>> {
  return db.selectFrom('opd').select(['id', 'short_name', 'name']).execute();
}
