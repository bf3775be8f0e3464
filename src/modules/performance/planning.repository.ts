/** SQL for the planning cascade: periods, goals and indicators. */
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { PerfGoalTable, PerfIndicatorTable, PerfPeriodTable } from './performance.tables.js';

export type PeriodRow = Selectable<PerfPeriodTable>;
export type GoalRow = Selectable<PerfGoalTable>;
export type IndicatorRow = Selectable<PerfIndicatorTable>;

export function listPeriods(db: Kysely<Database>): Promise<PeriodRow[]> {
  return db.selectFrom('perf_period').selectAll().orderBy('start_year', 'desc').orderBy('kind').execute();
}

export function findPeriod(db: Kysely<Database>, id: string): Promise<PeriodRow | undefined> {
  return db.selectFrom('perf_period').selectAll().where('id', '=', id).executeTakeFirst();
}

export function insertPeriod(db: Kysely<Database>, row: Insertable<PerfPeriodTable>): Promise<PeriodRow> {
  return db.insertInto('perf_period').values(row).returningAll().executeTakeFirstOrThrow();
}

export function listGoals(db: Kysely<Database>, periodId: string): Promise<GoalRow[]> {
  return db.selectFrom('perf_goal').selectAll().where('period_id', '=', periodId).orderBy('code').execute();
}

export function findGoal(db: Kysely<Database>, id: string): Promise<GoalRow | undefined> {
  return db.selectFrom('perf_goal').selectAll().where('id', '=', id).executeTakeFirst();
}

export function insertGoal(db: Kysely<Database>, row: Insertable<PerfGoalTable>): Promise<GoalRow> {
  return db.insertInto('perf_goal').values(row).returningAll().executeTakeFirstOrThrow();
}

export function listIndicators(db: Kysely<Database>, filter: { goalId?: string; opdId?: string; periodId?: string }): Promise<IndicatorRow[]> {
  let query = db.selectFrom('perf_indicator').innerJoin('perf_goal', 'perf_goal.id', 'perf_indicator.goal_id').selectAll('perf_indicator');
  if (filter.goalId) query = query.where('perf_indicator.goal_id', '=', filter.goalId);
  if (filter.opdId) query = query.where('perf_indicator.opd_id', '=', filter.opdId);
  if (filter.periodId) query = query.where('perf_goal.period_id', '=', filter.periodId);
  return query.orderBy('perf_goal.code').orderBy('perf_indicator.code').execute();
}

export function insertIndicator(db: Kysely<Database>, row: Insertable<PerfIndicatorTable>): Promise<IndicatorRow> {
  return db.insertInto('perf_indicator').values(row).returningAll().executeTakeFirstOrThrow();
}
