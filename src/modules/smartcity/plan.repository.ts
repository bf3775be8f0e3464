/** SQL for the dimensions and their elements, and the masterplan's programmes. */
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Horizon, ScElementTable, ScProgrammeTable } from './smartcity.tables.js';

export type ProgrammeRow = Selectable<ScProgrammeTable>;
export type ElementRow = Selectable<ScElementTable>;

export interface DimensionWithElements {
  code: string;
  name: string;
  elements: Array<{ code: string; name: string }>;
}

/** The six dimensions in order, each with its elements in order. */
export async function listDimensions(db: Kysely<Database>): Promise<DimensionWithElements[]> {
  const [dimensions, elements] = await Promise.all([
    db.selectFrom('sc_dimension').select(['code', 'name']).orderBy('position').execute(),
    db.selectFrom('sc_element').select(['code', 'name', 'dimension_code']).orderBy('position').execute(),
  ]);
  return dimensions.map((d) => ({
    code: d.code,
    name: d.name,
    elements: elements.filter((e) => e.dimension_code === d.code).map((e) => ({ code: e.code, name: e.name })),
  }));
}

export interface ProgrammeFilter {
  dimension?: string;
  element?: string;
  horizon?: Horizon;
}

const HORIZON_ORDER = { quick_win: 1, menengah: 2, panjang: 3 } as const;

export async function listProgrammes(
  db: Kysely<Database>,
  filter: ProgrammeFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: ProgrammeRow[]; total: number }> {
  let query = db.selectFrom('sc_programme');
  if (filter.dimension) query = query.where('dimension_code', '=', filter.dimension);
  if (filter.element) query = query.where('element_code', '=', filter.element);
  if (filter.horizon) query = query.where('horizon', '=', filter.horizon);
  const [rows, count] = await Promise.all([
    query
      .selectAll()
      .orderBy((eb) =>
        eb
          .case()
          .when('horizon', '=', 'quick_win')
          .then(HORIZON_ORDER.quick_win)
          .when('horizon', '=', 'menengah')
          .then(HORIZON_ORDER.menengah)
          .else(HORIZON_ORDER.panjang)
          .end(),
      )
      .orderBy('start_year')
      .orderBy('code')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export function findProgramme(db: Kysely<Database>, id: string): Promise<ProgrammeRow | undefined> {
  return db.selectFrom('sc_programme').selectAll().where('id', '=', id).executeTakeFirst();
}

export function insertProgramme(db: Kysely<Database>, row: Insertable<ScProgrammeTable>): Promise<ProgrammeRow> {
  return db.insertInto('sc_programme').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateProgramme(db: Kysely<Database>, id: string, changes: Updateable<ScProgrammeTable>): Promise<ProgrammeRow> {
  return db
    .updateTable('sc_programme')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Titles and codes of programmes by id, for the roll-up. */
export function programmeNames(db: Kysely<Database>, ids: string[]): Promise<Array<{ id: string; code: string; title: string }>> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('sc_programme').select(['id', 'code', 'title']).where('id', 'in', ids).orderBy('code').execute();
}
