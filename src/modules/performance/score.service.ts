/**
 * Quarterly scores of the OPDs, the reward and punishment rules run over them, the eksekutif's
 * decisions on what the rules found, and the publication of a quarter's scores to the public.
 * Scores are computed when asked, from verified figures, so they can never disagree with them;
 * a publication is a snapshot, so what citizens saw stays on record.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { commonErrors } from '../../errors.js';
import { authorize } from '../../platform/auth/authorize.js';
import { reachableOpds } from '../../platform/auth/permissions.js';
import type { RequestContext } from '../../platform/context.js';
import type { Platform } from '../../platform/module.js';
import { QUARTERS, type Quarter } from './absorption.js';
import { findPeriod } from './planning.repository.js';
import { evaluateRules, periodKey } from './rules.js';
import { scoreErrors } from './score.errors.js';
import { loadYearInputs } from './score.load.js';
import { type OpdQuarterScore, scoreOpdQuarter } from './score.quarter.js';
import { checkSettings, readSettings, type SettingsInput, settingsView, writeSettings } from './score.settings.js';
import type { RuleResultStatus } from './score.tables.js';
import { meanAndDeviation, rank } from './scores.js';

export type RankedScore = OpdQuarterScore & { rank: number | null; trend: Array<{ quarter: Quarter; composite: number | null }> };

export interface QuarterScores {
  periodId: string;
  year: number;
  quarter: Quarter;
  city: { mean: number | null; sd: number | null; scored: number };
  items: RankedScore[];
}

export interface PublishedScore {
  opdId: string;
  opdCode: string;
  opdName: string;
  rank: number | null;
  performance: number | null;
  absorption: number | null;
  responsiveness: number | null;
  composite: number | null;
  predicate: string | null;
  trend: Array<{ quarter: Quarter; composite: number | null }>;
}

type ResultRow = Awaited<ReturnType<typeof listResultRows>>[number];

function listResultRows(
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

export function createScoreService(platform: Platform) {
  const { db, audit } = platform;

  async function yearOf(periodId: string): Promise<number> {
    const period = await findPeriod(db, periodId);
    if (!period) throw scoreErrors.notAYear();
    if (period.kind !== 'year') throw scoreErrors.notAYear();
    return period.start_year;
  }

  /** Every scored OPD for each quarter up to this one, ranked; the whole city, whoever asks. */
  async function compute(periodId: string, quarter: Quarter): Promise<QuarterScores> {
    const year = await yearOf(periodId);
    const settings = await readSettings(db);
    const inputs = await loadYearInputs(platform, periodId, year, quarter);
    const earlier = QUARTERS.filter((q) => q <= quarter);
    const byOpd = inputs.map((input) => earlier.map((q) => scoreOpdQuarter(input, q, settings)));
    const current = byOpd.map((series) => series[series.length - 1]);
    const ranked = rank(current.map((s) => ({ ...s, score: s.composite.value })));
    const stats = meanAndDeviation(current.map((s) => s.composite.value));
    return {
      periodId,
      year,
      quarter,
      city: {
        mean: stats ? Math.round(stats.mean * 100) / 100 : null,
        sd: stats ? Math.round(stats.sd * 100) / 100 : null,
        scored: current.filter((s) => s.composite.value !== null).length,
      },
      items: ranked.map(({ score: _score, ...s }) => ({
        ...s,
        trend: (byOpd.find((series) => series[0].opdId === s.opdId) ?? []).map((x) => ({ quarter: x.quarter, composite: x.composite.value })),
      })),
    };
  }

  function readerReach(ctx: RequestContext): 'all' | string[] {
    if (!ctx.actor) throw commonErrors.unauthenticated();
    const reach = reachableOpds(ctx.actor, 'performance.read');
    if (reach !== 'all' && reach.length === 0) throw commonErrors.forbidden();
    return reach;
  }

  async function resultFor(exec: Kysely<Database>, id: string): Promise<ResultRow> {
    const [row] = await listResultRows(exec, { id, opdIds: 'all' });
    if (!row) throw scoreErrors.resultNotFound();
    return row;
  }

  return {
    compute,

    async settings() {
      return settingsView(await readSettings(db));
    },

    /** Replaces the city's bands, weights and rules (the mayor's team), audited with what was there. */
    async saveSettings(ctx: RequestContext, input: SettingsInput) {
      const actor = authorize(ctx, 'performance.plan');
      checkSettings(input);
      await db.transaction().execute(async (trx) => {
        const before = await writeSettings(trx, input, actor.userId);
        await audit.record(trx, ctx, {
          action: 'performance.settings.update',
          recordType: 'perf_settings',
          recordId: 'settings',
          before: settingsView(before),
          after: { ...input },
        });
      });
      return settingsView(await readSettings(db));
    },

    /** A quarter's scores: the leadership sees every OPD, an OPD its own row (ranked among all). */
    async scores(ctx: RequestContext, periodId: string, quarter: Quarter): Promise<QuarterScores> {
      const reach = readerReach(ctx);
      const all = await compute(periodId, quarter);
      return reach === 'all' ? all : { ...all, items: all.items.filter((s) => reach.includes(s.opdId)) };
    },

    /** Runs the city's rules over a quarter and records what they find; findings already recorded are kept as they are. */
    async evaluate(ctx: RequestContext, periodId: string, quarter: Quarter): Promise<RuleResultView[]> {
      authorize(ctx, 'performance.approve');
      const year = await yearOf(periodId);
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

    /** Publishes a quarter's scores as they stand; publishing again replaces the snapshot (audited with the old one). */
    async publish(ctx: RequestContext, periodId: string, quarter: Quarter) {
      const actor = authorize(ctx, 'performance.approve');
      const scores = await compute(periodId, quarter);
      if (scores.items.every((s) => s.composite.value === null)) throw scoreErrors.nothingToPublish();
      const snapshot: PublishedScore[] = scores.items.map((s) => ({
        opdId: s.opdId,
        opdCode: s.opdCode,
        opdName: s.opdName,
        rank: s.rank,
        performance: s.performance.value,
        absorption: s.absorption.ofPlan,
        responsiveness: s.responsiveness.percent,
        composite: s.composite.value,
        predicate: s.predicate,
        trend: s.trend,
      }));
      return db.transaction().execute(async (trx) => {
        const before = await trx.selectFrom('perf_publication').selectAll().where('period_id', '=', periodId).where('quarter', '=', quarter).executeTakeFirst();
        const row = { period_id: periodId, quarter, scores: JSON.stringify(snapshot), published_by: actor.userId };
        await trx
          .insertInto('perf_publication')
          .values(row)
          .onConflict((oc) => oc.columns(['period_id', 'quarter']).doUpdateSet({ scores: row.scores, published_by: actor.userId, published_at: new Date() }))
          .execute();
        await audit.record(trx, ctx, {
          action: 'performance.scores.publish',
          recordType: 'perf_period',
          recordId: periodId,
          before: before ? { quarter, scores: before.scores, publishedAt: before.published_at.toISOString() } : undefined,
          after: { quarter, scores: snapshot },
        });
        return { periodId, year: scores.year, quarter, publishedAt: new Date().toISOString(), items: snapshot };
      });
    },

    /** Quarters whose scores have been published, newest first (public). */
    async publications() {
      const rows = await db
        .selectFrom('perf_publication')
        .innerJoin('perf_period', 'perf_period.id', 'perf_publication.period_id')
        .select(['perf_publication.period_id', 'perf_publication.quarter', 'perf_publication.published_at', 'perf_period.start_year'])
        .orderBy('perf_period.start_year', 'desc')
        .orderBy('perf_publication.quarter', 'desc')
        .execute();
      return rows.map((r) => ({ periodId: r.period_id, year: r.start_year, quarter: r.quarter, publishedAt: r.published_at.toISOString() }));
    },

    /**
     * A published quarter as citizens see it: the snapshot, and the confirmed findings the
     * eksekutif chose to publish, without the official's name or the internal explanation.
     */
    async published(periodId: string, quarter: Quarter) {
      const row = await db
        .selectFrom('perf_publication')
        .innerJoin('perf_period', 'perf_period.id', 'perf_publication.period_id')
        .select(['perf_publication.scores', 'perf_publication.published_at', 'perf_period.start_year'])
        .where('perf_publication.period_id', '=', periodId)
        .where('perf_publication.quarter', '=', quarter)
        .executeTakeFirst();
      if (!row) throw scoreErrors.notPublished();
      const findings = (await listResultRows(db, { periodId, quarter, status: 'confirmed', opdIds: 'all' })).filter((r) => r.published_at);
      return {
        periodId,
        year: row.start_year,
        quarter,
        publishedAt: row.published_at.toISOString(),
        items: row.scores as PublishedScore[],
        findings: findings.map((r) => ({
          label: r.label,
          outcome: r.outcome,
          opd: { id: r.opd_id, code: r.opd_code, name: r.opd_name },
          indicator: r.indicator_id ? { id: r.indicator_id, name: r.indicator_name ?? '' } : null,
          figures: r.figures,
          publishedAt: r.published_at?.toISOString() ?? '',
        })),
      };
    },
  };
}

export type ScoreService = ReturnType<typeof createScoreService>;
