/**
 * Reward and punishment rules, evaluated each quarter (DOMAIN.md section 4). Rules are data that
 * the city edits; each result names its rule, the figures that triggered it and the period, so
 * that every flag explains itself before the eksekutif confirms or waives it.
 */
import type { Quarter } from './absorption.js';
import { round2 } from './achievement.js';
import { meanAndDeviation } from './scores.js';

export type Rule =
  | {
      id: string;
      kind: 'composite_above_mean';
      /** Standard deviations above the city's mean. */
      deviations: number;
      /** Quarters running, this one and those just before it. */
      quarters: number;
      outcome: 'reward' | 'punishment';
      label: string;
    }
  | {
      id: string;
      kind: 'absorption_below_plan';
      /** Cumulative spending under this share of the cumulative plan. */
      belowPercentOfPlan: number;
      /** Evaluated at this quarter only (TW III, when a lagging budget can still be saved). */
      atQuarter: Quarter;
      outcome: 'reward' | 'punishment';
      label: string;
    }
  | {
      id: string;
      kind: 'indicator_below';
      belowPercent: number;
      outcome: 'reward' | 'punishment';
      label: string;
    };

/** The rules the city starts with; its own are edited in the performance settings. */
export const DEFAULT_RULES: readonly Rule[] = [
  { id: 'aikid', kind: 'composite_above_mean', deviations: 1, quarters: 2, outcome: 'reward', label: 'Nominasi AIKID' },
  { id: 'bendera-hitam', kind: 'absorption_below_plan', belowPercentOfPlan: 75, atQuarter: 3, outcome: 'punishment', label: 'Bendera hitam' },
  { id: 'rompi-hitam', kind: 'indicator_below', belowPercent: 50, outcome: 'punishment', label: 'Rekomendasi rompi hitam' },
];

export interface Period {
  year: number;
  quarter: Quarter;
}

export interface OpdQuarterFigures {
  opdId: string;
  opdName: string;
  /** Composite score per period, this quarter's included; periods without a score are absent. */
  composite: ReadonlyMap<string, number>;
  /** Cumulative absorption as a share of the cumulative plan this quarter, or null. */
  absorptionOfPlan: number | null;
  indicators: ReadonlyArray<{ indicatorId: string; name: string; achievement: number | null; official: string | null }>;
}

export interface RuleResult {
  ruleId: string;
  label: string;
  outcome: 'reward' | 'punishment';
  opdId: string;
  indicatorId: string | null;
  official: string | null;
  period: Period;
  figures: Record<string, number>;
  explanation: { id: string; en: string };
}

export const periodKey = (p: Period) => `${p.year}-TW${p.quarter}`;

/** The quarters ending with this one, newest first. */
function periodsBack(period: Period, count: number): Period[] {
  const out: Period[] = [];
  let { year, quarter } = period;
  for (let i = 0; i < count; i++) {
    out.push({ year, quarter });
    if (quarter === 1) {
      year -= 1;
      quarter = 4;
    } else quarter = (quarter - 1) as Quarter;
  }
  return out;
}

const tw = (p: Period) => `TW ${['I', 'II', 'III', 'IV'][p.quarter - 1]} ${p.year}`;

function compositeAboveMean(rule: Extract<Rule, { kind: 'composite_above_mean' }>, period: Period, opds: readonly OpdQuarterFigures[]): RuleResult[] {
  const periods = periodsBack(period, rule.quarters);
  const city = periods.map((p) => meanAndDeviation(opds.map((o) => o.composite.get(periodKey(p)) ?? null)));
  const results: RuleResult[] = [];
  for (const opd of opds) {
    const figures: Record<string, number> = {};
    const met = periods.every((p, i) => {
      const score = opd.composite.get(periodKey(p));
      const stats = city[i];
      if (score === undefined || !stats) return false;
      const bar = stats.mean + rule.deviations * stats.sd;
      figures[`score ${tw(p)}`] = score;
      figures[`bar ${tw(p)}`] = round2(bar);
      return score >= bar;
    });
    if (!met) continue;
    const listed = periods.map((p) => `${tw(p)}: ${figures[`score ${tw(p)}`]} ≥ ${figures[`bar ${tw(p)}`]}`).join('; ');
    results.push({
      ruleId: rule.id,
      label: rule.label,
      outcome: rule.outcome,
      opdId: opd.opdId,
      indicatorId: null,
      official: null,
      period,
      figures,
      explanation: {
        id: `${opd.opdName}: skor komposit setidaknya ${rule.deviations} simpangan baku di atas rata-rata kota selama ${rule.quarters} triwulan berturut-turut (${listed}).`,
        en: `${opd.opdName}: composite score at least ${rule.deviations} standard deviation(s) above the city mean for ${rule.quarters} quarters running (${listed}).`,
      },
    });
  }
  return results;
}

function absorptionBelowPlan(rule: Extract<Rule, { kind: 'absorption_below_plan' }>, period: Period, opds: readonly OpdQuarterFigures[]): RuleResult[] {
  if (period.quarter !== rule.atQuarter) return [];
  return opds
    .filter((o) => o.absorptionOfPlan !== null && o.absorptionOfPlan < rule.belowPercentOfPlan)
    .map((o) => ({
      ruleId: rule.id,
      label: rule.label,
      outcome: rule.outcome,
      opdId: o.opdId,
      indicatorId: null,
      official: null,
      period,
      figures: { 'absorption of plan %': o.absorptionOfPlan as number, 'threshold %': rule.belowPercentOfPlan },
      explanation: {
        id: `${o.opdName}: serapan anggaran s.d. ${tw(period)} ${o.absorptionOfPlan}% dari rencana, di bawah ${rule.belowPercentOfPlan}%.`,
        en: `${o.opdName}: budget absorption to ${tw(period)} is ${o.absorptionOfPlan}% of plan, under ${rule.belowPercentOfPlan}%.`,
      },
    }));
}

function indicatorBelow(rule: Extract<Rule, { kind: 'indicator_below' }>, period: Period, opds: readonly OpdQuarterFigures[]): RuleResult[] {
  return opds.flatMap((o) =>
    o.indicators
      .filter((i) => i.achievement !== null && i.achievement < rule.belowPercent)
      .map((i) => ({
        ruleId: rule.id,
        label: rule.label,
        outcome: rule.outcome,
        opdId: o.opdId,
        indicatorId: i.indicatorId,
        official: i.official,
        period,
        figures: { 'achievement %': i.achievement as number, 'threshold %': rule.belowPercent },
        explanation: {
          id: `${o.opdName}, ${i.name}: capaian ${tw(period)} ${i.achievement}%, di bawah ${rule.belowPercent}%${i.official ? `; penanggung jawab ${i.official}` : ''}.`,
          en: `${o.opdName}, ${i.name}: achievement in ${tw(period)} is ${i.achievement}%, under ${rule.belowPercent}%${i.official ? `; responsible official ${i.official}` : ''}.`,
        },
      })),
  );
}

/** Every result of every rule for one quarter, in rule order. */
export function evaluateRules(rules: readonly Rule[], period: Period, opds: readonly OpdQuarterFigures[]): RuleResult[] {
  return rules.flatMap((rule) => {
    if (rule.kind === 'composite_above_mean') return compositeAboveMean(rule, period, opds);
    if (rule.kind === 'absorption_below_plan') return absorptionBelowPlan(rule, period, opds);
    return indicatorBelow(rule, period, opds);
  });
}
