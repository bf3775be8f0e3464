/**
 * The final score as the server computes it (src/modules/smartcity/smartcity.score.ts, DOMAIN.md
 * section 5), so the entry form can show it while the indices are typed: indices counted in
 * hundredths and weights in millionths, the weighted sum a whole number of 1e-8, rounded once, half
 * up, to three decimals. Kota Jambi 2024 gives exactly 3.475, where adding floats gives 3.4749999….
 */
import { INDEX_KEYS, type IndexKey, type Weights } from './types';

/** The final score, 0-5, or null while an index is missing: a partial score would look like a low one. */
export function finalScore(indices: Record<IndexKey, number | null>, weights: Weights): number | null {
  let units = 0; // in 1e-8: hundredths of an index times millionths of a weight
  for (const key of INDEX_KEYS) {
    const value = indices[key];
    if (value === null || !Number.isFinite(value)) return null;
    units += Math.round(value * 100) * Math.round(weights[key] * 1e6);
  }
  return Math.floor((units + 50_000) / 100_000) / 1000;
}

/** The weights' sum, counted in millionths as the server counts them (they must make 1). */
export function weightSum(weights: Partial<Record<IndexKey, number | null>>): number {
  return INDEX_KEYS.reduce((sum, key) => sum + Math.round((weights[key] ?? 0) * 1e6), 0) / 1e6;
}

/** An index typed on the form: blank is not yet given; a comma is the decimal mark; 1-5 only. */
export function parseIndex(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed.replace(',', '.'));
  return Number.isFinite(value) && value >= 1 && value <= 5 ? value : 'invalid';
}
