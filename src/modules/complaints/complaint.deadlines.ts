/**
 * Deadlines of each stage, in working days (../shared/DOMAIN.md section 2): verification from
 * filing (or from a return by the OPD), the OPD's answer from disposition (or reopening), and
 * closing from the answer. A category may set its own limits; the city's defaults come from config.
 */
import type { Config } from '../../config.js';
import { dueAt } from '../../platform/calendar/working-days.js';
import type { CategoryRow } from './category.repository.js';
import type { Status } from './complaint.states.js';

export interface StageLimits {
  verifyDays: number;
  respondDays: number;
  closeDays: number;
}

export function limitsFor(category: Pick<CategoryRow, 'verify_days' | 'respond_days' | 'close_days'>, config: Config): StageLimits {
  return {
    verifyDays: category.verify_days ?? config.sambat.verifyDays,
    respondDays: category.respond_days ?? config.sambat.respondDays,
    closeDays: category.close_days ?? config.sambat.closeDays,
  };
}

/**
 * The deadline of the stage a complaint enters at `at` with status `status`, or null when nobody
 * inside the city hall owes the next step (waiting on the reporter, or finished).
 */
export function stageDeadline(status: Status, at: Date, limits: StageLimits, holidays: ReadonlySet<string>, timeZone: string): Date | null {
  switch (status) {
    case 'submitted':
    case 'returned':
      return dueAt(at, limits.verifyDays, holidays, timeZone);
    case 'dispositioned':
    case 'reopened':
      return dueAt(at, limits.respondDays, holidays, timeZone);
    case 'accepted':
    case 'in_progress':
      // Accepting or starting work does not restart the OPD's clock: the caller keeps the due date.
      return null;
    case 'responded':
      return dueAt(at, limits.closeDays, holidays, timeZone);
    default:
      return null;
  }
}

/** Whether a stage change sets a new deadline (true) or keeps the running one (accepted, in progress). */
export function keepsDeadline(status: Status): boolean {
  return status === 'accepted' || status === 'in_progress';
}
