/**
 * Categories and routing rules change a few times a year and are read on every filing and every
 * list: kept per process for 30 seconds, cleared at once by changes made in this process.
 */
import { perDatabase, ttlCache } from '../../platform/cache.js';
import type { Platform } from '../../platform/module.js';
import { type CategoryRow, listCategories, listRoutingRules } from './category.repository.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const categories = perDatabase((db: Platform['db']) => ttlCache(30_000, () => listCategories(db, { includeInactive: true })));
const rules = perDatabase((db: Platform['db']) => ttlCache(30_000, () => listRoutingRules(db)));

/** Every category, retired ones included (old complaints still name them). */
export function allCategories(db: Platform['db']): Promise<CategoryRow[]> {
  return categories(db).get();
}

/** A category by id or code (codes are matched in capitals), or undefined. */
export async function categoryByRef(db: Platform['db'], ref: string): Promise<CategoryRow | undefined> {
  const all = await categories(db).get();
  return UUID.test(ref) ? all.find((c) => c.id === ref) : all.find((c) => c.code === ref.toUpperCase());
}

/** The OPD the most specific routing rule names for this category and place: kelurahan, then kecamatan, then the category alone. */
export async function routedOpd(db: Platform['db'], categoryId: string, kecamatanId: string | null, kelurahanId: string | null): Promise<string | undefined> {
  const forCategory = (await rules(db).get()).filter((r) => r.category_id === categoryId);
  const pick =
    (kelurahanId && forCategory.find((r) => r.kelurahan_id === kelurahanId)) ||
    (kecamatanId && forCategory.find((r) => r.kecamatan_id === kecamatanId && !r.kelurahan_id)) ||
    forCategory.find((r) => !r.kecamatan_id && !r.kelurahan_id);
  return pick ? pick.opd_id : undefined;
}

export function clearCategoryCaches(db: Platform['db']): void {
  categories(db).clear();
  rules(db).clear();
}
