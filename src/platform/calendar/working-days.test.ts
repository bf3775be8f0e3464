import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOLIDAYS_2026 } from './holidays.seed.js';
import {
  addCalendarDays,
  addWorkingDays,
  cityDay,
  dueAt,
  isValidDay,
  isWorkingDay,
  startOfCityDay,
  workingDaysBetween,
  workingDaysBetweenDays,
} from './working-days.js';

const WIB = 'Asia/Jakarta';
/** Indonesia's 2026 libur nasional and cuti bersama (SKB 3 Menteri), as seeded. */
const H2026: ReadonlySet<string> = new Set(HOLIDAYS_2026.map((h) => h.day));
const NONE: ReadonlySet<string> = new Set();

/** An instant given as WIB wall-clock time (UTC+7, no daylight saving). */
const wib = (local: string) => new Date(`${local}+07:00`);
/** The end of a day in WIB, as dueAt gives it. */
const endOfWibDay = (day: string) => new Date(`${day}T23:59:59.999+07:00`);

describe('the 2026 calendar as seeded', () => {
  it('has 25 days off, all of them real days', () => {
    expect(H2026.size).toBe(25);
    for (const day of H2026) expect(isValidDay(day)).toBe(true);
  });
});

describe('cityDay', () => {
  it('23:30 WIB on Wednesday 14 January 2026 (16:30 UTC, the same day) is 14 January', () => {
    const instant = wib('2026-01-14T23:30:00');
    expect(instant.toISOString()).toBe('2026-01-14T16:30:00.000Z');
    expect(cityDay(instant, WIB)).toBe('2026-01-14');
  });

  it('00:30 WIB on Thursday 15 January 2026 is 15 January, although it is still 14 January in UTC', () => {
    const instant = wib('2026-01-15T00:30:00');
    expect(instant.toISOString()).toBe('2026-01-14T17:30:00.000Z');
    expect(cityDay(instant, WIB)).toBe('2026-01-15');
  });

  it('follows the configured zone: 23:30 WIB is already the next day in WITA and WIT', () => {
    const instant = wib('2026-01-14T23:30:00');
    expect(cityDay(instant, 'Asia/Makassar')).toBe('2026-01-15');
    expect(cityDay(instant, 'Asia/Jayapura')).toBe('2026-01-15');
  });
});

describe('isWorkingDay', () => {
  it('skips weekends and the 2026 holidays, and nothing else', () => {
    expect(isWorkingDay('2026-03-17', H2026)).toBe(true); // Tuesday
    expect(isWorkingDay('2026-03-18', H2026)).toBe(false); // Wednesday, cuti bersama Nyepi
    expect(isWorkingDay('2026-03-19', H2026)).toBe(false); // Thursday, Nyepi
    expect(isWorkingDay('2026-03-21', H2026)).toBe(false); // Saturday, Idul Fitri
    expect(isWorkingDay('2026-03-28', H2026)).toBe(false); // an ordinary Saturday
    expect(isWorkingDay('2026-03-29', H2026)).toBe(false); // an ordinary Sunday
    expect(isWorkingDay('2026-03-25', H2026)).toBe(true); // Wednesday after Lebaran
  });

  it('refuses what is not a calendar day', () => {
    expect(() => isWorkingDay('2026-02-30', H2026)).toThrow(RangeError);
    expect(() => isWorkingDay('18/03/2026', H2026)).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('does not count the starting day, and n = 0 gives it back', () => {
    expect(addWorkingDays('2026-03-09', 1, NONE)).toBe('2026-03-10');
    expect(addWorkingDays('2026-03-09', 0, NONE)).toBe('2026-03-09');
  });

  it('refuses a negative or fractional number of days', () => {
    expect(() => addWorkingDays('2026-03-09', -1, NONE)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-03-09', 1.5, NONE)).toThrow(RangeError);
  });

  it('counts into the next year across Christmas and New Year 2026/2027', () => {
    // Wed 23 Dec → 24 (cuti bersama), 25 (Natal), 26-27 (weekend) are off → 28, 29, 30.
    expect(addWorkingDays('2026-12-23', 3, H2026)).toBe('2026-12-30');
    // Wed 30 Dec → 31 (1), 1 Jan 2027 (Tahun Baru, when known) off, 2-3 weekend → 4 Jan (2).
    expect(addWorkingDays('2026-12-30', 2, new Set([...H2026, '2027-01-01']))).toBe('2027-01-04');
  });
});

describe('dueAt: verification, 3 working days from filing', () => {
  it('Friday 6 March 2026 16:00 → end of Wednesday 11 March (Mon 9, Tue 10, Wed 11)', () => {
    const due = dueAt(wib('2026-03-06T16:00:00'), 3, H2026, WIB);
    expect(due).toEqual(endOfWibDay('2026-03-11'));
    expect(due.toISOString()).toBe('2026-03-11T16:59:59.999Z');
  });

  it('filed at 08:00 or 16:00 on the same day: the same deadline, as staff get whole days', () => {
    expect(dueAt(wib('2026-03-06T08:00:00'), 3, H2026, WIB)).toEqual(dueAt(wib('2026-03-06T16:00:00'), 3, H2026, WIB));
  });

  it('Wednesday 18 March 2026 (cuti bersama Nyepi) 10:00 → 19 Nyepi, 20 cuti bersama, 21-22 Idul Fitri on the weekend, 23-24 cuti bersama are off → 25, 26, 27 → end of Friday 27 March', () => {
    expect(dueAt(wib('2026-03-18T10:00:00'), 3, H2026, WIB)).toEqual(endOfWibDay('2026-03-27'));
    // Without the holiday table it would have been Monday 23 March: the table moves it four working days.
    expect(dueAt(wib('2026-03-18T10:00:00'), 3, NONE, WIB)).toEqual(endOfWibDay('2026-03-23'));
  });

  it('Tuesday 17 March 2026 at 23:30 WIB (16:30 UTC) is filed on the 17th → the same Lebaran gap → end of Friday 27 March', () => {
    expect(dueAt(wib('2026-03-17T23:30:00'), 3, H2026, WIB)).toEqual(endOfWibDay('2026-03-27'));
  });

  it('Wednesday 14 January 2026 at 23:30 WIB → Thu 15 (1), Fri 16 Isra Mikraj off, Mon 19 (2), Tue 20 (3) → end of Tuesday 20 January', () => {
    expect(dueAt(wib('2026-01-14T23:30:00'), 3, H2026, WIB)).toEqual(endOfWibDay('2026-01-20'));
  });

  it('Thursday 15 January 2026 at 00:30 WIB (still the 14th in UTC) counts from the 15th → Fri 16 Isra Mikraj off → Mon 19, Tue 20, Wed 21 → end of Wednesday 21 January', () => {
    const filed = wib('2026-01-15T00:30:00');
    expect(filed.getUTCDate()).toBe(14);
    expect(dueAt(filed, 3, H2026, WIB)).toEqual(endOfWibDay('2026-01-21'));
  });

  it('filed on Saturday 4 April 2026 → Sun 5 (Paskah) is off anyway → Mon 6, Tue 7, Wed 8 → end of Wednesday 8 April', () => {
    expect(dueAt(wib('2026-04-04T09:15:00'), 3, H2026, WIB)).toEqual(endOfWibDay('2026-04-08'));
  });

  it('filed on Good Friday 3 April 2026, a holiday: the filing day does not count either way → end of Wednesday 8 April', () => {
    expect(dueAt(wib('2026-04-03T11:00:00'), 3, H2026, WIB)).toEqual(endOfWibDay('2026-04-08'));
  });
});

describe('dueAt: OPD follow-up, 5 working days from disposition', () => {
  it('disposed Tuesday 12 May 2026 → Wed 13 (1), Thu 14 Kenaikan and Fri 15 cuti bersama off, Mon 18 … Thu 21 (5) → end of Thursday 21 May', () => {
    expect(dueAt(wib('2026-05-12T14:00:00'), 5, H2026, WIB)).toEqual(endOfWibDay('2026-05-21'));
    // Two days later than in a week without holidays.
    expect(dueAt(wib('2026-05-12T14:00:00'), 5, NONE, WIB)).toEqual(endOfWibDay('2026-05-19'));
  });

  it('reopened by the citizen on Friday 29 May 2026 20:00: a fresh window from the reopen day → 30-31 weekend (Waisak), Mon 1 June Pancasila off → 2, 3, 4, 5, 8 → end of Monday 8 June', () => {
    const disposedAt = wib('2026-05-12T14:00:00');
    const reopenedAt = wib('2026-05-29T20:00:00');
    const fresh = dueAt(reopenedAt, 5, H2026, WIB);
    expect(fresh).toEqual(endOfWibDay('2026-06-08'));
    expect(fresh.getTime()).toBeGreaterThan(dueAt(disposedAt, 5, H2026, WIB).getTime());
  });
});

describe('dueAt: auto-close, 10 working days after the answer', () => {
  it('answered Monday 11 May 2026 → 12, 13 (2), 14-15 Kenaikan off, 18-22 (7), 25, 26 (9), 27 Idul Adha and 28 cuti bersama off, Fri 29 (10) → closes at the end of Friday 29 May', () => {
    expect(dueAt(wib('2026-05-11T10:00:00'), 10, H2026, WIB)).toEqual(endOfWibDay('2026-05-29'));
  });
});

describe('workingDaysBetween', () => {
  it('is 0 on the same day, even from 00:01 to 23:59', () => {
    expect(workingDaysBetween(wib('2026-03-09T00:01:00'), wib('2026-03-09T23:59:00'), H2026, WIB)).toBe(0);
  });

  it('Friday 6 March 16:00 → Wednesday 11 March 10:00 is 3 (Mon 9, Tue 10, Wed 11)', () => {
    expect(workingDaysBetween(wib('2026-03-06T16:00:00'), wib('2026-03-11T10:00:00'), H2026, WIB)).toBe(3);
  });

  it('Friday → Saturday is 0: a weekend day adds nothing', () => {
    expect(workingDaysBetween(wib('2026-03-06T16:00:00'), wib('2026-03-07T10:00:00'), H2026, WIB)).toBe(0);
    expect(workingDaysBetween(wib('2026-03-07T10:00:00'), wib('2026-03-06T16:00:00'), H2026, WIB)).toBe(0);
  });

  it('across Lebaran: Tuesday 17 March → Wednesday 25 March is 1 (only the 25th)', () => {
    expect(workingDaysBetween(wib('2026-03-17T09:00:00'), wib('2026-03-25T09:00:00'), H2026, WIB)).toBe(1);
  });

  it('overdue by 2: due at the end of Friday 27 March, now Tuesday 31 March 09:00 (Mon 30, Tue 31)', () => {
    const due = dueAt(wib('2026-03-18T10:00:00'), 3, H2026, WIB);
    expect(workingDaysBetween(due, wib('2026-03-31T09:00:00'), H2026, WIB)).toBe(2);
    // and seen from the deadline's side, it is 2 working days in the past
    expect(workingDaysBetween(wib('2026-03-31T09:00:00'), due, H2026, WIB)).toBe(-2);
  });

  it('due in 3: the Friday 6 March report seen at 16:01 the same day; due today on Wednesday 11 March itself', () => {
    const due = dueAt(wib('2026-03-06T16:00:00'), 3, H2026, WIB);
    expect(workingDaysBetween(wib('2026-03-06T16:01:00'), due, H2026, WIB)).toBe(3);
    expect(workingDaysBetween(wib('2026-03-11T08:00:00'), due, H2026, WIB)).toBe(0);
  });

  it('uses the city day: 23:30 WIB Wednesday 14 Jan → 00:30 WIB Thursday 15 Jan is 1, although both are the 14th in UTC', () => {
    expect(workingDaysBetween(wib('2026-01-14T23:30:00'), wib('2026-01-15T00:30:00'), H2026, WIB)).toBe(1);
  });

  it('over the whole of 2026: 261 weekdays less the 21 holidays that fall on weekdays = 240 working days', () => {
    const onWeekdays = [...H2026].filter((d) => isWorkingDay(d, NONE)).length;
    expect(onWeekdays).toBe(21);
    expect(workingDaysBetweenDays('2025-12-31', '2026-12-31', NONE)).toBe(261);
    expect(workingDaysBetweenDays('2025-12-31', '2026-12-31', H2026)).toBe(240);
  });
});

describe('startOfCityDay', () => {
  it('is 00:00 WIB, i.e. 17:00 UTC the day before', () => {
    expect(startOfCityDay('2026-03-27', WIB).toISOString()).toBe('2026-03-26T17:00:00.000Z');
  });

  it('finds local midnight in a zone with daylight saving too', () => {
    // Europe/Amsterdam moves to summer time at 02:00 on 29 March 2026; midnight is still UTC+1 then.
    expect(startOfCityDay('2026-03-29', 'Europe/Amsterdam').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfCityDay('2026-03-30', 'Europe/Amsterdam').toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });
});

describe('properties over 2025-2028 with the 2026 holidays', () => {
  const day = fc.integer({ min: 0, max: 4 * 366 }).map((n) => addCalendarDays('2025-01-01', n));
  const holidays = fc.constantFrom<ReadonlySet<string>>(NONE, H2026, new Set([...H2026, '2026-04-01', '2026-04-02', '2026-04-03', '2026-04-06']));

  it('addWorkingDays(d, n) is a working day strictly after d, and exactly n working days after it', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 300 }), holidays, (d, n, hs) => {
        const due = addWorkingDays(d, n, hs);
        expect(isWorkingDay(due, hs)).toBe(true);
        expect(due > d).toBe(true);
        expect(workingDaysBetweenDays(d, due, hs)).toBe(n);
        // and the same through instants in the city's zone, from any time of the filing day
        expect(workingDaysBetween(new Date(startOfCityDay(d, WIB).getTime() + 3600_000), dueAt(startOfCityDay(d, WIB), n, hs, WIB), hs, WIB)).toBe(n);
      }),
    );
  });

  it('the day before the deadline is still inside the limit: one working day fewer', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 60 }), holidays, (d, n, hs) => {
        const due = addWorkingDays(d, n, hs);
        expect(workingDaysBetweenDays(d, addCalendarDays(due, -1), hs)).toBe(n - 1);
      }),
    );
  });

  it('workingDaysBetweenDays is antisymmetric and adds up over any middle day', () => {
    fc.assert(
      fc.property(day, day, day, holidays, (a, b, c, hs) => {
        expect(workingDaysBetweenDays(a, b, hs)).toBe(0 - workingDaysBetweenDays(b, a, hs));
        expect(workingDaysBetweenDays(a, b, hs) + workingDaysBetweenDays(b, c, hs)).toBe(workingDaysBetweenDays(a, c, hs));
      }),
    );
  });
});
