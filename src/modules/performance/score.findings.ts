/**
 * What the reward and punishment rules find in a quarter, and the eksekutif's part: confirming
 * or waiving each finding (with a reason; once) and publishing a confirmed one. Re-evaluating a
 * quarter adds new findings and keeps those already decided as they are.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { RequestContext } from '../../platform/context.js';
import type { Platform } from '../../platform/module.js';
import { QUARTERS, type Quarter } from './absorption.js';
import { readerReach } from './performance.reach.js';
import { evaluateRules, periodKey } from './rules.js';
import { scoreErrors } from './score.errors.js';
import { loadYearInputs } from './score.load.js';
import { scoreOpdQuarter } from './score.quarter.js';
import { readSettings } from './score.settings.js';
import type { RuleResultStatus } from './score.tables.js';
import { yearOfPeriod } from './score.year.js';

type ResultRow = Awaited<ReturnType<typeof listResultRows>>[number];

export function listResultRows(
  db: Kysely<Database>,
  filter: { periodId?: string; quarter?: number; status?: RuleResultStatus; opdIds: 'all' | string[]; id?: string },
) {
  let query = db
    .selectFrom('perf_rule_result')
    .innerJoin('opd', 'opd.id', 'perf_rule_result.opd_id')
    .leftJoin('perf_indicator', 'perf_indicator.id', 'perf_rule_result.indicator_id')
    .selectAll('perf_rule_result')
    .select(['opd.name as opd_name', 'opd.code as opd_code', 'perf_indicator.name as indicator_name']);
  if (filter.id) query = query.where('perf_rule_result.id', '=', filter.id);
  if (filter.periodId) query = query.where('perf_rule_result.period_id', '=', filter.periodId);
  if (filter.quarter) query = query.where('perf_rule_result.quarter', '=', filter.quarter);
  if (filter.status) query = query.where('perf_rule_result.status', '=', filter.status);
  if (filter.opdIds !== 'all') query = query.where('perf_rule_result.opd_id', 'in', filter.opdIds);
  return query.orderBy('perf_rule_result.created_at').orderBy('perf_rule_result.id').limit(1000).execute();
}

function resultView(r: ResultRow) {
  return {
    id: r.id,
    periodId: r.period_id,
    quarter: r.quarter,
    ruleId: r.rule_id,
    label: r.label,
    outcome: r.outcome,
    opd: { id: r.opd_id, code: r.opd_code, name: r.opd_name },
    indicator: r.indicator_id ? { id: r.indicator_id, name: r.indicator_name ?? '' } : null,
    official: r.official,
    figures: r.figures,
    explanation: r.explanation,
    status: r.status,
    decisionReason: r.decision_reason,
    decidedAt: r.decided_at?.toISOString() ?? null,
    publishedAt: r.published_at?.toISOString() ?? null,
  };
}

export type RuleResultView = ReturnType<typeof resultView>;

export function createFindingsService(platform: Platform) {
  const { db, audit } = platform;

  async function resultFor(exec: Kysely<Database>, id: string): Promise<ResultRow> {
    const [row] = await listResultRows(exec, { id, opdIds: 'all' });
    if (!row) throw scoreErrors.resultNotFound();
    return row;
  }

  return {
    /** Runs the city's rules over a quarter and records what they find; findings already recorded are kept as they are. */
    async evaluate(ctx: RequestContext, periodId: string, quarter: Quarter): Promise<RuleResultView[]> {
      authorize(ctx, 'performance.approve');
      const year = await yearOfPeriod(db, periodId);
      const settings = await readSettings(db);
      const inputs = await loadYearInputs(platform, periodId, year, quarter);
      const figures = inputs.map((input) => {
        const series = QUARTERS.filter((q) => q <= quarter).map((q) => scoreOpdQuarter(input, q, settings));
        const now = series[series.length - 1];
        return {
          opdId: input.opdId,
          opdName: input.opdName,
          composite: new Map(
            series.filter((s) => s.composite.value !== null).map((s) => [periodKey({ year, quarter: s.quarter }), s.composite.value as number]),
          ),
          absorptionOfPlan: now.absorption.ofPlan,
          indicators: now.indicators.map((i) => ({
            indicatorId: i.indicatorId,
            name: i.name,
            achievement: i.achievement.percent,
            official: input.headName || null,
          })),
        };
      });
      const found = evaluateRules(settings.rules, { year, quarter }, figures);
      await db.transaction().execute(async (trx) => {
        const added: string[] = [];
        for (const r of found) {
          const row = await trx
            .insertInto('perf_rule_result')
            .values({
              period_id: periodId,
              quarter,
              rule_id: r.ruleId,
              label: r.label,
              outcome: r.outcome,
              opd_id: r.opdId,
              indicator_id: r.indicatorId,
              official: r.official,
              figures: JSON.stringify(r.figures),
              explanation: JSON.stringify(r.explanation),
            })
            .onConflict((oc) => oc.doNothing())
            .returning('id')
            .executeTakeFirst();
          if (row) added.push(row.id);
        }
        await audit.record(trx, ctx, {
          action: 'performance.rules.evaluate',
          recordType: 'perf_period',
          recordId: periodId,
          after: { quarter, found: found.length, added: added.length },
        });
      });
      return (await listResultRows(db, { periodId, quarter, opdIds: 'all' })).map(resultView);
    },

    async results(ctx: RequestContext, filter: { periodId?: string; quarter?: number; status?: RuleResultStatus }): Promise<RuleResultView[]> {
      return (await listResultRows(db, { ...filter, opdIds: readerReach(ctx) })).map(resultView);
    },

    /** The eksekutif confirms or waives (with a reason) a rule's finding, once. */
    async decide(ctx: RequestContext, id: string, input: { decision: 'confirm' | 'waive'; reason?: string }): Promise<RuleResultView> {
      const actor = authorize(ctx, 'performance.approve');
      const reason = input.reason?.trim() || null;
      if (input.decision === 'waive' && !reason) throw scoreErrors.waiveNeedsReason();
      return db.transaction().execute(async (trx) => {
        const current = await trx.selectFrom('perf_rule_result').select(['status', 'opd_id']).where('id', '=', id).forUpdate().executeTakeFirst();
        if (!current) throw scoreErrors.resultNotFound();
        if (current.status !== 'pending') throw scoreErrors.alreadyDecided(current.status);
        const status = input.decision === 'confirm' ? 'confirmed' : 'waived';
        await trx
          .updateTable('perf_rule_result')
          .set({ status, decision_reason: reason, decided_by: actor.userId, decided_at: new Date() })
          .where('id', '=', id)
          .execute();
        await audit.record(trx, ctx, {
          action: `performance.rule_result.${input.decision}`,
          recordType: 'perf_rule_result',
          recordId: id,
          opdId: current.opd_id,
          before: { status: 'pending' },
          after: { status, reason },
        });
        return resultView(await resultFor(trx, id));
      });
    },

    /** Makes a confirmed finding public (the eksekutif's choice); the official's name stays internal. */
    async publishResult(ctx: RequestContext, id: string): Promise<RuleResultView> {
      authorize(ctx, 'performance.approve');
      return db.transaction().execute(async (trx) => {
        const current = await trx
          .selectFrom('perf_rule_result')
          .select(['status', 'opd_id', 'published_at'])
          .where('id', '=', id)
          .forUpdate()
          .executeTakeFirst();
        if (!current) throw scoreErrors.resultNotFound();
        if (current.status !== 'confirmed') throw scoreErrors.publishNeedsConfirmation(current.status);
        if (!current.published_at) {
          await trx.updateTable('perf_rule_result').set({ published_at: new Date() }).where('id', '=', id).execute();
          await audit.record(trx, ctx, { action: 'performance.rule_result.publish', recordType: 'perf_rule_result', recordId: id, opdId: current.opd_id });
        }
        return resultView(await resultFor(trx, id));
      });
    },
  };
}
