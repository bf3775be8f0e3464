import { describe, expect, it } from 'vitest';
import { absorptionByQuarter, budgetProblem } from './absorption.js';

describe('budget absorption', () => {
  // An OPD with a ceiling of Rp10 billion planning 15/25/30/30 and lagging by TW III.
  const year = {
    pagu: 10_000_000_000,
    plan: [1_500_000_000, 2_500_000_000, 3_000_000_000, 3_000_000_000] as const,
    realized: [1_200_000_000, 2_000_000_000, 1_600_000_000, null] as const,
  };

  it('gives each quarter against the pagu, cumulatively, and against the plan to date', () => {
    const [tw1, tw2, tw3, tw4] = absorptionByQuarter(year);
    expect(tw1).toMatchObject({ absorption: 12, absorptionCumulative: 12, ofPlanCumulative: 80, deviation: -300_000_000 });
    expect(tw2).toMatchObject({ absorption: 20, absorptionCumulative: 32, ofPlanCumulative: 80, deviation: -800_000_000 });
    // 4.8 of the 7 billion planned by TW III: 68.57% of plan, under the 75% a black flag asks.
    expect(tw3).toMatchObject({ absorption: 16, absorptionCumulative: 48, ofPlanCumulative: 68.57, deviation: -2_200_000_000 });
    expect(tw4).toMatchObject({ realized: null, absorption: null, realizedCumulative: null, ofPlanCumulative: null, plannedCumulative: 10_000_000_000 });
  });

  it('does not treat a missing quarter as no spending', () => {
    const gap = absorptionByQuarter({ ...year, realized: [1_200_000_000, null, 1_600_000_000, null] });
    expect(gap[2]).toMatchObject({ absorption: 16, absorptionCumulative: null, deviation: null });
  });

  it('has no share of a zero ceiling or a zero plan', () => {
    const [tw1] = absorptionByQuarter({ pagu: 0, plan: [0, 0, 0, 0], realized: [0, null, null, null] });
    expect(tw1).toMatchObject({ absorption: null, ofPlanCumulative: null, deviation: 0 });
  });

  it('refuses a plan over the ceiling, or negative amounts, saying what is wrong', () => {
    expect(budgetProblem(year)).toBeNull();
    expect(budgetProblem({ ...year, pagu: 9_000_000_000 })?.id).toContain('melebihi pagu');
    expect(budgetProblem({ ...year, realized: [-1, null, null, null] })?.en).toContain('cannot be negative');
  });
});
