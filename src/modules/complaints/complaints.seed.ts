import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { opdIdByCode } from '../org/index.js';
import { CATEGORIES } from './categories.reference.js';
import { insertCategoryIfMissing } from './category.repository.js';

/** Loads the starting complaint categories where missing, each routed to its usual OPD. */
export async function seedComplaintCategories(db: Kysely<Database>): Promise<void> {
  for (const c of CATEGORIES) {
    await insertCategoryIfMissing(db, {
      code: c.code,
      name: c.name,
      name_en: c.nameEn,
      description: c.description,
      keywords: c.keywords,
      default_opd_id: c.opdCode ? ((await opdIdByCode(db, c.opdCode)) ?? null) : null,
    });
  }
}
