import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.js';

export interface OutboxRow {
  id: number;
  topic: string;
  payload: Record<string, unknown>;
  status: 'pending' | 'done' | 'dead';
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  created_at: Date;
  processed_at: Date | null;
}

/** The INSERT of an outbox event, not yet run: run it, or make it part of a module's statement. */
export function outboxEventInsert(db: Kysely<Database>, topic: string, payload: Record<string, unknown>) {
  return db.insertInto('outbox').values({ topic, payload: JSON.stringify(payload) });
}

export async function insertOutboxEvent(db: Kysely<Database>, topic: string, payload: Record<string, unknown>): Promise<number> {
  const row = await outboxEventInsert(db, topic, payload).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Claims up to `limit` due events for `leaseSeconds`. SKIP LOCKED lets several workers in several
 * processes share the queue without taking the same event; the lease returns an event to the queue
 * when its worker dies mid-delivery.
 */
export async function claimDueEvents(db: Kysely<Database>, limit: number, leaseSeconds: number): Promise<OutboxRow[]> {
  const result = await sql<OutboxRow>`
    update outbox set locked_until = now() + make_interval(secs => ${leaseSeconds}), attempts = attempts + 1
    where id in (
      select id from outbox
      where status = 'pending' and next_attempt_at <= now() and (locked_until is null or locked_until < now())
      order by id limit ${limit}
      for update skip locked)
    returning id, topic, payload, status, attempts, next_attempt_at, last_error, created_at, processed_at`.execute(db);
  return result.rows;
}

/**
 * Renews a worker's lease on an event it claimed, just before handling it. Every claim counts an
 * attempt, so `attempts` tells this worker's claim from a later one: false means the lease ran out
 * while the worker was busy with earlier events and another worker has claimed this one since.
 */
export async function renewLease(db: Kysely<Database>, id: number, attempts: number, leaseSeconds: number): Promise<boolean> {
  const result = await sql<{ id: number }>`
    update outbox set locked_until = now() + make_interval(secs => ${leaseSeconds})
    where id = ${id} and attempts = ${attempts} and status = 'pending' and locked_until is not null
    returning id`.execute(db);
  return result.rows.length > 0;
}

/** Marks a claimed event delivered; a worker whose claim was overtaken (see renewLease) changes nothing. */
export async function markDone(db: Kysely<Database>, id: number, attempts: number): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ status: 'done', processed_at: new Date(), locked_until: null, last_error: null })
    .where('id', '=', id)
    .where('attempts', '=', attempts)
    .execute();
}

export async function markFailed(db: Kysely<Database>, id: number, attempts: number, error: string, retryAt: Date | null): Promise<void> {
  await db
    .updateTable('outbox')
    .set(
      retryAt
        ? { next_attempt_at: retryAt, locked_until: null, last_error: error }
        : { status: 'dead', locked_until: null, last_error: error, processed_at: new Date() },
    )
    .where('id', '=', id)
    .where('attempts', '=', attempts)
    .execute();
}

export async function findDeadEvents(db: Kysely<Database>, limit: number, beforeId?: number): Promise<OutboxRow[]> {
  let query = db.selectFrom('outbox').selectAll().where('status', '=', 'dead');
  if (beforeId) query = query.where('id', '<', beforeId);
  return (await query.orderBy('id', 'desc').limit(limit).execute()) as OutboxRow[];
}

/** Puts a dead event back in the queue with a fresh count of attempts; false when it is not dead. */
export async function requeueDeadEvent(db: Kysely<Database>, id: number): Promise<OutboxRow | undefined> {
  return (await db
    .updateTable('outbox')
    .set({ status: 'pending', attempts: 0, next_attempt_at: new Date(), processed_at: null })
    .where('id', '=', id)
    .where('status', '=', 'dead')
    .returningAll()
    .executeTakeFirst()) as OutboxRow | undefined;
}

export async function findOutboxEvent(db: Kysely<Database>, id: number): Promise<OutboxRow | undefined> {
  return (await db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst()) as OutboxRow | undefined;
}
