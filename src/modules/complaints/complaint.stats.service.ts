/**
 * SAMBAT's statistics per OPD and period, for the public dashboard and, through this module's
 * exports, for the performance module (an OPD's share of complaints answered within the limit).
 */
import { addCalendarDays, startOfCityDay } from '../../platform/calendar/working-days.js';
import type { Platform } from '../../platform/module.js';
import { createOpdService } from '../org/index.js';
import { answeredInTime, opdStats } from './complaint.stats.repository.js';

export interface OpdComplaintStats {
  opdId: string | null;
  opd: string | null;
  received: number;
  dispositioned: number;
  answered: number;
  closed: number;
  medianHoursToVerify: number | null;
  medianHoursToAnswer: number | null;
  /** Answered within the time limit, as a share of those answered (0-1), or null with none answered. */
  answeredInTimeShare: number | null;
  /** Reopened at least once, as a share of those answered. */
  reopenRate: number | null;
  /** Mean rating 1-5 given at closing, and how many rated. */
  satisfaction: number | null;
  rated: number;
}

const share = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null);
const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

export function createStatsService(platform: Platform) {
  const opds = createOpdService(platform);
  return {
    /** Per OPD for complaints filed from `from` to `to` inclusive (days in the city's zone); null OPD = not yet routed. */
    async byOpd(q: { from: string; to: string; opdId?: string }): Promise<OpdComplaintStats[]> {
      const tz = platform.config.cityTimezone;
      const rows = await opdStats(platform.db, startOfCityDay(q.from, tz), startOfCityDay(addCalendarDays(q.to, 1), tz), q.opdId);
      const names = await opds.shortNames(rows.map((r) => r.opd_id).filter((o): o is string => !!o));
      return rows.map((r) => ({
        opdId: r.opd_id,
        opd: r.opd_id ? (names.get(r.opd_id) ?? null) : null,
        received: r.received,
        dispositioned: r.dispositioned,
        answered: r.answered,
        closed: r.closed,
        medianHoursToVerify: round1(r.median_hours_to_verify),
        medianHoursToAnswer: round1(r.median_hours_to_answer),
        answeredInTimeShare: share(r.answered_in_time, r.answered),
        reopenRate: share(r.reopened, r.answered),
        satisfaction: round1(r.satisfaction),
        rated: r.rated,
      }));
    },

    /**
     * Complaints the OPD first answered from `from` to `to` inclusive (days in the city's zone), and
     * how many of them within the time limit: the performance module's sambat_on_time measure.
     */
    async answeredInTime(q: { opdId: string; from: string; to: string }): Promise<{ answered: number; inTime: number }> {
      const tz = platform.config.cityTimezone;
      const row = await answeredInTime(platform.db, q.opdId, startOfCityDay(q.from, tz), startOfCityDay(addCalendarDays(q.to, 1), tz));
      return { answered: row.answered, inTime: row.in_time };
    },
  };
}

export type StatsService = ReturnType<typeof createStatsService>;
