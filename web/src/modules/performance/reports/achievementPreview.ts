/**
 * The achievement an OPD will see once a realization is saved, worked out as it types. It is the
 * server's own pure function (src/modules/performance/achievement.ts, the PermenPANRB rule), not a
 * copy: a preview that disagreed with the saved figure would be worse than none. The file imports
 * nothing, so it costs the report page only its own few hundred bytes.
 */
import { type Achievement, achievement } from '../../../../../src/modules/performance/achievement';
import type { ReportLine } from '../shared/types';

/** The achievement of `value` against the line's quarter target (the year's when the quarter has none). */
export function previewAchievement(line: ReportLine, value: number): Achievement | null {
  const target = line.target.quarter ?? line.target.yearly;
  if (target === null) return null;
  const upper = line.target.quarter !== null ? line.target.quarterUpper : line.target.yearlyUpper;
  return achievement({ direction: line.direction, value: target, upper: upper ?? undefined }, value);
}
