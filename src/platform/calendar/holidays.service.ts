/**
 * The working-day calendar: the holiday table that admins maintain, and the deadlines other modules
 * compute from it. Anyone may read the holidays (a citizen may want to know why a deadline moved);
 * only admins change them, each change audited in its own transaction.
 */
import { AppError } from '../../errors.js';
import { authorize } from '../auth/authorize.js';
import { perDatabase, ttlCache } from '../cache.js';
import type { RequestContext } from '../context.js';
import type { Platform } from '../module.js';
import type { HolidayKind } from './calendar.tables.js';
import * as repo from './holidays.repository.js';
import { addCalendarDays, addWorkingDays, cityDay, dueAt, endOfCityDay, isValidDay, workingDaysBetweenDays } from './working-days.js';

export interface HolidayView {
  day: string;
  name: string;
  kind: HolidayKind;
  source: string | null;
}

export interface HolidayInput {
  day: string;
  name: string;
  kind: HolidayKind;
  source?: string | null;
}

export type HolidayChangesInput = Partial<Omit<HolidayInput, 'day'>>;

export function holidayView(row: repo.HolidayRow): HolidayView {
  return { day: row.day, name: row.name, kind: row.kind, source: row.source };
}

const calendarErrors = {
  exists: (day: string) =>
    new AppError(
      'calendar.holiday_exists',
      'conflict',
      {
        id: `Tanggal ${day} sudah ada di daftar hari libur; ubah entri tersebut bila perlu.`,
        en: `${day} is already in the holiday list; change that entry instead.`,
      },
      { fields: [{ field: 'day', message: { id: 'sudah ada di daftar hari libur', en: 'is already in the holiday list' } }] },
    ),
  notFound: (day: string) =>
    new AppError('calendar.holiday_not_found', 'not_found', {
      id: `Tanggal ${day} tidak ada di daftar hari libur.`,
      en: `${day} is not in the holiday list.`,
    }),
  invalidDay: (field: string, value: string) =>
    new AppError(
      'calendar.invalid_day',
      'invalid',
      { id: `${value} bukan tanggal yang valid (YYYY-MM-DD).`, en: `${value} is not a valid date (YYYY-MM-DD).` },
      { fields: [{ field, message: { id: 'harus berupa tanggal (YYYY-MM-DD)', en: 'must be a date (YYYY-MM-DD)' } }] },
    ),
  blankName: () =>
    new AppError(
      'calendar.blank_name',
      'invalid',
      { id: 'Nama hari libur wajib diisi.', en: 'The holiday needs a name.' },
      { fields: [{ field: 'name', message: { id: 'wajib diisi', en: 'is required' } }] },
    ),
  badCount: (n: number) =>
    new AppError(
      'calendar.invalid_days',
      'invalid',
      {
        id: `Jumlah hari kerja harus bilangan bulat 0 atau lebih, bukan ${n}.`,
        en: `The number of working days must be a whole number of 0 or more, not ${n}.`,
      },
      { fields: [{ field: 'days', message: { id: 'harus bilangan bulat 0 atau lebih', en: 'must be a whole number of 0 or more' } }] },
    ),
};

function checkDay(field: string, day: string): void {
  if (!isValidDay(day)) throw calendarErrors.invalidDay(field, day);
}

function cleanName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw calendarErrors.blankName();
  return trimmed;
}

function cleanSource(source: string | null | undefined): string | null {
  return source?.trim() || null;
}

/** Every holiday day: a few dozen a year, read whenever a deadline is computed. */
const holidayCache = perDatabase((db: Platform['db']) =>
  ttlCache(60_000, async () => (await repo.findHolidaysBetween(db, '0001-01-01', '9999-12-31')).map((r) => r.day)),
);

export function createCalendarService(platform: Pick<Platform, 'db' | 'audit' | 'config'>) {
  const { db, audit } = platform;
  const timeZone = platform.config.cityTimezone;

  async function holidaysBetween(from: string, to: string): Promise<Set<string>> {
    checkDay('from', from);
    checkDay('to', to);
    const all = await holidayCache(db).get();
    return new Set(all.filter((day) => day >= from && day <= to));
  }

  /**
   * The n-th working day after `fromDay` with the holidays on the way. Holidays are loaded for a
   * window that is widened until the answer falls inside it: a later holiday can only push the
   * answer further, so an answer inside the loaded window is final.
   */
  async function workingDayAfter(fromDay: string, workingDays: number): Promise<{ day: string; holidays: repo.HolidayRow[] }> {
    checkDay('from', fromDay);
    if (!Number.isInteger(workingDays) || workingDays < 0) throw calendarErrors.badCount(workingDays);
    let windowEnd = addCalendarDays(fromDay, Math.ceil((workingDays * 7) / 5) + 21);
    for (;;) {
      const rows = await repo.findHolidaysBetween(db, addCalendarDays(fromDay, 1), windowEnd);
      const day = addWorkingDays(fromDay, workingDays, new Set(rows.map((r) => r.day)));
      if (day <= windowEnd) return { day, holidays: rows.filter((r) => r.day <= day) };
      windowEnd = addCalendarDays(day, 31);
    }
  }

  return {
    /** The holiday days ('YYYY-MM-DD') from `from` to `to`, both included, for computing deadlines. */
    holidaysBetween,

    /** The year's holidays in date order. */
    async list(year: number): Promise<HolidayView[]> {
      const rows = await repo.findHolidaysBetween(db, `${year}-01-01`, `${year}-12-31`);
      return rows.map(holidayView);
    },

    /** The day `workingDays` working days after `fromDay`, when it ends in the city, and the holidays that moved it. */
    async workingDayAfter(fromDay: string, workingDays: number): Promise<{ day: string; endsAt: Date; holidays: HolidayView[] }> {
      const { day, holidays } = await workingDayAfter(fromDay, workingDays);
      return { day, endsAt: endOfCityDay(day, timeZone), holidays: holidays.map(holidayView) };
    },

    /** The deadline instant of a limit of `workingDays` working days from `start` (end of the due day, city time). */
    async dueAt(start: Date, workingDays: number): Promise<Date> {
      const { holidays } = await workingDayAfter(cityDay(start, timeZone), workingDays);
      return dueAt(start, workingDays, new Set(holidays.map((h) => h.day)), timeZone);
    },

    /** Working days from the day after `from` to the day of `to` in the city (negative when `to` is earlier). */
    async workingDaysBetween(from: Date, to: Date): Promise<number> {
      const a = cityDay(from, timeZone);
      const b = cityDay(to, timeZone);
      const [first, last] = a <= b ? [a, b] : [b, a];
      return workingDaysBetweenDays(a, b, await holidaysBetween(first, last));
    },

    /** Adds a day off (admin). */
    async add(ctx: RequestContext, input: HolidayInput): Promise<HolidayView> {
      authorize(ctx, 'calendar.manage');
      checkDay('day', input.day);
      const row = { day: input.day, name: cleanName(input.name), kind: input.kind, source: cleanSource(input.source) };
      const result = await db.transaction().execute(async (trx) => {
        const created = await repo.insertHoliday(trx, row);
        if (!created) throw calendarErrors.exists(input.day);
        await audit.record(trx, ctx, {
          action: repo.HOLIDAY_AUDIT.create,
          recordType: repo.HOLIDAY_AUDIT.recordType,
          recordId: created.day,
          after: holidayView(created),
        });
        return holidayView(created);
      });
      holidayCache(db).clear();
      return result;
    },

    /** Renames a day off, changes its kind or its source (admin). To move a holiday, remove it and add the new day. */
    async update(ctx: RequestContext, day: string, changes: HolidayChangesInput): Promise<HolidayView> {
      authorize(ctx, 'calendar.manage');
      checkDay('day', day);
      const set: repo.HolidayChanges = {
        ...(changes.name !== undefined ? { name: cleanName(changes.name) } : {}),
        ...(changes.kind !== undefined ? { kind: changes.kind } : {}),
        ...(changes.source !== undefined ? { source: cleanSource(changes.source) } : {}),
      };
      const result = await db.transaction().execute(async (trx) => {
        const before = await repo.findHoliday(trx, day);
        if (!before) throw calendarErrors.notFound(day);
        const after = await repo.updateHoliday(trx, day, set);
        if (!after) throw calendarErrors.notFound(day);
        await audit.record(trx, ctx, {
          action: repo.HOLIDAY_AUDIT.update,
          recordType: repo.HOLIDAY_AUDIT.recordType,
          recordId: day,
          before: holidayView(before),
          after: holidayView(after),
        });
        return holidayView(after);
      });
      holidayCache(db).clear();
      return result;
    },

    /** Makes a day an ordinary day again (admin), e.g. when the government cancels a cuti bersama. */
    async remove(ctx: RequestContext, day: string): Promise<void> {
      authorize(ctx, 'calendar.manage');
      checkDay('day', day);
      await db.transaction().execute(async (trx) => {
        const removed = await repo.deleteHoliday(trx, day);
        if (!removed) throw calendarErrors.notFound(day);
        await audit.record(trx, ctx, {
          action: repo.HOLIDAY_AUDIT.delete,
          recordType: repo.HOLIDAY_AUDIT.recordType,
          recordId: day,
          before: holidayView(removed),
        });
      });
      holidayCache(db).clear();
    },
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
