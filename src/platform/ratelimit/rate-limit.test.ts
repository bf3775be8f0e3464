import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltApp, buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/connection.js';
import { migrateToLatest } from '../../db/migrator.js';
import { ALUN_ALUN } from '../../modules/complaints/complaints.testing.js';
import { MODULES } from '../../modules/index.js';
import { seedAll } from '../../runtime.js';
import { createPostgresDatabase, DATABASE_KINDS, TEST_DATABASE_URL } from '../../testing/databases.js';
import { createTestApp, problemOf, type TestApp, userWithRole } from '../../testing/test-app.js';

/**
 * The counters use fixed windows on the clock; a test that began a second before a window closes
 * would see its count restart. Start every sequence away from that edge instead.
 */
async function awayFromWindowEdge(windowSeconds: number): Promise<void> {
  const left = windowSeconds * 1000 - (Date.now() % (windowSeconds * 1000));
  if (left < 8000) await new Promise((resolve) => setTimeout(resolve, left + 200));
}

let filings = 0;
function filing(reporterEmail = `warga${++filings}@contoh.id`) {
  return {
    category: 'JALAN',
    description: `Jalan berlubang di depan alun-alun, laporan nomor ${++filings}.`,
    location: ALUN_ALUN,
    reporter: { email: reporterEmail },
  };
}

async function complaintCount(t: Pick<BuiltApp, 'platform'>): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from complaint`.execute(t.platform.db);
  return rows[0].n;
}

describe.each(DATABASE_KINDS)('abuse limits on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, {
      env: { RATE_LIMIT_PUBLIC_WRITES_PER_MINUTE: '3', RATE_LIMIT_LOGINS_PER_MINUTE: '3', COMPLAINTS_PER_REPORTER_PER_HOUR: '2' },
    });
  });
  afterAll(() => t.close());

  const file = (remoteAddress: string, payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/sambat/complaints', remoteAddress, payload, headers });

  it('answers the fourth public write a minute from one address with 429, Retry-After and a reason, and files nothing', async () => {
    await awayFromWindowEdge(60);
    for (let i = 0; i < 3; i++) expect((await file('10.1.0.1', filing())).statusCode).toBe(201);
    const before = await complaintCount(t);
    const refused = await file('10.1.0.1', filing());
    expect(refused.statusCode).toBe(429);
    const wait = Number(refused.headers['retry-after']);
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    expect(problemOf(refused).code).toBe('rate_limited');
    expect(problemOf(refused).detail).toBe(`Terlalu banyak permintaan dalam waktu singkat. Coba lagi dalam ${wait} detik.`);
    const english = await file('10.1.0.1', filing(), { 'accept-language': 'en' });
    expect(problemOf(english).detail).toContain('Try again in');
    expect(await complaintCount(t)).toBe(before);
    // Supporting and replying are public writes too; another address is not held back.
    expect((await t.app.inject({ method: 'POST', url: '/api/sambat/complaints/SBT-2026-000001/support', remoteAddress: '10.1.0.1' })).statusCode).toBe(429);
    expect((await file('10.1.0.2', filing())).statusCode).toBe(201);
  });

  it('counts a signed-in citizen per account, whichever address the requests come from', async () => {
    const warga = await userWithRole(t, 'warga');
    await awayFromWindowEdge(60);
    const headers = { cookie: warga.cookie, 'x-csrf-token': warga.csrfToken };
    const addresses = ['10.2.0.1', '10.2.0.2', '10.2.0.3', '10.2.0.4'];
    const answers = [];
    for (const address of addresses) {
      // A supporter once per account: the second and later add nothing, but are still writes.
      answers.push((await t.app.inject({ method: 'POST', url: '/api/sambat/complaints/SBT-2026-000001/support', remoteAddress: address, headers })).statusCode);
    }
    expect(answers.slice(0, 3).every((status) => status !== 429)).toBe(true);
    expect(answers[3]).toBe(429);
  });

  it('limits sign-in attempts per address and per account, even with the right password', async () => {
    await awayFromWindowEdge(60);
    // Making the account signs it in once: the first of its three attempts this minute.
    const target = await userWithRole(t, 'auditor');
    const login = (remoteAddress: string, email: string, password: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, payload: { email, password } });
    for (const address of ['10.3.0.1', '10.3.0.2']) expect((await login(address, target.email, 'salah-sandi')).statusCode).toBe(401);
    const guessed = await login('10.3.0.4', target.email, target.password);
    expect(guessed.statusCode).toBe(429);
    expect(guessed.cookies.find((c) => c.name === 'bk_session')).toBeUndefined();
    // One address trying many accounts meets the same wall.
    for (const email of ['a@contoh.id', 'b@contoh.id', 'c@contoh.id']) expect((await login('10.3.0.9', email, 'x')).statusCode).toBe(401);
    expect((await login('10.3.0.9', 'd@contoh.id', 'x')).statusCode).toBe(429);
  });

  it('holds a reporter to the hourly limit across addresses; a retry with the same key is not counted', async () => {
    await awayFromWindowEdge(3600);
    const first = filing('sering@contoh.id');
    expect((await file('10.4.0.1', first, { 'idempotency-key': 'sering-1' })).statusCode).toBe(201);
    const retried = await file('10.4.0.2', first, { 'idempotency-key': 'sering-1' });
    expect(retried.headers['idempotent-replayed']).toBe('true');
    expect((await file('10.4.0.3', filing('sering@contoh.id'))).statusCode).toBe(201);
    const before = await complaintCount(t);
    const refused = await file('10.4.0.4', filing('SERING@contoh.id'));
    expect(refused.statusCode).toBe(429);
    expect(problemOf(refused).code).toBe('complaint.reporter_limit');
    expect(problemOf(refused).detail).toContain('Anda sudah mengirim 2 aduan dalam satu jam ini');
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(3600);
    expect(await complaintCount(t)).toBe(before);
    expect((await file('10.4.0.5', filing('jarang@contoh.id'))).statusCode).toBe(201);
  });
});

describe.skipIf(!TEST_DATABASE_URL)('abuse limits across two processes on one PostgreSQL', () => {
  const apps: BuiltApp[] = [];
  const closers: Array<() => Promise<void>> = [];
  beforeAll(async () => {
    const { url, drop } = await createPostgresDatabase();
    closers.push(drop);
    for (let i = 0; i < 2; i++) {
      const database = await openDatabase({ databaseUrl: url, poolSize: 3 });
      if (i === 0) {
        await migrateToLatest(database.db, MODULES);
        await seedAll(database.db, MODULES);
      }
      const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent', RATE_LIMIT_PUBLIC_WRITES_PER_MINUTE: '3', DATA_DIR: `/tmp/bk-limits-${i}` });
      const secrets = { sessionSecret: 'test-session-secret-0123456789abcdef', encryptionKey: 'test-encryption-key-0123456789abcdef' };
      const built = await buildApp({ config, database, secrets, webRoot: '/nonexistent' });
      await built.app.ready();
      apps.push(built);
      closers.unshift(async () => {
        await built.app.close();
        await database.close();
      });
    }
  });
  afterAll(async () => {
    for (const close of closers) await close();
  });

  it('counts one address once, whichever process answers', async () => {
    await awayFromWindowEdge(60);
    const statuses = [];
    for (const built of [apps[0], apps[1], apps[0], apps[1]]) {
      const res = await built.app.inject({ method: 'POST', url: '/api/sambat/complaints', remoteAddress: '10.5.0.1', payload: filing() });
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([201, 201, 201, 429]);
  });
});
