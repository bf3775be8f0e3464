import { describe, expect, it } from 'vitest';
import { defaultQuarter, parseQuarter, quarterName, quarterOf, reportDueDate } from './quarters';

describe('quarters', () => {
  it('names them as reports do', () => {
    expect([1, 2, 3, 4].map(quarterName)).toEqual(['TW I', 'TW II', 'TW III', 'TW IV']);
  });

  it('reads only 1 to 4 from an address', () => {
    expect(['1', '4', '0', '5', 'x', null].map(parseQuarter)).toEqual([1, 4, null, null, null, null]);
  });

  it('puts a report due on the 10th of the month after its quarter, TW IV in the next January', () => {
    expect(reportDueDate(2026, 1)).toBe('2026-04-10');
    expect(reportDueDate(2026, 3)).toBe('2026-10-10');
    expect(reportDueDate(2026, 4)).toBe('2027-01-10');
  });

  it('opens on the last ended quarter of this year, TW IV of a past year and TW I of a future one', () => {
    expect(quarterOf('2026-05-31')).toBe(2);
    expect(defaultQuarter(2026, '2026-02-01')).toBe(1);
    expect(defaultQuarter(2026, '2026-08-17')).toBe(2);
    expect(defaultQuarter(2025, '2026-08-17')).toBe(4);
    expect(defaultQuarter(2027, '2026-08-17')).toBe(1);
  });
});
