import { describe, expect, it } from 'vitest';
import { finalScore, parseIndex, weightSum } from './score';

const WEIGHTS = { baseline: 0.1, output: 0.2, outcome: 0.3, impact: 0.2, quickWin: 0.2 };

describe('the final score the entry form shows', () => {
  it('reproduces Kota Jambi 2024 and Kota Kediri 2022 exactly, as the server does', () => {
    expect(finalScore({ baseline: 3.84, output: 3.18, outcome: 3.53, impact: 3.63, quickWin: 3.35 }, WEIGHTS)).toBe(3.475);
    expect(finalScore({ baseline: 3.6, output: 3.21, outcome: 3.23, impact: 3.07, quickWin: 3.65 }, WEIGHTS)).toBe(3.315);
  });

  it('gives no score while an index is missing', () => {
    expect(finalScore({ baseline: 3.84, output: null, outcome: 3.53, impact: 3.63, quickWin: 3.35 }, WEIGHTS)).toBeNull();
  });

  it('adds the weights without floating-point dust and reads indices as typed', () => {
    expect(weightSum(WEIGHTS)).toBe(1);
    expect(parseIndex('3,84')).toBe(3.84);
    expect(parseIndex('')).toBeNull();
    expect(parseIndex('5,5')).toBe('invalid');
  });
});
