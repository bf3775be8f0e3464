/**
 * The traffic light of a predicate, from where its band sits among the city's bands (the city sets
 * them, score.settings.ts): green for the top band, red for the lowest two, amber between. The light
 * only repeats the predicate; pages always show the word and the score beside it.
 */
import type { Band } from './types';

export type Light = 'green' | 'amber' | 'red';

export function lightOf(predicate: string | null, bands: readonly Band[]): Light | null {
  if (!predicate) return null;
  const index = bands.findIndex((band) => band.label === predicate);
  if (index < 0) return null;
  if (index === 0) return 'green';
  if (index >= bands.length - 2) return 'red';
  return 'amber';
}
