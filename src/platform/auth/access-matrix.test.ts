import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALUN_ALUN, multipart } from '../../modules/complaints/complaints.testing.js';
import { makeAccessFixture, type SharedFixture } from '../../testing/access-fixtures.js';
import { ACCESS_REQUESTS, type Caller, SMS_SECRET } from '../../testing/access-requests.js';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { makeGeotaggedJpeg } from '../../testing/exif-fixture.js';
import { as, createTestApp, opdId, type Session, type TestApp, userWithRole } from '../../testing/test-app.js';
import { ACCESS_MATRIX, PRINCIPALS, type Principal } from './access-matrix.js';

/** Routes that answer 404 to every caller by design (Open311 tokens are never issued here). */
const NOT_FOUND_FOR_ALL = new Set(['GET /open311/v2/tokens/{file}']);
/** Run last: they end the caller's session or change its password. */
const LAST = ['POST /api/auth/password', 'POST /api/auth/logout'];

/** A bulk step answers per complaint: refused when every complaint in it was refused to this caller. */
function refusedEveryItem(body: string): boolean {
  let parsed: { results?: Array<{ ok: boolean; code?: string }> } = {};
  try {
    parsed = JSON.parse(body);
  } catch {
    // Not one JSON document (a file, or the JSON lines of a bulk import): not a per-item answer.
  }
  const results = parsed?.results;
  return !!results && results.length > 0 && results.every((r) => !r.ok && (r.code === 'auth.forbidden' || r.code === 'auth.required'));
}

async function openApiRoutes(t: TestApp): Promise<string[]> {
  const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`));
}

describe.each(DATABASE_KINDS)('the authorization matrix on %s', (kind) => {
  let t: TestApp;
  let boss: Session;
  let shared: SharedFixture;
  let routes: string[];
  beforeAll(async () => {
    t = await createTestApp(kind, { env: { SMS_WEBHOOK_SECRET: SMS_SECRET } });
    boss = await userWithRole(t, 'admin');
    routes = await openApiRoutes(t);
    const photo = await makeGeotaggedJpeg(ALUN_ALUN.lat, ALUN_ALUN.lon, { width: 200, height: 150 });
    const body = multipart({ category: 'JALAN', description: 'Jalan berlubang, lihat foto terlampir.', location: ALUN_ALUN }, [
      { name: 'lubang.jpg', type: 'image/jpeg', bytes: photo },
    ]);
    expect((await t.app.inject({ method: 'POST', url: '/api/sambat/complaints', ...body })).statusCode).toBe(201);
    const { rows } = await sql<{ id: string }>`select id from complaint_photo limit 1`.execute(t.platform.db);
    const period = await t.app.inject({
      method: 'POST',
      url: '/api/performance/periods',
      headers: as(boss),
      payload: { kind: 'rpjmd', name: 'RPJMD 2025-2029', startYear: 2025 },
    });
    const goal = await t.app.inject({
      method: 'POST',
      url: '/api/performance/goals',
      headers: as(boss),
      payload: { periodId: period.json().id, code: 'S0', title: 'Meningkatnya kualitas pelayanan publik' },
    });
    const opdA = await opdId(t, 'DPUPRPKP');
    shared = {
      opdA,
      opdB: await opdId(t, 'DISHUB'),
      photoId: rows[0].id,
      periodId: period.json().id,
      goalId: goal.json().id,
      headA: await userWithRole(t, 'kepala_opd', opdA),
    };
  });
  afterAll(() => t.close());

  it('has a row, and a request to try it with, for every route in the OpenAPI document', () => {
    const missing = routes.filter((route) => !ACCESS_MATRIX[route]);
    expect(missing, 'routes with no row in src/platform/auth/access-matrix.ts').toEqual([]);
    expect(routes.filter((route) => !ACCESS_REQUESTS[route])).toEqual([]);
    expect(
      Object.keys(ACCESS_MATRIX).filter((route) => !routes.includes(route)),
      'rows for routes that no longer exist',
    ).toEqual([]);
  });

  it('shows every operation\u2019s row in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(doc.paths['/api/audit'].get['x-balaikota-access']).toEqual(['admin', 'auditor']);
    expect(doc.paths['/api/sambat/complaints/{trackingNo}/reopen'].post['x-balaikota-access']).toEqual(['reporter']);
  });

  async function callerFor(principal: Principal): Promise<Caller> {
    if (principal === 'anonymous') return { headers: {}, holdsSecret: false };
    if (principal === 'reporter') return { headers: {}, holdsSecret: true };
    const ROLE_OF = {
      warga: 'warga',
      operator_a: 'operator_opd',
      operator_b: 'operator_opd',
      kepala_a: 'kepala_opd',
      admin: 'admin',
      walidata: 'walidata',
      auditor: 'auditor',
      eksekutif: 'eksekutif',
    } as const;
    const opd = principal.endsWith('_a') ? shared.opdA : principal.endsWith('_b') ? shared.opdB : null;
    const session = await userWithRole(t, ROLE_OF[principal], opd);
    const issued = await t.app.inject({
      method: 'POST',
      url: '/api/admin/tokens',
      headers: as(boss),
      payload: { userId: session.userId, name: 'Open311', scopes: ['write'] },
    });
    return { headers: as(session), password: session.password, apiKey: issued.json().token, holdsSecret: false };
  }

  // Every route for every principal, each with fresh records: minutes on a busy machine, not seconds.
  it('lets each principal through exactly the routes its row names, and no other', async () => {
    const wrong: string[] = [];
    const ordered = [...routes.filter((r) => !LAST.includes(r)), ...LAST.filter((r) => routes.includes(r))];
    for (const [run, principal] of PRINCIPALS.entries()) {
      const fixture = await makeAccessFixture(t, boss, shared, run + 1);
      const caller = await callerFor(principal);
      for (const route of ordered) {
        const res = await t.app.inject(ACCESS_REQUESTS[route](fixture, caller));
        const allowed = ACCESS_MATRIX[route].includes(principal);
        const denied =
          res.statusCode === 401 || res.statusCode === 403 || (res.statusCode === 404 && !NOT_FOUND_FOR_ALL.has(route)) || refusedEveryItem(res.body);
        if (res.statusCode >= 500 || allowed === denied)
          wrong.push(`${principal} ${route}: ${allowed ? 'allowed' : 'denied'} by the table, answered ${res.statusCode} ${res.body.slice(0, 160)}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 600_000);
});
