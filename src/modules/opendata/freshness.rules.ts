/**
 * When a dataset's data is next due, from its jadwal pemutakhiran (DOMAIN.md section 7): the
 * date of the last data plus one period. Ad-hoc data has no due date. Dates are 'YYYY-MM-DD'.
 */
import type { Frequency } from './opendata.tables.js';

const PERIOD: Record<Frequency, { days?: number; months?: number } | null> = {
  harian: { days: 1 },
  mingguan: { days: 7 },
  bulanan: { months: 1 },
  triwulanan: { months: 3 },
  empat_bulanan: { months: 4 },
  semesteran: { months: 6 },
  tahunan: { months: 12 },
  dua_tahunan: { months: 24 },
  ad_hoc: null,
};

/** The due date of the next data after data of `lastData`; null for ad-hoc. A month on the 31st ends on the month's last day. */
export function nextDueDate(frequency: Frequency, lastData: string): string | null {
  const period = PERIOD[frequency];
  if (!period) return null;
  const [year, month, day] = lastData.split('-').map(Number) as [number, number, number];
  if (period.days) return new Date(Date.UTC(year, month - 1, day + period.days)).toISOString().slice(0, 10);
  const target = new Date(Date.UTC(year, month - 1 + (period.months ?? 0), 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** True when data was due before `today` and none has come since. */
export function isOverdue(nextDueOn: string | null, today: string): boolean {
  return nextDueOn !== null && nextDueOn < today;
}
