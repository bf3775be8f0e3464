/** SQL for frameworks and the published national results. */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { FrameworkInput } from './framework.definition.js';

export type FrameworkRow = Selectable<Database['spbe_framework']>;

export function listFrameworks(db: Kysely<Database>): Promise<FrameworkRow[]> {
  return db.selectFrom('spbe_framework').selectAll().orderBy('from_year', 'desc').orderBy('code').execute();
}

export function findFramework(db: Kysely<Database>, code: string): Promise<FrameworkRow | undefined> {
  return db.selectFrom('spbe_framework').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function frameworksInUse(db: Kysely<Database>): Promise<Set<string>> {
  const rows = await db.selectFrom('spbe_evaluation').select('framework_code').distinct().execute();
  return new Set(rows.map((r) => r.framework_code));
}

/** Inserts the framework; false when its code is taken (nothing is overwritten). */
export async function insertFramework(db: Kysely<Database>, input: FrameworkInput, createdBy: string | null): Promise<boolean> {
  const inserted = await db
    .insertInto('spbe_framework')
    .values({
      code: input.code,
      name: input.name,
      regulation: input.regulation,
      from_year: input.fromYear,
      to_year: input.toYear,
      definition: JSON.stringify(input),
      created_by: createdBy,
    })
    .onConflict((oc) => oc.column('code').doNothing())
    .returning('code')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function insertPublishedResultsIfMissing(
  db: Kysely<Database>,
  rows: Array<{ year: number; framework_code: string; index: number; source: string }>,
) {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insertInto('spbe_published_result')
    .values(rows)
    .onConflict((oc) => oc.column('year').doNothing())
    .returning('year')
    .execute();
  return inserted.length;
}

export function listPublishedResults(db: Kysely<Database>) {
  return db.selectFrom('spbe_published_result').selectAll().orderBy('year').execute();
}
