/**
 * The city-wide figures the home page shows, folded from GET /api/sambat/stats, which answers per
 * OPD (src/modules/complaints/complaint.stats.service.ts). Counts add up exactly; medians do not,
 * so the answer time is given as one median when only one OPD has answered, else as the range
 * from the fastest OPD's median to the slowest's.
 */
import type { OpdStats } from '../../shared/types';

export interface CityStats {
  received: number;
  answered: number;
  /** Share of the answered that came within the time limit (0-1), null when none was answered. */
  inTimeShare: number | null;
  /** Median days to answer: [fastest OPD, slowest OPD]; equal when one OPD; null when none answered. */
  medianDays: [number, number] | null;
}

const HOURS_PER_DAY = 24;

export function cityStats(items: OpdStats[]): CityStats {
  const received = items.reduce((sum, i) => sum + i.received, 0);
  const answered = items.reduce((sum, i) => sum + i.answered, 0);
  // The server rounds each share to 0.001; back to whole complaints before adding them up.
  const inTime = items.reduce((sum, i) => sum + Math.round((i.answeredInTimeShare ?? 0) * i.answered), 0);
  const medians = items.flatMap((i) => (i.medianHoursToAnswer === null ? [] : [i.medianHoursToAnswer / HOURS_PER_DAY]));
  return {
    received,
    answered,
    inTimeShare: answered > 0 ? inTime / answered : null,
    medianDays: medians.length > 0 ? [Math.min(...medians), Math.max(...medians)] : null,
  };
}

export function hoursToDays(hours: number): number {
  return hours / HOURS_PER_DAY;
}
