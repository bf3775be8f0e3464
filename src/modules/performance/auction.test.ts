import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { as, createTestApp, opdId, problemOf, type Session, type TestApp, userWithRole } from '../../testing/test-app.js';

describe.each(DATABASE_KINDS)('the performance auction on %s', (kind) => {
  let t: TestApp;
  let team: Session & { email: string };
  let headPu: Session & { email: string };
  let operatorPu: Session & { email: string };
  let headDishub: Session & { email: string };
  let pu: string;
  let dishub: string;
  let year: string;
  const ind: Record<string, string> = {};

  const call = (method: 'GET' | 'POST', url: string, who: Session | null, payload?: object) =>
    t.app.inject({ method, url, headers: who ? as(who) : {}, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    t = await createTestApp(kind);
    pu = await opdId(t, 'DPUPRPKP');
    dishub = await opdId(t, 'DISHUB');
    team = await userWithRole(t, 'eksekutif');
    headPu = await userWithRole(t, 'kepala_opd', pu);
    operatorPu = await userWithRole(t, 'operator_opd', pu);
    headDishub = await userWithRole(t, 'kepala_opd', dishub);
    const rpjmd = (await call('POST', '/api/performance/periods', team, { kind: 'rpjmd', name: 'RPJMD 2025-2029', startYear: 2025 })).json().id;
    year = (await call('POST', '/api/performance/periods', team, { kind: 'year', name: 'Tahun 2026', startYear: 2026, parentId: rpjmd })).json().id;
    const goal = (await call('POST', '/api/performance/goals', team, { periodId: rpjmd, code: 'S1', title: 'Infrastruktur kota yang andal' })).json().id;
    const indicator = async (code: string, opd: string, direction: string) =>
      (
        await call('POST', '/api/performance/indicators', team, {
          goalId: goal,
          opdId: opd,
          code,
          name: `Indikator ${code}`,
          definition: 'Definisi indikator uji.',
          unit: '%',
          direction,
          source: { kind: 'opd' },
          formula: 'Realisasi ÷ sasaran × 100%',
        })
      ).json().id;
    ind.jalan = await indicator('IKU-1', pu, 'higher');
    ind.drainase = await indicator('IKU-2', pu, 'range');
    ind.genangan = await indicator('IKU-3', pu, 'lower');
    ind.angkutan = await indicator('IKU-4', dishub, 'higher');
  });
  afterAll(() => t.close());

  const offerToPu = (deadline = '2026-12-31') => ({
    periodId: year,
    opdId: pu,
    deadline,
    targets: [
      { indicatorId: ind.jalan, target: 80, quarterly: [20, 40, 60, 80] },
      { indicatorId: ind.drainase, target: 60, targetUpper: 80 },
      { indicatorId: ind.genangan, target: 10, quarterly: [null, 0, null, 10] },
    ],
  });
  let offer: string;

  it('offers an OPD its targets for the year, refusing indicators it does not own and ranges without a top', async () => {
    const foreign = await call('POST', '/api/performance/offers', team, { ...offerToPu(), targets: [{ indicatorId: ind.angkutan, target: 50 }] });
    expect(problemOf(foreign).code).toBe('performance.indicator_not_offered');
    const noTop = await call('POST', '/api/performance/offers', team, { ...offerToPu(), targets: [{ indicatorId: ind.drainase, target: 60 }] });
    expect(problemOf(noTop).detail).toContain('IKU-2 bertarget rentang');
    const made = await call('POST', '/api/performance/offers', team, offerToPu());
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ version: 1, status: 'open', answer: null });
    expect(made.json().targets[0]).toMatchObject({ indicatorName: 'Indikator IKU-1', target: 80, quarterly: [20, 40, 60, 80], agreed: null });
    // A quarter without a target stays without one, and a target of 0 stays 0.
    expect(made.json().targets[2].quarterly).toEqual([null, 0, null, 10]);
    offer = made.json().id;
    expect((await call('POST', '/api/performance/offers', team, offerToPu())).statusCode).toBe(409);
  });

  it('lets only the head of that OPD answer; another OPD does not even see the offer', async () => {
    expect((await call('POST', `/api/performance/offers/${offer}/answer`, operatorPu, { kind: 'accept' })).statusCode).toBe(403);
    expect((await call('POST', `/api/performance/offers/${offer}/answer`, headDishub, { kind: 'accept' })).statusCode).toBe(404);
    expect((await call('GET', '/api/performance/offers', headDishub)).json().items).toEqual([]);
    expect((await call('GET', '/api/performance/offers', operatorPu)).json().items).toHaveLength(1);
    expect((await call('GET', '/api/performance/offers', null)).statusCode).toBe(401);
  });

  it('sends a counter-offer that asks less to the mayor\u2019s team, whose approval puts it in force', async () => {
    const counter = await call('POST', `/api/performance/offers/${offer}/answer`, headPu, {
      kind: 'counter',
      reason: 'Anggaran pemeliharaan jalan dipotong tahun ini.',
      targets: [
        { indicatorId: ind.jalan, target: 75 },
        { indicatorId: ind.drainase, target: 65, targetUpper: 75 },
        { indicatorId: ind.genangan, target: 8 },
      ],
    });
    expect(counter.statusCode).toBe(200);
    expect(counter.json()).toMatchObject({ status: 'awaiting_approval', answer: { kind: 'counter', headName: 'Test kepala_opd', moreAmbitious: false } });
    expect((await call('POST', `/api/performance/offers/${offer}/decision`, headPu, { approved: true })).statusCode).toBe(403);
    const approved = await call('POST', `/api/performance/offers/${offer}/decision`, team, { approved: true, reason: 'Dapat diterima mengingat anggaran.' });
    expect(approved.json().status).toBe('accepted');
    expect(approved.json().targets.map((x: { agreed: unknown }) => x.agreed)).toEqual([
      { target: 75, targetUpper: null },
      { target: 65, targetUpper: 75 },
      { target: 8, targetUpper: null },
    ]);
  });

  it('never changes an answer: a second one is refused, and the database refuses to edit the first', async () => {
    const again = await call('POST', `/api/performance/offers/${offer}/answer`, headPu, { kind: 'accept' });
    expect(again.statusCode).toBe(409);
    expect(problemOf(again).detail).toContain('jawaban sudah tercatat');
    await expect(sql`update perf_offer_answer set head_name = 'Orang lain'`.execute(t.platform.db)).rejects.toThrow(/append-only/);
  });

  it('amends with a reason into a new version, keeps the old one, and asks for a new answer', async () => {
    const amended = await call('POST', `/api/performance/offers/${offer}/amendments`, team, {
      reason: 'Target jalan disesuaikan dengan APBD Perubahan.',
      deadline: '2026-12-31',
      targets: [
        { indicatorId: ind.jalan, target: 78 },
        { indicatorId: ind.drainase, target: 60, targetUpper: 80 },
        { indicatorId: ind.genangan, target: 10 },
      ],
    });
    expect(amended.statusCode).toBe(201);
    expect(amended.json()).toMatchObject({
      version: 2,
      supersedesId: offer,
      status: 'open',
      amendmentReason: 'Target jalan disesuaikan dengan APBD Perubahan.',
    });
    expect((await call('GET', `/api/performance/offers/${offer}`, team)).json().status).toBe('superseded');
    expect(problemOf(await call('POST', `/api/performance/offers/${offer}/answer`, headPu, { kind: 'accept' })).code).toBe('performance.offer_superseded');
    // A counter asking at least as much on every indicator is taken as it is.
    const bolder = await call('POST', `/api/performance/offers/${amended.json().id}/answer`, headPu, {
      kind: 'counter',
      targets: [
        { indicatorId: ind.jalan, target: 82 },
        { indicatorId: ind.drainase, target: 62, targetUpper: 78 },
        { indicatorId: ind.genangan, target: 9 },
      ],
    });
    expect(bolder.json()).toMatchObject({ status: 'accepted', answer: { moreAmbitious: true } });
    expect(bolder.json().targets[0].agreed).toEqual({ target: 82, targetUpper: null });
    const listed = (await call('GET', `/api/performance/offers?opdId=${pu}`, team)).json().items;
    expect(listed.map((o: { version: number }) => o.version)).toEqual([2]);
  });

  it('records who takes the role over when a head declines, and refuses answers after the deadline', async () => {
    const dishubOffer = (deadline: string) => ({ periodId: year, opdId: dishub, deadline, targets: [{ indicatorId: ind.angkutan, target: 50 }] });
    // Sent twice at once: one offer is made, the other refused, never two for one year.
    const twins = await Promise.all([1, 2].map(() => call('POST', '/api/performance/offers', team, dishubOffer('2026-01-31'))));
    expect(twins.map((res) => res.statusCode).sort()).toEqual([201, 409]);
    const late = (twins.find((res) => res.statusCode === 201) as (typeof twins)[number]).json().id;
    const refused = await call('POST', `/api/performance/offers/${late}/answer`, headDishub, { kind: 'accept' });
    expect(problemOf(refused).detail).toBe('Batas waktu menjawab (2026-01-31) sudah lewat. Minta amandemen dengan batas waktu baru.');
    const renewed = (
      await call('POST', `/api/performance/offers/${late}/amendments`, team, {
        reason: 'Batas waktu diperpanjang.',
        deadline: '2026-12-31',
        targets: dishubOffer('2026-12-31').targets,
      })
    ).json().id;
    expect(problemOf(await call('POST', `/api/performance/offers/${renewed}/answer`, headDishub, { kind: 'decline', reason: 'Tidak sanggup' })).code).toBe(
      'validation_failed',
    );
    const declined = await call('POST', `/api/performance/offers/${renewed}/answer`, headDishub, {
      kind: 'decline',
      reason: 'Armada angkutan belum tersedia tahun ini.',
      replacementName: 'Sekretaris Dinas Perhubungan',
    });
    expect(declined.json()).toMatchObject({ status: 'declined', answer: { kind: 'decline', replacementName: 'Sekretaris Dinas Perhubungan' } });
    const { rows } = await sql<{ action: string }>`
      select action from audit_log where record_type = 'perf_offer' and opd_id = ${dishub} order by id`.execute(t.platform.db);
    expect(rows.map((r) => r.action)).toEqual(['performance.offer.create', 'performance.offer.amend', 'performance.offer.decline']);
  });

  it('tells the OPD head of each offer and decision, and the mayor\u2019s team of each answer, by mail', async () => {
    for (let i = 0; i < 10; i++) await t.worker.runOnce();
    const { rows } = await sql<{ to: string; subject: string }>`
      select payload->>'to' as to, payload->>'subject' as subject from outbox where topic = 'mail.send' order by id`.execute(t.platform.db);
    // The worker takes events in batches, so mails may be queued in another order than the steps.
    const to = (who: { email: string }) =>
      rows
        .filter((r) => r.to === who.email)
        .map((r) => r.subject)
        .sort();
    expect(to(headPu)).toEqual(
      [
        '[Lelang Kinerja] Tawaran target 2026 untuk DPUPRPKP',
        '[Lelang Kinerja] Keputusan atas tawaran balik 2026: accepted',
        '[Lelang Kinerja] Tawaran 2026 untuk DPUPRPKP diubah',
      ].sort(),
    );
    expect(to(team)).toEqual(
      [
        '[Lelang Kinerja] DPUPRPKP menjawab tawaran 2026: awaiting_approval',
        '[Lelang Kinerja] DPUPRPKP menjawab tawaran 2026: accepted',
        '[Lelang Kinerja] Dishub menjawab tawaran 2026: declined',
      ].sort(),
    );
    // An operator is not the one who answers, and hears nothing of the auction.
    expect(to(operatorPu)).toEqual([]);
  });
});
