/**
 * Predicates: the word a score earns. Bands are data (a city sets its own); each band holds the
 * scores above its lower bound, which is exclusive: "91-100 Sangat Baik, 76-90 Baik" read for
 * scores with decimals puts 90 in Baik and anything above 90 (90.5, 91) in Sangat Baik.
 */

export interface Band {
  /** Scores strictly above this earn the band; the last band takes everything else. */
  above: number;
  label: string;
}

/** One region's achievement bands (DOMAIN.md section 4); configurable per city. */
export const ACHIEVEMENT_BANDS: readonly Band[] = [
  { above: 90, label: 'Sangat Baik' },
  { above: 75, label: 'Baik' },
  { above: 65, label: 'Cukup' },
  { above: 50, label: 'Kurang' },
  { above: Number.NEGATIVE_INFINITY, label: 'Sangat Kurang' },
];

/** SAKIP predicates, PermenPANRB 88/2021 (lower bound exclusive). */
export const SAKIP_BANDS: readonly Band[] = [
  { above: 90, label: 'AA' },
  { above: 80, label: 'A' },
  { above: 70, label: 'BB' },
  { above: 60, label: 'B' },
  { above: 50, label: 'CC' },
  { above: 30, label: 'C' },
  { above: Number.NEGATIVE_INFINITY, label: 'D' },
];

/** Checks that bands run from the highest bound down and end with a catch-all. */
export function validateBands(bands: readonly Band[]): string | null {
  if (bands.length === 0) return 'at least one band is needed';
  for (let i = 1; i < bands.length; i++) {
    if (!(bands[i].above < bands[i - 1].above)) return `band "${bands[i].label}" must have a lower bound below "${bands[i - 1].label}"`;
  }
  if (bands[bands.length - 1].above !== Number.NEGATIVE_INFINITY) return 'the last band must take every score below the others';
  return null;
}

/** The band a score falls in; null for no score. */
export function predicate(score: number | null, bands: readonly Band[] = ACHIEVEMENT_BANDS): string | null {
  if (score === null || !Number.isFinite(score)) return null;
  return (bands.find((band) => score > band.above) ?? bands[bands.length - 1]).label;
}
