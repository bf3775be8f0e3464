import { describe, expect, it } from 'vitest';
import { compositeScore, compositeWeightsProblem, meanAndDeviation, rank, trend, weightedMean } from './scores.js';

describe('OPD scores', () => {
  it('weighs indicators, leaving a missing one out and saying how much was covered', () => {
    expect(
      weightedMean([
        { weight: 2, value: 90 },
        { weight: 1, value: 60 },
      ]),
    ).toEqual({ value: 80, coverage: 100, missing: 0 });
    expect(
      weightedMean([
        { weight: 2, value: 90 },
        { weight: 1, value: 60 },
        { weight: 1, value: null },
      ]),
    ).toEqual({ value: 80, coverage: 75, missing: 1 });
    expect(weightedMean([{ weight: 1, value: null }])).toEqual({ value: null, coverage: 0, missing: 1 });
  });

  it('composes performance, absorption and responsiveness by the city\u2019s weights', () => {
    const weights = { performance: 0.6, absorption: 0.25, responsiveness: 0.15 };
    // 0.6 × 92 + 0.25 × 68.57 + 0.15 × 80 = 55.2 + 17.1425 + 12 = 84.3425
    expect(compositeScore({ performance: 92, absorption: 68.57, responsiveness: 80 }, weights).value).toBe(84.34);
    expect(compositeScore({ performance: 92, absorption: null, responsiveness: 80 }, weights)).toMatchObject({ value: 89.6, coverage: 75 });
    expect(compositeWeightsProblem(weights)).toBeNull();
    expect(compositeWeightsProblem({ performance: 0.6, absorption: 0.3, responsiveness: 0.2 })?.id).toContain('harus 1');
    expect(compositeWeightsProblem({ performance: 1.2, absorption: -0.2, responsiveness: 0 })?.en).toContain('negative');
  });

  it('ranks with shared places for ties and leaves unscored OPDs unranked', () => {
    const ranked = rank([
      { opd: 'A', score: 80 },
      { opd: 'B', score: 91 },
      { opd: 'C', score: null },
      { opd: 'D', score: 80 },
      { opd: 'E', score: 70 },
    ]);
    expect(ranked.map((r) => [r.opd, r.rank])).toEqual([
      ['B', 1],
      ['A', 2],
      ['D', 2],
      ['E', 4],
      ['C', null],
    ]);
  });

  it('gives the trend against the last quarter that has a score', () => {
    expect(trend([70, 75.5, null, 72])).toEqual([null, 5.5, null, -3.5]);
  });

  it('gives the city mean and standard deviation over the OPDs that have scores', () => {
    expect(meanAndDeviation([2, 4, 4, 4, 5, 5, 7, 9, null])).toEqual({ mean: 5, sd: 2 });
    expect(meanAndDeviation([null])).toBeNull();
  });
});
