import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../../platform/context.js';
import { createOutboxWorker, type OutboxWorker } from '../../../platform/outbox/outbox.worker.js';
import { DATABASE_KINDS } from '../../../testing/databases.js';
import { createTestApp, problemOf, type TestApp } from '../../../testing/test-app.js';
import { smsOutboxHandlers } from './sms.outbox.js';
import { createSmsService } from './sms.service.js';
import { HELP_REPLY, SMS_NO_LOCATION, signBody } from './sms.text.js';

const SECRET = 'kunci-webhook-gateway-sms-malang-2026';
const TOKEN = 'token-gateway-uji';
const PUBLIC_URL = 'https://sambat.malangkota.go.id';
const PHONE = '+6281234567890';

interface Received {
  authorization: string | undefined;
  body: { to: string; text: string; reference: string };
}

/** A stand-in SMS gateway: records what it is sent; answers 503 while told to fail. */
async function standInGateway() {
  const received: Received[] = [];
  const state = { failures: 0, attempts: 0 };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      state.attempts++;
      if (state.failures > 0) {
        state.failures--;
        res.writeHead(503).end('sedang sibuk');
        return;
      }
      received.push({ authorization: req.headers.authorization, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"queued":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    received,
    state,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/send`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.each(DATABASE_KINDS)('SAMBAT by SMS on %s', (kind) => {
  let t: TestApp;
  let gateway: Awaited<ReturnType<typeof standInGateway>>;
  let worker: OutboxWorker;
  const log = pino({ level: 'silent' });
  let seq = 0;
  const messageId = () => `gw-${kind}-${++seq}-${Date.now()}`;

  /** Posts a message as the gateway would: signed, timestamped now unless told otherwise. */
  const deliver = (
    message: Record<string, unknown>,
    options: { secret?: string; timestamp?: number; signature?: string | null; app?: TestApp; raw?: string } = {},
  ) => {
    const body = options.raw ?? JSON.stringify(message);
    const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', 'x-timestamp': timestamp };
    if (options.signature !== null) headers['x-signature'] = options.signature ?? signBody(options.secret ?? SECRET, timestamp, body);
    return (options.app ?? t).app.inject({ method: 'POST', url: '/api/sambat/sms/inbound', headers, payload: body });
  };
  const count = async (table: 'complaint' | 'sms.reply') => {
    const q =
      table === 'complaint'
        ? sql<{ n: number }>`select count(*)::int as n from complaint`
        : sql<{ n: number }>`select count(*)::int as n from outbox where topic = 'sms.reply'`;
    return (await q.execute(t.platform.db)).rows[0].n;
  };
  /** What the stand-in gateway received in reply to these messages, in the order of the ids. */
  const repliesTo = (...ids: string[]) =>
    gateway.received.filter((r) => ids.includes(r.body.reference)).sort((a, b) => ids.indexOf(a.body.reference) - ids.indexOf(b.body.reference));
  /** Makes every pending event due now, as if its backoff had passed. */
  const fastForward = () => sql`update outbox set next_attempt_at = now() where status = 'pending'`.execute(t.platform.db);

  beforeAll(async () => {
    gateway = await standInGateway();
    t = await createTestApp(kind, { env: { SMS_WEBHOOK_SECRET: SECRET, SMS_GATEWAY_URL: gateway.url, SMS_GATEWAY_TOKEN: TOKEN, PUBLIC_URL } });
    // Only the SMS handlers: the test needs no mail or webhook deliveries of complaint events.
    worker = createOutboxWorker(t.platform.db, smsOutboxHandlers(t.platform, log), log);
  });
  afterAll(async () => {
    await t.close();
    await gateway.close();
  });

  it('files "SAMBAT ..." as an SMS complaint and sends the receipt through the outbox', async () => {
    const id = messageId();
    const res = await deliver({
      id,
      from: PHONE,
      text: 'SAMBAT Lampu jalan mati di Jl. Ijen depan no. 25 sejak tiga hari',
      receivedAt: new Date().toISOString(),
    });
    expect(res.statusCode).toBe(200);
    const { trackingNo, accepted } = res.json();
    expect(accepted).toBe(true);
    expect(trackingNo).toMatch(/^SBT-\d{4}-\d{6}$/);

    const row = await t.platform.db
      .selectFrom('complaint')
      .innerJoin('complaint_category', 'complaint_category.id', 'complaint.category_id')
      .select([
        'complaint.channel',
        'complaint.kind',
        'complaint.privacy',
        'complaint.reporter_phone',
        'complaint.reporter_name',
        'complaint.description',
        'complaint.address',
        'complaint.lat',
        'complaint.location_source',
        'complaint_category.code as category',
      ])
      .where('tracking_no', '=', trackingNo)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      channel: 'sms',
      kind: 'pengaduan',
      privacy: 'publik',
      reporter_phone: PHONE,
      reporter_name: null,
      description: 'Lampu jalan mati di Jl. Ijen depan no. 25 sejak tiga hari',
      address: SMS_NO_LOCATION,
      lat: null,
      location_source: 'address',
      category: 'LAINNYA',
    });

    // Nothing leaves before the worker runs: the reply waits in the outbox.
    expect(repliesTo(id)).toEqual([]);
    await worker.runOnce();
    expect(repliesTo(id)).toEqual([
      {
        authorization: `Bearer ${TOKEN}`,
        body: {
          to: PHONE,
          text: `Aduan Anda diterima dengan nomor ${trackingNo}. Lacak di ${PUBLIC_URL}/lacak/${trackingNo}`,
          reference: id,
        },
      },
    ]);
  });

  it('files nothing twice and sends no second receipt when the gateway retries a message', async () => {
    const message = { id: messageId(), from: '+6285655554444', text: 'sambat Sampah menumpuk di depan Pasar Dinoyo' };
    const first = await deliver(message);
    const complaints = await count('complaint');
    const replies = await count('sms.reply');
    const retry = await deliver(message);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first.json());
    expect(await count('complaint')).toBe(complaints);
    expect(await count('sms.reply')).toBe(replies);

    // Two deliveries of one message at the same moment: the loser's filing and receipt roll back.
    const twin = { id: messageId(), from: '+6285655554444', text: 'SAMBAT Lampu lalu lintas mati di perempatan Kayutangan' };
    const [a, b] = await Promise.all([deliver(twin), deliver(twin)]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(a.json().trackingNo).toBe(b.json().trackingNo);
    expect(await count('complaint')).toBe(complaints + 1);
    expect(await count('sms.reply')).toBe(replies + 1);
  });

  it('answers anything else with the format, once per message, and files nothing', async () => {
    const complaints = await count('complaint');
    const halo = { id: messageId(), from: '+6281300001111', text: 'halo' };
    const res = await deliver(halo);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ accepted: true });
    // The gateway retries: still one reply.
    await deliver(halo);
    const tooShort = { id: messageId(), from: '+6281300001111', text: 'SAMBAT rusak' };
    expect((await deliver(tooShort)).json()).toEqual({ accepted: true });
    expect(await count('complaint')).toBe(complaints);
    await worker.runOnce();
    expect(repliesTo(halo.id, tooShort.id).map((r) => r.body)).toEqual([
      { to: '+6281300001111', text: HELP_REPLY, reference: halo.id },
      { to: '+6281300001111', text: HELP_REPLY, reference: tooShort.id },
    ]);
  });

  it('refuses a bad or missing signature and a stale timestamp with 401, filing nothing', async () => {
    const complaints = await count('complaint');
    const replies = await count('sms.reply');
    const message = { id: messageId(), from: PHONE, text: 'SAMBAT Pohon tumbang menutup Jl. Semeru' };
    const forged = await deliver(message, { secret: 'kunci-palsu-kunci-palsu-kunci-palsu-00' });
    expect(forged.statusCode).toBe(401);
    expect(forged.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(problemOf(forged).code).toBe('sms.bad_signature');
    const unsigned = await deliver(message, { signature: null });
    expect(problemOf(unsigned).code).toBe('sms.bad_signature');
    // A body changed on the way no longer matches the signature of the original.
    const sentAt = Math.floor(Date.now() / 1000);
    const signed = signBody(SECRET, String(sentAt), JSON.stringify(message));
    const tampered = await deliver({ ...message, text: 'SAMBAT Aduan lain yang disisipkan orang' }, { signature: signed, timestamp: sentAt });
    expect(tampered.statusCode).toBe(401);
    // The same message replayed later with a fresh timestamp no longer matches its signature.
    const replayed = await deliver(message, { signature: signed, timestamp: sentAt + 120 });
    expect(problemOf(replayed).code).toBe('sms.bad_signature');
    const stale = await deliver(message, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(stale.statusCode).toBe(401);
    expect(problemOf(stale).code).toBe('sms.stale_request');
    const noBody = await t.app.inject({ method: 'POST', url: '/api/sambat/sms/inbound' });
    expect(noBody.statusCode).toBe(401);
    expect(await count('complaint')).toBe(complaints);
    expect(await count('sms.reply')).toBe(replies);
  });

  it('answers a signed but malformed message with 400', async () => {
    const broken = await deliver({}, { raw: '{"id": "x", "from": ' });
    expect(broken.statusCode).toBe(400);
    expect(problemOf(broken).code).toBe('malformed_body');
    const noSender = await deliver({ id: messageId(), from: '081234567890', text: 'SAMBAT Jalan rusak di Jl. Ijen' });
    expect(noSender.statusCode).toBe(400);
    expect(problemOf(noSender).errors?.map((e) => e.field)).toEqual(['from']);
  });

  it('answers 503 while SMS_WEBHOOK_SECRET is unset', async () => {
    const off = await createTestApp(kind, { seed: false });
    try {
      const res = await deliver({ id: 'm-1', from: PHONE, text: 'SAMBAT Jalan rusak di Jl. Ijen' }, { app: off });
      expect(res.statusCode).toBe(503);
      const problem = problemOf(res);
      expect(problem.code).toBe('sms.not_configured');
      expect(problem.detail).toContain('SMS_WEBHOOK_SECRET');
    } finally {
      await off.close();
    }
  });

  it('retries a reply the gateway refused, and delivers it once the gateway is back', async () => {
    // Earlier replies go out first, so the one refusal below falls on this test's reply.
    await worker.runOnce();
    const id = messageId();
    const { trackingNo } = (await deliver({ id, from: PHONE, text: 'SAMBAT Saluran air mampet di Jl. Bromo, banjir tiap hujan' })).json();
    gateway.state.failures = 1;
    await worker.runOnce();
    expect(gateway.state.failures).toBe(0);
    expect(repliesTo(id)).toEqual([]);
    const pending = await sql<{ attempts: number; status: string; last_error: string }>`
      select attempts, status, last_error from outbox where topic = 'sms.reply' and payload->>'inReplyTo' = ${id}`.execute(t.platform.db);
    expect(pending.rows).toEqual([{ attempts: 1, status: 'pending', last_error: 'SMS gateway answered 503 Service Unavailable' }]);
    await fastForward();
    await worker.runOnce();
    expect(repliesTo(id).map((r) => r.body.text)).toEqual([`Aduan Anda diterima dengan nomor ${trackingNo}. Lacak di ${PUBLIC_URL}/lacak/${trackingNo}`]);
    await fastForward();
    await worker.runOnce();
    expect(repliesTo(id)).toHaveLength(1);
  });

  it("never shows the reporter's phone in public answers", async () => {
    const phone = '+6281999988887';
    const { trackingNo } = (await deliver({ id: messageId(), from: phone, text: 'SAMBAT Trotoar rusak di depan Stasiun Kota Baru' })).json();
    const detail = await t.app.inject({ method: 'GET', url: `/api/sambat/complaints/${trackingNo}` });
    expect(detail.statusCode).toBe(200);
    expect(detail.json().complaint.description).toBe('Trotoar rusak di depan Stasiun Kota Baru');
    const list = await t.app.inject({ method: 'GET', url: '/api/sambat/complaints?pageSize=200' });
    for (const body of [detail.body, list.body]) {
      expect(body).not.toContain(phone);
      expect(body).not.toContain('81999988887');
    }
  });

  it('takes the location of SMS_DEFAULT_PLACE when set, and an address only when that place is gone', async () => {
    await sql`insert into qr_place (code, name, lat, lon) values ('alun-alun-merdeka', 'Alun-Alun Merdeka', -7.9826, 112.6308)`.execute(t.platform.db);
    const withPlace = (code: string) =>
      createSmsService({ ...t.platform, config: { ...t.platform.config, sms: { ...t.platform.config.sms, defaultPlace: code } } });
    const ctx = systemContext();
    const placed = await withPlace('alun-alun-merdeka').receive(ctx, { id: messageId(), from: PHONE, text: 'SAMBAT Parkir liar memenuhi trotoar alun-alun' });
    const gone = await withPlace('tidak-ada').receive(ctx, { id: messageId(), from: PHONE, text: 'SAMBAT Parkir liar memenuhi trotoar alun-alun' });
    const rows = await t.platform.db
      .selectFrom('complaint')
      .select(['tracking_no', 'lat', 'lon', 'location_source', 'address', 'channel'])
      .where('tracking_no', 'in', [placed.trackingNo as string, gone.trackingNo as string])
      .orderBy('number')
      .execute();
    expect(rows).toEqual([
      { tracking_no: placed.trackingNo, lat: -7.9826, lon: 112.6308, location_source: 'qr_place', address: SMS_NO_LOCATION, channel: 'sms' },
      { tracking_no: gone.trackingNo, lat: null, lon: null, location_source: 'address', address: SMS_NO_LOCATION, channel: 'sms' },
    ]);
  });
});
