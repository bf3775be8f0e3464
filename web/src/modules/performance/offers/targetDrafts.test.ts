import { describe, expect, it } from 'vitest';
import type { Indicator } from '../shared/types';
import { emptyDraft, readTargets } from './targetDrafts';

const indicator = (id: string, direction: Indicator['direction']): Indicator => ({
  id,
  goalId: 'g',
  opdId: 'o',
  code: id,
  name: id,
  definition: '',
  unit: '%',
  direction,
  baseline: null,
  source: 'opd',
  measure: null,
  formula: '',
});

describe('readTargets', () => {
  it('offers the indicators with a yearly target, with their quarters, and leaves blank ones out', () => {
    const result = readTargets([indicator('a', 'higher'), indicator('b', 'lower')], {
      a: { target: '80', upper: '', quarterly: ['20', '', '60,5', '80'] },
      b: emptyDraft(),
    });
    expect(result.problems).toEqual({});
    expect(result.targets).toEqual([{ indicatorId: 'a', target: 80, quarterly: [20, null, 60.5, 80] }]);
  });

  it('needs both bounds of a range, the upper not below the lower', () => {
    const range = indicator('r', 'range');
    expect(readTargets([range], { r: { target: '10', upper: '', quarterly: ['', '', '', ''] } }).problems).toEqual({ 'r.upper': 'upper' });
    expect(readTargets([range], { r: { target: '10', upper: '8', quarterly: ['', '', '', ''] } }).problems).toEqual({ 'r.upper': 'upper' });
    expect(readTargets([range], { r: { target: '10', upper: '12', quarterly: ['', '', '', ''] } }).targets).toEqual([
      { indicatorId: 'r', target: 10, targetUpper: 12 },
    ]);
  });

  it('says so when nothing is offered, or when a quarter is typed without the year', () => {
    expect(readTargets([indicator('a', 'higher')], {}).problems).toEqual({ targets: 'none' });
    expect(readTargets([indicator('a', 'higher')], { a: { target: '', upper: '', quarterly: ['5', '', '', ''] } }).problems).toEqual({ 'a.target': 'number' });
  });
});
