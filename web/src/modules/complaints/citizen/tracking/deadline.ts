/** Whether the city is still within the current step's time limit, for the badge beside the due date. */
import type { Status } from '../../shared/types';

/** Statuses in which the city owes the next step (the deadline is the city's, not the reporter's). */
const CITY_OWES: Status[] = ['submitted', 'returned', 'dispositioned', 'accepted', 'in_progress', 'reopened'];
const DAY_MS = 86_400_000;

export type DeadlineState = 'overdue' | 'due-soon' | 'on-time';

export function deadlineState(status: Status, dueAt: string | null, now = Date.now()): DeadlineState | null {
  if (!dueAt || !CITY_OWES.includes(status)) return null;
  const left = new Date(dueAt).getTime() - now;
  return left < 0 ? 'overdue' : left < DAY_MS ? 'due-soon' : 'on-time';
}

/** The reporter may reopen an answer until its closing deadline (the server refuses after it). */
export function reopenStillPossible(dueAt: string | null, now = Date.now()): boolean {
  return !dueAt || new Date(dueAt).getTime() >= now;
}
