/** SQL for evaluations, their indicators' assessments, evidence and the assessors' reviews. */
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../db/schema.js';

export type EvaluationRow = Selectable<Database['spbe_evaluation']>;
export type AssessmentRow = Selectable<Database['spbe_assessment']>;
export type EvidenceRow = Selectable<Database['spbe_evidence']>;
export type ReviewRow = Selectable<Database['spbe_review']>;

export function listEvaluations(db: Kysely<Database>): Promise<EvaluationRow[]> {
  return db.selectFrom('spbe_evaluation').selectAll().orderBy('year', 'desc').execute();
}

export function findEvaluation(db: Kysely<Database>, year: number, lock = false): Promise<EvaluationRow | undefined> {
  const query = db.selectFrom('spbe_evaluation').selectAll().where('year', '=', year);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

/** Inserts the evaluation with one unassigned row per indicator; false when the year is taken. */
export async function insertEvaluation(db: Kysely<Database>, year: number, frameworkCode: string, createdBy: string, indicators: number[]): Promise<boolean> {
  const inserted = await db
    .insertInto('spbe_evaluation')
    .values({ year, framework_code: frameworkCode, created_by: createdBy })
    .onConflict((oc) => oc.column('year').doNothing())
    .returning('year')
    .executeTakeFirst();
  if (!inserted) return false;
  await db
    .insertInto('spbe_assessment')
    .values(indicators.map((indicator) => ({ year, indicator })))
    .execute();
  return true;
}

export function finalizeEvaluation(db: Kysely<Database>, year: number, by: string) {
  return db.updateTable('spbe_evaluation').set({ status: 'final', finalized_at: new Date(), finalized_by: by }).where('year', '=', year).execute();
}

export function listAssessments(db: Kysely<Database>, year: number): Promise<AssessmentRow[]> {
  return db.selectFrom('spbe_assessment').selectAll().where('year', '=', year).orderBy('indicator').execute();
}

/** All years' assessments at once, for the list of evaluations with their indices. */
export function levelsByYear(db: Kysely<Database>) {
  return db.selectFrom('spbe_assessment').select(['year', 'indicator', 'status', 'opd_id', 'self_level', 'assessed_level']).execute();
}

export function findAssessment(db: Kysely<Database>, year: number, indicator: number, lock = false): Promise<AssessmentRow | undefined> {
  const query = db.selectFrom('spbe_assessment').selectAll().where('year', '=', year).where('indicator', '=', indicator);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

export function updateAssessment(db: Kysely<Database>, year: number, indicator: number, patch: Updateable<Database['spbe_assessment']>) {
  return db
    .updateTable('spbe_assessment')
    .set({ ...patch, updated_at: new Date() })
    .where('year', '=', year)
    .where('indicator', '=', indicator)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function listEvidence(db: Kysely<Database>, year: number, indicator?: number): Promise<EvidenceRow[]> {
  let query = db.selectFrom('spbe_evidence').selectAll().where('year', '=', year);
  if (indicator !== undefined) query = query.where('indicator', '=', indicator);
  return query.orderBy('uploaded_at').orderBy('id').execute();
}

export function findEvidence(db: Kysely<Database>, id: string): Promise<EvidenceRow | undefined> {
  return db.selectFrom('spbe_evidence').selectAll().where('id', '=', id).executeTakeFirst();
}

export function insertEvidence(db: Kysely<Database>, row: Insertable<Database['spbe_evidence']>) {
  return db.insertInto('spbe_evidence').values(row).returningAll().executeTakeFirstOrThrow();
}

export function deleteEvidence(db: Kysely<Database>, id: string) {
  return db.deleteFrom('spbe_evidence').where('id', '=', id).execute();
}

export function listReviews(db: Kysely<Database>, year: number, indicator?: number): Promise<ReviewRow[]> {
  let query = db.selectFrom('spbe_review').selectAll().where('year', '=', year);
  if (indicator !== undefined) query = query.where('indicator', '=', indicator);
  return query.orderBy('id').execute();
}

export function insertReview(
  db: Kysely<Database>,
  row: {
    year: number;
    indicator: number;
    decision: 'confirm' | 'correct' | 'return';
    level: number | null;
    comment: string;
    assessor_id: string;
    assessor_name: string;
  },
) {
  return db.insertInto('spbe_review').values(row).returningAll().executeTakeFirstOrThrow();
}
