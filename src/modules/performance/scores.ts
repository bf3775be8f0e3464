/**
 * An OPD's scores for a quarter: the weighted mean of its indicators' achievements, and the
 * composite of performance, budget absorption and SAMBAT responsiveness by the city's weights;
 * then ranking and trend across OPDs and quarters. Pure arithmetic over figures already computed.
 */
import { round2 } from './achievement.js';

export interface Weighted {
  weight: number;
  /** Percent, or null when the figure is missing. */
  value: number | null;
}

export interface WeightedMean {
  value: number | null;
  /** Share of the weight that had figures: 100 when nothing was missing. */
  coverage: number;
  missing: number;
}

/**
 * Weighted mean over the parts that have figures, their weights rescaled to sum to one. Missing
 * parts are left out and counted, so a quarter reported in part is scored on what it reported and
 * says how much that was.
 */
export function weightedMean(parts: readonly Weighted[]): WeightedMean {
  const total = parts.reduce((sum, p) => sum + p.weight, 0);
  const present = parts.filter((p) => p.value !== null && p.weight > 0);
  const presentWeight = present.reduce((sum, p) => sum + p.weight, 0);
  const missing = parts.length - present.length;
  if (presentWeight === 0) return { value: null, coverage: 0, missing };
  const value = present.reduce((sum, p) => sum + p.weight * (p.value as number), 0) / presentWeight;
  return { value: round2(value), coverage: round2((presentWeight / total) * 100), missing };
}

export interface CompositeWeights {
  performance: number;
  absorption: number;
  responsiveness: number;
}

/** Refuses weights that are negative or do not add up to 1 (within rounding). */
export function compositeWeightsProblem(w: CompositeWeights): { id: string; en: string } | null {
  const values = [w.performance, w.absorption, w.responsiveness];
  if (values.some((v) => !Number.isFinite(v) || v < 0)) return { id: 'Bobot tidak boleh negatif.', en: 'Weights cannot be negative.' };
  const sum = values.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 1) > 1e-9) {
    return { id: `Jumlah bobot harus 1, sekarang ${round2(sum)}.`, en: `The weights must add up to 1; they add up to ${round2(sum)}.` };
  }
  return null;
}

/** The composite OPD score: performance, absorption and responsiveness, each 0-100 or more. */
export function compositeScore(
  figures: { performance: number | null; absorption: number | null; responsiveness: number | null },
  weights: CompositeWeights,
): WeightedMean {
  return weightedMean([
    { weight: weights.performance, value: figures.performance },
    { weight: weights.absorption, value: figures.absorption },
    { weight: weights.responsiveness, value: figures.responsiveness },
  ]);
}

/**
 * Ranks by score, highest first, with ties sharing a rank and the next rank skipped ("1, 2, 2,
 * 4"), so no OPD is placed above another it equals. OPDs without a score come last, unranked.
 */
export function rank<T extends { score: number | null }>(items: readonly T[]): Array<T & { rank: number | null }> {
  const sorted = [...items].sort((a, b) => (b.score ?? Number.NEGATIVE_INFINITY) - (a.score ?? Number.NEGATIVE_INFINITY));
  return sorted.map((item) => ({
    ...item,
    rank: item.score === null ? null : 1 + sorted.filter((other) => other.score !== null && other.score > (item.score as number)).length,
  }));
}

/** Change from the previous quarter with a score, in points; null when there is none to compare. */
export function trend(series: readonly (number | null)[]): Array<number | null> {
  let previous: number | null = null;
  return series.map((score) => {
    const change = score !== null && previous !== null ? round2(score - previous) : null;
    if (score !== null) previous = score;
    return change;
  });
}

/** Mean and population standard deviation of the scores that exist. */
export function meanAndDeviation(scores: readonly (number | null)[]): { mean: number; sd: number } | null {
  const present = scores.filter((s): s is number => s !== null);
  if (present.length === 0) return null;
  const mean = present.reduce((a, b) => a + b, 0) / present.length;
  const sd = Math.sqrt(present.reduce((sum, s) => sum + (s - mean) ** 2, 0) / present.length);
  return { mean, sd };
}
