import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { as, createTestApp, opdId, problemOf, type Session, type TestApp, userWithRole } from '../../testing/test-app.js';

const item = (opd: string, fields: Record<string, unknown> = {}) => ({
  opdId: opd,
  title: 'Telemedisin puskesmas',
  dimension: 'living',
  element: 'kesehatan',
  horizon: 'quick_win',
  owner: 'Kepala Bidang Pelayanan Kesehatan',
  budget: 250_000_000,
  startYear: 2026,
  endYear: 2026,
  ...fields,
});

describe.each(DATABASE_KINDS)('the smart city masterplan and roadmaps on %s', (kind) => {
  let t: TestApp;
  let team: Session;
  let admin: Session;
  let operatorA: Session;
  let operatorB: Session;
  let opdA: string;
  let opdB: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    opdA = await opdId(t, 'DPUPRPKP');
    opdB = await opdId(t, 'DISHUB');
    team = await userWithRole(t, 'eksekutif');
    admin = await userWithRole(t, 'admin');
    operatorA = await userWithRole(t, 'operator_opd', opdA);
    operatorB = await userWithRole(t, 'operator_opd', opdB);
  });
  afterAll(() => t.close());

  const call = (method: 'POST' | 'PATCH' | 'DELETE' | 'GET', url: string, who: Session | null, payload?: object) =>
    t.app.inject({ method, url, headers: who ? as(who) : {}, ...(payload ? { payload } : {}) });

  it('names the six dimensions and their eighteen elements as the national movement does, for anyone', async () => {
    const res = await call('GET', '/api/smartcity/dimensions', null);
    expect(res.statusCode).toBe(200);
    const dimensions = res.json().items as Array<{ code: string; name: string; elements: Array<{ code: string; name: string }> }>;
    expect(dimensions.map((d) => d.name)).toEqual([
      'Smart Governance',
      'Smart Branding',
      'Smart Economy',
      'Smart Living',
      'Smart Society',
      'Smart Environment',
    ]);
    expect(dimensions.flatMap((d) => d.elements)).toHaveLength(18);
    expect(dimensions[0]).toEqual({
      code: 'governance',
      name: 'Smart Governance',
      elements: [
        { code: 'pelayanan', name: 'Pelayanan' },
        { code: 'birokrasi', name: 'Birokrasi' },
        { code: 'kebijakan', name: 'Kebijakan' },
      ],
    });
    expect(dimensions[5].elements.map((e) => e.name)).toEqual(['Proteksi Lingkungan', 'Sampah dan Limbah', 'Energi']);
  });

  let programme: string;

  it('lets the smart city team keep the masterplan\u2019s programmes, and no OPD', async () => {
    const body = {
      code: 'QW-01',
      title: 'Layanan kesehatan daring',
      dimension: 'living',
      element: 'kesehatan',
      horizon: 'quick_win',
      startYear: 2026,
      endYear: 2026,
      leadOpdId: opdA,
    };
    expect((await call('POST', '/api/smartcity/programmes', operatorA, body)).statusCode).toBe(403);
    expect((await call('POST', '/api/smartcity/programmes', null, body)).statusCode).toBe(401);
    const created = await call('POST', '/api/smartcity/programmes', team, body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: 'QW-01', horizon: 'quick_win', leadOpdId: opdA, leadOpdName: 'DPUPRPKP', items: 0, progress: null });
    programme = created.json().id;
    expect((await call('POST', '/api/smartcity/programmes', team, body)).statusCode).toBe(409);
    const misplaced = await call('POST', '/api/smartcity/programmes', team, { ...body, code: 'QW-02', element: 'pelayanan' });
    expect(misplaced.statusCode).toBe(422);
    expect(problemOf(misplaced).errors?.[0].field).toBe('element');
    await call('POST', '/api/smartcity/programmes', team, { ...body, code: 'MP-01', horizon: 'menengah', startYear: 2026, endYear: 2028, leadOpdId: null });
    const quick = await call('GET', '/api/smartcity/programmes?horizon=quick_win', null);
    expect(quick.json()).toMatchObject({ total: 1, items: [{ code: 'QW-01' }] });
    const renamed = await call('PATCH', `/api/smartcity/programmes/${programme}`, team, { title: 'Telemedisin di semua puskesmas' });
    expect(renamed.json().title).toBe('Telemedisin di semua puskesmas');
    const backwards = await call('PATCH', `/api/smartcity/programmes/${programme}`, admin, { endYear: 2025 });
    expect(problemOf(backwards).errors?.[0].field).toBe('endYear');
  });

  let itemA: string;

  it('lets an OPD add items to its own roadmap with milestones and indicators, and shows their progress', async () => {
    const created = await call(
      'POST',
      '/api/smartcity/roadmap',
      operatorA,
      item(opdA, {
        programmeId: programme,
        milestones: [
          { title: 'Aplikasi siap', due: '2026-03-31', weight: 2, doneAt: '2026-03-20' },
          { title: 'Uji coba 5 puskesmas', due: '2026-06-30' },
          { title: 'Semua puskesmas', due: '2026-12-31' },
        ],
        indicators: [{ name: 'Puskesmas dengan telemedisin', unit: 'puskesmas', target: 16 }],
      }),
    );
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({ opdId: opdA, opdName: 'DPUPRPKP', programmeId: programme, budget: 250_000_000, progress: 50 });
    expect(body.milestones.map((m: { title: string; weight: number }) => [m.title, m.weight])).toEqual([
      ['Aplikasi siap', 2],
      ['Uji coba 5 puskesmas', 1],
      ['Semua puskesmas', 1],
    ]);
    expect(body.indicators[0]).toMatchObject({ unit: 'puskesmas', target: 16, realization: null });
    itemA = body.id;
    const audited = await sql<{ action: string }>`select action from audit_log where record_id = ${itemA}`.execute(t.platform.db);
    expect(audited.rows.map((r) => r.action)).toEqual(['smartcity.roadmap.create']);
  });

  it('keeps another OPD\u2019s staff out of an OPD\u2019s roadmap', async () => {
    expect((await call('PATCH', `/api/smartcity/roadmap/${itemA}`, operatorB, { title: 'Diambil alih' })).statusCode).toBe(403);
    expect((await call('POST', '/api/smartcity/roadmap', operatorB, item(opdA))).statusCode).toBe(403);
    expect((await call('POST', `/api/smartcity/roadmap/${itemA}/milestones`, operatorB, { title: 'Sisipan', due: '2026-05-01' })).statusCode).toBe(403);
    expect((await call('DELETE', `/api/smartcity/roadmap/${itemA}`, operatorB)).statusCode).toBe(403);
    expect((await call('POST', '/api/smartcity/roadmap', team, item(opdA))).statusCode).toBe(403);
    const unchanged = await call('GET', `/api/smartcity/roadmap/${itemA}`, null);
    expect(unchanged.json().title).toBe('Telemedisin puskesmas');
  });

  it('refuses an element of another dimension and years that run backwards, naming the field', async () => {
    const misplaced = await call('POST', '/api/smartcity/roadmap', operatorA, item(opdA, { element: 'transportasi', dimension: 'governance' }));
    expect(misplaced.statusCode).toBe(422);
    expect(problemOf(misplaced)).toMatchObject({ code: 'smartcity.element_not_in_dimension', errors: [{ field: 'element' }] });
    expect(problemOf(misplaced).detail).toContain('pelayanan, birokrasi, kebijakan');
    const moved = await call('PATCH', `/api/smartcity/roadmap/${itemA}`, operatorA, { dimension: 'society' });
    expect(problemOf(moved).errors?.[0].field).toBe('element');
    const backwards = await call('POST', '/api/smartcity/roadmap', operatorA, item(opdA, { startYear: 2027, endYear: 2026 }));
    expect(problemOf(backwards).errors?.[0].field).toBe('endYear');
    const badBudget = await call('POST', '/api/smartcity/roadmap', operatorA, item(opdA, { budget: -5 }));
    expect(badBudget.statusCode).toBe(400);
    expect(problemOf(badBudget).errors?.[0].field).toBe('budget');
  });

  it('moves progress as milestones are done, and keeps indicators\u2019 realizations', async () => {
    const item = (await call('GET', `/api/smartcity/roadmap/${itemA}`, null)).json();
    const trial = item.milestones[1].id;
    const done = await call('PATCH', `/api/smartcity/milestones/${trial}`, operatorA, { doneAt: '2026-06-25' });
    expect(done.json().progress).toBe(75);
    const undone = await call('PATCH', `/api/smartcity/milestones/${trial}`, operatorA, { doneAt: null });
    expect(undone.json().progress).toBe(50);
    const added = await call('POST', `/api/smartcity/roadmap/${itemA}/milestones`, operatorA, { title: 'Evaluasi layanan', due: '2027-01-31', weight: 4 });
    expect(added.statusCode).toBe(201);
    // 2 done of 2 + 1 + 1 + 4.
    expect(added.json().progress).toBe(25);
    const last = added.json().milestones.find((m: { title: string }) => m.title === 'Evaluasi layanan').id;
    expect((await call('DELETE', `/api/smartcity/milestones/${last}`, operatorA)).json().progress).toBe(50);
    const indicator = item.indicators[0].id;
    const realized = await call('PATCH', `/api/smartcity/indicators/${indicator}`, operatorA, { realization: 6 });
    expect(realized.json().indicators[0]).toMatchObject({ target: 16, realization: 6 });
    const second = await call('POST', `/api/smartcity/roadmap/${itemA}/indicators`, operatorA, {
      name: 'Konsultasi daring',
      unit: 'konsultasi/bulan',
      target: 500,
    });
    expect(second.json().indicators).toHaveLength(2);
    expect((await call('DELETE', `/api/smartcity/indicators/${second.json().indicators[1].id}`, admin)).json().indicators).toHaveLength(1);
    const audited = await sql<{ action: string }>`select action from audit_log where record_id = ${itemA} order by id`.execute(t.platform.db);
    expect(audited.rows.map((r) => r.action)).toEqual([
      'smartcity.roadmap.create',
      'smartcity.roadmap.milestone_update',
      'smartcity.roadmap.milestone_update',
      'smartcity.roadmap.milestone_add',
      'smartcity.roadmap.milestone_delete',
      'smartcity.roadmap.indicator_update',
      'smartcity.roadmap.indicator_add',
      'smartcity.roadmap.indicator_delete',
    ]);
  });

  it('lists items page by page, filtered by OPD, dimension, horizon, year and title', async () => {
    for (let n = 1; n <= 3; n++) {
      const res = await call(
        'POST',
        '/api/smartcity/roadmap',
        operatorB,
        item(opdB, {
          title: `Halte pintar ${n}`,
          element: 'transportasi',
          horizon: 'menengah',
          startYear: 2027,
          endYear: 2028,
          milestones: [{ title: 'Halte berdiri', due: '2027-12-31' }],
        }),
      );
      expect(res.statusCode).toBe(201);
    }
    const page = await call('GET', `/api/smartcity/roadmap?opdId=${opdB}&pageSize=2&page=2`, null);
    expect(page.json()).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.json().items.map((i: { title: string }) => i.title)).toEqual(['Halte pintar 3']);
    expect((await call('GET', '/api/smartcity/roadmap?horizon=quick_win', null)).json().total).toBe(1);
    expect((await call('GET', '/api/smartcity/roadmap?element=transportasi&year=2028', null)).json().total).toBe(3);
    expect((await call('GET', '/api/smartcity/roadmap?year=2029', null)).json().total).toBe(0);
    expect((await call('GET', '/api/smartcity/roadmap?q=HALTE%20pintar%202', null)).json().items[0].title).toBe('Halte pintar 2');
    expect((await call('GET', '/api/smartcity/roadmap?dimension=Smart', null)).statusCode).toBe(400);
  });

  it('rolls progress up through the API as the mean of distinct items, weighing items and not elements', async () => {
    // OPD A: telemedisin at 50%. OPD B: three halte items at 0%, then one done: 100%.
    const halte = (await call('GET', `/api/smartcity/roadmap?opdId=${opdB}&q=Halte%20pintar%201`, null)).json().items[0];
    await call('PATCH', `/api/smartcity/milestones/${halte.milestones[0].id}`, operatorB, { doneAt: '2027-11-30' });
    const res = await call('GET', '/api/smartcity/progress', null);
    expect(res.statusCode).toBe(200);
    const progress = res.json();
    // (50 + 100 + 0 + 0) / 4 items.
    expect(progress.city).toEqual({ progress: 37.5, items: 4 });
    const living = progress.dimensions.find((d: { code: string }) => d.code === 'living');
    expect(living.elements).toEqual([
      { code: 'harmonisasi_tata_ruang', name: 'Harmonisasi Tata Ruang', progress: null, items: 0 },
      { code: 'kesehatan', name: 'Kesehatan', progress: 50, items: 1 },
      { code: 'transportasi', name: 'Transportasi', progress: 33.3, items: 3 },
    ]);
    // The mean of its four items, 37.5, not of its two elements with items, (50 + 33.3) / 2 = 41.7.
    expect(living).toMatchObject({ progress: 37.5, items: 4 });
    expect(progress.dimensions.find((d: { code: string }) => d.code === 'governance')).toMatchObject({ progress: null, items: 0 });
    expect(progress.opds).toEqual([
      { opdId: opdB, opdName: 'Dishub', progress: 33.3, items: 3 },
      { opdId: opdA, opdName: 'DPUPRPKP', progress: 50, items: 1 },
    ]);
    expect(progress.programmes).toEqual([{ id: programme, code: 'QW-01', title: 'Telemedisin di semua puskesmas', progress: 50, items: 1 }]);
    const programmeView = await call('GET', `/api/smartcity/programmes/${programme}`, null);
    expect(programmeView.json()).toMatchObject({ items: 1, progress: 50 });
    const in2026 = (await call('GET', '/api/smartcity/progress?year=2026', null)).json();
    expect(in2026).toMatchObject({ year: 2026, city: { progress: 50, items: 1 } });
  });

  it('lets an admin keep any OPD\u2019s items, and remove one with its milestones', async () => {
    const extra = await call(
      'POST',
      '/api/smartcity/roadmap',
      admin,
      item(opdB, { title: 'Item sementara', milestones: [{ title: 'Satu', due: '2026-02-01' }] }),
    );
    expect(extra.statusCode).toBe(201);
    expect((await call('DELETE', `/api/smartcity/roadmap/${extra.json().id}`, admin)).statusCode).toBe(204);
    expect((await call('GET', `/api/smartcity/roadmap/${extra.json().id}`, null)).statusCode).toBe(404);
    expect((await call('GET', '/api/smartcity/progress', null)).json().city.items).toBe(4);
  });
});
