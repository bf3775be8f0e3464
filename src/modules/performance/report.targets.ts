/**
 * What a report measures: the indicators of the OPD's latest offer for the year, with the target
 * agreed in the auction and the target of the report's quarter from the rencana aksi.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Target } from './achievement.js';
import { type AgreedTarget, agreedTarget, quarterTarget } from './auction.agreed.js';
import { answersOf } from './auction.repository.js';
import type { Quarter } from './report.due.js';
import { latestOffer, type ReportTargetRow, reportTargets } from './report.repository.js';

export interface ReportLine {
  indicator: ReportTargetRow;
  /** Null while the latest offer is not accepted (an amendment waits for its answer). */
  agreed: AgreedTarget | null;
  quarter: { value: number; upper: number | null; fromYear: boolean } | null;
}

export interface ReportTargets {
  offer: { id: string; status: string } | null;
  accepted: boolean;
  lines: ReportLine[];
}

/** The target achievement is reckoned against, in achievement()'s terms. */
export function achievementTarget(line: ReportLine): Target | null {
  if (!line.quarter) return null;
  return { direction: line.indicator.direction, value: line.quarter.value, ...(line.quarter.upper !== null ? { upper: line.quarter.upper } : {}) };
}

/** The report's lines for an OPD, year and quarter, read in the caller's connection or transaction. */
export async function reportTargetsOf(exec: Kysely<Database>, periodId: string, opdId: string, quarter: Quarter): Promise<ReportTargets> {
  const offer = await latestOffer(exec, periodId, opdId);
  if (!offer) return { offer: null, accepted: false, lines: [] };
  const accepted = offer.status === 'accepted';
  const [targets, answers] = await Promise.all([reportTargets(exec, offer.id), answersOf(exec, [offer.id])]);
  return {
    offer,
    accepted,
    lines: targets.map((t) => {
      const agreed = accepted ? agreedTarget(t, answers[0]) : null;
      // The same rule as the documents and scores: the rencana aksi's figure, else the yearly target.
      const q = agreed ? quarterTarget(t, agreed, quarter) : null;
      return { indicator: t, agreed, quarter: q ? { value: q.target, upper: q.targetUpper, fromYear: q.yearly } : null };
    }),
  };
}
