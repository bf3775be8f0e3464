/**
 * What an OPD agreed to: the offered target, or the head's counter where there was one. Reports,
 * documents and scores all read targets through here, so a counter-offer counts everywhere alike.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { type AnswerRow, answersOf, listOffers, type OfferRow, type TargetRow, targetsOf } from './auction.repository.js';

export interface AgreedTarget {
  target: number;
  targetUpper: number | null;
}

/** The target agreed for one offered indicator, given the offer's answer (if any). */
export function agreedTarget(
  offered: Pick<TargetRow, 'indicator_id' | 'target' | 'target_upper'>,
  answer: Pick<AnswerRow, 'counter_targets'> | undefined,
): AgreedTarget {
  const countered = (answer?.counter_targets ?? []).find((c) => c.indicatorId === offered.indicator_id);
  return countered ? { target: countered.target, targetUpper: countered.targetUpper } : { target: offered.target, targetUpper: offered.target_upper };
}

export interface AcceptedOffer {
  offer: OfferRow;
  answer: AnswerRow;
  /** The offered targets, code order, each with what was agreed. */
  targets: Array<TargetRow & { agreed: AgreedTarget }>;
}

/** The OPD's offer in force for a year (its latest version, accepted), or undefined. */
export async function acceptedOffer(db: Kysely<Database>, periodId: string, opdId: string): Promise<AcceptedOffer | undefined> {
  const [offer] = await listOffers(db, { periodId, opdId, opdIds: 'all' });
  if (offer?.status !== 'accepted') return undefined;
  const [targets, [answer]] = await Promise.all([targetsOf(db, [offer.id]), answersOf(db, [offer.id])]);
  return { offer, answer, targets: targets.map((t) => ({ ...t, agreed: agreedTarget(t, answer) })) };
}

/**
 * The target a quarter is judged against: the rencana aksi's figure for that quarter where the
 * offer gave one, else the year's agreed target (and then `yearly` says so).
 */
export function quarterTarget(
  offered: Pick<TargetRow, 'q1' | 'q2' | 'q3' | 'q4'>,
  agreed: AgreedTarget,
  quarter: 1 | 2 | 3 | 4,
): AgreedTarget & { yearly: boolean } {
  const planned = [offered.q1, offered.q2, offered.q3, offered.q4][quarter - 1];
  return planned === null ? { ...agreed, yearly: true } : { target: planned, targetUpper: null, yearly: false };
}
