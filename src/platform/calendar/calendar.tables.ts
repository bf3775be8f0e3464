import type { ColumnType } from 'kysely';

type Stamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** Why a day is off: a national holiday, a joint leave day (cuti bersama), or a day the city declares. */
export type HolidayKind = 'libur_nasional' | 'cuti_bersama' | 'libur_daerah';

export const HOLIDAY_KINDS: readonly HolidayKind[] = ['libur_nasional', 'cuti_bersama', 'libur_daerah'];

export interface HolidayTable {
  /** 'YYYY-MM-DD'; the driver returns date columns as text so no time zone can shift them. */
  day: ColumnType<string, string, never>;
  name: string;
  kind: HolidayKind;
  /** The decree or notice the day comes from, so the next admin can check it. */
  source: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Stamp;
  updated_at: Stamp;
}

export interface CalendarTables {
  holiday: HolidayTable;
}
