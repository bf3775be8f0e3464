/** SQL for the semi-annual evaluations, their dimension indices, evidence and the score's settings. */
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { ScoreWeights } from './smartcity.score.js';
import type { EvaluationStatus, ScEvaluationDimensionTable, ScEvaluationTable, ScEvidenceTable, ScSettingsTable } from './smartcity.tables.js';

export type EvaluationRow = Selectable<ScEvaluationTable>;
export type DimensionIndexRow = Selectable<ScEvaluationDimensionTable>;
export type EvidenceRow = Selectable<ScEvidenceTable>;
export type SettingsRow = Selectable<ScSettingsTable>;

export interface EvaluationFilter {
  statuses: EvaluationStatus[];
  fromYear?: number;
  toYear?: number;
}

/** In time order: by year, Tahap I before Tahap II. */
export function listEvaluations(db: Kysely<Database>, filter: EvaluationFilter): Promise<EvaluationRow[]> {
  let query = db.selectFrom('sc_evaluation').selectAll().where('status', 'in', filter.statuses);
  if (filter.fromYear !== undefined) query = query.where('year', '>=', filter.fromYear);
  if (filter.toYear !== undefined) query = query.where('year', '<=', filter.toYear);
  return query.orderBy('year').orderBy('stage').execute();
}

export function findEvaluation(db: Kysely<Database>, id: string, { forUpdate = false } = {}): Promise<EvaluationRow | undefined> {
  const query = db.selectFrom('sc_evaluation').selectAll().where('id', '=', id);
  return (forUpdate ? query.forUpdate() : query).executeTakeFirst();
}

export function insertEvaluation(db: Kysely<Database>, row: Insertable<ScEvaluationTable>): Promise<EvaluationRow> {
  return db.insertInto('sc_evaluation').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateEvaluation(db: Kysely<Database>, id: string, changes: Updateable<ScEvaluationTable>): Promise<EvaluationRow> {
  return db
    .updateTable('sc_evaluation')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function dimensionIndicesOf(db: Kysely<Database>, evaluationIds: string[]): Promise<DimensionIndexRow[]> {
  if (evaluationIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('sc_evaluation_dimension').selectAll().where('evaluation_id', 'in', evaluationIds).execute();
}

/** Puts these dimension indices in place of the evaluation's old ones. */
export async function replaceDimensionIndices(
  db: Kysely<Database>,
  evaluationId: string,
  rows: Array<{ dimension_code: string; value: number }>,
): Promise<void> {
  await db.deleteFrom('sc_evaluation_dimension').where('evaluation_id', '=', evaluationId).execute();
  if (rows.length > 0)
    await db
      .insertInto('sc_evaluation_dimension')
      .values(rows.map((r) => ({ ...r, evaluation_id: evaluationId })))
      .execute();
}

export function evidenceOf(db: Kysely<Database>, evaluationIds: string[]): Promise<EvidenceRow[]> {
  if (evaluationIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('sc_evidence').selectAll().where('evaluation_id', 'in', evaluationIds).orderBy('uploaded_at').orderBy('id').execute();
}

export function findEvidence(db: Kysely<Database>, id: string): Promise<EvidenceRow | undefined> {
  return db.selectFrom('sc_evidence').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countEvidence(db: Kysely<Database>, evaluationId: string): Promise<number> {
  const row = await db
    .selectFrom('sc_evidence')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('evaluation_id', '=', evaluationId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function insertEvidence(db: Kysely<Database>, row: Insertable<ScEvidenceTable>): Promise<EvidenceRow> {
  return db.insertInto('sc_evidence').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function deleteEvidence(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('sc_evidence').where('id', '=', id).execute();
}

export function findSettings(db: Kysely<Database>): Promise<SettingsRow | undefined> {
  return db.selectFrom('sc_settings').selectAll().executeTakeFirst();
}

export async function saveSettings(db: Kysely<Database>, weights: ScoreWeights, userId: string): Promise<void> {
  const row = { weights: JSON.stringify(weights), updated_by: userId };
  await db
    .insertInto('sc_settings')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet({ ...row, updated_at: new Date() }))
    .execute();
}
