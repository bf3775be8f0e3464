/** SQL for quarterly reports: reports, realizations, evidence, reviews and the reminders sent. */
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { PerfOfferTargetTable } from './performance.tables.js';
import type { PerfEvidenceTable, PerfRealizationTable, PerfReportReviewTable, PerfReportTable, ReportStatus } from './report.tables.js';

export type ReportRow = Selectable<PerfReportTable>;
export type RealizationRow = Selectable<PerfRealizationTable>;
export type EvidenceRow = Selectable<PerfEvidenceTable>;
export type ReviewRow = Selectable<PerfReportReviewTable>;
/** An offered target with what a report shows of its indicator. */
export type ReportTargetRow = Selectable<PerfOfferTargetTable> & {
  code: string;
  name: string;
  unit: string;
  direction: 'higher' | 'lower' | 'range';
  source: 'opd' | 'computed';
  measure: string | null;
  formula: string;
};

export interface ReportFilter {
  periodId?: string;
  opdId?: string;
  quarter?: number;
  status?: ReportStatus;
  opdIds: 'all' | string[];
}

export function findReport(db: Kysely<Database>, id: string, { forUpdate = false } = {}): Promise<ReportRow | undefined> {
  const query = db.selectFrom('perf_report').selectAll().where('id', '=', id);
  return (forUpdate ? query.forUpdate() : query).executeTakeFirst();
}

export function findReportFor(db: Kysely<Database>, periodId: string, opdId: string, quarter: number): Promise<ReportRow | undefined> {
  return db
    .selectFrom('perf_report')
    .selectAll()
    .where('period_id', '=', periodId)
    .where('opd_id', '=', opdId)
    .where('quarter', '=', quarter)
    .executeTakeFirst();
}

export async function listReports(
  db: Kysely<Database>,
  filter: ReportFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: ReportRow[]; total: number }> {
  let query = db.selectFrom('perf_report');
  if (filter.periodId) query = query.where('period_id', '=', filter.periodId);
  if (filter.opdId) query = query.where('opd_id', '=', filter.opdId);
  if (filter.quarter) query = query.where('quarter', '=', filter.quarter);
  if (filter.status) query = query.where('status', '=', filter.status);
  // The service refuses a caller who reaches no OPD, so a list here is never empty ("in ()" is not SQL).
  if (filter.opdIds !== 'all') query = query.where('opd_id', 'in', filter.opdIds);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('due_date', 'desc').orderBy('created_at', 'desc').limit(page.limit).offset(page.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export function insertReport(db: Kysely<Database>, row: Insertable<PerfReportTable>): Promise<ReportRow> {
  return db.insertInto('perf_report').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateReport(db: Kysely<Database>, id: string, changes: Updateable<PerfReportTable>): Promise<ReportRow> {
  return db
    .updateTable('perf_report')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The latest version of an OPD's offer for a year (earlier versions are superseded), if any. */
export function latestOffer(db: Kysely<Database>, periodId: string, opdId: string) {
  return db
    .selectFrom('perf_offer')
    .select(['id', 'status'])
    .where('period_id', '=', periodId)
    .where('opd_id', '=', opdId)
    .where('status', '<>', 'superseded')
    .orderBy('version', 'desc')
    .executeTakeFirst();
}

export function reportTargets(db: Kysely<Database>, offerId: string): Promise<ReportTargetRow[]> {
  return db
    .selectFrom('perf_offer_target')
    .innerJoin('perf_indicator', 'perf_indicator.id', 'perf_offer_target.indicator_id')
    .selectAll('perf_offer_target')
    .select([
      'perf_indicator.code',
      'perf_indicator.name',
      'perf_indicator.unit',
      'perf_indicator.direction',
      'perf_indicator.source',
      'perf_indicator.measure',
      'perf_indicator.formula',
    ])
    .where('offer_id', '=', offerId)
    .orderBy('perf_indicator.code')
    .execute();
}

export function realizationsOf(db: Kysely<Database>, reportId: string): Promise<RealizationRow[]> {
  return db.selectFrom('perf_realization').selectAll().where('report_id', '=', reportId).execute();
}

export async function saveRealization(db: Kysely<Database>, row: Insertable<PerfRealizationTable>): Promise<void> {
  await db
    .insertInto('perf_realization')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['report_id', 'indicator_id']).doUpdateSet({
        value: row.value ?? null,
        note: row.note ?? null,
        computed: row.computed ?? false,
        updated_at: new Date(),
        updated_by: row.updated_by ?? null,
      }),
    )
    .execute();
}

export function evidenceOf(db: Kysely<Database>, reportId: string): Promise<EvidenceRow[]> {
  return db.selectFrom('perf_evidence').selectAll().where('report_id', '=', reportId).orderBy('uploaded_at').orderBy('id').execute();
}

export function findEvidence(db: Kysely<Database>, reportId: string, id: string): Promise<EvidenceRow | undefined> {
  return db.selectFrom('perf_evidence').selectAll().where('id', '=', id).where('report_id', '=', reportId).executeTakeFirst();
}

export async function countEvidence(db: Kysely<Database>, reportId: string, indicatorId: string): Promise<number> {
  const row = await db
    .selectFrom('perf_evidence')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('report_id', '=', reportId)
    .where('indicator_id', '=', indicatorId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function insertEvidence(db: Kysely<Database>, row: Insertable<PerfEvidenceTable>): Promise<EvidenceRow> {
  return db.insertInto('perf_evidence').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function deleteEvidence(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('perf_evidence').where('id', '=', id).execute();
}

export function reviewsOf(db: Kysely<Database>, reportId: string): Promise<ReviewRow[]> {
  return db.selectFrom('perf_report_review').selectAll().where('report_id', '=', reportId).orderBy('reviewed_at').orderBy('id').execute();
}

export async function insertReview(db: Kysely<Database>, row: Insertable<PerfReportReviewTable>): Promise<void> {
  await db.insertInto('perf_report_review').values(row).execute();
}

/** OPDs whose offer for a year among these is accepted, with that year, for the reminder clock. */
export function acceptedOffers(db: Kysely<Database>, years: number[]) {
  return db
    .selectFrom('perf_offer')
    .innerJoin('perf_period', 'perf_period.id', 'perf_offer.period_id')
    .select(['perf_offer.period_id', 'perf_offer.opd_id', 'perf_period.start_year'])
    .where('perf_offer.status', '=', 'accepted')
    .where('perf_period.kind', '=', 'year')
    .where('perf_period.start_year', 'in', years)
    .execute();
}

export function reportStatuses(db: Kysely<Database>, periodIds: string[]) {
  if (periodIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('perf_report').select(['period_id', 'opd_id', 'quarter', 'status']).where('period_id', 'in', periodIds).execute();
}

/** Records a reminder as sent; false when it had been already (by this or another process). */
export async function claimReminder(db: Kysely<Database>, reportKey: string, kind: 'before' | 'after'): Promise<boolean> {
  const row = await db
    .insertInto('perf_reminder')
    .values({ report_key: reportKey, kind })
    .onConflict((oc) => oc.doNothing())
    .returning('report_key')
    .executeTakeFirst();
  return !!row;
}
