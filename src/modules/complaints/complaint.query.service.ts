/**
 * Reading complaints. Public answers leave out rahasia complaints entirely and never carry the
 * reporter; staff answers are limited to the OPDs an officer serves and show an anonim reporter
 * only to the admin desk, auditing each such view.
 */
import { commonErrors } from '../../errors.js';
import { can, reachableOpds } from '../../platform/auth/permissions.js';
import { createCalendarService } from '../../platform/calendar/holidays.service.js';
import { cityDay } from '../../platform/calendar/working-days.js';
import type { RequestContext } from '../../platform/context.js';
import { safeEqual, sha256 } from '../../platform/crypto.js';
import type { Platform } from '../../platform/module.js';
import { routedOpd } from './category.cache.js';
import { complaintErrors } from './complaint.errors.js';
import { namesFor } from './complaint.lookups.js';
import type { ComplaintFilter, ComplaintRow } from './complaint.repository.js';
import * as repo from './complaint.repository.js';
import {
  type Deadline,
  deadlineOf,
  PUBLIC_NOTES,
  type PublicComplaint,
  type PublicEvent,
  publicComplaint,
  publicEvent,
  type StaffComplaint,
  staffComplaint,
} from './complaint.views.js';

export interface PublicDetail {
  complaint: PublicComplaint;
  timeline: PublicEvent[];
}

export interface StaffDetail {
  complaint: StaffComplaint;
  coOpdIds: string[];
  /** The OPD the routing rules (or the category's default) suggest, shown at verification. */
  suggestedOpdId: string | null;
  timeline: Array<PublicEvent & { visibility: 'public' | 'internal'; internalNote: string | null }>;
}

/** The OPDs whose complaints this staff member may read: 'all', or a non-empty list; else 401/403. */
function staffReach(ctx: RequestContext): 'all' | string[] {
  if (!ctx.actor) throw commonErrors.unauthenticated();
  const reach = reachableOpds(ctx.actor, 'complaint.read_internal');
  if (reach !== 'all' && reach.length === 0) throw commonErrors.forbidden();
  return reach;
}

export function createQueryService(platform: Platform) {
  const { db } = platform;

  async function duplicateTracking(c: ComplaintRow): Promise<string | null> {
    if (!c.duplicate_of) return null;
    return (await repo.findComplaint(db, { id: c.duplicate_of }))?.tracking_no ?? null;
  }

  /**
   * Each complaint's running deadline as of now. The holidays loaded span today and every due day,
   * so a complaint overdue for months is counted as exactly as one due tomorrow.
   */
  async function deadlinesFor(rows: ComplaintRow[]): Promise<(c: ComplaintRow) => Deadline | null> {
    const now = new Date();
    const tz = platform.config.cityTimezone;
    const days = [cityDay(now, tz), ...rows.flatMap((r) => (r.due_at ? [cityDay(r.due_at, tz)] : []))].sort();
    const holidays = await createCalendarService(platform).holidaysBetween(days[0], days[days.length - 1]);
    return (c) => deadlineOf(c, now, holidays, tz);
  }

  /** The reporter: by the secret from the receipt, or signed in with the account that filed it (not by API token). */
  function isReporterOf(ctx: RequestContext, c: ComplaintRow, secret?: string): boolean {
    if (secret && safeEqual(sha256(secret), c.secret_hash)) return true;
    return !!ctx.actor && !ctx.actor.token && c.reporter_user_id === ctx.actor.userId;
  }

  async function publicDetailOf(c: ComplaintRow, locale: RequestContext['locale']): Promise<PublicDetail> {
    const [events, photos] = await Promise.all([repo.listEvents(db, c.id, { publicOnly: true }), repo.photosOf(db, [c.id])]);
    const names = await namesFor(platform, [c], events);
    return {
      complaint: publicComplaint(c, names, photos, locale, await duplicateTracking(c)),
      timeline: events.map((e) => ({ ...publicEvent(e, names, photos, locale), note: PUBLIC_NOTES.has(e.type) ? e.note : null })),
    };
  }

  /** May this staff member see this complaint, and its reporter? */
  function staffAccess(ctx: RequestContext, c: ComplaintRow, coOpds: string[]): { showReporter: boolean } {
    const reach = staffReach(ctx);
    // The responsible OPD and the co-handling OPDs may read it; to others it does not exist.
    if (reach !== 'all' && !(c.opd_id && reach.includes(c.opd_id)) && !coOpds.some((o) => reach.includes(o))) {
      throw complaintErrors.notFound(c.tracking_no);
    }
    const isAdmin = ctx.actor?.roles.some((r) => r.role === 'admin') ?? false;
    return { showReporter: c.privacy === 'anonim' ? isAdmin : true };
  }

  return {
    /** The public page of a complaint by tracking number; rahasia ones only with the reporter's secret. */
    async publicDetail(ctx: RequestContext, trackingNo: string, secret?: string): Promise<PublicDetail> {
      const c = await repo.findComplaint(db, { trackingNo: trackingNo.toUpperCase() });
      if (!c) throw complaintErrors.notFound(trackingNo);
      if (c.privacy === 'rahasia' && !isReporterOf(ctx, c, secret)) throw complaintErrors.notPublic(trackingNo);
      return publicDetailOf(c, ctx.locale);
    },

    /** The public list: filters, a bounding box, pages; rahasia complaints never appear. */
    async publicList(ctx: RequestContext, filter: Omit<ComplaintFilter, 'publicOnly' | 'opdIds'> & { opdId?: string }) {
      const { rows, total, totalCapped } = await repo.listComplaints(db, { ...filter, publicOnly: true, opdIds: filter.opdId ? [filter.opdId] : undefined });
      const [names, photos] = await Promise.all([
        namesFor(platform, rows),
        repo.photosOf(
          db,
          rows.map((r) => r.id),
        ),
      ]);
      return { items: rows.map((r) => publicComplaint(r, names, photos, ctx.locale)), total, totalCapped };
    },

    /** The staff list (queue, inbox, overdue): an officer sees only the OPDs they serve. */
    async staffList(ctx: RequestContext, filter: Omit<ComplaintFilter, 'publicOnly' | 'opdIds'> & { opdId?: string }) {
      const reach = staffReach(ctx);
      const opdIds = reach === 'all' ? (filter.opdId ? [filter.opdId] : undefined) : filter.opdId ? reach.filter((o) => o === filter.opdId) : reach;
      const { rows, total, totalCapped } = await repo.listComplaints(db, { ...filter, opdIds });
      const [names, photos, deadline] = await Promise.all([
        namesFor(platform, rows),
        repo.photosOf(
          db,
          rows.map((r) => r.id),
        ),
        deadlinesFor(rows),
      ]);
      const isAdmin = ctx.actor?.roles.some((r) => r.role === 'admin') ?? false;
      return {
        items: rows.map((r) => staffComplaint(r, names, photos, ctx.locale, r.privacy !== 'anonim' || isAdmin, deadline(r))),
        total,
        totalCapped,
      };
    },

    /** One complaint with its whole timeline, for staff; an admin's view of an anonim reporter is audited. */
    async staffDetail(ctx: RequestContext, id: string): Promise<StaffDetail> {
      const c = await repo.findComplaint(db, { id });
      if (!c) throw complaintErrors.notFound(id);
      const coOpdIds = await repo.coOpdsOf(db, c.id);
      const { showReporter } = staffAccess(ctx, c, coOpdIds);
      const [events, photos, deadline] = await Promise.all([repo.listEvents(db, c.id, { publicOnly: false }), repo.photosOf(db, [c.id]), deadlinesFor([c])]);
      const names = await namesFor(platform, [c], events);
      if (c.privacy === 'anonim' && showReporter) {
        await db
          .transaction()
          .execute((trx) => platform.audit.record(trx, ctx, { action: 'complaint.reporter_view', recordType: 'complaint', recordId: c.id, opdId: c.opd_id }));
      }
      const category = names.category(c.category_id);
      const suggestedOpdId = (await routedOpd(db, c.category_id, c.kecamatan_id, c.kelurahan_id)) ?? category?.default_opd_id ?? null;
      return {
        complaint: staffComplaint(c, names, photos, ctx.locale, showReporter, deadline(c), await duplicateTracking(c)),
        coOpdIds,
        suggestedOpdId,
        timeline: events.map((e) => ({ ...publicEvent(e, names, photos, ctx.locale), visibility: e.visibility, internalNote: e.note })),
      };
    },

    /**
     * A photo's public copy or thumbnail; the original never leaves through here. A rahasia
     * complaint's photos are for the staff who may read it and for the reporter (secret or
     * account) only, and are never cached by anyone in between.
     */
    async photo(ctx: RequestContext, id: string, size: 'full' | 'thumb', secret?: string) {
      const photo = await repo.findPhoto(db, id);
      if (!photo) throw complaintErrors.notFound(id);
      const c = await repo.findComplaint(db, { id: photo.complaint_id });
      if (!c) throw complaintErrors.notFound(id);
      const confidential = c.privacy === 'rahasia';
      if (confidential) {
        if (!isReporterOf(ctx, c, secret) && !can(ctx.actor, 'complaint.read_internal', c.opd_id)) throw complaintErrors.notFound(id);
      }
      const file = await platform.storage.get(size === 'thumb' ? photo.thumb_key : photo.public_key);
      if (!file) throw complaintErrors.notFound(id);
      return { ...file, confidential };
    },
  };
}

export type QueryService = ReturnType<typeof createQueryService>;
