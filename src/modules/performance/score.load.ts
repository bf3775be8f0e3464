/**
 * Loads what a year's scores are computed from: each OPD's accepted targets, its verified
 * realizations, its budget and its SAMBAT answers per quarter. Only an OPD whose offer for the
 * year is accepted is scored: without agreed targets there is nothing to measure against.
 */
import type { Platform } from '../../platform/module.js';
import { createStatsService } from '../complaints/index.js';
import { createOpdService } from '../org/index.js';
import { QUARTERS, type Quarter } from './absorption.js';
import { agreedTarget } from './auction.agreed.js';
import { answersOf, listOffers, targetsOf } from './auction.repository.js';
import { quarterDays } from './report.due.js';
import type { OpdYearInputs } from './score.quarter.js';

export async function loadYearInputs(platform: Platform, periodId: string, year: number, upTo: Quarter): Promise<OpdYearInputs[]> {
  const { db } = platform;
  const offers = (await listOffers(db, { periodId, opdIds: 'all' })).filter((o) => o.status === 'accepted');
  if (offers.length === 0) return [];
  const ids = offers.map((o) => o.id);
  const opdIds = offers.map((o) => o.opd_id);
  const [targets, answers, codes, reports, realizations, budgets, spent] = await Promise.all([
    targetsOf(db, ids),
    answersOf(db, ids),
    db.selectFrom('perf_indicator').select(['id', 'code']).where('opd_id', 'in', opdIds).execute(),
    db.selectFrom('perf_report').select(['opd_id', 'quarter', 'status']).where('period_id', '=', periodId).execute(),
    db
      .selectFrom('perf_realization')
      .innerJoin('perf_report', 'perf_report.id', 'perf_realization.report_id')
      .select(['perf_report.opd_id', 'perf_report.quarter', 'perf_realization.indicator_id', 'perf_realization.value'])
      .where('perf_report.period_id', '=', periodId)
      .where('perf_report.status', '=', 'verified')
      .execute(),
    db.selectFrom('perf_budget').selectAll().where('period_id', '=', periodId).execute(),
    db.selectFrom('perf_budget_realization').select(['opd_id', 'quarter', 'spent']).where('period_id', '=', periodId).execute(),
  ]);
  const codeOf = new Map(codes.map((c) => [c.id, c.code]));
  const opds = createOpdService(platform);
  const stats = createStatsService(platform);
  const inputs: OpdYearInputs[] = [];
  for (const offer of offers) {
    const opd = await opds.get(offer.opd_id);
    const answer = answers.find((a) => a.offer_id === offer.id);
    const verified = new Map<Quarter, Map<string, number | null>>();
    for (const r of realizations.filter((x) => x.opd_id === offer.opd_id)) {
      const q = r.quarter as Quarter;
      if (!verified.has(q)) verified.set(q, new Map());
      verified.get(q)?.set(r.indicator_id, r.value);
    }
    const budget = budgets.find((b) => b.opd_id === offer.opd_id);
    const spentIn = (q: Quarter) => spent.find((s) => s.opd_id === offer.opd_id && s.quarter === q)?.spent ?? null;
    const complaints = new Map<Quarter, { answered: number; inTime: number }>();
    for (const q of QUARTERS.filter((x) => x <= upTo)) {
      const { first, last } = quarterDays(year, q);
      complaints.set(q, await stats.answeredInTime({ opdId: offer.opd_id, from: first, to: last }));
    }
    inputs.push({
      opdId: offer.opd_id,
      opdCode: opd.code,
      opdName: opd.name,
      headName: answer?.head_name ?? opd.headName ?? '',
      targets: targets.filter((t) => t.offer_id === offer.id).map((t) => ({ ...t, agreed: agreedTarget(t, answer), code: codeOf.get(t.indicator_id) ?? '' })),
      verified,
      reportStatus: new Map(reports.filter((r) => r.opd_id === offer.opd_id).map((r) => [r.quarter as Quarter, r.status])),
      budget: budget
        ? {
            pagu: budget.pagu,
            plan: [budget.plan_q1, budget.plan_q2, budget.plan_q3, budget.plan_q4],
            realized: [spentIn(1), spentIn(2), spentIn(3), spentIn(4)],
          }
        : null,
      complaints,
    });
  }
  return inputs.sort((a, b) => a.opdName.localeCompare(b.opdName, 'id'));
}
