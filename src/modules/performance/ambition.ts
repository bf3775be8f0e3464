/**
 * Is an OPD head's counter-offer more ambitious than the mayor's offer? A more ambitious target
 * is taken as it is; a less ambitious one waits for the mayor's approval (issue 6, DOMAIN.md
 * section 4). "More ambitious" follows the indicator's direction.
 */
import type { IndicatorDirection } from './performance.tables.js';

export interface TargetValue {
  value: number;
  /** A range's upper bound. */
  upper?: number | null;
}

/**
 * True when the counter asks at least as much as the offer: a higher target for higher-is-better,
 * a lower one for lower-is-better, and for a range one that lies inside the offered range (a
 * narrower band is harder to hit).
 */
export function atLeastAsAmbitious(direction: IndicatorDirection, offered: TargetValue, counter: TargetValue): boolean {
  if (direction === 'higher') return counter.value >= offered.value;
  if (direction === 'lower') return counter.value <= offered.value;
  const offeredUpper = offered.upper ?? offered.value;
  const counterUpper = counter.upper ?? counter.value;
  return counter.value >= offered.value && counterUpper <= offeredUpper;
}
