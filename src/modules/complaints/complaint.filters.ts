/** Turns list query strings into a repository filter, refusing what cannot be understood. */
import { AppError } from '../../errors.js';
import { addCalendarDays, startOfCityDay } from '../../platform/calendar/working-days.js';
import type { Platform } from '../../platform/module.js';
import { categoryByRef } from './category.cache.js';
import { complaintErrors } from './complaint.errors.js';
import type { ComplaintFilter } from './complaint.repository.js';
import { STATUSES, type Status } from './complaint.states.js';

export interface ListQuery {
  status?: string;
  category?: string;
  opdId?: string;
  kecamatanId?: string;
  from?: string;
  to?: string;
  bbox?: string;
  overdue?: boolean;
  q?: string;
  sort?: 'newest' | 'oldest';
}

const badField = (field: string, id: string, en: string) =>
  new AppError(
    'validation_failed',
    'invalid',
    { id: `Periksa isian berikut: ${field}.`, en: `Please correct these fields: ${field}.` },
    { fields: [{ field, message: { id, en } }] },
  );

function statuses(raw: string | undefined): Status[] | undefined {
  if (!raw) return undefined;
  const list = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = list.filter((s) => !(STATUSES as readonly string[]).includes(s));
  if (unknown.length)
    throw badField(
      'status',
      `tidak dikenal: ${unknown.join(', ')}; pilihan: ${STATUSES.join(', ')}`,
      `unknown: ${unknown.join(', ')}; choose from ${STATUSES.join(', ')}`,
    );
  return list as Status[];
}

function bbox(raw: string | undefined): ComplaintFilter['bbox'] {
  if (!raw) return undefined;
  const [minLon, minLat, maxLon, maxLat] = raw.split(',').map(Number);
  const ok =
    [minLon, minLat, maxLon, maxLat].every(Number.isFinite) &&
    raw.split(',').length === 4 &&
    minLat <= maxLat &&
    minLon <= maxLon &&
    Math.abs(minLat) <= 90 &&
    Math.abs(maxLat) <= 90;
  if (!ok)
    throw badField(
      'bbox',
      'harus "minLon,minLat,maxLon,maxLat" dengan nilai min tidak melebihi max',
      'must be "minLon,minLat,maxLon,maxLat" with each min not above its max',
    );
  return { minLat, minLon, maxLat, maxLon };
}

/** The repository filter for a list query; dates are whole days in the city's time zone. */
export async function complaintListFilter(
  platform: Platform,
  q: ListQuery,
): Promise<Omit<ComplaintFilter, 'limit' | 'offset' | 'opdIds'> & { opdId?: string }> {
  let categoryId: string | undefined;
  if (q.category) {
    const category = await categoryByRef(platform.db, q.category);
    if (!category) throw complaintErrors.unknownCategory(q.category);
    categoryId = category.id;
  }
  const tz = platform.config.cityTimezone;
  return {
    statuses: statuses(q.status),
    categoryId,
    opdId: q.opdId,
    kecamatanId: q.kecamatanId,
    from: q.from ? startOfCityDay(q.from, tz) : undefined,
    to: q.to ? startOfCityDay(addCalendarDays(q.to, 1), tz) : undefined,
    bbox: bbox(q.bbox),
    overdue: q.overdue,
    q: q.q?.trim() || undefined,
    oldestFirst: q.sort === 'oldest',
  };
}
