/**
 * Idempotency-Key for POSTs that create things (RFC draft "The Idempotency-Key HTTP Header
 * Field"): the first request's answer is stored with the record it created, in one transaction; a
 * retry with the same key and body gets that answer again; the same key with another body is
 * refused. Keys are scoped to the caller, so two clients cannot collide.
 */
import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../errors.js';

export interface IdempotentRequest {
  scope: string;
  key: string;
  requestHash: string;
}

export interface StoredAnswer {
  status: number;
  response: unknown;
}

const KEY = /^[\x21-\x7e]{1,255}$/;

/** The request's idempotency identity, or undefined when it carried no Idempotency-Key. */
export function idempotencyOf(header: string | string[] | undefined, scope: string, body: unknown): IdempotentRequest | undefined {
  if (header === undefined) return undefined;
  const key = Array.isArray(header) ? header[0] : header;
  if (!KEY.test(key)) {
    throw new AppError(
      'idempotency.bad_key',
      'invalid',
      { id: 'Idempotency-Key harus 1-255 karakter ASCII yang terlihat.', en: 'The Idempotency-Key must be 1-255 visible ASCII characters.' },
      { fields: [{ field: 'Idempotency-Key', message: { id: 'tidak valid', en: 'is not valid' } }] },
    );
  }
  return {
    scope,
    key,
    requestHash: createHash('sha256')
      .update(JSON.stringify(body ?? null))
      .digest('hex'),
  };
}

const reusedKey = () =>
  new AppError('idempotency.key_reused', 'unprocessable', {
    id: 'Idempotency-Key ini sudah dipakai untuk permintaan dengan isi berbeda. Gunakan kunci baru untuk permintaan baru.',
    en: 'This Idempotency-Key was already used for a request with a different body. Use a new key for a new request.',
  });

/** The stored answer for a retried request; throws when the key was used with another body. */
export async function findAnswer(db: Kysely<Database>, request: IdempotentRequest): Promise<StoredAnswer | undefined> {
  const { rows } = await sql<{ request_hash: string; status: number; response: unknown }>`
    select request_hash, status, response from idempotency_record where scope = ${request.scope} and key = ${request.key}`.execute(db);
  if (rows.length === 0) return undefined;
  if (rows[0].request_hash !== request.requestHash) throw reusedKey();
  return { status: rows[0].status, response: rows[0].response };
}

/** Stores the answer inside the caller's transaction; a concurrent twin fails on the primary key. */
export async function saveAnswer(trx: Kysely<Database>, request: IdempotentRequest, answer: StoredAnswer): Promise<void> {
  await sql`
    insert into idempotency_record (scope, key, request_hash, status, response)
    values (${request.scope}, ${request.key}, ${request.requestHash}, ${answer.status}, ${JSON.stringify(answer.response)}::jsonb)`.execute(trx);
}

/** True for the unique violation a concurrent twin causes (PostgreSQL SQLSTATE 23505). */
export function isDuplicateKeyError(error: unknown): boolean {
  return (error as { code?: string })?.code === '23505';
}

/**
 * Runs `create` once per key: a retry returns the stored answer; two concurrent requests with one
 * key create one record, and the loser returns the winner's answer.
 */
export async function onceForKey(
  db: Kysely<Database>,
  request: IdempotentRequest | undefined,
  create: (save: (trx: Kysely<Database>, answer: StoredAnswer) => Promise<void>) => Promise<StoredAnswer>,
): Promise<StoredAnswer & { replayed: boolean }> {
  if (!request) return { ...(await create(async () => {})), replayed: false };
  const earlier = await findAnswer(db, request);
  if (earlier) return { ...earlier, replayed: true };
  try {
    return { ...(await create((trx, answer) => saveAnswer(trx, request, answer))), replayed: false };
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const winner = await findAnswer(db, request);
    if (!winner) throw error;
    return { ...winner, replayed: true };
  }
}

/** Drops records older than `before`; a client retries within minutes, not days. */
export async function deleteOldAnswers(db: Kysely<Database>, before: Date): Promise<void> {
  await sql`delete from idempotency_record where created_at < ${before}`.execute(db);
}
