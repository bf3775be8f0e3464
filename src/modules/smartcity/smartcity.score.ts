/**
 * The national smart city score (Gerakan Menuju 100 Smart City, DOMAIN.md section 5): five
 * evaluation indices, each 1-5, weighed 0.10 Baseline + 0.20 Output + 0.30 Outcome + 0.20 Impact
 * + 0.20 Quick Win unless the city sets other weights.
 *
 * Rounding: the indices have at most two decimals, so they are counted in hundredths, and the
 * weights in millionths; the weighted sum is then a whole number of 1e-8, exact in floating point,
 * and is rounded once, half up, to three decimals. With the default weights nothing is lost at all
 * (a tenth or a fifth of an index with two decimals has three), so Kota Jambi 2024 gives exactly
 * 3.475 and Kota Kediri 2022 exactly 3.315, where adding the products as floats gives 3.4749999….
 * The national reports print two decimals (3.48 and 3.31: the one rounded up, the other down), so
 * we show three and do not imitate them.
 */

export const INDEX_KEYS = ['baseline', 'output', 'outcome', 'impact', 'quickWin'] as const;
export type IndexKey = (typeof INDEX_KEYS)[number];

export type ScoreWeights = Record<IndexKey, number>;
export type EvaluationIndices = Record<IndexKey, number>;

export const DEFAULT_SCORE_WEIGHTS: ScoreWeights = { baseline: 0.1, output: 0.2, outcome: 0.3, impact: 0.2, quickWin: 0.2 };

/** The names the national guide gives the five indices. */
export const INDEX_NAMES: Record<IndexKey, string> = {
  baseline: 'Baseline',
  output: 'Output',
  outcome: 'Outcome',
  impact: 'Impact',
  quickWin: 'Quick Win',
};

/** How far the weights may miss 1 in sum: floating point makes 0.3 + 0.2 + 0.2 + 0.2 + 0.1 0.9999999999999999. */
export const WEIGHT_SUM_TOLERANCE = 1e-9;

/** What is wrong with a set of weights, naming the field, or null when they may be used. */
export function weightsProblem(w: ScoreWeights): { field: string; text: { id: string; en: string } } | null {
  for (const key of INDEX_KEYS) {
    if (!Number.isFinite(w[key]) || w[key] < 0) {
      return {
        field: `weights.${key}`,
        text: { id: `Bobot ${INDEX_NAMES[key]} tidak boleh negatif.`, en: `The ${INDEX_NAMES[key]} weight cannot be negative.` },
      };
    }
  }
  const sum = INDEX_KEYS.reduce((total, key) => total + w[key], 0);
  if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
    const shown = Math.round(sum * 1e6) / 1e6;
    return { field: 'weights', text: { id: `Jumlah bobot harus 1, sekarang ${shown}.`, en: `The weights must add up to 1; they add up to ${shown}.` } };
  }
  return null;
}

/** True when an index has at most two decimals (3.84, not 3.845). */
export function hasTwoDecimals(value: number): boolean {
  return Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;
}

/** The final score, rounded half up to three decimals; see the file's comment for why it is exact. */
export function smartCityScore(indices: EvaluationIndices, weights: ScoreWeights = DEFAULT_SCORE_WEIGHTS): number {
  let units = 0; // in 1e-8: hundredths of an index times millionths of a weight
  for (const key of INDEX_KEYS) units += Math.round(indices[key] * 100) * Math.round(weights[key] * 1e6);
  // 1e-8 to thousandths: divide by 1e5, half up (the sum is never negative).
  return Math.floor((units + 50_000) / 100_000) / 1000;
}

/** The score when every index is given, else null: a partial score would look like a low one. */
export function scoreOf(indices: Record<IndexKey, number | null>, weights: ScoreWeights): number | null {
  if (INDEX_KEYS.some((key) => indices[key] === null)) return null;
  return smartCityScore(indices as EvaluationIndices, weights);
}

/** The score as the reports print it: "3,475" (three decimals, Indonesian comma). */
export function formatScore(score: number): string {
  return score.toFixed(3).replace('.', ',');
}
