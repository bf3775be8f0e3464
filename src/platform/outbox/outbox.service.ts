import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import type { AuditLog } from '../audit/audit.service.js';
import { authorize } from '../auth/authorize.js';
import type { RequestContext } from '../context.js';
import type { OutboxRow } from './outbox.repository.js';
import * as repo from './outbox.repository.js';

export type OutboxHandler = (payload: Record<string, unknown>, event: OutboxRow) => Promise<void>;

/** After this many failed deliveries an event is dead: kept, listed for admins, retried by hand. */
export const MAX_ATTEMPTS = 8;

/** Seconds before the next try: doubling from 5 s, at most an hour, with jitter so retries spread. */
export function backoffSeconds(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(3600, 5 * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

export interface Outbox {
  /** Queues an event; pass the transaction of the change so the event exists only if the change does. */
  enqueue(trx: Kysely<Database>, topic: string, payload: Record<string, unknown>): Promise<number>;
  /** The same event as an INSERT not yet run, for a module that writes its change and its events in one statement. */
  enqueueQuery(db: Kysely<Database>, topic: string, payload: Record<string, unknown>): ReturnType<typeof repo.outboxEventInsert>;
  /** Events that failed every attempt, newest first, for an admin. */
  listDead(ctx: RequestContext, limit: number, beforeId?: number): Promise<OutboxRow[]>;
  /** Sends a dead event back to the queue, audited; for an admin. */
  retryDead(ctx: RequestContext, id: number): Promise<OutboxRow>;
}

export function createOutbox(db: Kysely<Database>, audit: AuditLog): Outbox {
  return {
    enqueue: repo.insertOutboxEvent,
    enqueueQuery: repo.outboxEventInsert,
    listDead(ctx, limit, beforeId) {
      authorize(ctx, 'outbox.manage');
      return repo.findDeadEvents(db, limit, beforeId);
    },
    retryDead: (ctx, id) =>
      db.transaction().execute(async (trx) => {
        authorize(ctx, 'outbox.manage');
        const row = await repo.requeueDeadEvent(trx, id);
        if (!row) {
          const exists = await repo.findOutboxEvent(trx, id);
          if (!exists)
            throw new AppError('outbox.not_found', 'not_found', { id: `Kejadian outbox ${id} tidak ditemukan.`, en: `Outbox event ${id} was not found.` });
          throw new AppError('outbox.not_dead', 'conflict', {
            id: `Kejadian outbox ${id} berstatus ${exists.status}; hanya yang gagal permanen (dead) yang dapat dikirim ulang.`,
            en: `Outbox event ${id} is ${exists.status}; only dead events can be retried.`,
          });
        }
        await audit.record(trx, ctx, { action: 'outbox.retry', recordType: 'outbox', recordId: String(id), after: { topic: row.topic } });
        return row;
      }),
  };
}
