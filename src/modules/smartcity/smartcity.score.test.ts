import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORE_WEIGHTS, formatScore, hasTwoDecimals, scoreOf, smartCityScore, weightsProblem } from './smartcity.score.js';

const indices = (baseline: number, output: number, outcome: number, impact: number, quickWin: number) => ({ baseline, output, outcome, impact, quickWin });

describe('the smart city score', () => {
  it('reproduces Kota Jambi 2024: 0.10×3.84 + 0.20×3.18 + 0.30×3.53 + 0.20×3.63 + 0.20×3.35 = 3.475', () => {
    // 0.384 + 0.636 + 1.059 + 0.726 + 0.670; added as floats it comes to 3.4749999999999996.
    expect(smartCityScore(indices(3.84, 3.18, 3.53, 3.63, 3.35))).toBe(3.475);
    expect(formatScore(3.475)).toBe('3,475');
  });

  it('reproduces Kota Kediri 2022: 0.10×3.60 + 0.20×3.21 + 0.30×3.23 + 0.20×3.07 + 0.20×3.65 = 3.315', () => {
    // 0.360 + 0.642 + 0.969 + 0.614 + 0.730
    expect(smartCityScore(indices(3.6, 3.21, 3.23, 3.07, 3.65))).toBe(3.315);
  });

  it('gives 1.000 for all ones and 5.000 for all fives, with any weights that add up to 1', () => {
    expect(smartCityScore(indices(1, 1, 1, 1, 1))).toBe(1);
    expect(smartCityScore(indices(5, 5, 5, 5, 5))).toBe(5);
    const third = 1 / 3;
    expect(smartCityScore(indices(4, 4, 4, 4, 4), { baseline: third, output: third, outcome: third, impact: 0, quickWin: 0 })).toBe(4);
  });

  it('rounds half up to three decimals when other weights leave a fourth', () => {
    // 0.15 × 3.33 = 0.4995 and 0.85 × 1 = 0.85: 1.3495 rounds up to 1.350.
    expect(smartCityScore(indices(3.33, 1, 1, 1, 1), { baseline: 0.15, output: 0.85, outcome: 0, impact: 0, quickWin: 0 })).toBe(1.35);
    // 0.15 × 3.32 = 0.498 and 0.85 × 1.01 = 0.8585: 1.3565 rounds up to 1.357.
    expect(smartCityScore(indices(3.32, 1.01, 1, 1, 1), { baseline: 0.15, output: 0.85, outcome: 0, impact: 0, quickWin: 0 })).toBe(1.357);
  });

  it('lies between the lowest and highest index, whatever the indices', () => {
    const index = fc.integer({ min: 100, max: 500 }).map((n) => n / 100);
    fc.assert(
      fc.property(fc.tuple(index, index, index, index, index), (five) => {
        const score = smartCityScore(indices(...five));
        return score >= Math.min(...five) - 1e-12 && score <= Math.max(...five) + 1e-12 && Number.isInteger(Math.round(score * 1000));
      }),
    );
  });

  it('has no score until every index is given', () => {
    expect(scoreOf({ baseline: 3.84, output: 3.18, outcome: 3.53, impact: 3.63, quickWin: null }, DEFAULT_SCORE_WEIGHTS)).toBeNull();
    expect(scoreOf(indices(3.84, 3.18, 3.53, 3.63, 3.35), DEFAULT_SCORE_WEIGHTS)).toBe(3.475);
  });

  it('accepts weights whose float sum misses 1 by a rounding error', () => {
    expect(0.3 + 0.2 + 0.2 + 0.2 + 0.1).not.toBe(1);
    expect(weightsProblem(DEFAULT_SCORE_WEIGHTS)).toBeNull();
    expect(weightsProblem({ baseline: 0.3, output: 0.2, outcome: 0.2, impact: 0.2, quickWin: 0.1 })).toBeNull();
  });

  it('refuses negative weights by name and weights that do not add up to 1', () => {
    expect(weightsProblem({ ...DEFAULT_SCORE_WEIGHTS, impact: -0.1, quickWin: 0.5 })?.field).toBe('weights.impact');
    const sum = weightsProblem({ ...DEFAULT_SCORE_WEIGHTS, outcome: 0.35 });
    expect(sum?.field).toBe('weights');
    expect(sum?.text.en).toBe('The weights must add up to 1; they add up to 1.05.');
    expect(weightsProblem({ ...DEFAULT_SCORE_WEIGHTS, outcome: 0.3 + 1e-8 })?.field).toBe('weights');
  });

  it('tells two decimals from more', () => {
    expect([3.84, 3.6, 1, 5, 4.07].every(hasTwoDecimals)).toBe(true);
    expect(hasTwoDecimals(3.845)).toBe(false);
  });
});
