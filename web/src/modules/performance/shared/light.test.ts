import { describe, expect, it } from 'vitest';
import { lightOf } from './light';

// The default bands of DOMAIN.md section 4.
const BANDS = [
  { above: 90, label: 'Sangat Baik' },
  { above: 75, label: 'Baik' },
  { above: 65, label: 'Cukup' },
  { above: 50, label: 'Kurang' },
  { above: null, label: 'Sangat Kurang' },
];

describe('lightOf', () => {
  it('is green for the top band, amber for the middle ones and red for the lowest two', () => {
    expect(BANDS.map((b) => lightOf(b.label, BANDS))).toEqual(['green', 'amber', 'amber', 'red', 'red']);
  });

  it('has no light without a predicate, or for a word the bands no longer hold', () => {
    expect(lightOf(null, BANDS)).toBeNull();
    expect(lightOf('Istimewa', BANDS)).toBeNull();
  });

  it('follows a city with SAKIP letters instead', () => {
    const sakip = ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D'].map((label, i) => ({ above: i < 6 ? 90 - i * 10 : null, label }));
    expect(sakip.map((b) => lightOf(b.label, sakip))).toEqual(['green', 'amber', 'amber', 'amber', 'amber', 'red', 'red']);
  });
});
