/**
 * One OPD's scores for one quarter, from figures already loaded: each indicator's achievement
 * against the quarter's target (verified realizations only), their mean, the budget absorbed
 * against the cash plan, the share of SAMBAT complaints answered in time, and the composite with
 * its predicate. Pure, so the worked examples in score.quarter.test.ts check it by hand.
 */
import { absorptionByQuarter, type BudgetYear, type Quarter } from './absorption.js';
import { type Achievement, achievement, round2 } from './achievement.js';
import { type AgreedTarget, quarterTarget } from './auction.agreed.js';
import type { TargetRow } from './auction.repository.js';
import { type Band, predicate } from './predicate.js';
import { type CompositeWeights, compositeScore, type WeightedMean, weightedMean } from './scores.js';

export interface OpdYearInputs {
  opdId: string;
  opdCode: string;
  opdName: string;
  /** The head who accepted the targets: the official a black vest recommendation names. */
  headName: string;
  targets: ReadonlyArray<TargetRow & { agreed: AgreedTarget; code: string }>;
  /** Verified realizations by quarter, then by indicator. */
  verified: ReadonlyMap<Quarter, ReadonlyMap<string, number | null>>;
  /** The report's status by quarter (absent: no report opened). */
  reportStatus: ReadonlyMap<Quarter, string>;
  budget: BudgetYear | null;
  /** SAMBAT complaints the OPD answered in each quarter, and how many in time. */
  complaints: ReadonlyMap<Quarter, { answered: number; inTime: number }>;
}

export interface IndicatorScore {
  indicatorId: string;
  code: string;
  name: string;
  unit: string;
  direction: string;
  target: number;
  targetUpper: number | null;
  /** True when the quarter had no target of its own and the year's applies. */
  yearlyTarget: boolean;
  realization: number | null;
  achievement: Achievement;
}

export interface OpdQuarterScore {
  opdId: string;
  opdCode: string;
  opdName: string;
  headName: string;
  quarter: Quarter;
  reportStatus: string | null;
  indicators: IndicatorScore[];
  performance: WeightedMean;
  absorption: {
    /** Spending to date as a share of the cash plan to date, uncapped (the rules read this). */
    ofPlan: number | null;
    /** Spending to date as a share of the pagu. */
    ofPagu: number | null;
    /** Rupiah ahead (+) or behind (-) the plan to date. */
    deviation: number | null;
  };
  responsiveness: { percent: number | null; answered: number; inTime: number };
  composite: WeightedMean;
  predicate: string | null;
}

/** Scores one OPD's quarter. Absorption enters the composite capped at 100: spending ahead of plan earns nothing extra. */
export function scoreOpdQuarter(input: OpdYearInputs, quarter: Quarter, settings: { bands: readonly Band[]; weights: CompositeWeights }): OpdQuarterScore {
  const verified = input.verified.get(quarter);
  const indicators = input.targets.map((t): IndicatorScore => {
    const target = quarterTarget(t, t.agreed, quarter);
    const realization = verified?.get(t.indicator_id) ?? null;
    return {
      indicatorId: t.indicator_id,
      code: t.code,
      name: t.indicator_name,
      unit: t.unit,
      direction: t.direction,
      target: target.target,
      targetUpper: target.targetUpper,
      yearlyTarget: target.yearly,
      realization,
      achievement: achievement(
        { direction: t.direction as 'higher' | 'lower' | 'range', value: target.target, upper: target.targetUpper ?? undefined },
        realization,
      ),
    };
  });
  // Each indicator weighs the same: the offer names no weights.
  const performance = weightedMean(indicators.map((i) => ({ weight: 1, value: i.achievement.percent })));
  const budget = input.budget ? absorptionByQuarter(input.budget)[quarter - 1] : undefined;
  const ofPlan = budget?.ofPlanCumulative ?? null;
  const complaints = input.complaints.get(quarter) ?? { answered: 0, inTime: 0 };
  const responsiveness = complaints.answered > 0 ? round2((complaints.inTime / complaints.answered) * 100) : null;
  const composite = compositeScore(
    { performance: performance.value, absorption: ofPlan === null ? null : Math.min(ofPlan, 100), responsiveness },
    settings.weights,
  );
  return {
    opdId: input.opdId,
    opdCode: input.opdCode,
    opdName: input.opdName,
    headName: input.headName,
    quarter,
    reportStatus: input.reportStatus.get(quarter) ?? null,
    indicators,
    performance,
    absorption: { ofPlan, ofPagu: budget?.absorptionCumulative ?? null, deviation: budget?.deviation ?? null },
    responsiveness: { percent: responsiveness, ...complaints },
    composite,
    predicate: predicate(composite.value, settings.bands),
  };
}
