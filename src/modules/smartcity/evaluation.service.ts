/**
 * The semi-annual smart city evaluation (Tahap I and II, DOMAIN.md section 5): the five
 * evaluation indices, an index per dimension, notes and evidence, scored with the city's weights.
 * The smart city team fills a draft and publishes it; once published it is public and final, with
 * the weights and score it was published with. Drafts are seen by smartcity.read_internal only.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { RequestContext } from '../../platform/context.js';
import { isDuplicateKeyError } from '../../platform/idempotency/idempotency.js';
import type { Platform } from '../../platform/module.js';
import * as repo from './evaluation.repository.js';
import type { CreateEvaluationBody, EvaluationListQuery, EvaluationView, SettingsBody, UpdateEvaluationBody } from './evaluation.schemas.js';
import { evaluationView, indicesOf } from './evaluation.view.js';
import { listDimensions } from './plan.repository.js';
import { smartcityErrors } from './smartcity.errors.js';
import { readsDrafts } from './smartcity.reach.js';
import { DEFAULT_SCORE_WEIGHTS, hasTwoDecimals, INDEX_KEYS, type IndexKey, type ScoreWeights, smartCityScore, weightsProblem } from './smartcity.score.js';

const COLUMN_OF: Record<IndexKey, 'baseline' | 'output' | 'outcome' | 'impact' | 'quick_win'> = {
  baseline: 'baseline',
  output: 'output',
  outcome: 'outcome',
  impact: 'impact',
  quickWin: 'quick_win',
};

/** The weights in force: the city's own, or the national defaults until it saves some. */
export async function readSettings(db: Kysely<Database>): Promise<{ weights: ScoreWeights; updatedAt: string | null }> {
  const row = await repo.findSettings(db);
  return row ? { weights: row.weights, updatedAt: row.updated_at.toISOString() } : { weights: DEFAULT_SCORE_WEIGHTS, updatedAt: null };
}

export function createEvaluationService(platform: Platform) {
  const { db, audit } = platform;

  async function views(rows: repo.EvaluationRow[], on: Kysely<Database> = db): Promise<EvaluationView[]> {
    const ids = rows.map((r) => r.id);
    const [dimensions, indices, evidence, settings] = await Promise.all([
      listDimensions(on),
      repo.dimensionIndicesOf(on, ids),
      repo.evidenceOf(on, ids),
      readSettings(on),
    ]);
    return rows.map((r) =>
      evaluationView(
        r,
        indices.filter((x) => x.evaluation_id === r.id),
        evidence.filter((e) => e.evaluation_id === r.id),
        dimensions,
        settings.weights,
      ),
    );
  }

  /** The evaluation, if this caller may see it: a draft is not found for those who may not. */
  async function visible(ctx: RequestContext, id: string): Promise<repo.EvaluationRow> {
    const row = await repo.findEvaluation(db, id);
    if (!row || (row.status !== 'published' && !readsDrafts(ctx))) throw smartcityErrors.evaluationNotFound();
    return row;
  }

  /** Locks a draft for a change by the smart city team, in the caller's transaction. */
  async function draft(trx: Kysely<Database>, id: string): Promise<repo.EvaluationRow> {
    const row = await repo.findEvaluation(trx, id, { forUpdate: true });
    if (!row) throw smartcityErrors.evaluationNotFound();
    if (row.status !== 'draft') throw smartcityErrors.published();
    return row;
  }

  async function checkDimensions(input: NonNullable<UpdateEvaluationBody['dimensions']>): Promise<void> {
    const known = new Set((await listDimensions(db)).map((d) => d.code));
    const seen = new Set<string>();
    input.forEach((d, n) => {
      if (!known.has(d.dimension)) throw smartcityErrors.unknownDimension(d.dimension, `dimensions.${n}.dimension`);
      if (seen.has(d.dimension)) throw smartcityErrors.dimensionTwice(`dimensions.${n}.dimension`);
      seen.add(d.dimension);
      if (d.index !== null && !hasTwoDecimals(d.index)) throw smartcityErrors.tooManyDecimals(`dimensions.${n}.index`);
    });
  }

  return {
    /** Evaluations in time order; drafts only for those who may see them. */
    async list(ctx: RequestContext, query: EvaluationListQuery): Promise<EvaluationView[]> {
      const allowed: Array<'draft' | 'published'> = readsDrafts(ctx) ? ['draft', 'published'] : ['published'];
      const statuses = query.status ? allowed.filter((s) => s === query.status) : allowed;
      if (statuses.length === 0) return [];
      return views(await repo.listEvaluations(db, { statuses, fromYear: query.fromYear, toYear: query.toYear }));
    },

    async get(ctx: RequestContext, id: string): Promise<EvaluationView> {
      return (await views([await visible(ctx, id)]))[0];
    },

    /** Opens the draft of a year's Tahap I or II (the smart city team). */
    async create(ctx: RequestContext, input: CreateEvaluationBody): Promise<EvaluationView> {
      const actor = authorize(ctx, 'smartcity.plan');
      const row = await db
        .transaction()
        .execute(async (trx) => {
          const created = await repo.insertEvaluation(trx, { year: input.year, stage: input.stage, created_by: actor.userId });
          await audit.record(trx, ctx, {
            action: 'smartcity.evaluation.create',
            recordType: 'sc_evaluation',
            recordId: created.id,
            after: { year: input.year, stage: input.stage },
          });
          return created;
        })
        .catch((error) => {
          if (isDuplicateKeyError(error)) throw smartcityErrors.evaluationExists(input.year, input.stage);
          throw error;
        });
      return (await views([row]))[0];
    },

    /** Sets a draft's indices, dimension indices and notes; what is not sent stays. */
    async update(ctx: RequestContext, id: string, input: UpdateEvaluationBody): Promise<EvaluationView> {
      authorize(ctx, 'smartcity.plan');
      if (input.indices) {
        for (const key of INDEX_KEYS) {
          const value = input.indices[key];
          if (value !== null && !hasTwoDecimals(value)) throw smartcityErrors.tooManyDecimals(`indices.${key}`);
        }
      }
      if (input.dimensions) await checkDimensions(input.dimensions);
      return db.transaction().execute(async (trx) => {
        const current = await draft(trx, id);
        const [before] = await views([current], trx);
        const changes: Parameters<typeof repo.updateEvaluation>[2] = { notes: input.notes };
        if (input.indices) for (const key of INDEX_KEYS) changes[COLUMN_OF[key]] = input.indices[key];
        let row = await repo.updateEvaluation(trx, id, changes);
        if (input.dimensions) {
          await repo.replaceDimensionIndices(
            trx,
            id,
            input.dimensions.flatMap((d) => (d.index === null ? [] : [{ dimension_code: d.dimension, value: d.index }])),
          );
          row = (await repo.findEvaluation(trx, id)) as repo.EvaluationRow;
        }
        const [after] = await views([row], trx);
        const { evidence: _b, ...beforeFigures } = before;
        const { evidence: _a, ...afterFigures } = after;
        await audit.record(trx, ctx, {
          action: 'smartcity.evaluation.update',
          recordType: 'sc_evaluation',
          recordId: id,
          before: beforeFigures,
          after: afterFigures,
        });
        return after;
      });
    },

    /** Publishes a draft with all five indices: its weights and score are frozen, and it becomes public. */
    async publish(ctx: RequestContext, id: string): Promise<EvaluationView> {
      const actor = authorize(ctx, 'smartcity.plan');
      return db.transaction().execute(async (trx) => {
        const current = await draft(trx, id);
        const indices = indicesOf(current);
        const missing = INDEX_KEYS.filter((key) => indices[key] === null);
        if (missing.length > 0) throw smartcityErrors.incomplete(missing.map((key) => `indices.${key}`));
        const { weights } = await readSettings(trx);
        const score = smartCityScore(indices as Record<IndexKey, number>, weights);
        const row = await repo.updateEvaluation(trx, id, {
          status: 'published',
          weights: JSON.stringify(weights),
          score,
          published_at: new Date(),
          published_by: actor.userId,
        });
        const [view] = await views([row], trx);
        await audit.record(trx, ctx, {
          action: 'smartcity.evaluation.publish',
          recordType: 'sc_evaluation',
          recordId: id,
          after: { year: row.year, stage: row.stage, indices, weights, score, dimensions: view.dimensions },
        });
        return view;
      });
    },

    settings: () => readSettings(db),

    /** Saves the score's weights (the smart city team); published evaluations keep theirs. */
    async saveSettings(ctx: RequestContext, input: SettingsBody) {
      const actor = authorize(ctx, 'smartcity.plan');
      const problem = weightsProblem(input.weights);
      if (problem) throw smartcityErrors.invalidWeights(problem.field, problem.text);
      await db.transaction().execute(async (trx) => {
        const before = await readSettings(trx);
        await repo.saveSettings(trx, input.weights, actor.userId);
        await audit.record(trx, ctx, { action: 'smartcity.settings.update', recordType: 'sc_settings', before: before.weights, after: input.weights });
      });
      return readSettings(db);
    },
  };
}

export type EvaluationService = ReturnType<typeof createEvaluationService>;
