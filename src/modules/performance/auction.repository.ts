/** SQL for the auction: offers, their targets, answers and decisions. */
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { OfferStatus, PerfCounterDecisionTable, PerfOfferAnswerTable, PerfOfferTable, PerfOfferTargetTable } from './performance.tables.js';

export type OfferRow = Selectable<PerfOfferTable>;
export type AnswerRow = Selectable<PerfOfferAnswerTable>;
export type DecisionRow = Selectable<PerfCounterDecisionTable>;
export type TargetRow = Selectable<PerfOfferTargetTable> & { indicator_name: string; direction: string; unit: string };

export function findOffer(db: Kysely<Database>, id: string, { forUpdate = false } = {}): Promise<OfferRow | undefined> {
  const query = db.selectFrom('perf_offer').selectAll().where('id', '=', id);
  return (forUpdate ? query.forUpdate() : query).executeTakeFirst();
}

export function listOffers(db: Kysely<Database>, filter: { periodId?: string; opdId?: string; opdIds: 'all' | string[] }): Promise<OfferRow[]> {
  let query = db.selectFrom('perf_offer').selectAll().where('status', '<>', 'superseded');
  if (filter.periodId) query = query.where('period_id', '=', filter.periodId);
  if (filter.opdId) query = query.where('opd_id', '=', filter.opdId);
  // The service refuses a caller who reaches no OPD, so a list here is never empty ("in ()" is not SQL).
  if (filter.opdIds !== 'all') query = query.where('opd_id', 'in', filter.opdIds);
  return query.orderBy('created_at', 'desc').limit(500).execute();
}

export async function offerExists(db: Kysely<Database>, periodId: string, opdId: string): Promise<boolean> {
  return !!(await db.selectFrom('perf_offer').select('id').where('period_id', '=', periodId).where('opd_id', '=', opdId).executeTakeFirst());
}

export function insertOffer(db: Kysely<Database>, row: Insertable<PerfOfferTable>): Promise<OfferRow> {
  return db.insertInto('perf_offer').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function setStatus(db: Kysely<Database>, id: string, status: OfferStatus): Promise<void> {
  await db.updateTable('perf_offer').set({ status }).where('id', '=', id).execute();
}

export async function insertTargets(db: Kysely<Database>, rows: Insertable<PerfOfferTargetTable>[]): Promise<void> {
  await db.insertInto('perf_offer_target').values(rows).execute();
}

export function targetsOf(db: Kysely<Database>, offerIds: string[]): Promise<TargetRow[]> {
  if (offerIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('perf_offer_target')
    .innerJoin('perf_indicator', 'perf_indicator.id', 'perf_offer_target.indicator_id')
    .selectAll('perf_offer_target')
    .select(['perf_indicator.name as indicator_name', 'perf_indicator.direction', 'perf_indicator.unit'])
    .where('offer_id', 'in', offerIds)
    .orderBy('perf_indicator.code')
    .execute();
}

export function answersOf(db: Kysely<Database>, offerIds: string[]): Promise<AnswerRow[]> {
  if (offerIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('perf_offer_answer').selectAll().where('offer_id', 'in', offerIds).execute();
}

export function decisionsOf(db: Kysely<Database>, offerIds: string[]): Promise<DecisionRow[]> {
  if (offerIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('perf_counter_decision').selectAll().where('offer_id', 'in', offerIds).execute();
}

export async function insertAnswer(db: Kysely<Database>, row: Insertable<PerfOfferAnswerTable>): Promise<void> {
  await db.insertInto('perf_offer_answer').values(row).execute();
}

export async function insertDecision(db: Kysely<Database>, row: Insertable<PerfCounterDecisionTable>): Promise<void> {
  await db.insertInto('perf_counter_decision').values(row).execute();
}
