/**
 * Lookups a complaint answer needs from other modules (OPD and wilayah names, holidays), fetched
 * once per answer through those modules' services, never their tables.
 */

import { createCalendarService } from '../../platform/calendar/holidays.service.js';
import { addCalendarDays, cityDay } from '../../platform/calendar/working-days.js';
import type { Platform } from '../../platform/module.js';
import { createOpdService, createWilayahService } from '../org/index.js';
import { allCategories } from './category.cache.js';
import type { CategoryRow } from './category.repository.js';
import type { ComplaintRow, EventRow } from './complaint.repository.js';
import type { NameLookup } from './complaint.views.js';

/** Names for every id these complaints and events mention. */
export async function namesFor(platform: Platform, complaints: ComplaintRow[], events: EventRow[] = []): Promise<NameLookup> {
  const opdIds = [...complaints.map((c) => c.opd_id), ...events.map((e) => e.actor_opd_id)].filter((x): x is string => !!x);
  const wilayahIds = complaints.flatMap((c) => [c.kecamatan_id, c.kelurahan_id]).filter((x): x is string => !!x);
  const [categories, opds, wilayah] = await Promise.all([
    allCategories(platform.db),
    createOpdService(platform).shortNames(opdIds),
    createWilayahService(platform).names(wilayahIds),
  ]);
  const byId = new Map<string, CategoryRow>(categories.map((c) => [c.id, c]));
  return {
    category: (id) => byId.get(id),
    opdName: (id) => (id ? (opds.get(id) ?? null) : null),
    wilayahName: (id) => (id ? (wilayah.get(id) ?? null) : null),
  };
}

/**
 * Holidays from a month before `around` to four months after: wide enough for any stage limit
 * (at most 60 working days) to be counted from a date near `around`.
 */
export async function holidaysAround(platform: Platform, around: Date): Promise<Set<string>> {
  const day = cityDay(around, platform.config.cityTimezone);
  return createCalendarService(platform).holidaysBetween(addCalendarDays(day, -31), addCalendarDays(day, 130));
}
