import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../errors.js';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { as, createTestApp, problemOf, type TestApp, userWithRole } from '../../testing/test-app.js';

describe.each(DATABASE_KINDS)('error answers on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, {
      env: { BODY_LIMIT_BYTES: '2048' },
      extraRoutes(app) {
        app.get('/test/crash', async () => {
          throw new Error('secret table app_user exploded at /srv/balaikota/src/x.ts:12');
        });
        app.get('/test/conflict', async () => {
          throw new AppError('thing.busy', 'conflict', { id: 'Sedang diproses.', en: 'Being processed.' });
        });
      },
    });
  });
  afterAll(() => t.close());

  it('404 for an unknown route, as problem+json in Indonesian by default', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here?x=1' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = problemOf(res);
    expect(body).toMatchObject({ status: 404, code: 'route_not_found', instance: '/api/nothing-here', title: 'Tidak ditemukan' });
    expect(body.detail).toContain('Tidak ada GET /api/nothing-here');
    expect(res.json().requestId).toBe(res.headers['x-request-id']);
  });

  it('speaks English when asked', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here', headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(problemOf(res).detail).toBe('There is no GET /api/nothing-here. The API is described at /api/docs.');
  });

  it('400 lists every failing field by name', async () => {
    const admin = await userWithRole(t, 'admin');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: as(admin),
      payload: { email: 'not-an-email', name: '', roles: [{ role: 'raja' }], surprise: 1 },
    });
    expect(res.statusCode).toBe(400);
    const body = problemOf(res);
    expect(body.code).toBe('validation_failed');
    const fields = body.errors?.map((e) => e.field) ?? [];
    expect(fields).toEqual(expect.arrayContaining(['email', 'name', 'roles.0.role', 'surprise']));
    expect(body.errors?.find((e) => e.field === 'email')?.message).toBe('email harus berupa alamat email');
    expect(body.detail).toContain('email');
  });

  it('400 for a body that is not JSON, saying so', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"email": "a@b",' });
    expect(res.statusCode).toBe(400);
    expect(problemOf(res).code).toBe('malformed_body');
  });

  it('413 for a body over the limit', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'a@b.c', password: 'x'.repeat(5000) } });
    expect(res.statusCode).toBe(413);
    expect(problemOf(res).code).toBe('body_too_large');
  });

  it('415 for a content type the route does not take', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/xml' }, payload: '<login/>' });
    expect(res.statusCode).toBe(415);
    expect(problemOf(res).detail).toContain('application/xml');
  });

  it('401 and 403 say what to do', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/admin/users' });
    expect(anonymous.statusCode).toBe(401);
    expect(problemOf(anonymous).code).toBe('auth.required');
    const warga = await userWithRole(t, 'warga');
    const denied = await t.app.inject({ method: 'GET', url: '/api/admin/users', headers: as(warga) });
    expect(denied.statusCode).toBe(403);
    expect(problemOf(denied).code).toBe('auth.forbidden');
  });

  it('409 carries the service code', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/test/conflict' });
    expect(res.statusCode).toBe(409);
    expect(problemOf(res)).toMatchObject({ code: 'thing.busy', detail: 'Sedang diproses.' });
  });

  it('500 says nothing of the cause and carries the request id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/test/crash', headers: { 'x-request-id': 'req-abc-123' } });
    expect(res.statusCode).toBe(500);
    const body = problemOf(res);
    expect(body.code).toBe('internal_error');
    expect(res.json().requestId).toBe('req-abc-123');
    expect(body.detail).toContain('req-abc-123');
    expect(res.body).not.toMatch(/app_user|exploded|\/srv|\.ts/);
  });
});
