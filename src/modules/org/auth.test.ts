import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../platform/context.js';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { type SmtpSink, startSmtpSink } from '../../testing/smtp-sink.js';
import { as, createTestApp, problemOf, signIn, type TestApp, userWithRole } from '../../testing/test-app.js';
import { MAX_FAILED_LOGINS } from './auth.service.js';
import { createUsersService } from './index.js';

describe.each(DATABASE_KINDS)('signing in on %s', (kind) => {
  let t: TestApp;
  let smtp: SmtpSink;
  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await createTestApp(kind, { env: { SMTP_URL: smtp.url, PUBLIC_URL: 'http://balaikota.test' } });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('sets an HttpOnly, SameSite=Lax session cookie and returns a CSRF token', async () => {
    const user = await userWithRole(t, 'warga');
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email.toUpperCase(), password: user.password } });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'bk_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    expect(res.json().csrfToken).toMatch(/^[\w-]{20,}$/);
    expect(res.json().user).toMatchObject({ email: user.email, roles: [{ role: 'warga', opdId: null }] });
    expect(res.json().user).not.toHaveProperty('passwordHash');
  });

  it('marks the cookie Secure and __Host- under https', async () => {
    const secure = await createTestApp(kind, { env: { PUBLIC_URL: 'https://balaikota.malangkota.go.id' } });
    try {
      await createUsersService(secure.platform).create(
        systemContext(),
        { email: 'kasi@malangkota.go.id', name: 'Kasi', password: 'Sandi-Uji-2026!' },
        { asSystem: true },
      );
      const ok = await secure.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'kasi@malangkota.go.id', password: 'Sandi-Uji-2026!' } });
      const cookie = ok.cookies.find((c) => c.name === '__Host-bk_session');
      expect(cookie).toMatchObject({ secure: true, httpOnly: true, path: '/' });
      expect(ok.headers['strict-transport-security']).toContain('max-age=31536000');
    } finally {
      await secure.close();
    }
  });

  it('refuses a wrong password without saying whether the account exists', async () => {
    const user = await userWithRole(t, 'warga');
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: 'bukan-sandinya' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'tidak.ada@x.id', password: 'bukan-sandinya' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(problemOf(wrong).detail).toBe(problemOf(unknown).detail);
  });

  it('requires the CSRF token on writes made with the cookie', async () => {
    const admin = await userWithRole(t, 'admin');
    const payload = { email: 'csrf.target@x.id', name: 'Target' };
    const without = await t.app.inject({ method: 'POST', url: '/api/admin/users', headers: { cookie: admin.cookie }, payload });
    expect(without.statusCode).toBe(403);
    expect(problemOf(without).code).toBe('auth.csrf');
    const wrong = await t.app.inject({ method: 'POST', url: '/api/admin/users', headers: { cookie: admin.cookie, 'x-csrf-token': 'forged' }, payload });
    expect(wrong.statusCode).toBe(403);
    const right = await t.app.inject({ method: 'POST', url: '/api/admin/users', headers: as(admin), payload });
    expect(right.statusCode).toBe(201);
    // Reads need no token.
    const read = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: admin.cookie } });
    expect(read.statusCode).toBe(200);
    expect(read.json().csrfToken).toBe(admin.csrfToken);
  });

  it('logs out: the cookie stops working', async () => {
    const user = await userWithRole(t, 'warga');
    const before = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: user.cookie } });
    expect(before.json()).toMatchObject({ user: { email: user.email }, csrfToken: user.csrfToken });
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: as(user) });
    expect(out.statusCode).toBe(204);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: user.cookie } });
    expect(me.statusCode).toBe(401);
    // The web app's question "is anyone signed in?" is answered, not refused.
    const after = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: user.cookie } });
    expect(after.statusCode).toBe(200);
    expect(after.json()).toEqual({ user: null, csrfToken: null });
  });

  it(`locks the account after ${MAX_FAILED_LOGINS} failures, even for the right password, and says for how long`, async () => {
    const user = await userWithRole(t, 'warga');
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: user.email, password: `salah-${i}` },
        remoteAddress: `10.9.0.${i}`,
      });
      expect(res.statusCode).toBe(401);
    }
    const locked = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: user.password } });
    expect(locked.statusCode).toBe(429);
    expect(problemOf(locked).code).toBe('auth.locked');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
    // The session made before the lockout keeps working: the lock is on signing in.
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: user.cookie } })).statusCode).toBe(200);
  });

  it('throttles an address that keeps failing across accounts', async () => {
    const ip = '10.77.0.1';
    let last = 0;
    for (let i = 0; i < 21; i++) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: `probe${i}@x.id`, password: 'x' }, remoteAddress: ip });
      last = res.statusCode;
    }
    expect(last).toBe(429);
    const user = await userWithRole(t, 'warga');
    const fromElsewhere = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: user.password },
      remoteAddress: '10.77.0.2',
    });
    expect(fromElsewhere.statusCode).toBe(200);
  });

  it('changes the password and ends the other sessions', async () => {
    const user = await userWithRole(t, 'warga');
    const other = await signIn(t.app, user.email, user.password);
    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: as(user),
      payload: { currentPassword: user.password, newPassword: 'aaaa' },
    });
    expect(weak.statusCode).toBe(400);
    expect(problemOf(weak).errors?.[0].field).toBe('password');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: as(user),
      payload: { currentPassword: user.password, newPassword: 'Sandi-Baru-Lebih-Kuat-9' },
    });
    expect(res.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: user.cookie } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: other.cookie } })).statusCode).toBe(401);
    await signIn(t.app, user.email, 'Sandi-Baru-Lebih-Kuat-9');
  });

  it('resets a forgotten password with a link mailed through SMTP', async () => {
    const user = await userWithRole(t, 'warga');
    const unknown = await t.app.inject({ method: 'POST', url: '/api/auth/password-reset/request', payload: { email: 'nobody.here@x.id' } });
    const known = await t.app.inject({ method: 'POST', url: '/api/auth/password-reset/request', payload: { email: user.email } });
    expect(unknown.statusCode).toBe(202);
    expect(known.statusCode).toBe(202);
    expect(known.json()).toEqual(unknown.json());

    await t.worker.runOnce();
    const mail = smtp.messages.find((m) => m.to.includes(user.email));
    expect(mail).toBeDefined();
    expect(smtp.messages.some((m) => m.to.includes('nobody.here@x.id'))).toBe(false);
    const unfolded = mail!.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    const token = /atur-ulang-sandi\?token=([\w-]+)/.exec(unfolded)?.[1];
    expect(mail!.raw).toContain('http://balaikota.test/atur-ulang-sandi?token=');
    expect(token).toBeDefined();

    // The link opens a page with the form, whose script posts to the confirm endpoint.
    const page = await t.app.inject({ method: 'GET', url: `/atur-ulang-sandi?token=${token}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<label for="sandi">Kata sandi baru</label>');
    const script = await t.app.inject({ method: 'GET', url: '/atur-ulang-sandi.js' });
    expect(script.headers['content-type']).toMatch(/javascript/);
    expect(script.body).toContain('/api/auth/password-reset/confirm');

    const reset = await t.app.inject({ method: 'POST', url: '/api/auth/password-reset/confirm', payload: { token, newPassword: 'Sandi-Pulih-Baru-77' } });
    expect(reset.statusCode).toBe(204);
    await signIn(t.app, user.email, 'Sandi-Pulih-Baru-77');
    // The old session ended with the reset, and the link works only once.
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: user.cookie } })).statusCode).toBe(401);
    const again = await t.app.inject({ method: 'POST', url: '/api/auth/password-reset/confirm', payload: { token, newPassword: 'Sandi-Lain-Lagi-88' } });
    expect(again.statusCode).toBe(400);
    expect(problemOf(again).code).toBe('auth.reset_invalid');
  });
});

describe.each(DATABASE_KINDS)('housekeeping on %s', (kind) => {
  it('removes expired sessions and day-old sign-in failures, and keeps live ones', async () => {
    const t = await createTestApp(kind);
    try {
      const live = await userWithRole(t, 'warga');
      const stale = await userWithRole(t, 'warga');
      await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'siapa@x.id', password: 'x' }, remoteAddress: '10.5.5.5' });
      await sql`update user_session set expires_at = now() - interval '1 minute' where user_id = ${stale.userId}`.execute(t.platform.db);
      await sql`update login_failure set at = now() - interval '2 days'`.execute(t.platform.db);
      await t.housekeeping();
      const counts = await sql<{ sessions: number; failures: number }>`
        select (select count(*)::int from user_session) as sessions, (select count(*)::int from login_failure) as failures`.execute(t.platform.db);
      expect(counts.rows[0]).toEqual({ sessions: 1, failures: 0 });
      expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: live.cookie } })).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});
