/**
 * The clock of SAMBAT, run by the worker process every hour: answers whose closing window has
 * passed close; late complaints escalate, first to the OPD head (or the admin desk), then, after
 * SAMBAT_ESCALATE_AFTER_DAYS more working days, to the leadership's dashboard.
 */
import { workingDaysBetween } from '../../platform/calendar/working-days.js';
import { systemContext } from '../../platform/context.js';
import type { Platform } from '../../platform/module.js';
import { holidaysAround } from './complaint.lookups.js';
import { findOverdue } from './complaint.repository.js';
import { createWorkflowService } from './complaint.workflow.service.js';

export interface ClockResult {
  closed: number;
  overdue: number;
  escalated: number;
}

/** Looks at every complaint past its deadline once; returns what it did. */
export async function runComplaintClock(platform: Platform, now = new Date()): Promise<ClockResult> {
  const workflow = createWorkflowService(platform);
  const ctx = systemContext(platform.config.defaultLocale);
  const holidays = await holidaysAround(platform, now);
  const result: ClockResult = { closed: 0, overdue: 0, escalated: 0 };
  let afterId: string | undefined;
  for (;;) {
    const late = await findOverdue(platform.db, now, 200, afterId);
    if (late.length === 0) return result;
    afterId = late[late.length - 1].id;
    for (const c of late) {
      if (c.status === 'responded') {
        await workflow.autoClose(ctx, c.id);
        result.closed++;
      } else if (c.escalation_level === 0) {
        await workflow.escalate(ctx, c.id, 1);
        result.overdue++;
      } else if (
        c.escalation_level === 1 &&
        c.due_at &&
        workingDaysBetween(c.due_at, now, holidays, platform.config.cityTimezone) >= platform.config.sambat.escalateAfterDays
      ) {
        await workflow.escalate(ctx, c.id, 2);
        result.escalated++;
      }
    }
    if (late.length < 200) return result;
  }
}
