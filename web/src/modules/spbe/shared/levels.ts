/**
 * The level rule (DOMAIN.md section 6), as the server applies it: a level counts only when it is
 * claimed as met, has evidence (bukti dukung), and the level below counts. The page shows the level
 * that counts while the OPD ticks boxes, before anything is saved.
 */
import type { Assessment, Basis, Claim, Evidence } from './types';

export const LEVELS = [1, 2, 3, 4, 5] as const;

/** Why a level does not count, or null when it does. */
export type LevelGap = 'notMet' | 'noEvidence' | 'belowMissing' | null;

export function levelGaps(claims: readonly Claim[], evidence: readonly Pick<Evidence, 'level'>[]): LevelGap[] {
  const gaps: LevelGap[] = [];
  let below = true;
  for (const level of LEVELS) {
    const met = claims.find((c) => c.level === level)?.met ?? false;
    const proven = evidence.some((e) => e.level === level);
    const gap: LevelGap = !met ? 'notMet' : !proven ? 'noEvidence' : !below ? 'belowMissing' : null;
    gaps.push(gap);
    below = gap === null;
  }
  return gaps;
}

/** Consecutive levels from 1 that are met and proven: 0 to 5. */
export function countedLevel(claims: readonly Claim[], evidence: readonly Pick<Evidence, 'level'>[]): number {
  const gaps = levelGaps(claims, evidence);
  const first = gaps.findIndex((g) => g !== null);
  return first < 0 ? LEVELS.length : first;
}

/** Five claims, one per level, from what the server holds (it may hold fewer). */
export function fullClaims(claims: readonly Claim[]): Claim[] {
  return LEVELS.map((level) => {
    const held = claims.find((c) => c.level === level);
    return { level, met: held?.met ?? false, explanation: held?.explanation ?? '' };
  });
}

/**
 * The level an indicator adds to the index on a basis, as the server counts it: the OPD's own
 * once submitted (self), or the assessor's judgement once confirmed or corrected (final); any
 * other indicator adds 0.
 */
export function levelOnBasis(a: Pick<Assessment, 'status' | 'selfLevel' | 'assessedLevel'>, basis: Basis): number {
  if (basis === 'final') return a.status === 'confirmed' || a.status === 'corrected' ? (a.assessedLevel ?? a.selfLevel) : 0;
  return a.status === 'unassigned' || a.status === 'draft' ? 0 : a.selfLevel;
}
