import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { as, createTestApp, problemOf, type TestApp } from '../../testing/test-app.js';
import { cast, fileComplaint } from './complaints.testing.js';

/** A stand-in for SP4N-LAPOR! on a local port: takes JSON with a bearer token, answers an id, or fails when told. */
async function startLapor() {
  const received: Array<{ auth: string | undefined; body: Record<string, unknown> }> = [];
  let failNext = 0;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => {
      raw += c;
    });
    req.on('end', () => {
      if (failNext-- > 0) {
        res.writeHead(503, { 'content-type': 'application/json' }).end('{"message":"sedang pemeliharaan"}');
        return;
      }
      received.push({ auth: req.headers.authorization, body: JSON.parse(raw) });
      res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `LAPOR-${received.length}` }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/pengaduan`,
    received,
    failOnce: () => {
      failNext = 1;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describe.each(DATABASE_KINDS)('forwarding to SP4N-LAPOR! on %s', (kind) => {
  let t: TestApp;
  let off: TestApp;
  let lapor: Awaited<ReturnType<typeof startLapor>>;
  let people: Awaited<ReturnType<typeof cast>>;
  async function drain() {
    await sql`update outbox set next_attempt_at = now() where status = 'pending'`.execute(t.platform.db);
    while ((await t.worker.runOnce()) > 0) {}
  }

  beforeAll(async () => {
    lapor = await startLapor();
    t = await createTestApp(kind, { env: { LAPOR_URL: lapor.url, LAPOR_TOKEN: 'token-lapor-uji' } });
    people = await cast(t);
  });
  afterAll(async () => {
    await t.close();
    await off?.close();
    await lapor.close();
  });

  it('forwards a complaint outside the city\u2019s authority, retrying while the remote is down, and shows its number', async () => {
    const c = await fileComplaint(t, people.admin, {
      privacy: 'anonim',
      description: 'Jalan tol Malang-Pandaan rusak di KM 80.',
      reporter: { name: 'Tidak Boleh Terkirim', email: 'anonim@contoh.id' },
    });
    lapor.failOnce();
    const rejected = await t.app.inject({
      method: 'POST',
      url: `/api/sambat/staff/complaints/${c.id}/reject`,
      headers: as(people.admin),
      payload: { reason: 'bukan_wewenang', forwardToLapor: true, note: 'Jalan tol adalah wewenang pemerintah pusat.' },
    });
    expect(rejected.statusCode).toBe(200);
    await drain();
    await drain();
    expect(lapor.received).toHaveLength(1);
    const sent = lapor.received[0];
    expect(sent.auth).toBe('Bearer token-lapor-uji');
    expect(sent.body).toMatchObject({
      reference: c.trackingNo,
      source: 'SAMBAT',
      privacy: 'anonim',
      reporter: null,
      reason: 'Jalan tol adalah wewenang pemerintah pusat.',
    });
    expect(JSON.stringify(sent.body)).not.toContain('Tidak Boleh Terkirim');
    const timeline = (await t.app.inject({ method: 'GET', url: `/api/sambat/complaints/${c.trackingNo}` })).json().timeline;
    expect(timeline.at(-1)).toMatchObject({ type: 'forwarded_lapor', note: 'Diteruskan ke SP4N-LAPOR! dengan nomor LAPOR-1.' });
  });

  it('forwards only complaints outside the city\u2019s authority, and only when it is turned on', async () => {
    const c = await fileComplaint(t, people.admin);
    const spam = await t.app.inject({
      method: 'POST',
      url: `/api/sambat/staff/complaints/${c.id}/reject`,
      headers: as(people.admin),
      payload: { reason: 'spam', forwardToLapor: true },
    });
    expect(spam.statusCode).toBe(400);
    expect(problemOf(spam).code).toBe('complaint.cannot_forward');
    off = await createTestApp(kind);
    const admin = (await cast(off)).admin;
    const d = await fileComplaint(off, admin);
    const notOn = await off.app.inject({
      method: 'POST',
      url: `/api/sambat/staff/complaints/${d.id}/reject`,
      headers: as(admin),
      payload: { reason: 'bukan_wewenang', forwardToLapor: true },
    });
    expect(notOn.statusCode).toBe(400);
    expect(problemOf(notOn).detail).toContain('LAPOR_URL');
  });
});
