/**
 * Every step of a complaint after filing. Each runs in one transaction that locks the complaint,
 * checks who is acting and whether the status allows the step, moves the deadline, and writes the
 * timeline entry, the audit entry and the outbox event together.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { RequestContext } from '../../platform/context.js';
import { safeEqual, sha256 } from '../../platform/crypto.js';
import type { Platform } from '../../platform/module.js';
import { createOpdService } from '../org/index.js';
import { allCategories } from './category.cache.js';
import { keepsDeadline, limitsFor, stageDeadline } from './complaint.deadlines.js';
import { complaintErrors } from './complaint.errors.js';
import { COMPLAINT_CHANGED, discardPhotos, linkPhotos, type StoredPhoto, storePhoto } from './complaint.intake.service.js';
import { holidaysAround } from './complaint.lookups.js';
import type { ComplaintRow } from './complaint.repository.js';
import * as repo from './complaint.repository.js';
import { nextStatus, type Party, type Status, type Transition } from './complaint.states.js';
import type { EventParty } from './complaints.tables.js';
import { LAPOR_TOPIC } from './lapor.forward.js';
import type { ProcessedPhoto } from './photo.processing.js';

export type RejectReason = 'bukan_wewenang' | 'spam' | 'duplicate';

/** How the reporter proves who they are: the secret from the receipt, or the account that filed. */
export interface ReporterProof {
  secret?: string;
}

interface Step {
  transition: Transition | null;
  party: Party;
  type: string;
  visibility: 'public' | 'internal';
  note?: string | null;
  data?: Record<string, unknown>;
  changes?: (complaint: ComplaintRow, now: Date) => repo.ComplaintChanges;
  photos?: ProcessedPhoto[];
  /** Extra work inside the transaction, after the complaint row is updated. */
  alsoInTransaction?: (trx: Kysely<Database>, complaint: ComplaintRow) => Promise<void>;
}

function isReporter(ctx: RequestContext, complaint: ComplaintRow, proof: ReporterProof): boolean {
  if (proof.secret && safeEqual(sha256(proof.secret), complaint.secret_hash)) return true;
  return !!ctx.actor && !ctx.actor.token && complaint.reporter_user_id === ctx.actor.userId;
}

export function createWorkflowService(platform: Platform) {
  const { db, audit, outbox, config } = platform;
  const opds = createOpdService(platform);

  async function checkOpd(opdId: string | undefined | null): Promise<string> {
    if (!opdId) throw complaintErrors.opdRequired();
    const opd = await opds.get(opdId).catch(() => undefined);
    if (!opd) throw complaintErrors.unknownOpd(opdId);
    return opd.id;
  }

  /** Who is acting, checked against the complaint as it is now (inside the lock). */
  function checkActor(ctx: RequestContext, complaint: ComplaintRow, party: Party, proof: ReporterProof): void {
    if (party === 'admin') authorize(ctx, 'complaint.verify');
    else if (party === 'opd') authorize(ctx, 'complaint.handle', complaint.opd_id);
    else if (party === 'reporter' && !isReporter(ctx, complaint, proof)) throw complaintErrors.notReporter();
  }

  async function run(ctx: RequestContext, ref: { id?: string; trackingNo?: string }, step: Step, proof: ReporterProof = {}): Promise<ComplaintRow> {
    const now = new Date();
    const holidays = await holidaysAround(platform, now);
    // Read before the transaction: on PGlite the transaction holds the only connection, so a cache
    // refill through `db` inside it would wait for itself.
    const categoryList = await allCategories(db);
    const stored: StoredPhoto[] = [];
    for (const photo of step.photos ?? []) stored.push({ keys: await storePhoto(platform, 'answers', photo), photo });
    try {
      return await db.transaction().execute(async (trx) => {
        const complaint = await repo.findComplaint(trx, ref, { forUpdate: true });
        if (!complaint) throw complaintErrors.notFound(ref.trackingNo ?? ref.id ?? '');
        checkActor(ctx, complaint, step.party, proof);
        const to: Status = step.transition ? nextStatus(complaint.status, step.transition) : complaint.status;
        const category = categoryList.find((c) => c.id === complaint.category_id);
        const limits = limitsFor(category!, config);
        const moved = step.transition !== null;
        const due = !moved || keepsDeadline(to) ? complaint.due_at : stageDeadline(to, now, limits, holidays, config.cityTimezone);
        const updated = await repo.updateComplaint(trx, complaint.id, {
          status: to,
          due_at: due,
          // A new deadline starts a new clock: no escalation has happened on it yet.
          ...(due !== complaint.due_at ? { escalation_level: 0 } : {}),
          ...step.changes?.(complaint, now),
        });
        const actorOpd = step.party === 'opd' ? complaint.opd_id : step.transition === 'verify' || step.transition === 'redisposition' ? updated.opd_id : null;
        const event = await repo.insertEvent(trx, {
          complaint_id: complaint.id,
          type: step.type,
          from_status: moved ? complaint.status : null,
          to_status: moved ? to : null,
          visibility: step.visibility,
          actor_user_id: ctx.actor?.userId ?? null,
          actor_party: step.party as EventParty,
          actor_opd_id: actorOpd,
          note: step.note?.trim() || null,
          // The deadline that was running, so statistics can tell whether this step came in time.
          data: { ...step.data, dueBefore: complaint.due_at?.toISOString() ?? null },
        });
        await linkPhotos(trx, complaint.id, event.id, stored);
        await step.alsoInTransaction?.(trx, updated);
        await audit.record(trx, ctx, {
          action: `complaint.${step.type}`,
          recordType: 'complaint',
          recordId: complaint.id,
          opdId: updated.opd_id ?? complaint.opd_id,
          before: { status: complaint.status, opdId: complaint.opd_id },
          after: { status: to, opdId: updated.opd_id, ...(step.data ?? {}) },
        });
        await outbox.enqueue(trx, COMPLAINT_CHANGED, { complaintId: complaint.id, eventId: event.id });
        return updated;
      });
    } catch (error) {
      await discardPhotos(platform, stored);
      throw error;
    }
  }

  return {
    /** Admin desk: verified, and sent to the OPD that will handle it (with co-handling OPDs). */
    async verify(ctx: RequestContext, id: string, input: { opdId: string; coOpdIds?: string[]; note?: string }) {
      const opdId = await checkOpd(input.opdId);
      const coOpds = await Promise.all((input.coOpdIds ?? []).filter((o) => o !== opdId).map(checkOpd));
      return run(
        ctx,
        { id },
        {
          transition: 'verify',
          party: 'admin',
          type: 'verified',
          visibility: 'public',
          note: input.note,
          data: { opdId, coOpdIds: coOpds },
          changes: (_c, now) => ({ opd_id: opdId, verified_at: now, dispositioned_at: now }),
          alsoInTransaction: (trx, c) => repo.setCoOpds(trx, c.id, coOpds),
        },
      );
    },

    /** Admin desk: sent to another OPD at any open stage. */
    async redisposition(ctx: RequestContext, id: string, input: { opdId: string; coOpdIds?: string[]; note?: string }) {
      const opdId = await checkOpd(input.opdId);
      const coOpds = await Promise.all((input.coOpdIds ?? []).filter((o) => o !== opdId).map(checkOpd));
      return run(
        ctx,
        { id },
        {
          transition: 'redisposition',
          party: 'admin',
          type: 'redispositioned',
          visibility: 'public',
          note: input.note,
          data: { opdId, coOpdIds: coOpds },
          changes: (c, now) => ({ opd_id: opdId, verified_at: c.verified_at ?? now, dispositioned_at: now }),
          alsoInTransaction: (trx, c) => repo.setCoOpds(trx, c.id, coOpds),
        },
      );
    },

    /** Admin desk: more information is asked of the reporter; the question is public. */
    async postpone(ctx: RequestContext, id: string, input: { question: string }) {
      return run(ctx, { id }, { transition: 'postpone', party: 'admin', type: 'postponed', visibility: 'public', note: input.question });
    },

    /** Admin desk: not the city's authority, spam, or a duplicate linked to (and merged into) its original. */
    async reject(ctx: RequestContext, id: string, input: { reason: RejectReason; note?: string; duplicateOf?: string; forwardToLapor?: boolean }) {
      if (input.forwardToLapor && (input.reason !== 'bukan_wewenang' || !config.lapor.url)) throw complaintErrors.cannotForward(!!config.lapor.url);
      let originalId: string | null = null;
      if (input.reason === 'duplicate') {
        const original = input.duplicateOf ? await repo.findComplaint(db, { trackingNo: input.duplicateOf.toUpperCase() }) : undefined;
        if (!original || original.id === id) throw complaintErrors.duplicateTarget();
        originalId = original.id;
      }
      return run(
        ctx,
        { id },
        {
          transition: 'reject',
          party: 'admin',
          type: 'rejected',
          visibility: 'public',
          note: input.note,
          data: { reason: input.reason, duplicateOf: input.duplicateOf ?? null, forwardedToLapor: !!input.forwardToLapor },
          changes: (_c, now) => ({ duplicate_of: originalId, closed_at: now }),
          alsoInTransaction: async (trx, c) => {
            if (input.forwardToLapor) await outbox.enqueue(trx, LAPOR_TOPIC, { complaintId: c.id, note: input.note ?? null });
            if (!originalId) return;
            await repo.mergeSupporters(trx, c.id, originalId);
            await repo.insertEvent(trx, {
              complaint_id: originalId,
              type: 'duplicate_linked',
              from_status: null,
              to_status: null,
              visibility: 'public',
              actor_user_id: ctx.actor?.userId ?? null,
              actor_party: 'admin',
              actor_opd_id: null,
              note: null,
              data: { duplicate: c.tracking_no },
            });
          },
        },
      );
    },

    async accept(ctx: RequestContext, id: string, input: { note?: string } = {}) {
      return run(ctx, { id }, { transition: 'accept', party: 'opd', type: 'accepted', visibility: 'public', note: input.note });
    },

    async start(ctx: RequestContext, id: string, input: { note?: string } = {}) {
      return run(ctx, { id }, { transition: 'start', party: 'opd', type: 'in_progress', visibility: 'public', note: input.note });
    },

    /** The OPD's answer, with photos of the work; starts the reporter's window to confirm or reopen. */
    async respond(ctx: RequestContext, id: string, input: { answer: string }, photos: ProcessedPhoto[] = []) {
      return run(
        ctx,
        { id },
        {
          transition: 'respond',
          party: 'opd',
          type: 'responded',
          visibility: 'public',
          note: input.answer,
          photos,
          changes: (_c, now) => ({ responded_at: now }),
        },
      );
    },

    /** The OPD is not responsible: back to the admin desk with the reason (internal). */
    async returnToAdmin(ctx: RequestContext, id: string, input: { reason: string }) {
      return run(
        ctx,
        { id },
        { transition: 'return', party: 'opd', type: 'returned', visibility: 'internal', note: input.reason, changes: () => ({ opd_id: null }) },
      );
    },

    /** An internal note by the admin desk or the handling OPD; never shown to the public. */
    async note(ctx: RequestContext, id: string, input: { note: string }) {
      const complaint = await repo.findComplaint(db, { id });
      if (!complaint) throw complaintErrors.notFound(id);
      const party: Party = ctx.actor?.roles.some((r) => r.role === 'admin') ? 'admin' : 'opd';
      return run(ctx, { id }, { transition: null, party, type: 'note', visibility: 'internal', note: input.note });
    },

    /** The reporter answers the admin desk's question; back to verification. */
    async supplyInfo(ctx: RequestContext, trackingNo: string, input: { message: string }, proof: ReporterProof) {
      return run(
        ctx,
        { trackingNo },
        { transition: 'supply_info', party: 'reporter', type: 'info_supplied', visibility: 'public', note: input.message },
        proof,
      );
    },

    /** A message from the reporter on the timeline, at any stage. */
    async reply(ctx: RequestContext, trackingNo: string, input: { message: string }, proof: ReporterProof) {
      return run(ctx, { trackingNo }, { transition: null, party: 'reporter', type: 'reporter_reply', visibility: 'public', note: input.message }, proof);
    },

    /** The reporter confirms the answer and rates the service (1-5). */
    async confirm(ctx: RequestContext, trackingNo: string, input: { satisfaction: number; note?: string }, proof: ReporterProof) {
      return run(
        ctx,
        { trackingNo },
        {
          transition: 'confirm',
          party: 'reporter',
          type: 'confirmed',
          visibility: 'public',
          note: input.note,
          data: { satisfaction: input.satisfaction },
          changes: (_c, now) => ({ satisfaction: input.satisfaction, closed_at: now }),
        },
        proof,
      );
    },

    /** The reporter is not satisfied: back to the same OPD, within the closing window, with a reason. */
    async reopen(ctx: RequestContext, trackingNo: string, input: { reason: string }, proof: ReporterProof) {
      return run(
        ctx,
        { trackingNo },
        {
          transition: 'reopen',
          party: 'reporter',
          type: 'reopened',
          visibility: 'public',
          note: input.reason,
          changes: (c, now) => {
            if (c.due_at && c.due_at.getTime() < now.getTime()) throw complaintErrors.reopenWindowPassed();
            return { reopen_count: c.reopen_count + 1, responded_at: null };
          },
        },
        proof,
      );
    },

    /**
     * The platform's clock marks a late complaint: level 1 tells the OPD head (or the admin desk),
     * level 2 puts it on the leadership's dashboard. Internal: the public sees the deadline itself.
     */
    async escalate(ctx: RequestContext, id: string, level: 1 | 2) {
      return run(
        ctx,
        { id },
        {
          transition: null,
          party: 'system',
          type: level === 1 ? 'overdue' : 'escalated',
          visibility: 'internal',
          data: { level },
          changes: () => ({ escalation_level: level }),
        },
      );
    },

    /** The platform's clock: an answer with no reply from the reporter in the window closes. */
    async autoClose(ctx: RequestContext, id: string) {
      return run(
        ctx,
        { id },
        { transition: 'auto_close', party: 'system', type: 'auto_closed', visibility: 'public', changes: (_c, now) => ({ closed_at: now }) },
      );
    },
  };
}

export type WorkflowService = ReturnType<typeof createWorkflowService>;
