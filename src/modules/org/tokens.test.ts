import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { as, createTestApp, problemOf, type TestApp, userWithRole } from '../../testing/test-app.js';

describe.each(DATABASE_KINDS)('API tokens on %s', (kind) => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof userWithRole>>;
  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await userWithRole(t, 'admin');
  });
  afterAll(() => t.close());

  async function issue(userId: string, scopes: string[]) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/tokens',
      headers: as(admin),
      payload: { userId, name: `sistem ${scopes.join('+')}`, scopes },
    });
    expect(res.statusCode).toBe(201);
    return res.json() as { token: string; info: { id: string; prefix: string } };
  }

  it('is shown once, works as a bearer token without CSRF, and records its last use', async () => {
    const auditor = await userWithRole(t, 'auditor');
    const { token, info } = await issue(auditor.userId, ['read']);
    expect(token.startsWith(info.prefix)).toBe(true);
    const res = await t.app.inject({ method: 'GET', url: '/api/audit?limit=1', headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode).toBe(200);
    const list = await t.app.inject({ method: 'GET', url: `/api/admin/tokens?userId=${auditor.userId}`, headers: as(admin) });
    expect(list.body).not.toContain(token);
    expect(list.json().items[0].lastUsedAt).not.toBeNull();
  });

  it('is limited by its scopes', async () => {
    const { token } = await issue(admin.userId, ['read']);
    const read = await t.app.inject({ method: 'GET', url: '/api/admin/users', headers: { authorization: `Bearer ${token}` } });
    expect(read.statusCode).toBe(200);
    const write = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: { authorization: `Bearer ${token}` },
      payload: { email: 'via.token@x.id', name: 'X' },
    });
    expect(write.statusCode).toBe(403);
    const full = await issue(admin.userId, ['admin']);
    const allowed = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: { authorization: full.token },
      payload: { email: 'via.token@x.id', name: 'X' },
    });
    expect(allowed.statusCode).toBe(201);
  });

  it('stops working the moment it is revoked, and a bad token is refused outright', async () => {
    const { token, info } = await issue(admin.userId, ['read']);
    const revoke = await t.app.inject({ method: 'DELETE', url: `/api/admin/tokens/${info.id}`, headers: as(admin) });
    expect(revoke.statusCode).toBe(200);
    expect(revoke.json().revokedAt).not.toBeNull();
    const after = await t.app.inject({ method: 'GET', url: '/api/admin/users', headers: { authorization: `Bearer ${token}` } });
    expect(after.statusCode).toBe(401);
    expect(problemOf(after).code).toBe('auth.invalid_token');
    const again = await t.app.inject({ method: 'DELETE', url: `/api/admin/tokens/${info.id}`, headers: as(admin) });
    expect(again.statusCode).toBe(404);
  });

  it('only admins issue tokens', async () => {
    const operator = await userWithRole(t, 'eksekutif');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/tokens',
      headers: as(operator),
      payload: { userId: operator.userId, name: 'x', scopes: ['read'] },
    });
    expect(res.statusCode).toBe(403);
  });
});
