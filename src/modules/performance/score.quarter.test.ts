import { describe, expect, it } from 'vitest';
import { ACHIEVEMENT_BANDS } from './predicate.js';
import { type OpdYearInputs, scoreOpdQuarter } from './score.quarter.js';
import { DEFAULT_WEIGHTS } from './score.settings.js';

const settings = { bands: ACHIEVEMENT_BANDS, weights: DEFAULT_WEIGHTS };

const target = (id: string, direction: string, value: number, quarterly: Array<number | null>) => ({
  offer_id: 'o',
  indicator_id: id,
  indicator_name: `Indikator ${id}`,
  code: id,
  direction,
  unit: '%',
  target: value,
  target_upper: null,
  q1: quarterly[0],
  q2: quarterly[1],
  q3: quarterly[2],
  q4: quarterly[3],
  agreed: { target: value, targetUpper: null },
});

// A worked example, by hand:
// IKU-1 (higher) has TW I target 20 and realization 18: 18 / 20 x 100 = 90%.
// IKU-2 (lower) has no TW I target, so the year's 10 applies; realization 12: (2 x 10 - 12) / 10 x 100 = 80%.
// Performance = (90 + 80) / 2 = 85.
// Budget: plan to TW I Rp200 juta, spent Rp150 juta: 75% of plan, 15% of the Rp1 miliar pagu, Rp50 juta behind.
// SAMBAT: 6 of 8 answers in time: 75%.
// Composite = 0.5 x 85 + 0.25 x 75 + 0.25 x 75 = 80, "Baik" (above 75, not above 90).
function dpu(overrides: Partial<OpdYearInputs> = {}): OpdYearInputs {
  return {
    opdId: 'dpu',
    opdCode: 'DPUPRPKP',
    opdName: 'Dinas Pekerjaan Umum',
    headName: 'Ir. Kepala',
    targets: [target('IKU-1', 'higher', 80, [20, 40, 60, 80]), target('IKU-2', 'lower', 10, [null, null, null, null])],
    verified: new Map([
      [
        1,
        new Map([
          ['IKU-1', 18],
          ['IKU-2', 12],
        ]),
      ],
    ]),
    reportStatus: new Map([[1, 'verified']]),
    budget: { pagu: 1_000_000_000, plan: [200_000_000, 300_000_000, 300_000_000, 200_000_000], realized: [150_000_000, null, null, null] },
    complaints: new Map([[1, { answered: 8, inTime: 6 }]]),
    ...overrides,
  };
}

describe('one OPD\u2019s quarter', () => {
  it('scores the worked example: indicators, absorption, responsiveness, composite and predicate', () => {
    const s = scoreOpdQuarter(dpu(), 1, settings);
    expect(s.indicators.map((i) => [i.code, i.target, i.yearlyTarget, i.achievement.percent])).toEqual([
      ['IKU-1', 20, false, 90],
      ['IKU-2', 10, true, 80],
    ]);
    expect(s.performance).toEqual({ value: 85, coverage: 100, missing: 0 });
    expect(s.absorption).toEqual({ ofPlan: 75, ofPagu: 15, deviation: -50_000_000 });
    expect(s.responsiveness).toEqual({ percent: 75, answered: 8, inTime: 6 });
    expect(s.composite.value).toBe(80);
    expect(s.predicate).toBe('Baik');
  });

  it('leaves a quarter with nothing verified, spent or answered unscored, not zero', () => {
    const s = scoreOpdQuarter(dpu(), 2, settings);
    expect(s.indicators.every((i) => i.achievement.percent === null && i.achievement.basis === 'missing')).toBe(true);
    expect(s.performance.value).toBeNull();
    expect(s.absorption.ofPlan).toBeNull();
    expect(s.composite.value).toBeNull();
    expect(s.predicate).toBeNull();
    expect(s.reportStatus).toBeNull();
  });

  it('scores on what there is and says how much: no budget means a composite over performance and SAMBAT', () => {
    const s = scoreOpdQuarter(dpu({ budget: null }), 1, settings);
    // (0.5 x 85 + 0.25 x 75) / 0.75 = 81.67, on 75% of the weight.
    expect(s.composite).toEqual({ value: 81.67, coverage: 75, missing: 1 });
  });

  it('counts spending ahead of plan as 100 in the composite, while the rules still see the real share', () => {
    const s = scoreOpdQuarter(dpu({ budget: { pagu: 1_000_000_000, plan: [200_000_000, 0, 0, 0], realized: [250_000_000, null, null, null] } }), 1, settings);
    expect(s.absorption.ofPlan).toBe(125);
    // 0.5 x 85 + 0.25 x 100 + 0.25 x 75 = 86.25
    expect(s.composite.value).toBe(86.25);
  });

  it('uses the city\u2019s weights and bands', () => {
    const s = scoreOpdQuarter(dpu(), 1, {
      bands: [
        { above: 82, label: 'A' },
        { above: Number.NEGATIVE_INFINITY, label: 'B' },
      ],
      weights: { performance: 1, absorption: 0, responsiveness: 0 },
    });
    expect(s.composite.value).toBe(85);
    expect(s.predicate).toBe('A');
  });
});
