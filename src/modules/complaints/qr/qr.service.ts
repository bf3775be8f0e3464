/**
 * QR places: an admin registers a public place (a market, a bus stop, a park) with its position;
 * its poster carries a QR code that opens the filing form with that place filled in.
 */

import { authorize } from '../../../platform/auth/authorize.js';
import type { RequestContext } from '../../../platform/context.js';
import { isDuplicateKeyError } from '../../../platform/idempotency/idempotency.js';
import type { Platform } from '../../../platform/module.js';
import { createWilayahService } from '../../org/index.js';
import { findCategory } from '../category.repository.js';
import { qrErrors } from './qr.errors.js';
import * as repo from './qr.repository.js';

export interface QrPlaceInput {
  code: string;
  name: string;
  address?: string | null;
  lat: number;
  lon: number;
  categoryCode?: string | null;
}

export interface QrPlaceView {
  code: string;
  name: string;
  address: string | null;
  lat: number;
  lon: number;
  categoryCode: string | null;
}

export interface QrPlaceAdminView extends QrPlaceView {
  id: string;
  active: boolean;
  createdAt: string;
  /** The address the printed QR code opens. */
  formUrl: string;
}

/** The form's address a place's QR code encodes: the web app reads the place from `tempat`. */
export function formUrlOf(publicUrl: string, code: string): string {
  return `${publicUrl}/aduan/baru?tempat=${encodeURIComponent(code)}`;
}

const blankToNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

export function createQrPlaceService(platform: Platform) {
  const { db, audit, config } = platform;
  const wilayah = createWilayahService(platform);

  const publicView = (row: repo.QrPlaceWithCategory): QrPlaceView => ({
    code: row.code,
    name: row.name,
    address: row.address,
    lat: row.lat,
    lon: row.lon,
    categoryCode: row.category_code,
  });
  const adminView = (row: repo.QrPlaceWithCategory): QrPlaceAdminView => ({
    ...publicView(row),
    id: row.id,
    active: row.active,
    createdAt: row.created_at.toISOString(),
    formUrl: formUrlOf(config.publicUrl, row.code),
  });

  async function adminRow(code: string) {
    const row = await repo.findQrPlaceByCode(db, code);
    if (!row) throw qrErrors.notFound(code);
    return row;
  }

  return {
    /** Registers a place inside the city; its code is printed on posters, so it is never reused. */
    async create(ctx: RequestContext, input: QrPlaceInput): Promise<QrPlaceAdminView> {
      authorize(ctx, 'complaint.configure');
      // Refuses a point outside the city (422) before anything is written.
      await wilayah.resolve(ctx, input.lat, input.lon);
      let categoryId: string | null = null;
      if (input.categoryCode) {
        const category = await findCategory(db, { code: input.categoryCode });
        if (!category?.active) throw qrErrors.unknownCategory(input.categoryCode);
        categoryId = category.id;
      }
      const row = {
        code: input.code,
        name: input.name.trim(),
        address: blankToNull(input.address),
        lat: input.lat,
        lon: input.lon,
        category_id: categoryId,
      };
      try {
        await db.transaction().execute(async (trx) => {
          const id = await repo.insertQrPlace(trx, row);
          await audit.record(trx, ctx, {
            action: 'qr_place.create',
            recordType: 'qr_place',
            recordId: id,
            after: { ...row, categoryCode: input.categoryCode ?? null },
          });
        });
      } catch (error) {
        if (isDuplicateKeyError(error)) throw qrErrors.codeTaken(input.code);
        throw error;
      }
      return adminView(await adminRow(input.code));
    },

    /** Every place, active or not, by name; for the admin. */
    async list(ctx: RequestContext, page: { limit: number; offset: number }): Promise<{ items: QrPlaceAdminView[]; total: number }> {
      authorize(ctx, 'complaint.configure');
      const { rows, total } = await repo.listQrPlaces(db, page);
      return { items: rows.map(adminView), total };
    },

    /** Renames, re-addresses, retires or restores a place; its code and position stay as printed. */
    async update(ctx: RequestContext, code: string, input: { name?: string; address?: string | null; active?: boolean }): Promise<QrPlaceAdminView> {
      authorize(ctx, 'complaint.configure');
      const changes: repo.QrPlaceChanges = {};
      if (input.name !== undefined) changes.name = input.name.trim();
      if (input.address !== undefined) changes.address = blankToNull(input.address);
      if (input.active !== undefined) changes.active = input.active;
      await db.transaction().execute(async (trx) => {
        const before = await repo.updateQrPlace(trx, code, changes);
        if (!before) throw qrErrors.notFound(code);
        const was = Object.fromEntries(Object.keys(changes).map((k) => [k, before[k as keyof repo.QrPlaceChanges]]));
        await audit.record(trx, ctx, { action: 'qr_place.update', recordType: 'qr_place', recordId: before.id, before: was, after: changes });
      });
      return adminView(await adminRow(code));
    },

    /** An active place as the filing form shows it; inactive places are not found. */
    async find(code: string): Promise<QrPlaceView> {
      const row = await repo.findQrPlaceByCode(db, code);
      if (!row?.active) throw qrErrors.notFound(code);
      return publicView(row);
    },
  };
}

export type QrPlaceService = ReturnType<typeof createQrPlaceService>;
