/**
 * What a browser and an attacker see of our answers: a Content-Security-Policy that forbids inline
 * script and framing, HSTS once the city serves https, a session cookie scripts cannot read, and
 * errors that say what to do without the server's insides (stack, file paths, SQL, messages).
 */

import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUsersService } from '../../modules/org/index.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { systemContext } from '../context.js';

const ONE_YEAR = 365 * 24 * 3600;
const PASSWORD = 'Sandi-Uji-Header-2026!';

/** The directives of a Content-Security-Policy header, by name. */
function directives(header: unknown): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of String(header ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

/** Things no answer may show: a stack frame, a path on the server, our source files, SQL errors. */
function expectNoInternals(res: LightMyRequestResponse): void {
  expect(res.body).not.toMatch(/\bat [\w.<>]+ \(|\bat (file:\/\/)?\/[\w/.-]+:\d+:\d+/);
  expect(res.body).not.toContain(process.cwd());
  expect(res.body).not.toMatch(/node_modules|\.ts:\d+|\.js:\d+/);
  expect(res.body).not.toMatch(/"stack"|relation "|syntax error/);
}

async function signInResponse(t: TestApp): Promise<LightMyRequestResponse> {
  const email = `header.${Math.random().toString(36).slice(2, 8)}@test.balaikota.localhost`;
  await createUsersService(t.platform).create(
    systemContext(),
    { email, name: 'Uji Header', password: PASSWORD, roles: [{ role: 'admin', opdId: null }] },
    { asSystem: true },
  );
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: PASSWORD } });
  expect(res.statusCode).toBe(200);
  return res;
}

describe.each([
  { scheme: 'https', publicUrl: 'https://balaikota.malangkota.go.id' },
  { scheme: 'http', publicUrl: 'http://127.0.0.1:3000' },
])('security headers when the city is served over $scheme', ({ scheme, publicUrl }) => {
  const https = scheme === 'https';
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite', {
      env: { PUBLIC_URL: publicUrl, MAP_TILE_URL: 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png' },
      extraRoutes: (app) => {
        app.get('/api/test/explode', async () => {
          throw new Error(`secret detail of ${process.cwd()}/src/platform/secrets.ts`);
        });
        app.get('/api/test/bad-sql', async () => sql`select * from no_such_table_here`.execute(t.platform.db));
      },
    });
  });
  afterAll(() => t.close());

  it('sends a Content-Security-Policy that allows only our own scripts and no framing', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/site' });
    const csp = directives(res.headers['content-security-policy']);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    const scripts = csp.get('script-src') ?? csp.get('default-src') ?? [];
    expect(scripts).toContain("'self'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts.some((s) => s === '*' || s.endsWith(':'))).toBe(false);
    // The map's background tiles come from MAP_TILE_URL's host, and nowhere else off-site.
    expect(csp.get('img-src')?.sort()).toEqual(["'self'", 'blob:', 'data:', 'https://*.tile.openstreetmap.org']);
    // Styles and fonts come only from here (inline styles stay: the map and charts position with them).
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('font-src')).toEqual(["'self'", 'data:']);
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
  });

  it('keeps the same policy on the API documentation page', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    const csp = directives(res.headers['content-security-policy']);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.has('upgrade-insecure-requests')).toBe(false);
  });

  it(https ? 'tells browsers to use https for a year and more (HSTS)' : 'sends no HSTS, which would lock a plain-http site out', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    const hsts = res.headers['strict-transport-security'];
    if (!https) {
      expect(hsts).toBeUndefined();
      return;
    }
    const maxAge = /max-age=(\d+)/.exec(String(hsts));
    expect(Number(maxAge?.[1])).toBeGreaterThanOrEqual(ONE_YEAR);
  });

  it('sets a session cookie that scripts cannot read and other sites do not send', async () => {
    const res = await signInResponse(t);
    const cookies = res.headers['set-cookie'];
    const session = (Array.isArray(cookies) ? cookies : [String(cookies)]).find((c) => /bk_session=/.test(c));
    expect(session).toBeDefined();
    const attributes = session!
      .split(';')
      .slice(1)
      .map((a) => a.trim().toLowerCase());
    expect(attributes).toContain('httponly');
    expect(attributes).toContain('path=/');
    expect(attributes.some((a) => a === 'samesite=lax' || a === 'samesite=strict')).toBe(true);
    expect(attributes.some((a) => a.startsWith('domain='))).toBe(false);
    if (https) {
      expect(attributes).toContain('secure');
      // The __Host- prefix makes the browser itself insist on Secure, Path=/ and no Domain.
      expect(session).toMatch(/^__Host-bk_session=/);
    } else {
      expect(session).toMatch(/^bk_session=/);
    }
  });

  it('answers a failure with a request id to quote, and nothing of what failed inside', async () => {
    for (const url of ['/api/test/explode', '/api/test/bad-sql']) {
      const res = await t.app.inject({ method: 'GET', url, headers: { 'accept-language': 'en' } });
      expect(res.statusCode).toBe(500);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      const body = res.json();
      expect(body).toMatchObject({ status: 500, code: 'internal_error', requestId: res.headers['x-request-id'] });
      expect(body.detail).toContain(String(res.headers['x-request-id']));
      expect(res.body).not.toContain('secret detail');
      expect(res.body).not.toContain('no_such_table_here');
      expectNoInternals(res);
    }
  });

  it('answers an unknown route and a bad request without internals either', async () => {
    const unknown = await t.app.inject({ method: 'GET', url: '/api/tidak-ada' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    expectNoInternals(unknown);

    const malformed = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"email": ' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('malformed_body');
    expectNoInternals(malformed);

    const invalid = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 42, password: ['x'] } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().code).toBe('validation_failed');
    expectNoInternals(invalid);

    const notUuid = await t.app.inject({ method: 'GET', url: '/api/sambat/staff/complaints/not-a-uuid' });
    expect(notUuid.statusCode).toBeGreaterThanOrEqual(400);
    expect(notUuid.statusCode).toBeLessThan(500);
    expectNoInternals(notUuid);
  });
});
