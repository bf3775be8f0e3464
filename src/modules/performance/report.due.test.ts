import { describe, expect, it } from 'vitest';
import { quarterDays, quarterName, reminderFor, reportDueDate } from './report.due.js';

describe('the quarterly report calendar', () => {
  it('makes a report due on the 10th of the month after its quarter', () => {
    expect(reportDueDate(2026, 1)).toBe('2026-04-10');
    expect(reportDueDate(2026, 2)).toBe('2026-07-10');
    expect(reportDueDate(2026, 3)).toBe('2026-10-10');
  });

  it('makes TW IV due on 10 January of the next year', () => {
    expect(reportDueDate(2026, 4)).toBe('2027-01-10');
  });

  it('covers each quarter from its first to its last day, leap years included', () => {
    expect(quarterDays(2028, 1)).toEqual({ first: '2028-01-01', last: '2028-03-31' });
    expect(quarterDays(2026, 2)).toEqual({ first: '2026-04-01', last: '2026-06-30' });
    expect(quarterDays(2026, 3)).toEqual({ first: '2026-07-01', last: '2026-09-30' });
    expect(quarterDays(2026, 4)).toEqual({ first: '2026-10-01', last: '2026-12-31' });
  });

  it('names quarters as the reports do', () => {
    expect([1, 2, 3, 4].map(quarterName)).toEqual(['TW I', 'TW II', 'TW III', 'TW IV']);
  });

  it('reminds from five days before the due date, then once late, and not about quarters long past', () => {
    const due = '2026-04-10';
    expect(reminderFor(due, '2026-04-04')).toBeNull();
    expect(reminderFor(due, '2026-04-05')).toBe('before');
    expect(reminderFor(due, '2026-04-10')).toBe('before');
    expect(reminderFor(due, '2026-04-11')).toBe('after');
    expect(reminderFor(due, '2026-05-10')).toBe('after');
    expect(reminderFor(due, '2026-05-11')).toBeNull();
  });

  it('counts the days before TW IV\u2019s due date across the new year', () => {
    expect(reminderFor('2027-01-10', '2027-01-05')).toBe('before');
    expect(reminderFor('2027-01-10', '2026-12-31')).toBeNull();
  });
});
