import { describe, expect, it } from 'vitest';
import { isOverdue, nextDueDate } from './freshness.rules.js';

describe('nextDueDate', () => {
  it('adds one period to the date of the last data', () => {
    expect(nextDueDate('harian', '2026-12-31')).toBe('2027-01-01');
    expect(nextDueDate('mingguan', '2026-11-26')).toBe('2026-12-03');
    expect(nextDueDate('bulanan', '2026-11-22')).toBe('2026-12-22');
    expect(nextDueDate('triwulanan', '2026-11-22')).toBe('2027-02-22');
    expect(nextDueDate('empat_bulanan', '2026-01-15')).toBe('2026-05-15');
    expect(nextDueDate('semesteran', '2026-07-01')).toBe('2027-01-01');
    expect(nextDueDate('tahunan', '2026-03-10')).toBe('2027-03-10');
    expect(nextDueDate('dua_tahunan', '2026-03-10')).toBe('2028-03-10');
  });

  it('ends a month on its last day when the day does not exist there', () => {
    expect(nextDueDate('bulanan', '2026-01-31')).toBe('2026-02-28');
    expect(nextDueDate('bulanan', '2027-01-31')).toBe('2027-02-28');
    expect(nextDueDate('tahunan', '2028-02-29')).toBe('2029-02-28');
  });

  it('gives ad-hoc data no due date', () => {
    expect(nextDueDate('ad_hoc', '2026-11-22')).toBeNull();
  });
});

describe('isOverdue', () => {
  it('is overdue only after the due date', () => {
    expect(isOverdue('2026-11-21', '2026-11-22')).toBe(true);
    expect(isOverdue('2026-11-22', '2026-11-22')).toBe(false);
    expect(isOverdue(null, '2026-11-22')).toBe(false);
  });
});
