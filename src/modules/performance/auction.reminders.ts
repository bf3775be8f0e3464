/**
 * The auction's clock, run hourly with the module's housekeeping: the head of an OPD whose offer is
 * still open is reminded once, OFFER_REMIND_DAYS_BEFORE days before its deadline (or at once, for
 * an offer made with less time than that). perf_reminder keeps what was sent, so several processes
 * running the clock send each reminder once.
 */
import { addCalendarDays, cityDay } from '../../platform/calendar/working-days.js';
import { systemContext } from '../../platform/context.js';
import type { Platform } from '../../platform/module.js';
import { OFFER_CHANGED } from './auction.notifications.js';
import { claimReminder } from './report.repository.js';

export const OFFER_REMIND_DAYS_BEFORE = 3;

/** Queues the reminders due at `now`; returns how many were queued. */
export async function runOfferReminders(platform: Platform, now = new Date()): Promise<number> {
  const { db, audit, outbox, config } = platform;
  const today = cityDay(now, config.cityTimezone);
  const due = await db
    .selectFrom('perf_offer')
    .select(['id', 'opd_id', 'deadline'])
    .where('status', '=', 'open')
    .where('deadline', '>=', today)
    .where('deadline', '<=', addCalendarDays(today, OFFER_REMIND_DAYS_BEFORE))
    .execute();
  let queued = 0;
  for (const offer of due) {
    const sent = await db.transaction().execute(async (trx) => {
      if (!(await claimReminder(trx, `offer:${offer.id}`, 'before'))) return false;
      await audit.record(trx, systemContext(config.defaultLocale), {
        action: 'performance.offer.remind',
        recordType: 'perf_offer',
        recordId: offer.id,
        opdId: offer.opd_id,
        after: { deadline: offer.deadline },
      });
      await outbox.enqueue(trx, OFFER_CHANGED, { offerId: offer.id, step: 'reminder', status: 'open' });
      return true;
    });
    if (sent) queued++;
  }
  return queued;
}
