/**
 * The freshness clock, run hourly with the module's housekeeping: each published dataset's next
 * due date is recomputed from the day of its last data and its frequency (freshness.rules.ts), and
 * a dataset past that date is flagged to its producer once per due date. overdue_notified_on keeps
 * what was flagged, so several processes running the clock flag each due date once.
 */
import { cityDay } from '../../platform/calendar/working-days.js';
import { systemContext } from '../../platform/context.js';
import type { Platform } from '../../platform/module.js';
import type { OutboxHandler } from '../../platform/outbox/outbox.service.js';
import { DATASET_OVERDUE, datasetOutboxHandlers } from './dataset.notifications.js';
import { claimOverdueNotice, publishedClock, setNextDue } from './dataset.repository.js';
import { dueOf } from './dataset.views.js';
import { isOverdue } from './freshness.rules.js';

export interface FreshnessResult {
  /** Published datasets whose stored due date changed. */
  updated: number;
  /** Overdue datasets flagged now. */
  notified: number;
}

/** Recomputes due dates and queues one 'opendata.dataset_overdue' event per dataset and due date past. */
export async function checkFreshness(platform: Platform, now = new Date()): Promise<FreshnessResult> {
  const { db, audit, outbox, config } = platform;
  const today = cityDay(now, config.cityTimezone);
  const result: FreshnessResult = { updated: 0, notified: 0 };
  for (const row of await publishedClock(db)) {
    const due = dueOf(row, config.cityTimezone);
    if (due !== row.next_due_on) {
      await setNextDue(db, row.id, due);
      result.updated++;
    }
    if (!due || !isOverdue(due, today) || row.overdue_notified_on === due) continue;
    const flagged = await db.transaction().execute(async (trx) => {
      if (!(await claimOverdueNotice(trx, row.id, due))) return false;
      await audit.record(trx, systemContext(config.defaultLocale), {
        action: 'opendata.dataset.overdue',
        recordType: 'od_dataset',
        recordId: row.id,
        opdId: row.opd_id,
        after: { nextDueOn: due, today },
      });
      await outbox.enqueue(trx, DATASET_OVERDUE, { datasetId: row.id, dueOn: due });
      return true;
    });
    if (flagged) result.notified++;
  }
  return result;
}

/** The clock as the module's hourly housekeeping runs it. */
export async function runFreshnessCheck(platform: Platform): Promise<void> {
  await checkFreshness(platform);
}

/** The module's outbox handlers: mail for workflow steps and for overdue data. */
export function freshnessOutboxHandlers(platform: Platform): Record<string, OutboxHandler> {
  return datasetOutboxHandlers(platform);
}
