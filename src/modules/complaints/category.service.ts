/**
 * Categories and routing rules, kept by the admin desk: which OPD a category usually goes to, by
 * kecamatan or kelurahan where that differs, its own time limits, and whether it may skip the
 * verification desk. Every change is audited.
 */
import { AppError } from '../../errors.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { RequestContext } from '../../platform/context.js';
import type { Platform } from '../../platform/module.js';
import { createOpdService } from '../org/index.js';
import { clearCategoryCaches } from './category.cache.js';
import type { CategoryRow } from './category.repository.js';
import * as repo from './category.repository.js';
import { complaintErrors } from './complaint.errors.js';

export interface CategoryInput {
  code: string;
  name: string;
  nameEn: string;
  description?: string | null;
  keywords?: string | null;
  defaultOpdId?: string | null;
  verifyDays?: number | null;
  respondDays?: number | null;
  closeDays?: number | null;
  skipVerification?: boolean;
  duplicateRadiusMetres?: number;
  active?: boolean;
}

const codeTaken = (code: string) =>
  new AppError(
    'category.code_taken',
    'conflict',
    { id: `Kode kategori ${code} sudah dipakai.`, en: `The category code ${code} is already used.` },
    { fields: [{ field: 'code', message: { id: 'sudah dipakai', en: 'is already used' } }] },
  );
const ruleExists = () =>
  new AppError('routing.exists', 'conflict', {
    id: 'Aturan untuk kategori dan wilayah ini sudah ada.',
    en: 'A rule for this category and area already exists.',
  });
const ruleNotFound = (id: string) => new AppError('routing.not_found', 'not_found', { id: `Aturan ${id} tidak ditemukan.`, en: `Rule ${id} was not found.` });
const skipNeedsOpd = () =>
  new AppError(
    'category.skip_needs_opd',
    'invalid',
    { id: 'Kategori tanpa verifikasi manual harus punya OPD bawaan.', en: 'A category that skips verification needs a default OPD.' },
    { fields: [{ field: 'skipVerification', message: { id: 'butuh OPD bawaan', en: 'needs a default OPD' } }] },
  );

function columns(input: Partial<CategoryInput>): repo.CategoryChanges {
  const map: Array<[keyof CategoryInput, keyof repo.CategoryChanges]> = [
    ['name', 'name'],
    ['nameEn', 'name_en'],
    ['description', 'description'],
    ['keywords', 'keywords'],
    ['defaultOpdId', 'default_opd_id'],
    ['verifyDays', 'verify_days'],
    ['respondDays', 'respond_days'],
    ['closeDays', 'close_days'],
    ['skipVerification', 'skip_verification'],
    ['duplicateRadiusMetres', 'duplicate_radius_m'],
    ['active', 'active'],
  ];
  const out: Record<string, unknown> = {};
  for (const [from, to] of map) if (input[from] !== undefined) out[to] = input[from];
  return out as repo.CategoryChanges;
}

export function createCategoryService(platform: Platform) {
  const { db, audit } = platform;
  const opds = createOpdService(platform);

  async function checkOpd(id: string | null | undefined): Promise<void> {
    if (id && !(await opds.get(id).catch(() => undefined))) throw complaintErrors.unknownOpd(id);
  }

  return {
    /** Adds a category (an Open311 service). */
    async create(ctx: RequestContext, input: CategoryInput): Promise<CategoryRow> {
      authorize(ctx, 'complaint.configure');
      await checkOpd(input.defaultOpdId);
      if (input.skipVerification && !input.defaultOpdId) throw skipNeedsOpd();
      if (await repo.findCategory(db, { code: input.code })) throw codeTaken(input.code);
      const result = await db.transaction().execute(async (trx) => {
        const row = await repo.insertCategory(trx, {
          code: input.code,
          name: input.name,
          name_en: input.nameEn,
          description: input.description ?? null,
          keywords: input.keywords ?? null,
          default_opd_id: input.defaultOpdId ?? null,
          ...columns({
            verifyDays: input.verifyDays,
            respondDays: input.respondDays,
            closeDays: input.closeDays,
            skipVerification: input.skipVerification,
            duplicateRadiusMetres: input.duplicateRadiusMetres,
          }),
        });
        await audit.record(trx, ctx, { action: 'category.create', recordType: 'complaint_category', recordId: row.id, after: row });
        return row;
      });
      clearCategoryCaches(db);
      return result;
    },

    /** Changes a category's names, OPD, limits, verification or radius; active=false retires it. */
    async update(ctx: RequestContext, id: string, input: Partial<Omit<CategoryInput, 'code'>>): Promise<CategoryRow> {
      authorize(ctx, 'complaint.configure');
      await checkOpd(input.defaultOpdId);
      const result = await db.transaction().execute(async (trx) => {
        const before = await repo.findCategory(trx, { id });
        if (!before) throw complaintErrors.unknownCategory(id);
        const skip = input.skipVerification ?? before.skip_verification;
        const opd = input.defaultOpdId === undefined ? before.default_opd_id : input.defaultOpdId;
        if (skip && !opd) throw skipNeedsOpd();
        const after = await repo.updateCategory(trx, id, columns(input));
        await audit.record(trx, ctx, { action: 'category.update', recordType: 'complaint_category', recordId: id, before, after });
        return after!;
      });
      clearCategoryCaches(db);
      return result;
    },

    async listRules(ctx: RequestContext, categoryId?: string) {
      authorize(ctx, 'complaint.configure');
      return repo.listRoutingRules(db, categoryId);
    },

    /** A rule sends a category's complaints from one kecamatan or kelurahan to another OPD. */
    async addRule(ctx: RequestContext, input: { categoryId: string; kecamatanId?: string | null; kelurahanId?: string | null; opdId: string }) {
      authorize(ctx, 'complaint.configure');
      if (!(await repo.findCategory(db, { id: input.categoryId }))) throw complaintErrors.unknownCategory(input.categoryId);
      await checkOpd(input.opdId);
      const result = await db.transaction().execute(async (trx) => {
        const rule = await repo.insertRoutingRule(trx, {
          category_id: input.categoryId,
          kecamatan_id: input.kecamatanId ?? null,
          kelurahan_id: input.kelurahanId ?? null,
          opd_id: input.opdId,
        });
        if (!rule) throw ruleExists();
        await audit.record(trx, ctx, { action: 'routing.create', recordType: 'complaint_routing_rule', recordId: rule.id, opdId: rule.opd_id, after: rule });
        return rule;
      });
      clearCategoryCaches(db);
      return result;
    },

    async removeRule(ctx: RequestContext, id: string) {
      authorize(ctx, 'complaint.configure');
      await db.transaction().execute(async (trx) => {
        const rule = await repo.deleteRoutingRule(trx, id);
        if (!rule) throw ruleNotFound(id);
        await audit.record(trx, ctx, { action: 'routing.delete', recordType: 'complaint_routing_rule', recordId: id, opdId: rule.opd_id, before: rule });
      });
      clearCategoryCaches(db);
    },
  };
}
