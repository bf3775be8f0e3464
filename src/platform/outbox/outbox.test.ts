import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { as, createTestApp, problemOf, type TestApp, userWithRole } from '../../testing/test-app.js';
import { backoffSeconds, MAX_ATTEMPTS } from './outbox.service.js';
import { createOutboxWorker, type OutboxWorker } from './outbox.worker.js';

describe('retry backoff', () => {
  it('doubles from 5 seconds up to an hour, with at most 20% jitter', () => {
    expect(backoffSeconds(1, () => 0.5)).toBe(5);
    expect(backoffSeconds(2, () => 0.5)).toBe(10);
    expect(backoffSeconds(4, () => 0.5)).toBe(40);
    expect(backoffSeconds(30, () => 0.5)).toBe(3600);
    expect(backoffSeconds(3, () => 0)).toBe(16);
    expect(backoffSeconds(3, () => 1)).toBe(24);
  });
});

describe.each(DATABASE_KINDS)('the outbox on %s', (kind) => {
  let t: TestApp;
  const log = pino({ level: 'silent' });
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  /** Makes every pending event due now, as if its backoff had passed. */
  const fastForward = () => sql`update outbox set next_attempt_at = now() where status = 'pending'`.execute(t.platform.db);

  it('retries a failing delivery and delivers it once the remote is back', async () => {
    let remoteUp = false;
    const delivered: unknown[] = [];
    const worker = createOutboxWorker(
      t.platform.db,
      {
        'test.webhook': async (payload) => {
          if (!remoteUp) throw new Error('connect ECONNREFUSED 127.0.0.1:9');
          delivered.push(payload);
        },
      },
      log,
    );
    const id = await t.platform.outbox.enqueue(t.platform.db, 'test.webhook', { complaint: 'SBT-2026-000001' });
    expect(await worker.runOnce()).toBe(1);
    const afterFailure = await sql<{
      attempts: number;
      status: string;
      last_error: string;
      next_attempt_at: Date;
    }>`select * from outbox where id = ${id}`.execute(t.platform.db);
    expect(afterFailure.rows[0]).toMatchObject({ attempts: 1, status: 'pending', last_error: 'connect ECONNREFUSED 127.0.0.1:9' });
    expect(afterFailure.rows[0].next_attempt_at.getTime()).toBeGreaterThan(Date.now());
    // Not due yet: nothing is attempted.
    expect(await worker.runOnce()).toBe(0);
    remoteUp = true;
    await fastForward();
    await worker.runOnce();
    expect(delivered).toEqual([{ complaint: 'SBT-2026-000001' }]);
    await fastForward();
    expect(await worker.runOnce()).toBe(0);
  });

  it(`gives up after ${MAX_ATTEMPTS} attempts; an admin sees the dead letter and sends it again`, async () => {
    let remoteUp = false;
    let deliveries = 0;
    const worker = createOutboxWorker(
      t.platform.db,
      {
        'test.lapor': async () => {
          if (!remoteUp) throw new Error('SP4N-LAPOR! answered 503');
          deliveries++;
        },
      },
      log,
    );
    const id = await t.platform.outbox.enqueue(t.platform.db, 'test.lapor', { reporterEmail: 'rahasia@warga.id' });
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await fastForward();
      await worker.runOnce();
    }
    const admin = await userWithRole(t, 'admin');
    const dead = await t.app.inject({ method: 'GET', url: '/api/admin/outbox/dead', headers: as(admin) });
    expect(dead.statusCode).toBe(200);
    expect(dead.json().items).toEqual([
      expect.objectContaining({ id, topic: 'test.lapor', status: 'dead', attempts: MAX_ATTEMPTS, lastError: 'SP4N-LAPOR! answered 503' }),
    ]);
    expect(dead.body).not.toContain('rahasia@warga.id');

    const warga = await userWithRole(t, 'warga');
    expect((await t.app.inject({ method: 'GET', url: '/api/admin/outbox/dead', headers: as(warga) })).statusCode).toBe(403);

    remoteUp = true;
    const retry = await t.app.inject({ method: 'POST', url: `/api/admin/outbox/${id}/retry`, headers: as(admin) });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ status: 'pending', attempts: 0 });
    await worker.runOnce();
    expect(deliveries).toBe(1);
    const again = await t.app.inject({ method: 'POST', url: `/api/admin/outbox/${id}/retry`, headers: as(admin) });
    expect(again.statusCode).toBe(409);
    expect(problemOf(again).code).toBe('outbox.not_dead');
  });

  it('hands each event to one worker when two run at once', async () => {
    const seen: number[] = [];
    const handler = async (_p: unknown, event: { id: number }) => {
      seen.push(event.id);
    };
    const a = createOutboxWorker(t.platform.db, { 'test.once': handler }, log);
    const b = createOutboxWorker(t.platform.db, { 'test.once': handler }, log);
    for (let i = 0; i < 30; i++) await t.platform.outbox.enqueue(t.platform.db, 'test.once', { i });
    await Promise.all([a.runOnce(), b.runOnce(), a.runOnce(), b.runOnce()]);
    await Promise.all([a.runOnce(), b.runOnce()]);
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);
  });

  it('leaves the rest of a batch to another worker once its lease ran out, and delivers nothing twice', async () => {
    const seen: Array<{ worker: string; id: number }> = [];
    let other: OutboxWorker | undefined;
    const slow = createOutboxWorker(
      t.platform.db,
      {
        'test.lease': async (_p, event) => {
          seen.push({ worker: 'slow', id: event.id });
          if (other) return;
          // A remote so slow that the leases on the rest of this batch run out meanwhile, and the
          // worker of another process claims and delivers them.
          await sql`update outbox set locked_until = now() - interval '1 second' where topic = 'test.lease' and status = 'pending' and id <> ${event.id}`.execute(
            t.platform.db,
          );
          other = createOutboxWorker(t.platform.db, { 'test.lease': async (_q, e) => void seen.push({ worker: 'other', id: e.id }) }, log);
          await other.runOnce();
        },
      },
      log,
    );
    for (let i = 0; i < 5; i++) await t.platform.outbox.enqueue(t.platform.db, 'test.lease', { i });
    await slow.runOnce();
    expect(seen.filter((s) => s.worker === 'slow')).toHaveLength(1);
    expect(seen.filter((s) => s.worker === 'other')).toHaveLength(4);
    expect(new Set(seen.map((s) => s.id)).size).toBe(5);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from outbox where topic = 'test.lease' and status = 'done'`.execute(t.platform.db);
    expect(rows[0].n).toBe(5);
  });
});
