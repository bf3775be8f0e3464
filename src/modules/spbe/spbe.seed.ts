/**
 * The SPBE reference data: the two shipped frameworks and Kota Malang's published SPBE indices
 * (DOMAIN.md section 6), loaded where missing and never overwriting.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { insertFramework, insertPublishedResultsIfMissing } from './framework.repository.js';
import { PERMENPANRB_5_2018 } from './frameworks/permenpanrb-5-2018.js';
import { PERMENPANRB_59_2020 } from './frameworks/permenpanrb-59-2020.js';

export const SHIPPED_FRAMEWORKS = [PERMENPANRB_59_2020, PERMENPANRB_5_2018];

/** Kota Malang's indices from the national evaluation; 2020 had none. */
const MALANG_RESULTS = [
  { year: 2019, framework_code: PERMENPANRB_5_2018.code, index: 2.85 },
  { year: 2021, framework_code: PERMENPANRB_59_2020.code, index: 2.73 },
  { year: 2022, framework_code: PERMENPANRB_59_2020.code, index: 2.6 },
  { year: 2023, framework_code: PERMENPANRB_59_2020.code, index: 3.82 },
  { year: 2024, framework_code: PERMENPANRB_59_2020.code, index: 4.24 },
];

export async function seedSpbe(db: Kysely<Database>): Promise<{ frameworks: number; results: number }> {
  let frameworks = 0;
  for (const framework of SHIPPED_FRAMEWORKS) if (await insertFramework(db, framework, null)) frameworks++;
  const results = await insertPublishedResultsIfMissing(
    db,
    MALANG_RESULTS.map((r) => ({ ...r, source: 'Evaluasi SPBE nasional (KemenPANRB)' })),
  );
  return { frameworks, results };
}
