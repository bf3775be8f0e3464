import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { as, createTestApp, opdId, problemOf, type Session, type TestApp, userWithRole } from '../../testing/test-app.js';

describe.each(DATABASE_KINDS)('the planning cascade on %s', (kind) => {
  let t: TestApp;
  let team: Session;
  let operator: Session;
  let pu: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    pu = await opdId(t, 'DPUPRPKP');
    team = await userWithRole(t, 'eksekutif');
    operator = await userWithRole(t, 'operator_opd', pu);
  });
  afterAll(() => t.close());

  const post = (url: string, payload: object, who: Session | null = team, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, payload, headers: { ...(who ? as(who) : {}), ...headers } });

  let rpjmd: string;
  let year2026: string;
  let goal: string;

  it('holds an RPJMD of five years and the years inside it, for anyone to read', async () => {
    const period = await post('/api/performance/periods', { kind: 'rpjmd', name: 'RPJMD Kota Malang 2025-2029', startYear: 2025 });
    expect(period.statusCode).toBe(201);
    expect(period.json()).toMatchObject({ kind: 'rpjmd', startYear: 2025, endYear: 2029, parentId: null });
    rpjmd = period.json().id;
    const year = await post('/api/performance/periods', { kind: 'year', name: 'Tahun 2026', startYear: 2026, parentId: rpjmd });
    expect(year.statusCode).toBe(201);
    year2026 = year.json().id;
    const listed = await t.app.inject({ method: 'GET', url: '/api/performance/periods' });
    expect(listed.json().items.map((p: { name: string }) => p.name)).toEqual(['Tahun 2026', 'RPJMD Kota Malang 2025-2029']);
  });

  it('refuses periods that do not fit, saying what to change', async () => {
    const outside = await post('/api/performance/periods', { kind: 'year', name: 'Tahun 2031', startYear: 2031, parentId: rpjmd });
    expect(outside.statusCode).toBe(400);
    expect(problemOf(outside).detail).toBe('Tahun harus di dalam periode RPJMD 2025–2029.');
    const twice = await post('/api/performance/periods', { kind: 'year', name: 'Tahun 2026 lagi', startYear: 2026, parentId: rpjmd });
    expect(twice.statusCode).toBe(409);
    const span = await post('/api/performance/periods', { kind: 'rpjmd', name: 'RPJMD pendek', startYear: 2030, endYear: 2032 }, team, {
      'accept-language': 'en',
    });
    expect(problemOf(span).detail).toBe('An RPJMD period runs five years: the end year is the start year + 4.');
    expect(problemOf(await post('/api/performance/periods', { kind: 'year', name: 'Tahun', startYear: 2027 })).code).toBe('performance.year_needs_rpjmd');
  });

  it('links a year\u2019s goal to the RPJMD goal it serves, and only to one of its own RPJMD', async () => {
    const s1 = await post('/api/performance/goals', { periodId: rpjmd, code: 'S1', title: 'Meningkatnya kualitas infrastruktur kota' });
    expect(s1.statusCode).toBe(201);
    const yearly = await post('/api/performance/goals', {
      periodId: year2026,
      code: 'S1.1',
      title: 'Meningkatnya jalan dalam kondisi mantap',
      parentGoalId: s1.json().id,
    });
    expect(yearly.statusCode).toBe(201);
    goal = yearly.json().id;
    const crossed = await post('/api/performance/goals', { periodId: rpjmd, code: 'S2', title: 'Sasaran keliru', parentGoalId: goal });
    expect(problemOf(crossed).code).toBe('performance.parent_goal_elsewhere');
    expect((await post('/api/performance/goals', { periodId: rpjmd, code: 'S1', title: 'Kode kembar' })).statusCode).toBe(409);
    const listed = await t.app.inject({ method: 'GET', url: `/api/performance/goals?periodId=${year2026}` });
    expect(listed.json().items).toEqual([expect.objectContaining({ code: 'S1.1', parentGoalId: s1.json().id })]);
  });

  it('writes out the formula of a computed indicator, and asks one entered by the OPD for its own', async () => {
    const computed = await post('/api/performance/indicators', {
      goalId: goal,
      opdId: pu,
      code: 'IKU-1',
      name: 'Aduan SAMBAT dijawab tepat waktu',
      definition: 'Bagian aduan yang dijawab OPD dalam batas waktu.',
      unit: '%',
      direction: 'higher',
      baseline: { value: 72.5, year: 2024 },
      source: { kind: 'computed', measure: 'sambat_on_time' },
    });
    expect(computed.statusCode).toBe(201);
    expect(computed.json()).toMatchObject({ source: 'computed', measure: 'sambat_on_time', baseline: { value: 72.5, year: 2024 } });
    expect(computed.json().formula).toContain('dalam batas waktu ÷ jumlah aduan yang dijawab OPD');

    const entered = {
      goalId: goal,
      opdId: pu,
      code: 'IKU-2',
      name: 'Panjang jalan dalam kondisi mantap',
      definition: 'Jalan kota dalam kondisi baik dan sedang.',
      unit: '%',
      direction: 'range',
      source: { kind: 'opd' },
    };
    expect(problemOf(await post('/api/performance/indicators', entered)).code).toBe('performance.formula_required');
    const withFormula = await post('/api/performance/indicators', { ...entered, formula: 'Panjang jalan mantap ÷ panjang jalan kota × 100%' });
    expect(withFormula.statusCode).toBe(201);
    const unknown = await post('/api/performance/indicators', { ...entered, code: 'IKU-3', source: { kind: 'computed', measure: 'open_datasets' } });
    expect(problemOf(unknown).detail).toContain('Yang tersedia: sambat_on_time');

    const mine = await t.app.inject({ method: 'GET', url: `/api/performance/indicators?opdId=${pu}` });
    expect(mine.json().items.map((i: { code: string }) => i.code)).toEqual(['IKU-1', 'IKU-2']);
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from audit_log where action = 'performance.indicator.create' and opd_id = ${pu}`.execute(t.platform.db);
    expect(rows[0].n).toBe(2);
  });

  it('lets only the mayor\u2019s team and the admins plan; an OPD operator or a visitor cannot', async () => {
    const body = { periodId: rpjmd, code: 'S9', title: 'Sasaran dari OPD' };
    expect((await post('/api/performance/goals', body, operator)).statusCode).toBe(403);
    expect((await post('/api/performance/goals', body, null)).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: `/api/performance/goals?periodId=${rpjmd}` })).json().items).toHaveLength(1);
  });
});
