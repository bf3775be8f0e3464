import { describe, expect, it } from 'vitest';
import { achievement } from './achievement.js';
import { ACHIEVEMENT_BANDS, predicate, SAKIP_BANDS, validateBands } from './predicate.js';

describe('achievement (capaian), DOMAIN.md section 4', () => {
  it('higher is better: realisasi / target × 100, not capped', () => {
    expect(achievement({ direction: 'higher', value: 80 }, 72)).toMatchObject({ percent: 90, basis: 'formula' });
    expect(achievement({ direction: 'higher', value: 80 }, 96).percent).toBe(120);
    expect(achievement({ direction: 'higher', value: 3 }, 1).percent).toBe(33.33);
    expect(achievement({ direction: 'higher', value: 80 }, 72).explanation.id).toBe('72 / 80 × 100% = 90%');
  });

  it('lower is better: (2 × target − realisasi) / target × 100', () => {
    // Complaints answered late: target 10 days, realized 8 → 120%; realized 12 → 80%.
    expect(achievement({ direction: 'lower', value: 10 }, 8).percent).toBe(120);
    expect(achievement({ direction: 'lower', value: 10 }, 12).percent).toBe(80);
    // Twice the target or worse is nothing, and the formula goes below zero past that.
    expect(achievement({ direction: 'lower', value: 10 }, 20).percent).toBe(0);
    expect(achievement({ direction: 'lower', value: 10 }, 25).percent).toBe(-50);
  });

  it('a range is met inside it; above, its upper bound is a lower-is-better target; below, its lower bound a higher-is-better one', () => {
    const range = { direction: 'range' as const, value: 60, upper: 80 };
    expect(achievement(range, 70)).toMatchObject({ percent: 100, basis: 'within_range' });
    expect(achievement(range, 60).percent).toBe(100);
    expect(achievement(range, 80).percent).toBe(100);
    expect(achievement(range, 88).percent).toBe(90); // (2 × 80 − 88) / 80
    expect(achievement(range, 45).percent).toBe(75); // 45 / 60
  });

  it('a zero target does not divide by zero, and says why', () => {
    expect(achievement({ direction: 'lower', value: 0 }, 0)).toMatchObject({ percent: 100, basis: 'zero_target' });
    expect(achievement({ direction: 'lower', value: 0 }, 2)).toMatchObject({ percent: 0, basis: 'zero_target' });
    expect(achievement({ direction: 'lower', value: 0 }, 2).explanation.en).toContain('Target 0');
    expect(achievement({ direction: 'higher', value: 0 }, 5).percent).toBe(100);
  });

  it('a missing quarter is not a zero', () => {
    expect(achievement({ direction: 'higher', value: 80 }, null)).toMatchObject({ percent: null, basis: 'missing' });
    expect(achievement({ direction: 'higher', value: 80 }, undefined).percent).toBeNull();
  });

  it('caps only when asked', () => {
    expect(achievement({ direction: 'higher', value: 50 }, 60, { cap: 100 })).toMatchObject({ percent: 100 });
    expect(achievement({ direction: 'higher', value: 50 }, 60, { cap: 100 }).explanation.id).toContain('dibatasi 100%');
  });
});

describe('predicates', () => {
  it('reads the achievement bands with exclusive lower bounds', () => {
    expect(predicate(100)).toBe('Sangat Baik');
    expect(predicate(120)).toBe('Sangat Baik');
    expect(predicate(91)).toBe('Sangat Baik');
    expect(predicate(90.5)).toBe('Sangat Baik');
    expect(predicate(90)).toBe('Baik');
    expect(predicate(76)).toBe('Baik');
    expect(predicate(75)).toBe('Cukup');
    expect(predicate(66)).toBe('Cukup');
    expect(predicate(65)).toBe('Kurang');
    expect(predicate(51)).toBe('Kurang');
    expect(predicate(50)).toBe('Sangat Kurang');
    expect(predicate(-10)).toBe('Sangat Kurang');
    expect(predicate(null)).toBeNull();
  });

  it('reads the SAKIP predicates at their boundaries', () => {
    const at = (score: number) => predicate(score, SAKIP_BANDS);
    expect([at(90.01), at(90), at(80.5), at(80), at(70.1), at(70), at(60.1), at(60), at(50.1), at(50), at(30.1), at(30), at(0)]).toEqual([
      'AA',
      'A',
      'A',
      'BB',
      'BB',
      'B',
      'B',
      'CC',
      'CC',
      'C',
      'C',
      'D',
      'D',
    ]);
  });

  it('refuses bands a city could not mean', () => {
    expect(validateBands(ACHIEVEMENT_BANDS)).toBeNull();
    expect(validateBands([{ above: 50, label: 'Baik' }])).toContain('last band');
    expect(
      validateBands([
        { above: 50, label: 'A' },
        { above: 60, label: 'B' },
        { above: Number.NEGATIVE_INFINITY, label: 'C' },
      ]),
    ).toContain('"B"');
  });
});
