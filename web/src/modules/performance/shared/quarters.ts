/** Triwulan (TW I-IV): names, due dates and which quarter a page opens on. Pure. */
import type { Quarter } from './types';

export const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "TW I" ... "TW IV", as reports, mails and the server name a quarter. */
export function quarterName(quarter: number): string {
  return `TW ${ROMAN[quarter - 1] ?? quarter}`;
}

export function parseQuarter(text: string | null | undefined): Quarter | null {
  const n = Number(text);
  return n === 1 || n === 2 || n === 3 || n === 4 ? n : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The 10th of the month after the quarter (TW IV: 10 January of the next year), the rule of the
 * server's report.due.ts. The server gives the date of every report once opened; this shows it for
 * quarters whose report has not been opened yet, so an OPD sees what is coming.
 */
export function reportDueDate(year: number, quarter: Quarter): string {
  return quarter === 4 ? `${year + 1}-01-10` : `${year}-${pad(3 * quarter + 1)}-10`;
}

/** The quarter a calendar day (YYYY-MM-DD) falls in. */
export function quarterOf(day: string): Quarter {
  return (Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1) as Quarter;
}

/**
 * The quarter to show first: for the current year the last one that has ended (its reports are
 * the ones being made and reviewed), TW I while the first is still running; TW IV for past years.
 */
export function defaultQuarter(year: number, today: string): Quarter {
  const thisYear = Number(today.slice(0, 4));
  if (year < thisYear) return 4;
  if (year > thisYear) return 1;
  return Math.max(1, quarterOf(today) - 1) as Quarter;
}
