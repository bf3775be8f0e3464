/**
 * The city's scoring settings: predicate bands, the composite's weights and the reward and
 * punishment rules. One row; until the mayor's team saves its own, the defaults below apply.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { ACHIEVEMENT_BANDS, type Band } from './predicate.js';
import { DEFAULT_RULES, type Rule } from './rules.js';
import { scoreErrors } from './score.errors.js';
import type { StoredBand } from './score.tables.js';
import { type CompositeWeights, compositeWeightsProblem } from './scores.js';

export interface ScoreSettings {
  bands: Band[];
  weights: CompositeWeights;
  rules: Rule[];
  /** When the city last changed them; null while the defaults apply. */
  updatedAt: string | null;
}

/**
 * Our default weights (DOMAIN.md leaves them to the city): performance against targets counts
 * half, budget absorption and SAMBAT responsiveness a quarter each.
 */
export const DEFAULT_WEIGHTS: CompositeWeights = { performance: 0.5, absorption: 0.25, responsiveness: 0.25 };

const toStored = (bands: readonly Band[]): StoredBand[] => bands.map((b) => ({ label: b.label, above: Number.isFinite(b.above) ? b.above : null }));
const fromStored = (bands: readonly StoredBand[]): Band[] => bands.map((b) => ({ label: b.label, above: b.above ?? Number.NEGATIVE_INFINITY }));

export async function readSettings(db: Kysely<Database>): Promise<ScoreSettings> {
  const row = await db.selectFrom('perf_settings').selectAll().executeTakeFirst();
  if (!row) return { bands: [...ACHIEVEMENT_BANDS], weights: DEFAULT_WEIGHTS, rules: [...DEFAULT_RULES], updatedAt: null };
  return { bands: fromStored(row.bands), weights: row.weights, rules: row.rules as Rule[], updatedAt: row.updated_at.toISOString() };
}

/** The settings as the API shows them (the catch-all band's bound is null). */
export function settingsView(s: ScoreSettings) {
  return { bands: toStored(s.bands), weights: s.weights, rules: s.rules, updatedAt: s.updatedAt };
}

export interface SettingsInput {
  bands: StoredBand[];
  weights: CompositeWeights;
  rules: Rule[];
}

/** Checks settings before they are saved; throws what to fix. */
export function checkSettings(input: SettingsInput): void {
  const bands = input.bands;
  if (bands.length === 0 || bands[bands.length - 1].above !== null) {
    throw scoreErrors.invalidSetting('bands', {
      id: 'Pita predikat terakhir harus menampung semua nilai di bawahnya: kosongkan batasnya (null).',
      en: 'The last predicate band must take every score below the others: leave its bound empty (null).',
    });
  }
  for (let i = 1; i < bands.length - 1; i++) {
    if ((bands[i].above as number) >= (bands[i - 1].above as number)) {
      throw scoreErrors.invalidSetting('bands', {
        id: `Batas pita "${bands[i].label}" harus di bawah batas pita "${bands[i - 1].label}": urutkan dari yang tertinggi.`,
        en: `Band "${bands[i].label}" must have a bound below band "${bands[i - 1].label}": list them from the highest.`,
      });
    }
  }
  if (bands.some((b, i) => i < bands.length - 1 && b.above === null)) {
    throw scoreErrors.invalidSetting('bands', { id: 'Hanya pita terakhir yang boleh tanpa batas.', en: 'Only the last band may be without a bound.' });
  }
  const weights = compositeWeightsProblem(input.weights);
  if (weights) throw scoreErrors.invalidSetting('weights', weights);
  const ids = new Set(input.rules.map((r) => r.id));
  if (ids.size !== input.rules.length) {
    throw scoreErrors.invalidSetting('rules', { id: 'Setiap aturan memerlukan id yang berbeda.', en: 'Every rule needs an id of its own.' });
  }
}

/** Saves the settings in the caller's transaction; returns what was there before (for the audit). */
export async function writeSettings(trx: Kysely<Database>, input: SettingsInput, userId: string): Promise<ScoreSettings> {
  const before = await readSettings(trx);
  const row = { bands: JSON.stringify(input.bands), weights: JSON.stringify(input.weights), rules: JSON.stringify(input.rules), updated_by: userId };
  await trx
    .insertInto('perf_settings')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet({ ...row, updated_at: new Date() }))
    .execute();
  return before;
}
