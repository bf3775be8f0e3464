/**
 * The calendar of quarterly reports (triwulan, TW I-IV): which days a quarter covers, when its
 * report is due, and which reminder a day calls for. Pure: days are 'YYYY-MM-DD' in the city's
 * time zone, worked out by the caller.
 */
import { addCalendarDays } from '../../platform/calendar/working-days.js';

import type { Quarter } from './absorption.js';

export type { Quarter };

/** The first reminder goes this many days before the due date. */
export const REMIND_DAYS_BEFORE = 5;
/**
 * A late reminder is sent only this long after the due date: a clock that was stopped, or a year
 * set up after the fact, must not wake every OPD about quarters long past.
 */
export const LATE_REMINDER_DAYS = 30;

const pad = (n: number) => String(n).padStart(2, '0');

/** "TW I" ... "TW IV", as reports and mails name a quarter. */
export function quarterName(quarter: number): string {
  return `TW ${['I', 'II', 'III', 'IV'][quarter - 1] ?? quarter}`;
}

/** The first and last day (inclusive) of a quarter. */
export function quarterDays(year: number, quarter: Quarter): { first: string; last: string } {
  const firstMonth = 3 * (quarter - 1) + 1;
  const next = quarter === 4 ? `${year + 1}-01-01` : `${year}-${pad(firstMonth + 3)}-01`;
  return { first: `${year}-${pad(firstMonth)}-01`, last: addCalendarDays(next, -1) };
}

/** A report of TW n is due on the 10th of the month after the quarter ends (TW IV: 10 January next year). */
export function reportDueDate(year: number, quarter: Quarter): string {
  return quarter === 4 ? `${year + 1}-01-10` : `${year}-${pad(3 * quarter + 1)}-10`;
}

/**
 * The reminder a report not yet submitted calls for on `today`: 'before' from five days before
 * the due date up to it, 'after' in the 30 days past it, otherwise none.
 */
export function reminderFor(dueDate: string, today: string): 'before' | 'after' | null {
  if (today > dueDate) return today <= addCalendarDays(dueDate, LATE_REMINDER_DAYS) ? 'after' : null;
  return today >= addCalendarDays(dueDate, -REMIND_DAYS_BEFORE) ? 'before' : null;
}
