/**
 * The holidays a new installation starts with. 2026 follows the joint decree (SKB) of the Minister
 * of Religious Affairs, the Minister of Manpower and the Minister for Administrative Reform
 * (PANRB). For 2027 no decree is known to us, so only the fixed-date holidays ship; the religious
 * holidays follow the lunar and lunisolar calendars and are fixed by the next SKB, which an admin
 * enters when it is published. Nothing here is guessed.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { HolidayKind } from './calendar.tables.js';
import { deletedHolidayDays, insertHolidaysIfAbsent } from './holidays.repository.js';

export interface SeedHoliday {
  day: string;
  name: string;
  kind: HolidayKind;
  source: string;
}

const SKB_2026 = 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497/2025, 2/2025, 5/2025';
const FIXED_2027 = 'tanggal tetap; hari besar keagamaan 2027 menunggu SKB';

const nasional = (day: string, name: string, source: string): SeedHoliday => ({ day, name, kind: 'libur_nasional', source });
const cuti = (day: string, name: string, source: string): SeedHoliday => ({ day, name, kind: 'cuti_bersama', source });

/** 2026: 17 libur nasional and 8 cuti bersama. */
export const HOLIDAYS_2026: readonly SeedHoliday[] = [
  nasional('2026-01-01', 'Tahun Baru 2026 Masehi', SKB_2026),
  nasional('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW', SKB_2026),
  cuti('2026-02-16', 'Cuti bersama Tahun Baru Imlek 2577 Kongzili', SKB_2026),
  nasional('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili', SKB_2026),
  cuti('2026-03-18', 'Cuti bersama Hari Suci Nyepi (Tahun Baru Saka 1948)', SKB_2026),
  nasional('2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)', SKB_2026),
  cuti('2026-03-20', 'Cuti bersama Idul Fitri 1447 H', SKB_2026),
  nasional('2026-03-21', 'Idul Fitri 1447 H', SKB_2026),
  nasional('2026-03-22', 'Idul Fitri 1447 H', SKB_2026),
  cuti('2026-03-23', 'Cuti bersama Idul Fitri 1447 H', SKB_2026),
  cuti('2026-03-24', 'Cuti bersama Idul Fitri 1447 H', SKB_2026),
  nasional('2026-04-03', 'Wafat Yesus Kristus', SKB_2026),
  nasional('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)', SKB_2026),
  nasional('2026-05-01', 'Hari Buruh Internasional', SKB_2026),
  nasional('2026-05-14', 'Kenaikan Yesus Kristus', SKB_2026),
  cuti('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus', SKB_2026),
  nasional('2026-05-27', 'Idul Adha 1447 H', SKB_2026),
  cuti('2026-05-28', 'Cuti bersama Idul Adha 1447 H', SKB_2026),
  nasional('2026-05-31', 'Hari Raya Waisak 2570 BE', SKB_2026),
  nasional('2026-06-01', 'Hari Lahir Pancasila', SKB_2026),
  nasional('2026-06-16', '1 Muharam Tahun Baru Islam 1448 H', SKB_2026),
  nasional('2026-08-17', 'Proklamasi Kemerdekaan Republik Indonesia', SKB_2026),
  nasional('2026-08-25', 'Maulid Nabi Muhammad SAW', SKB_2026),
  cuti('2026-12-24', 'Cuti bersama Hari Raya Natal', SKB_2026),
  nasional('2026-12-25', 'Kelahiran Yesus Kristus (Hari Raya Natal)', SKB_2026),
];

/** 2027: only the holidays whose date never moves. */
export const HOLIDAYS_2027_FIXED: readonly SeedHoliday[] = [
  nasional('2027-01-01', 'Tahun Baru 2027 Masehi', FIXED_2027),
  nasional('2027-05-01', 'Hari Buruh Internasional', FIXED_2027),
  nasional('2027-06-01', 'Hari Lahir Pancasila', FIXED_2027),
  nasional('2027-08-17', 'Proklamasi Kemerdekaan Republik Indonesia', FIXED_2027),
  nasional('2027-12-25', 'Kelahiran Yesus Kristus (Hari Raya Natal)', FIXED_2027),
];

export const SEED_HOLIDAYS: readonly SeedHoliday[] = [...HOLIDAYS_2026, ...HOLIDAYS_2027_FIXED];

/**
 * Adds the seed days that are missing; idempotent. A day already in the table stays as it is (an
 * admin may have renamed it), and a seed day an admin deleted stays deleted: when a cuti bersama is
 * cancelled, as in 2020, seeding again must not bring it back. Returns how many days were added.
 */
export async function seedHolidays(db: Kysely<Database>): Promise<number> {
  const deleted = await deletedHolidayDays(
    db,
    SEED_HOLIDAYS.map((h) => h.day),
  );
  return insertHolidaysIfAbsent(
    db,
    SEED_HOLIDAYS.filter((h) => !deleted.has(h.day)),
  );
}
