/**
 * The performance auction (lelang kinerja, DOMAIN.md section 4): the mayor's team offers an OPD
 * its targets for a year; the OPD head accepts, declines (naming who takes the role over) or
 * counters. A counter that asks at least as much is taken as it is; one that asks less waits for
 * the mayor's team. Answers never change: an amendment is a new version of the offer, with its
 * reason, and needs a new answer.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { authorize } from '../../platform/auth/authorize.js';
import { cityDay } from '../../platform/calendar/working-days.js';
import type { RequestContext } from '../../platform/context.js';
import { isDuplicateKeyError } from '../../platform/idempotency/idempotency.js';
import type { Platform } from '../../platform/module.js';
import { atLeastAsAmbitious } from './ambition.js';
import { agreedTarget } from './auction.agreed.js';
import { auctionErrors } from './auction.errors.js';
import { OFFER_CHANGED, type OfferStep } from './auction.notifications.js';
import * as repo from './auction.repository.js';
import type { AmendOfferBody, AnswerBody, CreateOfferBody } from './auction.schemas.js';
import { readerReach } from './performance.reach.js';
import type { CounterTarget, IndicatorDirection } from './performance.tables.js';
import { findPeriod, listIndicators } from './planning.repository.js';

type TargetInput = CreateOfferBody['targets'][number];

function offerView(offer: repo.OfferRow, targets: repo.TargetRow[], answer: repo.AnswerRow | undefined, decision: repo.DecisionRow | undefined) {
  const accepted = offer.status === 'accepted';
  return {
    id: offer.id,
    periodId: offer.period_id,
    opdId: offer.opd_id,
    version: offer.version,
    supersedesId: offer.supersedes_id,
    amendmentReason: offer.amendment_reason,
    deadline: offer.deadline,
    status: offer.status,
    targets: targets.map((t) => ({
      indicatorId: t.indicator_id,
      indicatorName: t.indicator_name,
      direction: t.direction,
      unit: t.unit,
      target: t.target,
      targetUpper: t.target_upper,
      quarterly: [t.q1, t.q2, t.q3, t.q4],
      agreed: accepted ? agreedTarget(t, answer) : null,
    })),
    answer: answer
      ? {
          kind: answer.kind,
          headName: answer.head_name,
          answeredAt: answer.answered_at.toISOString(),
          reason: answer.reason,
          replacementName: answer.replacement_name,
          moreAmbitious: answer.kind === 'counter' ? offer.status !== 'awaiting_approval' && !decision : null,
        }
      : null,
    decision: decision ? { approved: decision.approved, reason: decision.reason, decidedAt: decision.decided_at.toISOString() } : null,
  };
}

export type OfferView = ReturnType<typeof offerView>;

export function createAuctionService(platform: Platform) {
  const { db, audit, outbox, config } = platform;
  // The status goes with the notice: by the time the mail is written the offer may have moved on.
  const notify = (trx: Kysely<Database>, offerId: string, step: OfferStep, status: string) => outbox.enqueue(trx, OFFER_CHANGED, { offerId, step, status });

  async function views(exec: Kysely<Database>, offers: repo.OfferRow[]): Promise<OfferView[]> {
    const ids = offers.map((o) => o.id);
    const [targets, answers, decisions] = await Promise.all([repo.targetsOf(exec, ids), repo.answersOf(exec, ids), repo.decisionsOf(exec, ids)]);
    return offers.map((o) =>
      offerView(
        o,
        targets.filter((t) => t.offer_id === o.id),
        answers.find((a) => a.offer_id === o.id),
        decisions.find((d) => d.offer_id === o.id),
      ),
    );
  }

  async function view(exec: Kysely<Database>, offer: repo.OfferRow): Promise<OfferView> {
    return (await views(exec, [offer]))[0];
  }

  /** Checks targets against the OPD's indicators of this year or its RPJMD, and returns their rows. */
  async function checkedTargets(periodId: string, opdId: string, targets: TargetInput[]) {
    const period = await findPeriod(db, periodId);
    if (period?.kind !== 'year') throw auctionErrors.notAYear();
    const own = new Map(
      [...(await listIndicators(db, { opdId, periodId })), ...(period.parent_id ? await listIndicators(db, { opdId, periodId: period.parent_id }) : [])].map(
        (i) => [i.id, i],
      ),
    );
    const seen = new Set<string>();
    for (const t of targets) {
      const indicator = own.get(t.indicatorId);
      if (!indicator || seen.has(t.indicatorId)) throw auctionErrors.indicatorNotOffered(t.indicatorId);
      seen.add(t.indicatorId);
      if (indicator.direction === 'range' && (t.targetUpper === undefined || t.targetUpper < t.target)) throw auctionErrors.rangeNeedsUpper(indicator.code);
    }
    return (offerId: string) =>
      targets.map((t) => ({
        offer_id: offerId,
        indicator_id: t.indicatorId,
        target: t.target,
        target_upper: t.targetUpper ?? null,
        q1: t.quarterly?.[0] ?? null,
        q2: t.quarterly?.[1] ?? null,
        q3: t.quarterly?.[2] ?? null,
        q4: t.quarterly?.[3] ?? null,
      }));
  }

  async function readable(ctx: RequestContext, id: string, exec: Kysely<Database> = db, forUpdate = false): Promise<repo.OfferRow> {
    const offer = await repo.findOffer(exec, id, { forUpdate });
    if (!offer) throw auctionErrors.notFound();
    const reach = readerReach(ctx);
    // Another OPD's offer is not found, rather than forbidden: its existence is not theirs to know.
    if (reach !== 'all' && !reach.includes(offer.opd_id)) throw auctionErrors.notFound();
    return offer;
  }

  /** A new offer or version with its targets, its audit entry and its notice, in the caller's transaction. */
  async function writeOffer(
    trx: Kysely<Database>,
    ctx: RequestContext,
    row: Parameters<typeof repo.insertOffer>[1],
    targets: (offerId: string) => Parameters<typeof repo.insertTargets>[1],
    trail: { before?: Record<string, unknown>; after: Record<string, unknown> },
  ): Promise<OfferView> {
    const offer = await repo.insertOffer(trx, row);
    await repo.insertTargets(trx, targets(offer.id));
    const amended = offer.version > 1;
    await audit.record(trx, ctx, {
      action: amended ? 'performance.offer.amend' : 'performance.offer.create',
      recordType: 'perf_offer',
      recordId: offer.id,
      opdId: offer.opd_id,
      ...trail,
    });
    await notify(trx, offer.id, amended ? 'amended' : 'offered', 'open');
    return view(trx, offer);
  }

  return {
    /** Offers the caller may see (the leadership all, an OPD its own), latest versions only. */
    async list(ctx: RequestContext, filter: { periodId?: string; opdId?: string }): Promise<OfferView[]> {
      return views(db, await repo.listOffers(db, { ...filter, opdIds: readerReach(ctx) }));
    },

    async get(ctx: RequestContext, id: string): Promise<OfferView> {
      return view(db, await readable(ctx, id));
    },

    /** Sends an OPD its offer for a year: indicators with yearly and quarterly targets, and a deadline. */
    async create(ctx: RequestContext, input: CreateOfferBody): Promise<OfferView> {
      const actor = authorize(ctx, 'performance.plan');
      const rows = await checkedTargets(input.periodId, input.opdId, input.targets);
      if (await repo.offerExists(db, input.periodId, input.opdId)) throw auctionErrors.alreadyOffered();
      // Two offers sent at once both pass the check above; the unique version 1 stops the second.
      return db
        .transaction()
        .execute((trx) =>
          writeOffer(
            trx,
            ctx,
            { period_id: input.periodId, opd_id: input.opdId, version: 1, deadline: input.deadline, status: 'open', created_by: actor.userId },
            rows,
            { after: { targets: input.targets } },
          ),
        )
        .catch((error) => {
          if (isDuplicateKeyError(error)) throw auctionErrors.alreadyOffered();
          throw error;
        });
    },

    /** A new version of an offer, with the reason; the old one is kept, marked superseded. */
    async amend(ctx: RequestContext, id: string, input: AmendOfferBody): Promise<OfferView> {
      const actor = authorize(ctx, 'performance.plan');
      const current = await repo.findOffer(db, id);
      if (!current) throw auctionErrors.notFound();
      const rows = await checkedTargets(current.period_id, current.opd_id, input.targets);
      return db.transaction().execute(async (trx) => {
        const locked = await repo.findOffer(trx, id, { forUpdate: true });
        if (!locked || locked.status === 'superseded') throw auctionErrors.superseded();
        await repo.setStatus(trx, locked.id, 'superseded');
        const reason = input.reason.trim();
        return writeOffer(
          trx,
          ctx,
          {
            period_id: locked.period_id,
            opd_id: locked.opd_id,
            version: locked.version + 1,
            supersedes_id: locked.id,
            amendment_reason: reason,
            deadline: input.deadline,
            status: 'open',
            created_by: actor.userId,
          },
          rows,
          { before: { offerId: locked.id, version: locked.version }, after: { version: locked.version + 1, reason, targets: input.targets } },
        );
      });
    },

    /** The head's one answer: accept, decline with who takes over, or counter. */
    async answer(ctx: RequestContext, id: string, input: AnswerBody): Promise<OfferView> {
      return db.transaction().execute(async (trx) => {
        const offer = await readable(ctx, id, trx, true);
        const actor = authorize(ctx, 'performance.answer', offer.opd_id);
        if (offer.status === 'superseded') throw auctionErrors.superseded();
        if (offer.status !== 'open') throw auctionErrors.notOpen(offer.status);
        if (cityDay(new Date(), config.cityTimezone) > offer.deadline) throw auctionErrors.deadlinePassed(offer.deadline);
        let status: 'accepted' | 'declined' | 'awaiting_approval' = input.kind === 'decline' ? 'declined' : 'accepted';
        let counter: CounterTarget[] | null = null;
        if (input.kind === 'counter') {
          const offered = await repo.targetsOf(trx, [offer.id]);
          const named = new Set(input.targets.map((t) => t.indicatorId));
          if (named.size !== input.targets.length || offered.length !== named.size || offered.some((t) => !named.has(t.indicator_id))) {
            throw auctionErrors.counterMismatch();
          }
          counter = input.targets.map((t) => ({ indicatorId: t.indicatorId, target: t.target, targetUpper: t.targetUpper ?? null }));
          const asksLess = offered.some((t) => {
            const c = counter?.find((x) => x.indicatorId === t.indicator_id) as CounterTarget;
            return !atLeastAsAmbitious(
              t.direction as IndicatorDirection,
              { value: t.target, upper: t.target_upper },
              { value: c.target, upper: c.targetUpper },
            );
          });
          if (asksLess) status = 'awaiting_approval';
        }
        await repo.insertAnswer(trx, {
          offer_id: offer.id,
          kind: input.kind,
          head_name: actor.name,
          answered_by: actor.userId,
          reason: input.kind === 'accept' ? null : (input.reason?.trim() ?? null),
          replacement_name: input.kind === 'decline' ? input.replacementName.trim() : null,
          counter_targets: counter ? JSON.stringify(counter) : null,
        });
        await repo.setStatus(trx, offer.id, status);
        await audit.record(trx, ctx, {
          action: `performance.offer.${input.kind}`,
          recordType: 'perf_offer',
          recordId: offer.id,
          opdId: offer.opd_id,
          after: { status, ...(counter ? { counter } : {}) },
        });
        await notify(trx, offer.id, 'answered', status);
        return view(trx, { ...offer, status });
      });
    },

    /** The mayor's team approves or rejects a counter-offer that asks less than the offer. */
    async decide(ctx: RequestContext, id: string, input: { approved: boolean; reason?: string }): Promise<OfferView> {
      const actor = authorize(ctx, 'performance.approve');
      return db.transaction().execute(async (trx) => {
        const offer = await repo.findOffer(trx, id, { forUpdate: true });
        if (!offer) throw auctionErrors.notFound();
        if (offer.status !== 'awaiting_approval') throw auctionErrors.notAwaitingApproval(offer.status);
        const status = input.approved ? 'accepted' : 'rejected';
        await repo.insertDecision(trx, { offer_id: offer.id, approved: input.approved, reason: input.reason?.trim() ?? null, decided_by: actor.userId });
        await repo.setStatus(trx, offer.id, status);
        await audit.record(trx, ctx, {
          action: input.approved ? 'performance.counter.approve' : 'performance.counter.reject',
          recordType: 'perf_offer',
          recordId: offer.id,
          opdId: offer.opd_id,
          after: { status, reason: input.reason ?? null },
        });
        await notify(trx, offer.id, 'decided', status);
        return view(trx, { ...offer, status });
      });
    },
  };
}
