/**
 * The SMS gateway's webhook under hostile input: bodies signed with the right key and with wrong
 * ones, stale and future timestamps, headers that are junk, and signed bodies that are anything at
 * all (JSON of any shape, bytes that are not UTF-8). An unsigned request changes nothing; a signed
 * one files a whole complaint, queues its help reply, or is refused with a problem.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signBody } from '../../modules/complaints/sms/sms.text.js';
import { DATABASE_KINDS } from '../databases.js';
import { createTestApp, type TestApp } from '../test-app.js';
import { delta, expectHandled, headersOf, headerText, hostileText, hostileValue, type Ledger, ledger, nextIp, runs } from './hostile.support.js';

const SECRET = 'kunci-webhook-uji-hostile-0123456789abcdef';

type Signing = 'right' | 'wrong-key' | 'none' | 'stale' | 'future' | 'junk' | 'other-body';

describe.each(DATABASE_KINDS)('hostile SMS webhook calls on %s', (kind) => {
  let t: TestApp;
  let seq = 0;

  beforeAll(async () => {
    t = await createTestApp(kind, { env: { SMS_WEBHOOK_SECRET: SECRET } });
  });
  afterAll(() => t.close());

  const now = () => Math.floor(Date.now() / 1000);

  /** Headers for `raw` signed as `signing` says; only 'right' is what the gateway sends. */
  function sign(raw: Buffer, signing: Signing, junk: string): Record<string, string> {
    const ts = String(now());
    switch (signing) {
      case 'right':
        return { 'x-timestamp': ts, 'x-signature': signBody(SECRET, ts, raw) };
      case 'wrong-key':
        return { 'x-timestamp': ts, 'x-signature': signBody(`${SECRET}-lain`, ts, raw) };
      case 'none':
        return { 'x-timestamp': ts };
      case 'stale': {
        const old = String(now() - 3600);
        return { 'x-timestamp': old, 'x-signature': signBody(SECRET, old, raw) };
      }
      case 'future': {
        const later = String(now() + 3600);
        return { 'x-timestamp': later, 'x-signature': signBody(SECRET, later, raw) };
      }
      case 'junk':
        return { 'x-timestamp': junk, 'x-signature': junk };
      case 'other-body':
        return { 'x-timestamp': ts, 'x-signature': signBody(SECRET, ts, Buffer.concat([raw, Buffer.from(' ')])) };
    }
  }

  it('changes nothing for a wrongly signed call and files whole or refuses a rightly signed one, whatever the body', async () => {
    const counts = { filed: 0, help: 0, unsigned: 0 };
    const message = fc.record(
      {
        id: fc.oneof(
          { weight: 3, arbitrary: fc.constant('<fresh>') },
          { weight: 1, arbitrary: fc.constantFrom('gw-ulang-1', 'gw-ulang-2') },
          { weight: 1, arbitrary: hostileValue },
        ),
        from: fc.oneof({ weight: 3, arbitrary: fc.constantFrom('+6281234567890', '+6285700000001') }, { weight: 1, arbitrary: hostileValue }),
        text: fc.oneof(
          { weight: 3, arbitrary: hostileText(300).map((s) => `SAMBAT ${s}`) },
          { weight: 1, arbitrary: fc.constantFrom('SAMBAT Lampu jalan mati di Jl. Ijen depan no. 25', 'halo', 'sambat:   ') },
          { weight: 1, arbitrary: hostileValue },
        ),
        receivedAt: fc.option(fc.oneof({ weight: 4, arbitrary: fc.constant(new Date().toISOString()) }, { weight: 1, arbitrary: hostileValue }), {
          freq: 2,
          nil: undefined,
        }),
        extra: fc.option(hostileValue, { freq: 4, nil: undefined }),
      },
      { requiredKeys: ['id', 'from', 'text', 'receivedAt', 'extra'] },
    );
    const body = fc.oneof(
      {
        weight: 4,
        arbitrary: message.map((m) => {
          const sent: Record<string, unknown> = m.id === '<fresh>' ? { ...m, id: `gw-${kind}-${++seq}` } : { ...m };
          for (const key of Object.keys(sent)) if (sent[key] === undefined) delete sent[key];
          return Buffer.from(JSON.stringify(sent));
        }),
      },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => Buffer.from(JSON.stringify(v))) },
      // Signed bytes that are not JSON, or not UTF-8: a gateway with a broken encoder.
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)) },
      {
        weight: 1,
        arbitrary: fc
          .uint8Array({ minLength: 1, maxLength: 8 })
          .map((b) =>
            Buffer.concat([
              Buffer.from(`{"id":"gw-${kind}-bytes-${++seq}","from":"+6281234567890","text":"SAMBAT jalan rusak `),
              Buffer.from(b),
              Buffer.from('"}'),
            ]),
          ),
      },
    );
    const signing = fc.oneof(
      { weight: 6, arbitrary: fc.constant<Signing>('right') },
      { weight: 6, arbitrary: fc.constantFrom<Signing>('wrong-key', 'none', 'stale', 'future', 'junk', 'other-body') },
    );
    await fc.assert(
      fc.asyncProperty(body, signing, headerText, fc.constantFrom(undefined, 'en'), async (raw, how, junk, language) => {
        const before = await ledger(t);
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/sambat/sms/inbound',
          remoteAddress: nextIp(),
          headers: headersOf({ 'content-type': 'application/json; charset=utf-8', 'accept-language': language, ...sign(raw, how, junk) }),
          payload: raw,
        });
        expectHandled(res, language ?? 'id');
        const moved = delta(before, await ledger(t));
        if (how !== 'right') {
          counts.unsigned++;
          // Too big is refused before the signature is read: nothing unsigned is parsed either way.
          expect(res.statusCode, res.body).toBe(raw.length > 64 * 1024 ? 413 : 401);
          expect(moved).toEqual({});
          return;
        }
        if (res.statusCode >= 400) {
          expect(moved, res.body).toEqual({});
          return;
        }
        expect(res.statusCode).toBe(200);
        const answer = res.json() as { accepted: true; trackingNo?: string };
        // A retried id answers again and changes nothing; a new one files, or queues the help reply.
        const filed: Partial<Ledger> = { complaint: 1, complaint_event: 1, audit_log: 1, outbox: 2, idempotency_record: 1 };
        const help: Partial<Ledger> = { outbox: 1, idempotency_record: 1 };
        if (answer.trackingNo) {
          counts.filed++;
          expect([filed, {}]).toContainEqual(moved);
        } else {
          counts.help++;
          expect([help, {}]).toContainEqual(moved);
        }
      }),
      runs(150),
    );
    expect(counts.filed).toBeGreaterThan(0);
    expect(counts.help).toBeGreaterThan(0);
    expect(counts.unsigned).toBeGreaterThan(0);
  });

  it('refuses an oversized or deeply nested signed body with a problem', async () => {
    const big = Buffer.from(JSON.stringify({ id: 'gw-besar', from: '+6281234567890', text: `SAMBAT ${'x'.repeat(70 * 1024)}` }));
    const deep = Buffer.from(`${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    for (const [raw, status] of [
      [big, 413],
      [deep, 400],
    ] as const) {
      const before = await ledger(t);
      const ts = String(now());
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/sambat/sms/inbound',
        headers: { 'content-type': 'application/json', 'x-timestamp': ts, 'x-signature': signBody(SECRET, ts, raw) },
        payload: raw,
      });
      expectHandled(res);
      expect(res.statusCode).toBe(status);
      expect(delta(before, await ledger(t))).toEqual({});
    }
  });
});
