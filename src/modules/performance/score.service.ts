import { authorize } from '../../platform/auth/authorize.js';
import type { RequestContext } from '../../platform/context.js';
import type { Platform } from '../../platform/module.js';
import { QUARTERS, type Quarter } from './absorption.js';
import { readerReach } from './performance.reach.js';
import { scoreErrors } from './score.errors.js';
import { listResultRows } from './score.findings.js';
import { loadYearInputs } from './score.load.js';
import { type OpdQuarterScore, scoreOpdQuarter } from './score.quarter.js';
import { checkSettings, readSettings, type SettingsInput, settingsView, writeSettings } from './score.settings.js';
import { yearOfPeriod } from './score.year.js';
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

export function createScoreService(platform: Platform) {
  const { db, audit } = platform;

  /** Every scored OPD for each quarter up to this one, ranked; the whole city, whoever asks. */
  async function compute(periodId: string, quarter: Quarter): Promise<QuarterScores> {
    const year = await yearOfPeriod(db, periodId);
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
