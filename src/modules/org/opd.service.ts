/**
 * OPDs: anyone may read them; admins change the structure (code, kind, parent, validity); an
 * OPD's own operators and head keep its contact details and head name current.
 */
import { AppError, commonErrors } from '../../errors.js';
import { authorize } from '../../platform/auth/authorize.js';
import { perDatabase, ttlCache } from '../../platform/cache.js';
import type { RequestContext } from '../../platform/context.js';
import type { Platform } from '../../platform/module.js';
import type { OpdRow } from './opd.repository.js';
import * as repo from './opd.repository.js';
import { orgErrors } from './org.errors.js';
import type { OpdKind } from './org.tables.js';

export interface OpdView {
  id: string;
  code: string;
  name: string;
  shortName: string;
  kind: OpdKind;
  parentId: string | null;
  validFrom: string;
  validTo: string | null;
  headName: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  website: string | null;
  wilayahId: string | null;
}

export function opdView(row: OpdRow): OpdView {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    shortName: row.short_name,
    kind: row.kind,
    parentId: row.parent_id,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    headName: row.head_name,
    email: row.email,
    phone: row.phone,
    address: row.address,
    website: row.website,
    wilayahId: row.wilayah_id,
  };
}

export interface OpdProfileInput {
  headName?: string | null;
  email?: string | null;
  phone?: string | null;
  address?: string | null;
  website?: string | null;
}

export interface OpdStructureInput {
  code: string;
  name: string;
  shortName: string;
  kind: OpdKind;
  parentId?: string | null;
  validFrom: string;
  validTo?: string | null;
  wilayahId?: string | null;
}

const codeTaken = (code: string) =>
  new AppError(
    'opd.code_taken',
    'conflict',
    { id: `Kode OPD ${code} sudah dipakai.`, en: `The OPD code ${code} is already used.` },
    { fields: [{ field: 'code', message: { id: 'sudah dipakai', en: 'is already used' } }] },
  );

const badValidity = () =>
  new AppError(
    'opd.validity',
    'invalid',
    { id: 'Tanggal berakhir harus sama dengan atau sesudah tanggal berlaku.', en: 'The end date must be on or after the start date.' },
    { fields: [{ field: 'validTo', message: { id: 'sebelum tanggal berlaku', en: 'is before the start date' } }] },
  );

const PROFILE_FIELDS = { headName: 'head_name', email: 'email', phone: 'phone', address: 'address', website: 'website' } as const;

/** OPD short names by id: a hundred rows, named in every list of complaints. */
const opdNames = perDatabase((db: Platform['db']) => ttlCache(30_000, async () => new Map((await repo.allOpdNames(db)).map((r) => [r.id, r.short_name]))));

export function createOpdService(platform: Platform) {
  const { db, audit } = platform;

  async function checkParent(parentId: string | null | undefined, selfId?: string): Promise<void> {
    if (!parentId) return;
    if (parentId === selfId || !(await repo.findOpdById(db, parentId))) throw orgErrors.opdNotFound(parentId);
  }

  return {
    async list(filter: repo.OpdFilter): Promise<{ items: OpdView[]; total: number }> {
      const { rows, total } = await repo.listOpds(db, filter);
      return { items: rows.map(opdView), total };
    },

    /** Short names of these OPDs by id, for answers that list many records. */
    async shortNames(ids: string[]): Promise<Map<string, string>> {
      const all = await opdNames(db).get();
      return new Map(ids.filter((id) => all.has(id)).map((id) => [id, all.get(id) as string]));
    },

    /** The OPD with this code, or undefined. */
    async findByCode(code: string): Promise<OpdView | undefined> {
      const row = await repo.findOpdByCode(db, code);
      return row ? opdView(row) : undefined;
    },

    async get(id: string): Promise<OpdView> {
      const row = await repo.findOpdById(db, id);
      if (!row) throw orgErrors.opdNotFound(id);
      return opdView(row);
    },

    /** Adds an OPD to the structure (admin). */
    async create(ctx: RequestContext, input: OpdStructureInput): Promise<OpdView> {
      authorize(ctx, 'org.manage');
      if (input.validTo && input.validTo < input.validFrom) throw badValidity();
      await checkParent(input.parentId);
      if (await repo.findOpdByCode(db, input.code)) throw codeTaken(input.code);
      const result = await db.transaction().execute(async (trx) => {
        const row = await repo.insertOpd(trx, {
          code: input.code,
          name: input.name,
          short_name: input.shortName,
          kind: input.kind,
          parent_id: input.parentId ?? null,
          valid_from: input.validFrom,
          valid_to: input.validTo ?? null,
          head_name: null,
          email: null,
          phone: null,
          address: null,
          website: null,
          wilayah_id: input.wilayahId ?? null,
        });
        await audit.record(trx, ctx, { action: 'opd.create', recordType: 'opd', recordId: row.id, opdId: row.id, after: opdView(row) });
        return opdView(row);
      });
      opdNames(db).clear();
      return result;
    },

    /** Changes an OPD's place in the structure or its validity, e.g. closing it when a regulation merges it (admin). */
    async updateStructure(ctx: RequestContext, id: string, input: Partial<OpdStructureInput>): Promise<OpdView> {
      authorize(ctx, 'org.manage');
      await checkParent(input.parentId, id);
      const result = await db.transaction().execute(async (trx) => {
        const before = await repo.findOpdById(trx, id);
        if (!before) throw orgErrors.opdNotFound(id);
        if (input.code && input.code !== before.code && (await repo.findOpdByCode(trx, input.code))) throw codeTaken(input.code);
        const validFrom = input.validFrom ?? before.valid_from;
        const validTo = input.validTo === undefined ? before.valid_to : input.validTo;
        if (validTo && validTo < validFrom) throw badValidity();
        const after = await repo.updateOpd(trx, id, {
          ...(input.code !== undefined ? { code: input.code } : {}),
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.shortName !== undefined ? { short_name: input.shortName } : {}),
          ...(input.kind !== undefined ? { kind: input.kind } : {}),
          ...(input.parentId !== undefined ? { parent_id: input.parentId } : {}),
          ...(input.wilayahId !== undefined ? { wilayah_id: input.wilayahId } : {}),
          valid_from: validFrom,
          valid_to: validTo,
        });
        if (!after) throw orgErrors.opdNotFound(id);
        await audit.record(trx, ctx, { action: 'opd.update', recordType: 'opd', recordId: id, opdId: id, before: opdView(before), after: opdView(after) });
        return opdView(after);
      });
      opdNames(db).clear();
      return result;
    },

    /** Updates contact details and head name: the OPD's own operators and head, or an admin. */
    async updateProfile(ctx: RequestContext, id: string, input: OpdProfileInput): Promise<OpdView> {
      if (!ctx.actor) throw commonErrors.unauthenticated();
      const result = await db.transaction().execute(async (trx) => {
        const before = await repo.findOpdById(trx, id);
        if (!before) throw orgErrors.opdNotFound(id);
        authorize(ctx, 'opd.profile.write', id);
        const changes: repo.OpdChanges = {};
        for (const [field, column] of Object.entries(PROFILE_FIELDS)) {
          const value = input[field as keyof OpdProfileInput];
          if (value !== undefined) changes[column] = value === null ? null : value.trim() || null;
        }
        const after = await repo.updateOpd(trx, id, changes);
        if (!after) throw orgErrors.opdNotFound(id);
        await audit.record(trx, ctx, {
          action: 'opd.profile_update',
          recordType: 'opd',
          recordId: id,
          opdId: id,
          before: opdView(before),
          after: opdView(after),
        });
        return opdView(after);
      });
      opdNames(db).clear();
      return result;
    },
  };
}

export type OpdService = ReturnType<typeof createOpdService>;
