/**
 * The catalogue in a few figures, for other modules (the SPBE evaluation cites it as evidence of
 * its open data service): what is published, by how many OPDs, and how much of it is past its
 * data's due date. Only published datasets count, so nothing here is internal.
 */
import { cityDay } from '../../platform/calendar/working-days.js';
import type { Platform } from '../../platform/module.js';
import { publishedClock } from './dataset.repository.js';
import { dueOf } from './dataset.views.js';
import { isOverdue } from './freshness.rules.js';

export interface CatalogueSummary {
  published: number;
  publishingOpds: number;
  overdue: number;
}

export async function catalogueSummary(platform: Platform, now = new Date()): Promise<CatalogueSummary> {
  const timeZone = platform.config.cityTimezone;
  const today = cityDay(now, timeZone);
  const published = await publishedClock(platform.db);
  return {
    published: published.length,
    publishingOpds: new Set(published.map((d) => d.opd_id)).size,
    overdue: published.filter((d) => isOverdue(dueOf(d, timeZone), today)).length,
  };
}
