/** SQL for the budget: pagu and cash plan per OPD and year, BKAD imports and the realization they brought. */
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { PerfBudgetImportTable, PerfBudgetRealizationTable, PerfBudgetTable } from './budget.tables.js';

export type BudgetRow = Selectable<PerfBudgetTable>;
export type ImportRow = Selectable<PerfBudgetImportTable>;
export type RealizationRow = Selectable<PerfBudgetRealizationTable>;

export function findBudget(db: Kysely<Database>, periodId: string, opdId: string, { forUpdate = false } = {}): Promise<BudgetRow | undefined> {
  const query = db.selectFrom('perf_budget').selectAll().where('period_id', '=', periodId).where('opd_id', '=', opdId);
  return (forUpdate ? query.forUpdate() : query).executeTakeFirst();
}

/** A year's budgets; `forUpdate` holds them while an import checks its amounts against their pagu. */
export function listBudgets(
  db: Kysely<Database>,
  filter: { periodId: string; opdId?: string; opdIds: 'all' | string[] },
  { forUpdate = false } = {},
): Promise<BudgetRow[]> {
  let query = db.selectFrom('perf_budget').selectAll().where('period_id', '=', filter.periodId);
  if (filter.opdId) query = query.where('opd_id', '=', filter.opdId);
  // The service refuses a caller who reaches no OPD, so a list here is never empty ("in ()" is not SQL).
  if (filter.opdIds !== 'all') query = query.where('opd_id', 'in', filter.opdIds);
  return (forUpdate ? query.forUpdate() : query).execute();
}

export function upsertBudget(db: Kysely<Database>, row: Insertable<PerfBudgetTable>): Promise<BudgetRow> {
  return db
    .insertInto('perf_budget')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['period_id', 'opd_id']).doUpdateSet({
        pagu: row.pagu,
        plan_q1: row.plan_q1,
        plan_q2: row.plan_q2,
        plan_q3: row.plan_q3,
        plan_q4: row.plan_q4,
        updated_at: new Date(),
        updated_by: row.updated_by ?? null,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function realizationsOf(db: Kysely<Database>, periodId: string, opdIds: string[]): Promise<RealizationRow[]> {
  if (opdIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('perf_budget_realization').selectAll().where('period_id', '=', periodId).where('opd_id', 'in', opdIds).execute();
}

export function insertImport(db: Kysely<Database>, row: Insertable<PerfBudgetImportTable>): Promise<ImportRow> {
  return db.insertInto('perf_budget_import').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Writes each quarter given; a quarter already imported takes the new figure and names the new import. */
export async function upsertRealizations(db: Kysely<Database>, rows: Insertable<PerfBudgetRealizationTable>[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('perf_budget_realization')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['period_id', 'opd_id', 'quarter']).doUpdateSet((eb) => ({ spent: eb.ref('excluded.spent'), import_id: eb.ref('excluded.import_id') })),
    )
    .execute();
}

export function importsById(db: Kysely<Database>, ids: string[]): Promise<ImportRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('perf_budget_import').selectAll().where('id', 'in', ids).execute();
}
