/** The year of a yearly period: scores and findings are per year, never per RPJMD. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { findPeriod } from './planning.repository.js';
import { scoreErrors } from './score.errors.js';

export async function yearOfPeriod(db: Kysely<Database>, periodId: string): Promise<number> {
  const period = await findPeriod(db, periodId);
  if (period?.kind !== 'year') throw scoreErrors.notAYear();
  return period.start_year;
}
