import { describe, expect, it } from 'vitest';
import { countedLevel, fullClaims, levelGaps } from './levels';

const met = (...levels: number[]) => fullClaims(levels.map((level) => ({ level, met: true, explanation: 'ada' })));
const proof = (...levels: number[]) => levels.map((level) => ({ level }));

describe('the level that counts', () => {
  it('is 0 when nothing is claimed', () => {
    expect(countedLevel(fullClaims([]), [])).toBe(0);
  });

  it('counts consecutive levels met with evidence from level 1', () => {
    expect(countedLevel(met(1, 2, 3), proof(1, 2, 3))).toBe(3);
    expect(countedLevel(met(1, 2, 3, 4, 5), proof(1, 2, 3, 4, 5))).toBe(5);
  });

  it('stops at a level without evidence, even when those above have it', () => {
    expect(countedLevel(met(1, 2, 3), proof(1, 3))).toBe(1);
    expect(levelGaps(met(1, 2, 3), proof(1, 3))).toEqual([null, 'noEvidence', 'belowMissing', 'notMet', 'notMet']);
  });

  it('stops at a level not met: a higher level does not count without the one below', () => {
    expect(countedLevel(met(2, 3), proof(1, 2, 3))).toBe(0);
  });
});
