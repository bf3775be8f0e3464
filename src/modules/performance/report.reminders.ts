/**
 * The reports' clock, run hourly with the module's housekeeping: each OPD whose offer for the year
 * is accepted is reminded once, five days before a quarter's report is due, and once more (with
 * the mayor's team told) when it is late; never after the report is submitted. perf_reminder keeps
 * what was sent, so several processes running the clock send each reminder once.
 */
import { cityDay } from '../../platform/calendar/working-days.js';
import { systemContext } from '../../platform/context.js';
import type { Platform } from '../../platform/module.js';
import { type Quarter, reminderFor, reportDueDate } from './report.due.js';
import { REPORT_REMINDER } from './report.notifications.js';
import { acceptedOffers, claimReminder, reportStatuses } from './report.repository.js';

export interface ReminderResult {
  before: number;
  after: number;
}

/** Queues the reminders due at `now` that have not been sent yet; returns how many of each. */
export async function runReportReminders(platform: Platform, now = new Date()): Promise<ReminderResult> {
  const { db, audit, outbox, config } = platform;
  const today = cityDay(now, config.cityTimezone);
  const year = Number(today.slice(0, 4));
  // TW IV of last year is due in January: no other year can have a reminder due.
  const offers = await acceptedOffers(db, [year - 1, year]);
  const reports = await reportStatuses(db, [...new Set(offers.map((o) => o.period_id))]);
  const result: ReminderResult = { before: 0, after: 0 };
  for (const offer of offers) {
    for (const quarter of [1, 2, 3, 4] as Quarter[]) {
      const dueDate = reportDueDate(offer.start_year, quarter);
      const kind = reminderFor(dueDate, today);
      if (!kind) continue;
      const report = reports.find((r) => r.period_id === offer.period_id && r.opd_id === offer.opd_id && r.quarter === quarter);
      if (report?.status === 'submitted' || report?.status === 'verified') continue;
      const key = `${offer.period_id}:${offer.opd_id}:${quarter}`;
      const sent = await db.transaction().execute(async (trx) => {
        if (!(await claimReminder(trx, key, kind))) return false;
        await audit.record(trx, systemContext(config.defaultLocale), {
          action: `performance.report.remind_${kind}`,
          recordType: 'perf_reminder',
          recordId: `${key}:${kind}`,
          opdId: offer.opd_id,
          after: { quarter, dueDate, status: report?.status ?? null },
        });
        await outbox.enqueue(trx, REPORT_REMINDER, { periodId: offer.period_id, opdId: offer.opd_id, quarter, kind, dueDate });
        return true;
      });
      if (sent) result[kind]++;
    }
  }
  return result;
}
