/**
 * Filing a complaint: the category and its routing, the place and its kelurahan, the first
 * deadline, the timeline's first entry, the audit entry and the outbox event, all in one
 * transaction; photos are stored first and linked in the same transaction.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { cityDay } from '../../platform/calendar/working-days.js';
import type { RequestContext } from '../../platform/context.js';
import { hmac, randomToken, sha256 } from '../../platform/crypto.js';
import { type IdempotentRequest, onceForKey } from '../../platform/idempotency/idempotency.js';
import type { Platform } from '../../platform/module.js';
import { createWilayahService } from '../org/index.js';
import { categoryByRef, routedOpd as routingFor } from './category.cache.js';
import { limitsFor, stageDeadline } from './complaint.deadlines.js';
import { complaintErrors } from './complaint.errors.js';
import { holidaysAround } from './complaint.lookups.js';
import * as repo from './complaint.repository.js';
import type { Status } from './complaint.states.js';
import type { Channel, ComplaintKind, LocationSource, Privacy } from './complaints.tables.js';
import type { ProcessedPhoto } from './photo.processing.js';
import { findActiveQrPlace } from './qr/qr.repository.js';

export const COMPLAINT_CHANGED = 'complaint.changed';

export interface FileComplaintInput {
  kind: ComplaintKind;
  /** Category code (Open311 service_code) or id. */
  category: string;
  description: string;
  location: { lat?: number; lon?: number; address?: string; source?: LocationSource; qrPlace?: string };
  privacy: Privacy;
  channel: Channel;
  reporter?: { name?: string; email?: string; phone?: string };
  attributes?: Record<string, string>;
}

export interface FiledComplaint {
  id: string;
  trackingNo: string;
  /** The reporter's secret for tracking, replying, confirming and reopening without an account. */
  secret: string;
  status: Status;
  dueAt: string | null;
  kecamatan: string | null;
  kelurahan: string | null;
  locationApproximate: boolean;
  locationNote: string | null;
}

/** Stores a processed photo's three files under keys of our own making; returns the keys. */
export async function storePhoto(platform: Platform, complaintKey: string, photo: ProcessedPhoto): Promise<StoredPhoto['keys']> {
  const base = `complaints/${complaintKey}/${randomUUID()}`;
  const keys = { original: `${base}-original.${photo.original.extension}`, public: `${base}.jpg`, thumb: `${base}-thumb.jpg` };
  await platform.storage.put(keys.original, photo.original.data, photo.original.mime);
  await platform.storage.put(keys.public, photo.publicCopy.data, photo.publicCopy.mime);
  await platform.storage.put(keys.thumb, photo.thumbnail.data, photo.thumbnail.mime);
  return keys;
}

export interface StoredPhoto {
  keys: { original: string; public: string; thumb: string };
  photo: ProcessedPhoto;
}

/** Removes stored files whose complaint was never filed. */
export async function discardPhotos(platform: Platform, stored: StoredPhoto[]): Promise<void> {
  for (const { keys } of stored) await Promise.all(Object.values(keys).map((k) => platform.storage.delete(k).catch(() => undefined)));
}

export async function linkPhotos(trx: Kysely<Database>, complaintId: string, eventId: number | null, stored: StoredPhoto[]) {
  let position = 0;
  for (const { keys, photo } of stored) {
    await repo.insertPhoto(trx, {
      complaint_id: complaintId,
      event_id: eventId,
      position: position++,
      original_key: keys.original,
      public_key: keys.public,
      thumb_key: keys.thumb,
      width: photo.publicCopy.width,
      height: photo.publicCopy.height,
      gps_lat: photo.gps?.lat ?? null,
      gps_lon: photo.gps?.lon ?? null,
    });
  }
}

/**
 * Who a filing counts against for the hourly limit per reporter: the account, else the contact
 * given, else the network address. Complaints brought in from SP4N-LAPOR! were limited there, and
 * a system filing by API token with no contact names no reporter to count.
 */
function reporterSubject(ctx: RequestContext, input: FileComplaintInput, reporter: { email: string | null; phone: string | null }): string | null {
  if (input.channel === 'lapor') return null;
  if (ctx.actor && !ctx.actor.token) return `user:${ctx.actor.userId}`;
  if (reporter.email) return `email:${reporter.email}`;
  if (reporter.phone) return `phone:${reporter.phone.replace(/[^\d]/g, '').replace(/^(?:62|0)/, '')}`;
  return ctx.actor?.token ? null : `ip:${ctx.ip ?? 'unknown'}`;
}

export function createIntakeService(platform: Platform) {
  const { db, audit, outbox, config } = platform;
  const wilayah = createWilayahService(platform);

  async function place(input: FileComplaintInput, photos: ProcessedPhoto[]) {
    const loc = input.location;
    if (loc.qrPlace) {
      const qr = await findActiveQrPlace(db, loc.qrPlace);
      if (!qr) throw complaintErrors.unknownQrPlace(loc.qrPlace);
      return { lat: qr.lat, lon: qr.lon, address: loc.address ?? qr.address ?? qr.name, source: 'qr_place' as const, qrPlaceId: qr.id };
    }
    if (loc.lat !== undefined && loc.lon !== undefined) {
      return { lat: loc.lat, lon: loc.lon, address: loc.address ?? null, source: loc.source ?? ('pin' as const), qrPlaceId: null };
    }
    // No pin: the first photo that carries a GPS position sets the place (DOMAIN.md: geotag).
    const gps = photos.find((p) => p.gps)?.gps;
    if (gps) return { lat: gps.lat, lon: gps.lon, address: loc.address ?? null, source: 'photo_gps' as const, qrPlaceId: null };
    if (loc.address?.trim()) return { lat: null, lon: null, address: loc.address.trim(), source: 'address' as const, qrPlaceId: null };
    throw complaintErrors.locationRequired();
  }

  return {
    /**
     * Files a complaint. With an Idempotency-Key, a retry returns the first answer (the secret
     * included, since the retrying client is the one that asked) and files nothing again.
     */
    async file(
      ctx: RequestContext,
      input: FileComplaintInput,
      photos: ProcessedPhoto[],
      idempotency?: IdempotentRequest,
      /** Work of the caller's that must happen with the filing or not at all (an SMS receipt). */
      onFiled?: (trx: Kysely<Database>, filed: FiledComplaint) => Promise<unknown>,
    ): Promise<FiledComplaint & { replayed: boolean }> {
      const category = await categoryByRef(db, input.category);
      if (!category?.active) throw complaintErrors.unknownCategory(input.category);
      const where = await place(input, photos);
      const resolved = where.lat !== null && where.lon !== null ? await wilayah.resolve(ctx, where.lat, where.lon) : null;
      const routedOpd = (await routingFor(db, category.id, resolved?.kecamatan.id ?? null, resolved?.kelurahan?.id ?? null)) ?? category.default_opd_id;
      // A category may skip the verification desk when the routing is unambiguous.
      const skip = category.skip_verification && !!routedOpd;
      const now = new Date();
      const holidays = await holidaysAround(platform, now);
      const limits = limitsFor(category, config);
      const status: Status = skip ? 'dispositioned' : 'submitted';
      const secret = randomToken(18);
      const reporterUser = ctx.actor && !ctx.actor.token ? ctx.actor : null;
      const reporter = {
        name: input.reporter?.name?.trim() || reporterUser?.name || null,
        email: input.reporter?.email?.trim().toLowerCase() || reporterUser?.email || null,
        phone: input.reporter?.phone?.trim() || null,
      };

      const storageKey = randomUUID();
      const stored: StoredPhoto[] = [];
      for (const photo of photos) stored.push({ keys: await storePhoto(platform, storageKey, photo), photo });

      const id = randomUUID();
      const row = {
        id,
        secret_hash: sha256(secret),
        kind: input.kind,
        category_id: category.id,
        description: input.description.trim(),
        address: where.address,
        lat: where.lat,
        lon: where.lon,
        location_source: where.source,
        location_approximate: resolved ? resolved.approximate : true,
        kecamatan_id: resolved?.kecamatan.id ?? null,
        kelurahan_id: resolved?.kelurahan?.id ?? null,
        qr_place_id: where.qrPlaceId,
        channel: input.channel,
        privacy: input.privacy,
        reporter_user_id: reporterUser?.userId ?? null,
        reporter_name: reporter.name,
        reporter_email: reporter.email,
        reporter_phone: reporter.phone,
        status,
        opd_id: skip ? routedOpd : null,
        due_at: stageDeadline(status, now, limits, holidays, config.cityTimezone),
        attributes: input.attributes ?? {},
        verified_at: skip ? now : null,
        dispositioned_at: skip ? now : null,
      };
      const filed = (trackingNo: string): FiledComplaint => ({
        id,
        trackingNo,
        secret,
        status,
        dueAt: row.due_at?.toISOString() ?? null,
        kecamatan: resolved?.kecamatan.name ?? null,
        kelurahan: resolved?.kelurahan?.name ?? null,
        locationApproximate: row.location_approximate,
        locationNote: resolved?.note ?? null,
      });
      const year = cityDay(now, config.cityTimezone).slice(0, 4);
      const firstEvent = {
        type: 'submitted',
        from_status: null,
        to_status: 'submitted' as const,
        visibility: 'public' as const,
        actor_user_id: reporterUser?.userId ?? null,
        actor_party: 'reporter' as const,
        actor_opd_id: null,
        note: null,
        data: { channel: input.channel },
      };
      /** The complaint with its first timeline entry, outbox event and audit entry: one statement. */
      const insert = async (exec: Kysely<Database>): Promise<FiledComplaint> => {
        const subject = reporterSubject(ctx, input, reporter);
        if (subject) {
          // Counted in the filing's transaction where it has one, so a filing that fails is not held
          // against its reporter.
          const max = config.rateLimits.complaintsPerReporterPerHour;
          const rule = { bucket: 'complaints_per_reporter', max, windowSeconds: 3600 };
          await platform.limits.consume([{ rule, subject }], ({ retryAfterSeconds }) => complaintErrors.reporterLimit(max, retryAfterSeconds), exec);
        }
        const complaint = await repo.insertComplaintWithTrail(exec, row, year, firstEvent, [
          outbox.enqueueQuery(exec, COMPLAINT_CHANGED, { complaintId: id, eventType: 'submitted' }),
          // Names what was filed, never who filed it (reporters' details stay in one place); the
          // tracking number is made inside the statement, and the record id names the complaint.
          audit.recordQuery(exec, ctx, {
            action: 'complaint.create',
            recordType: 'complaint',
            recordId: id,
            opdId: row.opd_id,
            after: { category: category.code, privacy: row.privacy, channel: row.channel, status, photos: stored.length },
          }),
        ]);
        return filed(complaint.tracking_no);
      };
      // The common filing (no photos, no automatic routing, no key, nothing of the caller's) is
      // that one statement alone; anything more joins it in a transaction.
      const simple = !idempotency && !onFiled && stored.length === 0 && !skip;
      if (simple) return { ...(await insert(db)), replayed: false };
      const answer = await onceForKey(db, idempotency, (saveAnswer) =>
        db.transaction().execute(async (trx) => {
          const done = await insert(trx);
          await linkPhotos(trx, id, null, stored);
          if (skip) {
            const routed = await repo.insertEvent(trx, {
              complaint_id: id,
              type: 'verified',
              from_status: 'submitted',
              to_status: 'dispositioned',
              visibility: 'public',
              actor_user_id: null,
              actor_party: 'system',
              actor_opd_id: routedOpd,
              note: null,
              data: { automatic: true },
            });
            await outbox.enqueue(trx, COMPLAINT_CHANGED, { complaintId: id, eventId: routed.id });
          }
          await onFiled?.(trx, done);
          await saveAnswer(trx, { status: 201, response: done });
          return { status: 201, response: done };
        }),
      ).catch(async (error) => {
        // Nothing was filed: the photos stored for it must not linger.
        await discardPhotos(platform, stored);
        throw error;
      });
      // A replay filed nothing: its photos were the first request's, already stored.
      if (answer.replayed) await discardPhotos(platform, stored);
      return { ...(answer.response as FiledComplaint), replayed: answer.replayed };
    },

    /** Open complaints of this category near a point, to offer "Dukung aduan ini" before filing again. */
    async nearby(q: { category: string; lat: number; lon: number; text?: string; limit?: number }) {
      const category = await categoryByRef(db, q.category);
      if (!category) throw complaintErrors.unknownCategory(q.category);
      return repo.findNearbyOpen(db, {
        categoryId: category.id,
        lat: q.lat,
        lon: q.lon,
        radius: category.duplicate_radius_m,
        text: q.text ?? '',
        limit: q.limit ?? 10,
      });
    },

    /**
     * Adds one supporter to an open public complaint. A signed-in citizen counts once per account;
     * anyone else once per network address (a keyed hash, so the address is not stored).
     */
    async support(ctx: RequestContext, trackingNo: string): Promise<{ supporters: number; added: boolean }> {
      return db.transaction().execute(async (trx) => {
        const complaint = await repo.findComplaint(trx, { trackingNo }, { forUpdate: true });
        if (!complaint || complaint.privacy === 'rahasia') throw complaintErrors.notFound(trackingNo);
        const key = ctx.actor ? `user:${ctx.actor.userId}` : `ip:${hmac(platform.secrets.sessionSecret, `support:${ctx.ip ?? 'unknown'}`)}`;
        const added = await repo.addSupporter(trx, complaint.id, key);
        if (added) {
          await repo.insertEvent(trx, {
            complaint_id: complaint.id,
            type: 'supported',
            from_status: null,
            to_status: null,
            visibility: 'internal',
            actor_user_id: ctx.actor?.userId ?? null,
            actor_party: 'public',
            actor_opd_id: null,
            note: null,
          });
          // A support changes the complaint's public count, so it is audited like any other change.
          await audit.record(trx, ctx, {
            action: 'complaint.support',
            recordType: 'complaint',
            recordId: complaint.id,
            opdId: complaint.opd_id,
            after: { supporters: complaint.supporter_count + 1 },
          });
        }
        return { supporters: complaint.supporter_count + (added ? 1 : 0), added };
      });
    },
  };
}

export type IntakeService = ReturnType<typeof createIntakeService>;
