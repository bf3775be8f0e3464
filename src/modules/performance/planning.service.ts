/**
 * The planning cascade the performance auction starts from (DOMAIN.md section 4): the RPJMD's
 * five years and the years inside it, the goals (sasaran) of each, and the indicators that measure
 * a goal, each answerable to one OPD. The mayor's team and the admins maintain it; everyone may
 * read it, as the RPJMD is a public document.
 */
import { authorize } from '../../platform/auth/authorize.js';
import type { RequestContext } from '../../platform/context.js';
import { isDuplicateKeyError } from '../../platform/idempotency/idempotency.js';
import type { Platform } from '../../platform/module.js';
import { createOpdService } from '../org/index.js';
import { isMeasure, MEASURES } from './measures.js';
import { planningErrors } from './planning.errors.js';
import * as repo from './planning.repository.js';
import type { CreateGoalBody, CreateIndicatorBody, CreatePeriodBody } from './planning.schemas.js';

export const periodView = (p: repo.PeriodRow) => ({
  id: p.id,
  kind: p.kind,
  name: p.name,
  startYear: p.start_year,
  endYear: p.end_year,
  parentId: p.parent_id,
});
export const goalView = (g: repo.GoalRow) => ({ id: g.id, periodId: g.period_id, code: g.code, title: g.title, parentGoalId: g.parent_goal_id });
export const indicatorView = (i: repo.IndicatorRow) => ({
  id: i.id,
  goalId: i.goal_id,
  opdId: i.opd_id,
  code: i.code,
  name: i.name,
  definition: i.definition,
  unit: i.unit,
  direction: i.direction,
  baseline: i.baseline_value === null || i.baseline_year === null ? null : { value: i.baseline_value, year: i.baseline_year },
  source: i.source,
  measure: i.measure,
  formula: i.formula,
});

export function createPlanningService(platform: Platform) {
  const { db, audit } = platform;

  /** Runs an insert, turning a taken unique code into a 409 that names it. */
  async function unique<T>(what: string, insert: () => Promise<T>): Promise<T> {
    try {
      return await insert();
    } catch (error) {
      if (isDuplicateKeyError(error)) throw planningErrors.duplicate(what);
      throw error;
    }
  }

  return {
    listPeriods: async () => (await repo.listPeriods(db)).map(periodView),
    listGoals: async (periodId: string) => (await repo.listGoals(db, periodId)).map(goalView),
    listIndicators: async (filter: { goalId?: string; opdId?: string; periodId?: string }) => (await repo.listIndicators(db, filter)).map(indicatorView),

    /** Adds an RPJMD period (five years) or a year inside one. */
    async createPeriod(ctx: RequestContext, input: CreatePeriodBody) {
      authorize(ctx, 'performance.plan');
      let endYear = input.endYear ?? (input.kind === 'rpjmd' ? input.startYear + 4 : input.startYear);
      if (input.kind === 'rpjmd') {
        if (input.parentId) throw planningErrors.rpjmdHasNoParent();
        if (endYear !== input.startYear + 4) throw planningErrors.badSpan();
      } else {
        if (!input.parentId) throw planningErrors.yearNeedsParent();
        const parent = await repo.findPeriod(db, input.parentId);
        if (parent?.kind !== 'rpjmd') throw planningErrors.periodNotFound();
        if (input.startYear < parent.start_year || input.startYear > parent.end_year)
          throw planningErrors.yearOutsideParent(parent.start_year, parent.end_year);
        endYear = input.startYear;
      }
      const row = await db
        .transaction()
        .execute(async (trx) => {
          const created = await repo.insertPeriod(trx, {
            kind: input.kind,
            name: input.name.trim(),
            start_year: input.startYear,
            end_year: endYear,
            parent_id: input.parentId ?? null,
          });
          await audit.record(trx, ctx, { action: 'performance.period.create', recordType: 'perf_period', recordId: created.id, after: periodView(created) });
          return created;
        })
        .catch((error) => {
          if (isDuplicateKeyError(error)) throw planningErrors.yearTaken(input.startYear);
          throw error;
        });
      return periodView(row);
    },

    /** Adds a goal to a period; a year's goal may name the RPJMD goal it serves. */
    async createGoal(ctx: RequestContext, input: CreateGoalBody) {
      authorize(ctx, 'performance.plan');
      const period = await repo.findPeriod(db, input.periodId);
      if (!period) throw planningErrors.periodNotFound();
      if (input.parentGoalId) {
        const parent = await repo.findGoal(db, input.parentGoalId);
        if (!parent) throw planningErrors.goalNotFound();
        if (parent.period_id !== period.parent_id) throw planningErrors.parentGoalElsewhere();
      }
      const row = await unique(input.code, () =>
        db.transaction().execute(async (trx) => {
          const created = await repo.insertGoal(trx, {
            period_id: period.id,
            code: input.code,
            title: input.title.trim(),
            parent_goal_id: input.parentGoalId ?? null,
          });
          await audit.record(trx, ctx, { action: 'performance.goal.create', recordType: 'perf_goal', recordId: created.id, after: goalView(created) });
          return created;
        }),
      );
      return goalView(row);
    },

    /**
     * Adds an indicator to a goal. A computed one takes the platform's measure and its formula; one
     * entered by the OPD must say how it is calculated.
     */
    async createIndicator(ctx: RequestContext, input: CreateIndicatorBody) {
      authorize(ctx, 'performance.plan');
      const goal = await repo.findGoal(db, input.goalId);
      if (!goal) throw planningErrors.goalNotFound();
      if (!(await createOpdService(platform).shortNames([input.opdId])).has(input.opdId)) throw planningErrors.opdNotFound();
      let measure: string | null = null;
      let formula = input.formula?.trim();
      if (input.source.kind === 'computed') {
        if (!isMeasure(input.source.measure)) throw planningErrors.unknownMeasure(input.source.measure);
        measure = input.source.measure;
        formula = MEASURES[input.source.measure].formula[ctx.locale];
      } else if (!formula) throw planningErrors.formulaRequired();
      const row = await unique(input.code, () =>
        db.transaction().execute(async (trx) => {
          const created = await repo.insertIndicator(trx, {
            goal_id: goal.id,
            opd_id: input.opdId,
            code: input.code,
            name: input.name.trim(),
            definition: input.definition.trim(),
            unit: input.unit.trim(),
            direction: input.direction,
            baseline_value: input.baseline?.value ?? null,
            baseline_year: input.baseline?.year ?? null,
            source: input.source.kind,
            measure,
            formula: formula as string,
          });
          await audit.record(trx, ctx, {
            action: 'performance.indicator.create',
            recordType: 'perf_indicator',
            recordId: created.id,
            opdId: created.opd_id,
            after: indicatorView(created),
          });
          return created;
        }),
      );
      return indicatorView(row);
    },
  };
}

export type PlanningService = ReturnType<typeof createPlanningService>;
