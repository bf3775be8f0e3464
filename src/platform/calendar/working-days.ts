/**
 * Working-day arithmetic for SAMBAT's time limits (DOMAIN.md section 2): verification within 3
 * working days of filing, OPD follow-up within 5 working days of disposition, auto-close 10 working
 * days after the answer. A working day is a Monday to Friday that is not in the holiday table
 * (libur nasional, cuti bersama, libur daerah).
 *
 * Pure functions, no database: callers load the holidays they need (see holidays.service.ts) and
 * pass them in. Days are 'YYYY-MM-DD' strings in the city's time zone, because a deadline is a
 * matter of the city's calendar: a report sent at 00:30 WIB is filed on that WIB day even though it
 * is still the previous day in UTC.
 */

const DAY_MS = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a valid 'YYYY-MM-DD', or undefined for anything else ('2026-02-30'). */
function parseDay(day: string): number | undefined {
  const match = DAY_PATTERN.exec(day);
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, date);
  const back = new Date(ms);
  // Date.UTC rolls 30 February over into March; a real day survives the round trip unchanged.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== date) return undefined;
  return ms / DAY_MS;
}

function epochDay(day: string): number {
  const n = parseDay(day);
  if (n === undefined) throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${day}`);
  return n;
}

function formatDay(epoch: number): string {
  return new Date(epoch * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday; 1970-01-01 was a Thursday. */
function weekday(epoch: number): number {
  return (((epoch + 4) % 7) + 7) % 7;
}

function isWeekend(epoch: number): boolean {
  const w = weekday(epoch);
  return w === 0 || w === 6;
}

/** True for a real calendar day written 'YYYY-MM-DD'. */
export function isValidDay(day: string): boolean {
  return parseDay(day) !== undefined;
}

/** The day `n` calendar days after `day` (before it when n is negative). */
export function addCalendarDays(day: string, n: number): string {
  return formatDay(epochDay(day) + n);
}

// Formatters are costly to build and are asked for once per report when computing medians.
const dayFormatters = new Map<string, Intl.DateTimeFormat>();
const partFormatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = dayFormatters.get(timeZone);
  if (!f) {
    // en-CA writes dates as YYYY-MM-DD.
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, f);
  }
  return f;
}

function partFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partFormatters.set(timeZone, f);
  }
  return f;
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** What a clock on the wall in the zone shows at this instant (to the second). */
export function wallClock(instant: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const p of partFormatter(timeZone).formatToParts(instant)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return parts as unknown as WallClock;
}

/** How far the zone's wall clock is ahead of UTC at this instant, in milliseconds. */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = wallClock(instant, timeZone);
  const wallClockAsUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wallClockAsUtc - (instant - (((instant % 1000) + 1000) % 1000));
}

/** The calendar day ('YYYY-MM-DD') of an instant in the given IANA time zone. */
export function cityDay(instant: Date, timeZone: string): string {
  return dayFormatter(timeZone).format(instant);
}

/** The instant the day begins (00:00 wall-clock time) in the zone. */
export function startOfCityDay(day: string, timeZone: string): Date {
  const midnightAsUtc = epochDay(day) * DAY_MS;
  // Two passes: the offset at the first guess may differ from the offset at the answer when the
  // zone changes its clocks that night. Asia/Jakarta never does, but the zone is configurable.
  let instant = midnightAsUtc - zoneOffsetMs(midnightAsUtc, timeZone);
  instant = midnightAsUtc - zoneOffsetMs(instant, timeZone);
  return new Date(instant);
}

/** The last millisecond of the day (23:59:59.999 wall-clock time) in the zone. */
export function endOfCityDay(day: string, timeZone: string): Date {
  return new Date(startOfCityDay(addCalendarDays(day, 1), timeZone).getTime() - 1);
}

/** True when the day is Monday to Friday and not in the holiday set. */
export function isWorkingDay(day: string, holidays: ReadonlySet<string>): boolean {
  return !isWeekend(epochDay(day)) && !holidays.has(day);
}

/**
 * The n-th working day AFTER `day`: the day itself never counts, whether or not it is a working day.
 * n = 0 gives `day` back.
 */
export function addWorkingDays(day: string, n: number, holidays: ReadonlySet<string>): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`The number of working days must be a whole number of 0 or more, not ${n}`);
  let epoch = epochDay(day);
  let left = n;
  while (left > 0) {
    epoch += 1;
    if (!isWeekend(epoch) && !holidays.has(formatDay(epoch))) left -= 1;
  }
  return formatDay(epoch);
}

/**
 * The deadline of a time limit of `workingDays` working days for something filed at `filedAt`.
 *
 * Rule: the filing day never counts (a report filed on Friday at 16:00 has had no full working day
 * yet); the limit ends at the END of the n-th working day after the filing day, i.e. at
 * 23:59:59.999 city time of that day. So a report filed at 16:00 on Friday with a 3-day limit is due
 * at the end of Wednesday (Monday, Tuesday, Wednesday), or later when holidays fall in between.
 * Whether filed at 08:00 or 23:30, the deadline is the same: staff get whole days, and a citizen
 * can read the deadline as a date.
 */
export function dueAt(filedAt: Date, workingDays: number, holidays: ReadonlySet<string>, timeZone: string): Date {
  return endOfCityDay(addWorkingDays(cityDay(filedAt, timeZone), workingDays, holidays), timeZone);
}

/** Monday-to-Friday days in the epoch range [first, last]; 0 when last < first. */
function weekdaysIn(first: number, last: number): number {
  const span = last - first + 1;
  if (span <= 0) return 0;
  let count = Math.floor(span / 7) * 5;
  // The leftover days (fewer than a week) are counted one by one.
  for (let e = first + Math.floor(span / 7) * 7; e <= last; e += 1) if (!isWeekend(e)) count += 1;
  return count;
}

/**
 * Working days in (fromDay, toDay]: after `fromDay` up to and including `toDay`; 0 for the same
 * day, negative when `toDay` is before `fromDay`.
 */
export function workingDaysBetweenDays(fromDay: string, toDay: string, holidays: ReadonlySet<string>): number {
  const from = epochDay(fromDay);
  const to = epochDay(toDay);
  // 0 - x rather than -x: no -0 for a backwards span without working days (Saturday → Friday).
  if (to < from) return 0 - workingDaysBetweenDays(toDay, fromDay, holidays);
  // Counting weekdays arithmetically and then the holidays keeps this cheap for long spans
  // (medians over thousands of reports, items overdue for months).
  let count = weekdaysIn(from + 1, to);
  for (const holiday of holidays) {
    const h = parseDay(holiday);
    if (h !== undefined && h > from && h <= to && !isWeekend(h)) count -= 1;
  }
  return count;
}

/**
 * Whole working days from the day after `from` up to and including the day of `to`, in the city's
 * zone: 0 on the same day, negative when `to` is before `from`. For "due in N working days"
 * (now → deadline), "overdue by N working days" (deadline → now) and medians in working days.
 */
export function workingDaysBetween(from: Date, to: Date, holidays: ReadonlySet<string>, timeZone: string): number {
  return workingDaysBetweenDays(cityDay(from, timeZone), cityDay(to, timeZone), holidays);
}
