import { describe, expect, it } from 'vitest';
import { atLeastAsAmbitious } from './ambition.js';

describe('how ambitious a counter-offer is', () => {
  it('higher is better: asking more is more ambitious', () => {
    expect(atLeastAsAmbitious('higher', { value: 80 }, { value: 85 })).toBe(true);
    expect(atLeastAsAmbitious('higher', { value: 80 }, { value: 80 })).toBe(true);
    expect(atLeastAsAmbitious('higher', { value: 80 }, { value: 75 })).toBe(false);
  });

  it('lower is better: promising less is more ambitious', () => {
    expect(atLeastAsAmbitious('lower', { value: 10 }, { value: 7 })).toBe(true);
    expect(atLeastAsAmbitious('lower', { value: 10 }, { value: 12 })).toBe(false);
  });

  it('a range: a band inside the offered one is more ambitious, a wider or shifted one is not', () => {
    expect(atLeastAsAmbitious('range', { value: 60, upper: 80 }, { value: 65, upper: 75 })).toBe(true);
    expect(atLeastAsAmbitious('range', { value: 60, upper: 80 }, { value: 55, upper: 75 })).toBe(false);
    expect(atLeastAsAmbitious('range', { value: 60, upper: 80 }, { value: 65, upper: 85 })).toBe(false);
  });
});
