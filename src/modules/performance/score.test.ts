import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { pdfText } from '../../testing/pdf-text.js';
import { as, createTestApp, opdId, problemOf, type Session, type TestApp, userWithRole } from '../../testing/test-app.js';

/**
 * A quarter from targets to the public table: two OPDs accept their targets, report TW I, the
 * inspectorate verifies, BKAD's figures arrive; the scores, the rules' findings, the eksekutif's
 * decisions and the publication follow.
 */
describe.each(DATABASE_KINDS)('scores, rules and publication on %s', (kind) => {
  let t: TestApp;
  let team: Session;
  let auditor: Session;
  let operatorPu: Session;
  let headDishub: Session;
  let pu: string;
  let dishub: string;
  let year: string;
  const ind: Record<string, string> = {};

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, who: Session | null, payload?: object) =>
    t.app.inject({ method, url, headers: who ? as(who) : {}, ...(payload ? { payload } : {}) });
  const ok = async (method: 'GET' | 'POST' | 'PUT', url: string, who: Session | null, payload?: object) => {
    const res = await call(method, url, who, payload);
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };

  /** The head accepts; the operator reports TW I; the auditor verifies. */
  async function agreeAndReport(
    opd: string,
    head: Session,
    targets: Array<{ indicatorId: string; target: number; quarterly?: number[] }>,
    realized: Record<string, number>,
  ) {
    const offer = await ok('POST', '/api/performance/offers', team, { periodId: year, opdId: opd, deadline: '2099-12-31', targets });
    await ok('POST', `/api/performance/offers/${offer.id}/answer`, head, { kind: 'accept' });
    const operator = await userWithRole(t, 'operator_opd', opd);
    const report = await ok('POST', '/api/performance/reports', operator, { periodId: year, opdId: opd, quarter: 1 });
    for (const [indicatorId, value] of Object.entries(realized)) {
      await ok('PUT', `/api/performance/reports/${report.id}/realizations/${indicatorId}`, operator, { value });
    }
    await ok('POST', `/api/performance/reports/${report.id}/submit`, operator);
    await ok('POST', `/api/performance/reports/${report.id}/review`, auditor, { decision: 'verified' });
  }

  beforeAll(async () => {
    t = await createTestApp(kind);
    pu = await opdId(t, 'DPUPRPKP');
    dishub = await opdId(t, 'DISHUB');
    team = await userWithRole(t, 'eksekutif');
    auditor = await userWithRole(t, 'auditor');
    operatorPu = await userWithRole(t, 'operator_opd', pu);
    const headPu = await userWithRole(t, 'kepala_opd', pu);
    headDishub = await userWithRole(t, 'kepala_opd', dishub);
    const rpjmd = (await ok('POST', '/api/performance/periods', team, { kind: 'rpjmd', name: 'RPJMD 2025-2029', startYear: 2025 })).id;
    year = (await ok('POST', '/api/performance/periods', team, { kind: 'year', name: 'Tahun 2026', startYear: 2026, parentId: rpjmd })).id;
    const goal = (await ok('POST', '/api/performance/goals', team, { periodId: rpjmd, code: 'S1', title: 'Kota yang tertata' })).id;
    const indicator = async (code: string, opd: string, direction: string) =>
      (
        await ok('POST', '/api/performance/indicators', team, {
          goalId: goal,
          opdId: opd,
          code,
          name: `Indikator ${code}`,
          definition: 'Definisi indikator uji.',
          unit: '%',
          direction,
          source: { kind: 'opd' },
          formula: 'Realisasi ÷ target × 100%',
        })
      ).id;
    ind.jalan = await indicator('IKU-1', pu, 'higher');
    ind.genangan = await indicator('IKU-2', pu, 'lower');
    ind.angkutan = await indicator('IKU-3', dishub, 'higher');
    // DPUPRPKP: 18 of a TW I target of 20 (90%); 12 against a yearly 10, lower is better (80%): 85.
    await agreeAndReport(
      pu,
      headPu,
      [
        { indicatorId: ind.jalan, target: 80, quarterly: [20, 40, 60, 80] },
        { indicatorId: ind.genangan, target: 10 },
      ],
      { [ind.jalan]: 18, [ind.genangan]: 12 },
    );
    // DISHUB: 20 of 50: 40%, under the black vest's 50%.
    await agreeAndReport(dishub, headDishub, [{ indicatorId: ind.angkutan, target: 50 }], { [ind.angkutan]: 20 });
    // Budgets: DPUPRPKP planned Rp200 juta for TW I and spent Rp150 juta (75% of plan).
    await ok('PUT', `/api/performance/budgets/${year}/${pu}`, team, { pagu: 1_000_000_000, plan: [200_000_000, 300_000_000, 300_000_000, 200_000_000] });
    await ok('PUT', `/api/performance/budgets/${year}/${dishub}`, team, { pagu: 400_000_000, plan: [100_000_000, 100_000_000, 100_000_000, 100_000_000] });
    const template = await call('GET', `/api/performance/budgets/template.xlsx?periodId=${year}`, team);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Realisasi');
    sheet?.eachRow((row, n) => {
      if (n === 1) return;
      row.getCell(3).value = row.getCell(1).value === 'DPUPRPKP' ? 150_000_000 : 100_000_000;
    });
    const upload = Buffer.from(await book.xlsx.writeBuffer());
    const boundary = '----skor';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bkad.xlsx"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
      ),
      upload,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const imported = await t.app.inject({
      method: 'POST',
      url: `/api/performance/budgets/import?periodId=${year}`,
      headers: { ...as(team), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload,
    });
    expect(imported.statusCode, imported.body).toBeLessThan(300);
  });
  afterAll(() => t.close());

  it('scores each OPD\u2019s quarter from its verified figures, with predicate, rank and the city\u2019s mean', async () => {
    const scores = await ok('GET', `/api/performance/scores?periodId=${year}&quarter=1`, team);
    const byCode = Object.fromEntries(scores.items.map((s: { opdCode: string }) => [s.opdCode, s]));
    const dpu = byCode.DPUPRPKP;
    expect(dpu.indicators.map((i: { code: string; achievement: { percent: number } }) => [i.code, i.achievement.percent])).toEqual([
      ['IKU-1', 90],
      ['IKU-2', 80],
    ]);
    expect(dpu.performance.value).toBe(85);
    expect(dpu.absorption.ofPlan).toBe(75);
    expect(dpu.reportStatus).toBe('verified');
    // No SAMBAT answers in TW I 2026 here: the composite stands on performance and absorption,
    // (0.5 x 85 + 0.25 x 75) / 0.75 = 81.67, "Baik".
    expect(dpu.composite).toMatchObject({ value: 81.67, coverage: 75 });
    expect(dpu.predicate).toBe('Baik');
    // DISHUB: 40 and 100% of plan: (0.5 x 40 + 0.25 x 100) / 0.75 = 60, "Kurang".
    expect(byCode.DISHUB.composite.value).toBe(60);
    expect(byCode.DISHUB.predicate).toBe('Kurang');
    expect([dpu.rank, byCode.DISHUB.rank]).toEqual([1, 2]);
    expect(scores.city).toMatchObject({ mean: 70.84, scored: 2 });
    expect(dpu.trend).toEqual([{ quarter: 1, composite: 81.67 }]);
  });

  it('shows an OPD only its own row, and refuses the public', async () => {
    const own = await ok('GET', `/api/performance/scores?periodId=${year}&quarter=1`, operatorPu);
    expect(own.items.map((s: { opdCode: string; rank: number }) => [s.opdCode, s.rank])).toEqual([['DPUPRPKP', 1]]);
    expect((await call('GET', `/api/performance/scores?periodId=${year}&quarter=1`, null)).statusCode).toBe(401);
    expect(problemOf(await call('GET', `/api/performance/scores?periodId=${year}&quarter=5`, team)).status).toBe(400);
  });

  it('exports the quarter as a workbook with the OPD table and every indicator', async () => {
    const res = await call('GET', `/api/performance/scores.xlsx?periodId=${year}&quarter=1`, team);
    expect(res.headers['content-disposition']).toContain('hasil-kinerja-2026-TWI.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const opds = book.getWorksheet('Skor OPD');
    expect(opds?.getRow(1).getCell(9).value).toBe('Predikat');
    expect(opds?.getRow(2).values).toEqual([undefined, 1, 'DPUPRPKP', expect.any(String), 'Terverifikasi', 85, 75, undefined, 81.67, 'Baik']);
    const indicators = book.getWorksheet('Capaian indikator');
    expect(indicators?.rowCount).toBe(4);
    expect(indicators?.getRow(2).getCell(8).value).toBe(90);
  });

  it('prints an OPD\u2019s quarterly report card with its scores, indicators and rank, for its own OPD only', async () => {
    const url = `/api/performance/periods/${year}/opds/${pu}/quarters/1/report-card.pdf`;
    const res = await call('GET', url, operatorPu);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('rapor-kinerja-DPUPRPKP-2026-TW1.pdf');
    const text = (await pdfText(res.rawPayload)).flat;
    expect(text).toContain('RAPOR KINERJA TRIWULAN');
    expect(text).toContain('TW I 2026');
    expect(text).toContain('81,67 (Baik)');
    expect(text).toContain('1 dari 2 OPD');
    expect(text).toContain('Indikator IKU-1');
    expect(text).toContain('90%');
    expect(text).toContain('75% dari rencana penarikan dana');
    expect((await call('GET', url, headDishub)).statusCode).toBe(404);
    expect((await call('GET', `/api/performance/periods/${year}/opds/${pu}/quarters/1/report-card.pdf`, null)).statusCode).toBe(401);
  });

  it('runs the rules, and the eksekutif confirms or waives each finding with a reason, once', async () => {
    const found = (await ok('POST', '/api/performance/evaluations', team, { periodId: year, quarter: 1 })).items;
    expect(found.map((r: { ruleId: string; opd: { code: string } }) => [r.ruleId, r.opd.code])).toEqual([['rompi-hitam', 'DISHUB']]);
    const vest = found[0];
    expect(vest.figures).toEqual({ 'achievement %': 40, 'threshold %': 50 });
    expect(vest.explanation.id).toContain('capaian TW I 2026 40%');
    expect(vest.official).toBe((await ok('GET', `/api/performance/offers?periodId=${year}&opdId=${dishub}`, team)).items[0].answer.headName);
    // Running again finds the same and adds nothing.
    expect((await ok('POST', '/api/performance/evaluations', team, { periodId: year, quarter: 1 })).items).toHaveLength(1);
    expect(problemOf(await call('POST', `/api/performance/rule-results/${vest.id}/decision`, team, { decision: 'waive' })).code).toBe(
      'performance.waive_needs_reason',
    );
    expect((await call('POST', `/api/performance/rule-results/${vest.id}/decision`, headDishub, { decision: 'waive', reason: 'Bukan kami.' })).statusCode).toBe(
      403,
    );
    expect(problemOf(await call('POST', `/api/performance/rule-results/${vest.id}/publish`, team)).code).toBe('performance.publish_needs_confirmation');
    const confirmed = await ok('POST', `/api/performance/rule-results/${vest.id}/decision`, team, { decision: 'confirm', reason: 'Data terverifikasi.' });
    expect(confirmed).toMatchObject({ status: 'confirmed', decisionReason: 'Data terverifikasi.' });
    expect((await call('POST', `/api/performance/rule-results/${vest.id}/decision`, team, { decision: 'waive', reason: 'Berubah pikiran.' })).statusCode).toBe(
      409,
    );
    expect((await ok('POST', `/api/performance/rule-results/${vest.id}/publish`, team)).publishedAt).not.toBeNull();
    // DISHUB's head sees the finding about DISHUB; DPUPRPKP's operator sees none.
    expect((await ok('GET', `/api/performance/rule-results?periodId=${year}`, headDishub)).items).toHaveLength(1);
    expect((await ok('GET', `/api/performance/rule-results?periodId=${year}`, operatorPu)).items).toEqual([]);
    const trail = await ok('GET', `/api/audit?recordId=${vest.id}`, await userWithRole(t, 'admin'));
    expect(trail.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['performance.rule_result.confirm', 'performance.rule_result.publish']),
    );
  });

  it('publishes the quarter for citizens: scores and published findings, no official\u2019s name', async () => {
    expect((await call('GET', `/api/performance/published/${year}/1`, null)).statusCode).toBe(404);
    expect((await call('POST', '/api/performance/publications', operatorPu, { periodId: year, quarter: 1 })).statusCode).toBe(403);
    expect((await call('POST', '/api/performance/publications', team, { periodId: year, quarter: 1 })).statusCode).toBe(201);
    expect((await ok('GET', '/api/performance/published', null)).items).toEqual([expect.objectContaining({ year: 2026, quarter: 1 })]);
    const res = await call('GET', `/api/performance/published/${year}/1`, null);
    const published = res.json();
    expect(published.items.map((s: { opdCode: string; composite: number; predicate: string }) => [s.opdCode, s.composite, s.predicate])).toEqual([
      ['DPUPRPKP', 81.67, 'Baik'],
      ['DISHUB', 60, 'Kurang'],
    ]);
    expect(published.findings).toEqual([
      expect.objectContaining({ label: 'Rekomendasi rompi hitam', indicator: { id: ind.angkutan, name: 'Indikator IKU-3' } }),
    ]);
    const headName = (await ok('GET', `/api/performance/offers?periodId=${year}&opdId=${dishub}`, team)).items[0].answer.headName;
    expect(res.body).not.toContain(headName);
  });

  it('keeps the city\u2019s settings: bands, weights and rules, checked before they are saved', async () => {
    const current = await ok('GET', '/api/performance/settings', null);
    expect(current.weights).toEqual({ performance: 0.5, absorption: 0.25, responsiveness: 0.25 });
    expect(current.bands.at(-1)).toEqual({ above: null, label: 'Sangat Kurang' });
    const bad = await call('PUT', '/api/performance/settings', team, {
      ...current,
      updatedAt: undefined,
      weights: { performance: 0.5, absorption: 0.5, responsiveness: 0.5 },
    });
    expect(problemOf(bad).detail).toContain('Jumlah bobot harus 1');
    const unordered = await call('PUT', '/api/performance/settings', team, {
      bands: [
        { above: 50, label: 'Cukup' },
        { above: 80, label: 'Baik' },
        { above: null, label: 'Kurang' },
      ],
      weights: current.weights,
      rules: current.rules,
    });
    expect(problemOf(unordered).detail).toContain('urutkan dari yang tertinggi');
    const saved = await ok('PUT', '/api/performance/settings', team, {
      bands: [
        { above: 80, label: 'Memuaskan' },
        { above: null, label: 'Perlu perbaikan' },
      ],
      weights: { performance: 1, absorption: 0, responsiveness: 0 },
      rules: [],
    });
    expect(saved.updatedAt).not.toBeNull();
    const rescored = await ok('GET', `/api/performance/scores?periodId=${year}&quarter=1`, team);
    expect(
      rescored.items.map((s: { opdCode: string; composite: { value: number }; predicate: string }) => [s.opdCode, s.composite.value, s.predicate]),
    ).toEqual([
      ['DPUPRPKP', 85, 'Memuaskan'],
      ['DISHUB', 40, 'Perlu perbaikan'],
    ]);
  });
});
