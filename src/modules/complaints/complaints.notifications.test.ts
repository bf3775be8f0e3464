import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { type SmtpSink, startSmtpSink } from '../../testing/smtp-sink.js';
import { as, createTestApp, type Session, type TestApp, userWithRole } from '../../testing/test-app.js';
import { runComplaintClock } from './complaint.clock.js';
import { cast, fileComplaint } from './complaints.testing.js';

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A system of the OPD's that receives webhooks, and can be told to fail. */
async function startReceiver() {
  const received: Received[] = [];
  let failNext = 0;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      if (failNext > 0) {
        failNext--;
        res.writeHead(503).end();
        return;
      }
      received.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sambat`,
    received,
    failOnce: () => {
      failNext = 1;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describe.each(DATABASE_KINDS)('notifications, webhooks and the clock on %s', (kind) => {
  let t: TestApp;
  let smtp: SmtpSink;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let people: Awaited<ReturnType<typeof cast>>;
  const mailsTo = (email: string) => smtp.messages.filter((m) => m.to.includes(email)).map((m) => m.raw.replace(/=\r?\n/g, ''));
  async function drain() {
    await sql`update outbox set next_attempt_at = now() where status = 'pending'`.execute(t.platform.db);
    while ((await t.worker.runOnce()) > 0) {}
  }
  const act = (id: string, step: string, who: Session, payload: Record<string, unknown> = {}) =>
    t.app.inject({ method: 'POST', url: `/api/sambat/staff/complaints/${id}/${step}`, headers: as(who), payload });

  beforeAll(async () => {
    smtp = await startSmtpSink();
    receiver = await startReceiver();
    t = await createTestApp(kind, { env: { SMTP_URL: smtp.url, PUBLIC_URL: 'http://sambat.test' } });
    people = await cast(t);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
    await receiver.close();
  });

  it('mails the reporter a receipt and each public step, and the OPD when a complaint is routed to it', async () => {
    const c = await fileComplaint(t, people.admin, { reporter: { name: 'Pak Budi', email: 'budi.pelapor@contoh.id' } });
    await drain();
    const receipt = mailsTo('budi.pelapor@contoh.id');
    expect(receipt).toHaveLength(1);
    expect(receipt[0]).toContain(`Aduan Anda telah kami terima dengan nomor ${c.trackingNo}`);
    expect(receipt[0]).toContain(`http://sambat.test/lacak/${c.trackingNo}`);

    await act(c.id, 'verify', people.admin, { opdId: people.pu, note: 'Catatan internal admin.' });
    await drain();
    for (const staff of [people.operatorPu, people.kepalaPu]) {
      expect(mailsTo(staff.email).some((m) => m.includes(`Aduan ${c.trackingNo} diteruskan ke OPD Anda`))).toBe(true);
      // The link opens the complaint in the officer console, not the raw API.
      expect(mailsTo(staff.email).some((m) => m.includes(`http://sambat.test/konsol/aduan/${c.id}`))).toBe(true);
    }
    expect(mailsTo(people.operatorDishub.email)).toHaveLength(0);
    const update = mailsTo('budi.pelapor@contoh.id')[1];
    expect(update).toContain('Diteruskan ke OPD');
    expect(update).not.toContain('Catatan internal admin');

    await act(c.id, 'accept', people.operatorPu);
    await act(c.id, 'respond', people.operatorPu, { answer: 'Perbaikan dijadwalkan minggu depan.' });
    await drain();
    expect(mailsTo('budi.pelapor@contoh.id').at(-1)).toContain('Perbaikan dijadwalkan minggu depan.');
  });

  it('delivers signed events to the OPD\u2019s webhook, retrying when it is down, without the reporter', async () => {
    const register = await t.app.inject({
      method: 'POST',
      url: '/api/sambat/webhooks',
      headers: as(people.kepalaPu),
      payload: { opdId: people.pu, url: receiver.url, description: 'Sistem pemeliharaan jalan' },
    });
    expect(register.statusCode).toBe(201);
    const { secret } = register.json();
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/sambat/webhooks', headers: as(people.operatorPu), payload: { opdId: people.pu, url: receiver.url } }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/sambat/webhooks', headers: as(people.kepalaPu), payload: { opdId: people.dishub, url: receiver.url } }))
        .statusCode,
    ).toBe(403);

    const c = await fileComplaint(t, people.admin, { reporter: { name: 'Rahasia Sekali', email: 'jangan.bocor@contoh.id' } });
    receiver.failOnce();
    await act(c.id, 'verify', people.admin, { opdId: people.pu });
    await drain();
    await drain();
    const delivery = receiver.received.find((r) => r.body.includes(c.trackingNo));
    expect(delivery).toBeDefined();
    const expected = `sha256=${createHmac('sha256', secret).update(`${delivery!.headers['x-balaikota-timestamp']}.${delivery!.body}`).digest('hex')}`;
    expect(delivery!.headers['x-balaikota-signature']).toBe(expected);
    expect(delivery!.headers['x-balaikota-event']).toBe('verified');
    expect(JSON.parse(delivery!.body).complaint).toMatchObject({ trackingNo: c.trackingNo, status: 'dispositioned', opd: 'DPUPRPKP' });
    expect(delivery!.body).not.toMatch(/Rahasia Sekali|jangan\.bocor/);
    const list = await t.app.inject({ method: 'GET', url: '/api/sambat/webhooks', headers: as(people.kepalaPu) });
    expect(list.body).not.toContain(secret);
  });

  it('closes an unanswered answer after its window, and escalates a late complaint twice', async () => {
    const eksekutif = await userWithRole(t, 'eksekutif');
    const answered = await fileComplaint(t, people.admin);
    await act(answered.id, 'verify', people.admin, { opdId: people.pu });
    await act(answered.id, 'accept', people.operatorPu);
    await act(answered.id, 'respond', people.operatorPu, { answer: 'Sudah selesai dikerjakan.' });
    const late = await fileComplaint(t, people.admin);
    await act(late.id, 'verify', people.admin, { opdId: people.pu });

    await sql`update complaint set due_at = now() - interval '1 hour' where id in (${answered.id}, ${late.id})`.execute(t.platform.db);
    const first = await runComplaintClock(t.platform);
    expect(first).toMatchObject({ closed: 1, overdue: 1, escalated: 0 });
    const closed = (await t.app.inject({ method: 'GET', url: `/api/sambat/complaints/${answered.trackingNo}` })).json();
    expect(closed.complaint.status).toBe('closed');
    expect(closed.timeline.at(-1).type).toBe('auto_closed');
    await drain();
    expect(mailsTo(people.kepalaPu.email).some((m) => m.includes(`Aduan ${late.trackingNo} melewati batas waktu`))).toBe(true);

    // Run again at once: nothing more to do until the escalation period has passed too.
    expect(await runComplaintClock(t.platform)).toMatchObject({ closed: 0, overdue: 0, escalated: 0 });
    await sql`update complaint set due_at = now() - interval '15 days' where id = ${late.id}`.execute(t.platform.db);
    expect(await runComplaintClock(t.platform)).toMatchObject({ escalated: 1 });
    await drain();
    expect(mailsTo(eksekutif.email).some((m) => m.includes(late.trackingNo))).toBe(true);
    const staff = await t.app.inject({ method: 'GET', url: `/api/sambat/staff/complaints/${late.id}`, headers: as(people.admin) });
    expect(staff.json().complaint.escalationLevel).toBe(2);
    // Escalation is internal: the public timeline does not show it.
    const pub = await t.app.inject({ method: 'GET', url: `/api/sambat/complaints/${late.trackingNo}` });
    expect(pub.json().timeline.map((e: { type: string }) => e.type)).not.toContain('escalated');
  });
});
