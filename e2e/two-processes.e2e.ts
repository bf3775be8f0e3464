/**
 * Scaling out, as docs/OPERATIONS tells a city to do it: two identical processes on one PostgreSQL
 * behind a balancer without sticky sessions. Both start at the same moment on an empty database;
 * a person signed in on one carries on with the other; both run the outbox worker, and an OPD's
 * system still receives every complaint event exactly once.
 */
import { createHmac } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALUN_ALUN } from '../src/modules/complaints/complaints.testing.js';
import { MODULES } from '../src/modules/index.js';
import { ApiSession, createStaff, fileComplaint, opdIdByCode } from './support/api.js';
import { createScratchDatabase, postgresMissing, type ScratchDatabase } from './support/postgres.js';
import { type ServerProcess, startServerProcess } from './support/server.js';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.js';

const missing = await postgresMissing();

/** Enough complaints that both workers claim batches of events at the same time. */
const COMPLAINTS = 40;

describe.skipIf(missing)('two processes on one PostgreSQL', () => {
  let database: ScratchDatabase;
  let pool: pg.Pool;
  let servers: ServerProcess[] = [];
  let receiver: WebhookReceiver;
  const query = async <T>(text: string, values: unknown[] = []) => (await pool.query(text, values)).rows as T[];

  beforeAll(async () => {
    [database, receiver] = await Promise.all([createScratchDatabase('bk_two'), startWebhookReceiver()]);
    pool = new pg.Pool({ connectionString: database.url, max: 2 });
    // Same secrets (sessions and encrypted fields must mean the same to both), own port and data folder.
    // Uploads live in each DATA_DIR, so this test files no photos.
    const env = {
      DATABASE_URL: database.url,
      SESSION_SECRET: 'two-processes-session-secret-0123456789',
      ENCRYPTION_KEY: 'two-processes-encryption-key-0123456789',
      RUN_WORKER: 'true',
    };
    const started = await Promise.allSettled([startServerProcess(env), startServerProcess(env)]);
    servers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await receiver?.close();
    await pool?.end();
    await database?.drop();
  });

  it('both start at once on an empty database; one applies the migrations and one makes the first admin', async () => {
    const total = MODULES.reduce((n, mod) => n + Object.keys(mod.migrations).length, 0);
    // Exactly one process migrated, and it applied every migration; the other found nothing to do.
    expect(servers.map((s) => s.migrated).sort((a, b) => a - b)).toEqual([0, total]);
    const [applied] = await query<{ rows: number; names: number }>('select count(*)::int as rows, count(distinct name)::int as names from schema_migration');
    expect(applied).toEqual({ rows: total, names: total });

    // One password was printed, by one process, and it signs in on either.
    const printed = servers.filter((s) => s.firstAdmin);
    expect(printed).toHaveLength(1);
    const [admins] = await query<{ n: number }>(`select count(*)::int as n from role_grant where role = 'admin'`);
    expect(admins.n).toBe(1);
    for (const server of servers) {
      await new ApiSession(server.url).login(printed[0].firstAdmin!.email, printed[0].firstAdmin!.password);
    }
  });

  it('a session made on one process works on the other, and signing out on the other ends it on both', async () => {
    const admin = servers.find((s) => s.firstAdmin)!.firstAdmin!;
    const [one, two] = servers;
    const login = await fetch(`${one.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(admin),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const on = (server: ServerProcess, method: string, path: string, body?: unknown) =>
      fetch(`${server.url}${path}`, {
        method,
        headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });

    const me = await on(two, 'GET', '/api/auth/me');
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ user: { email: admin.email }, csrfToken });

    // A write on the other process, guarded by the CSRF token the first one handed out.
    const holiday = { day: '2099-06-15', name: 'Hari uji dua proses', kind: 'libur_daerah' };
    expect((await on(two, 'POST', '/api/calendar/holidays', holiday)).status).toBe(201);
    const listed = (await (await fetch(`${two.url}/api/calendar/holidays?year=2099`)).json()) as { items: Array<{ day: string; name: string }> };
    expect(listed.items).toContainEqual(expect.objectContaining({ day: holiday.day, name: holiday.name }));
    // Without the token the same cookie cannot write, on either process.
    const forged = await fetch(`${one.url}/api/calendar/holidays`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ ...holiday, day: '2099-06-16' }),
    });
    expect(forged.status).toBe(403);

    expect((await on(two, 'POST', '/api/auth/logout')).status).toBe(204);
    expect((await on(one, 'GET', '/api/auth/me')).status).toBe(401);
    expect((await on(two, 'GET', '/api/auth/me')).status).toBe(401);
  });

  it('with both workers running, each complaint event reaches the OPD webhook exactly once', async () => {
    const [one, two] = servers;
    const printed = servers.find((s) => s.firstAdmin)!.firstAdmin!;
    const admins = [new ApiSession(one.url), new ApiSession(two.url)];
    for (const session of admins) await session.login(printed.email, printed.password);
    const pu = await opdIdByCode(one.url, 'DPUPRPKP');
    const operatorAccount = await createStaff(admins[0], 'operator_opd', pu, 'Operator Dua Proses');
    const operators = [new ApiSession(one.url), new ApiSession(two.url)];
    for (const session of operators) await session.login(operatorAccount.email, operatorAccount.password);
    const { secret } = await admins[1].request<{ secret: string }>('POST', '/api/sambat/webhooks', {
      opdId: pu,
      url: receiver.url,
      description: 'Sistem pemeliharaan jalan (uji dua proses)',
    });

    // Citizens file through whichever process the balancer picks; staff act through either.
    const filed: string[] = [];
    for (let i = 0; i < COMPLAINTS; i++) {
      const { trackingNo } = await fileComplaint(servers[i % 2].url, {
        category: 'JALAN',
        description: `Jalan berlubang nomor ${i + 1} di sekitar alun-alun, membahayakan pengendara motor.`,
        location: { lat: ALUN_ALUN.lat + i * 0.0001, lon: ALUN_ALUN.lon },
      });
      filed.push(trackingNo);
    }
    const ids = await query<{ id: string; tracking_no: string }>('select id, tracking_no from complaint where tracking_no = any($1)', [filed]);
    expect(ids).toHaveLength(COMPLAINTS);
    const staffPath = (id: string, step: string) => `/api/sambat/staff/complaints/${id}/${step}`;
    await Promise.all(ids.map(({ id }, i) => admins[i % 2].request('POST', staffPath(id, 'verify'), { opdId: pu })));
    await Promise.all(ids.map(({ id }, i) => operators[(i + 1) % 2].request('POST', staffPath(id, 'accept'), {})));

    // Everything the steps queued has left the outbox: delivered, and nothing waiting or dead.
    await expect
      .poll(async () => (await query<{ n: number }>(`select count(*)::int as n from outbox where status <> 'done'`))[0].n, { timeout: 90_000, interval: 500 })
      .toBe(0);

    const deliveries = receiver.deliveries.map((d) => {
      const body = JSON.parse(d.body) as { event: string; complaint: { trackingNo: string } };
      return { id: String(d.headers['x-balaikota-delivery']), key: `${body.complaint.trackingNo} ${body.event}`, ...d };
    });
    const deliveryIds = deliveries.map((d) => d.id);
    const [done] = await query<{ n: number }>(`select count(*)::int as n from outbox where topic = 'complaint.webhook' and status = 'done'`);
    console.info(
      `two processes: ${deliveries.length} webhook deliveries for ${COMPLAINTS} complaints, ${deliveries.length - new Set(deliveryIds).size} duplicate(s); outbox done rows for complaint.webhook: ${done.n}`,
    );
    // Every delivery names its outbox event, and no event came twice, under either name.
    expect(deliveryIds.every((id) => /^\d+$/.test(id))).toBe(true);
    expect(new Set(deliveryIds).size).toBe(deliveries.length);
    expect(new Set(deliveries.map((d) => d.key)).size).toBe(deliveries.length);
    expect(done.n).toBe(deliveries.length);
    // Routing and acceptance of every complaint reached the OPD's system, each signed with its secret.
    for (const trackingNo of filed) {
      for (const event of ['verified', 'accepted']) expect(deliveries.map((d) => d.key)).toContain(`${trackingNo} ${event}`);
    }
    for (const d of deliveries) {
      const expected = `sha256=${createHmac('sha256', secret).update(`${d.headers['x-balaikota-timestamp']}.${d.body}`).digest('hex')}`;
      expect(d.headers['x-balaikota-signature']).toBe(expected);
    }
  });
});
