/**
 * Hostile bodies against the SPBE and smart city writes that take the most structure: a framework
 * import (as JSON or as a file), the what-if simulator, an indicator's claims and a smart city
 * evaluation's indices. No 5xx, a readable refusal, and a refused write leaves nothing behind.
 */
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMENPANRB_59_2020 } from '../../modules/spbe/frameworks/permenpanrb-59-2020.js';
import { DATABASE_KINDS } from '../databases.js';
import { as, createTestApp, opdId, type Session, type TestApp, userWithRole } from '../test-app.js';
import { deepValue, expectHandled, filePartHead, hostileText, hostileValue, rawMultipart, runs } from './hostile.support.js';

const YEAR = 2026;

describe.each(DATABASE_KINDS)('hostile SPBE and smart city writes on %s', (kind) => {
  let t: TestApp;
  let admin: Session;
  let team: Session;
  let operator: Session;
  let evaluationId: string;

  const count = async (table: string) =>
    Number((await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(t.platform.db)).rows[0].n);

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await userWithRole(t, 'admin');
    team = await userWithRole(t, 'eksekutif');
    const opd = await opdId(t, 'DISKOMINFO');
    operator = await userWithRole(t, 'operator_opd', opd);
    await t.app.inject({ method: 'POST', url: '/api/spbe/evaluations', headers: as(team), payload: { year: YEAR, frameworkCode: 'permenpanrb-59-2020' } });
    await t.app.inject({
      method: 'PUT',
      url: `/api/spbe/evaluations/${YEAR}/assignments`,
      headers: as(team),
      payload: { assignments: [{ indicator: 42, opdId: opd }] },
    });
    evaluationId = (await t.app.inject({ method: 'POST', url: '/api/smartcity/evaluations', headers: as(team), payload: { year: YEAR, stage: 1 } })).json().id;
  }, 120_000);
  afterAll(() => t?.close());

  it('refuses any framework that is not whole, as JSON or as a file, and stores nothing of it', async () => {
    const before = await count('spbe_framework');
    let created = 0;
    // Real frameworks with one part replaced by something hostile, and bodies of no shape at all.
    const mangled = fc
      .tuple(fc.constantFrom('code', 'fromYear', 'toYear', 'scales', 'domains', 'predicates', 'name'), hostileValue)
      .map(([key, value]) => ({ ...PERMENPANRB_59_2020, code: 'serang', [key]: value }));
    const body = fc.oneof(mangled, hostileValue, deepValue);
    await fc.assert(
      fc.asyncProperty(body, fc.boolean(), async (payload, asFile) => {
        const text = JSON.stringify(payload) ?? 'null';
        const form = rawMultipart([{ head: filePartHead('file', 'kerangka.json', 'application/json'), body: text }]);
        const res = asFile
          ? await t.app.inject({ method: 'POST', url: '/api/spbe/frameworks', headers: { ...as(admin), ...form.headers }, payload: form.payload })
          : await t.app.inject({ method: 'POST', url: '/api/spbe/frameworks', headers: { ...as(admin), 'content-type': 'application/json' }, payload: text });
        expectHandled(res);
        // A replaced part may by chance still be valid (a null toYear): then the framework is whole.
        if (res.statusCode === 201) created++;
      }),
      runs(60),
    );
    expect(await count('spbe_framework')).toBe(before + created);
  });

  it('answers hostile claims, simulations and indices with a refusal or a whole change', async () => {
    const levels = fc.dictionary(fc.oneof(fc.constantFrom('42', '1', '47', '0', '999'), hostileText(10)), hostileValue, { maxKeys: 5 });
    const claims = fc.oneof(
      fc.array(fc.record({ level: hostileValue, met: hostileValue, explanation: hostileText(200) }, { requiredKeys: [] }), { maxLength: 7 }),
      hostileValue,
    );
    const indices = fc.record(
      { baseline: hostileValue, output: hostileValue, outcome: hostileValue, impact: hostileValue, quickWin: hostileValue },
      { requiredKeys: [] },
    );
    const request = fc.oneof(
      levels.map((l) => ({ method: 'POST' as const, url: `/api/spbe/evaluations/${YEAR}/simulate`, who: team, payload: { levels: l } })),
      fc.tuple(claims, hostileValue).map(([c, e]) => ({
        method: 'PUT' as const,
        url: `/api/spbe/evaluations/${YEAR}/indicators/42`,
        who: operator,
        payload: { claims: c, explanation: e },
      })),
      fc
        .tuple(indices, hostileValue)
        .map(([i, d]) => ({ method: 'PUT' as const, url: `/api/smartcity/evaluations/${evaluationId}`, who: team, payload: { indices: i, dimensions: d } })),
    );
    await fc.assert(
      fc.asyncProperty(request, async ({ method, url, who, payload }) => {
        const res = await t.app.inject({ method, url, headers: { ...as(who), 'content-type': 'application/json' }, payload: JSON.stringify(payload) });
        expectHandled(res);
      }),
      runs(80),
    );
    // Whatever was accepted left the indicator whole: its level is what its claims and evidence give.
    const indicator = (await t.app.inject({ method: 'GET', url: `/api/spbe/evaluations/${YEAR}/indicators/42`, headers: as(team) })).json();
    expect(indicator.selfLevel).toBe(0);
  });
});
