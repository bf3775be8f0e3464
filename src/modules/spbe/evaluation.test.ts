import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { as, createTestApp, opdId, problemOf, type Session, type TestApp, userWithRole } from '../../testing/test-app.js';
import { evidenceForm, fillAndConfirm, TINY_PNG } from './spbe.testing.js';

const YEAR = 2025;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe.each(DATABASE_KINDS)('the SPBE self-evaluation on %s', (kind) => {
  let t: TestApp;
  let team: Session;
  let assessor: Session;
  let operatorA: Session;
  let operatorB: Session;
  let opdA: string;
  let opdB: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    opdA = await opdId(t, 'DISKOMINFO');
    opdB = await opdId(t, 'DPUPRPKP');
    team = await userWithRole(t, 'eksekutif');
    assessor = await userWithRole(t, 'auditor');
    operatorA = await userWithRole(t, 'operator_opd', opdA);
    operatorB = await userWithRole(t, 'operator_opd', opdB);
  }, 120_000);
  afterAll(() => t?.close());

  const request = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, who: Session | null, payload?: object) =>
    t.app.inject({ method, url, headers: who ? as(who) : {}, ...(payload ? { payload } : {}) });
  const indicator = (n: number) => `/api/spbe/evaluations/${YEAR}/indicators/${n}`;

  it('opens a year under a framework in force that year, once, for the coordination team only', async () => {
    expect((await request('POST', '/api/spbe/evaluations', operatorA, { year: YEAR, frameworkCode: 'permenpanrb-59-2020' })).statusCode).toBe(403);
    const outside = await request('POST', '/api/spbe/evaluations', team, { year: 2019, frameworkCode: 'permenpanrb-59-2020' });
    expect(outside.statusCode).toBe(400);
    expect(problemOf(outside).errors?.[0].field).toBe('year');

    const created = await request('POST', '/api/spbe/evaluations', team, { year: YEAR, frameworkCode: 'permenpanrb-59-2020' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ year: YEAR, status: 'open', index: null, progress: { indicators: 47, assigned: 0 } });
    expect((await request('POST', '/api/spbe/evaluations', team, { year: YEAR, frameworkCode: 'permenpanrb-59-2020' })).statusCode).toBe(409);

    // Not public while open.
    expect((await request('GET', `/api/spbe/evaluations/${YEAR}`, null)).statusCode).toBe(404);
    expect((await request('GET', '/api/spbe/evaluations', null)).json().items).toEqual([]);
  });

  it('assigns indicators all or nothing, naming an unknown OPD', async () => {
    const bad = await request('PUT', `/api/spbe/evaluations/${YEAR}/assignments`, team, {
      assignments: [
        { indicator: 42, opdId: opdA },
        { indicator: 43, opdId: '00000000-0000-4000-8000-000000000000' },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(problemOf(bad).errors?.[0].field).toBe('assignments[1].opdId');
    expect((await request('GET', indicator(42), team)).json()).toMatchObject({ status: 'unassigned', opdId: null });

    const assigned = await request('PUT', `/api/spbe/evaluations/${YEAR}/assignments`, team, {
      assignments: [
        ...range(1, 47)
          .filter((n) => n !== 1)
          .map((n) => ({ indicator: n, opdId: opdA })),
        { indicator: 1, opdId: opdB },
      ],
    });
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json().progress).toMatchObject({ assigned: 47, submitted: 0 });
    expect(assigned.json().indicators.find((i: { number: number }) => i.number === 1)).toMatchObject({ opdName: 'DPUPRPKP', status: 'draft' });
  });

  it("counts a level only with evidence and the level below it met, and lets only the OPD's staff fill it", async () => {
    const claims = [1, 2, 3, 4].map((level) => ({ level, met: true, explanation: `Tingkat ${level}: aduan dijawab lewat SAMBAT.` }));
    expect((await request('PUT', indicator(42), operatorB, { claims, explanation: '' })).statusCode).toBe(403);
    const filled = await request('PUT', indicator(42), operatorA, { claims, explanation: 'SAMBAT melayani aduan warga.' });
    expect(filled.statusCode).toBe(200);
    expect(filled.json()).toMatchObject({ selfLevel: 0, platform: { source: 'sambat' } });

    for (const level of [1, 2]) {
      const form = evidenceForm(level, `bukti-${level}.png`, TINY_PNG);
      const added = await t.app.inject({
        method: 'POST',
        url: `${indicator(42)}/evidence`,
        headers: { ...as(operatorA), ...form.headers },
        payload: form.payload,
      });
      expect(added.statusCode).toBe(201);
    }
    const link = await request('POST', `${indicator(42)}/evidence`, operatorA, {
      level: 3,
      url: 'https://jdih.malangkota.go.id/perwali-sambat',
      name: 'Perwali SAMBAT',
    });
    expect(link.statusCode).toBe(201);
    // Level 4 is claimed but has no evidence: it does not count.
    expect(link.json()).toMatchObject({ selfLevel: 3, finalLevel: 3 });
    expect(link.json().evidence.map((e: { level: number; kind: string }) => [e.level, e.kind])).toEqual([
      [1, 'file'],
      [2, 'file'],
      [3, 'link'],
    ]);

    const notEvidence = evidenceForm(4, 'catatan.png', Buffer.from('bukan gambar, hanya teks'));
    const refused = await t.app.inject({
      method: 'POST',
      url: `${indicator(42)}/evidence`,
      headers: { ...as(operatorA), ...notEvidence.headers },
      payload: notEvidence.payload,
    });
    expect(refused.statusCode).toBe(422);
    expect(problemOf(refused).code).toBe('spbe.evidence_type');
    const noLevel = evidenceForm(9, 'bukti.png', TINY_PNG);
    const badLevel = await t.app.inject({
      method: 'POST',
      url: `${indicator(42)}/evidence`,
      headers: { ...as(operatorA), ...noLevel.headers },
      payload: noLevel.payload,
    });
    expect(problemOf(badLevel).errors?.[0].field).toBe('level');

    // Unmet level 2 stops the count at 1, whatever is above it.
    const gap = await request('PUT', indicator(42), operatorA, { claims: claims.map((c) => (c.level === 2 ? { ...c, met: false } : c)), explanation: 'x' });
    expect(gap.json().selfLevel).toBe(1);
    await request('PUT', indicator(42), operatorA, { claims, explanation: 'SAMBAT melayani aduan warga.' });
  });

  it('serves evidence files to those who may read the indicator, and no one else', async () => {
    const detail = (await request('GET', indicator(42), operatorA)).json();
    const file = detail.evidence.find((e: { kind: string }) => e.kind === 'file');
    const mine = await request('GET', file.url, operatorA);
    expect(mine.statusCode).toBe(200);
    expect(mine.headers['content-type']).toBe('image/png');
    expect(mine.rawPayload.equals(TINY_PNG)).toBe(true);
    expect((await request('GET', file.url, operatorB)).statusCode).toBe(404);
    expect((await request('GET', file.url, null)).statusCode).toBe(401);
    expect((await request('GET', file.url, assessor)).statusCode).toBe(200);
  });

  it("shows another OPD's staff the level and status, not the claims or evidence", async () => {
    const seen = (await request('GET', indicator(42), operatorB)).json();
    expect(seen).toMatchObject({ selfLevel: 3, status: 'draft', claims: [], evidence: [], explanation: '' });
  });

  it('sends the indicator to the assessors, who confirm, correct with a comment, or return it', async () => {
    expect((await request('POST', `${indicator(43)}/submit`, operatorA)).statusCode).toBe(409);
    const submitted = await request('POST', `${indicator(42)}/submit`, operatorA);
    expect(submitted.json()).toMatchObject({ status: 'submitted', selfLevel: 3 });
    expect((await request('PUT', indicator(42), operatorA, { claims: [], explanation: '' })).statusCode).toBe(409);

    expect((await request('POST', `${indicator(42)}/review`, team, { decision: 'confirm' })).statusCode).toBe(403);
    const noComment = await request('POST', `${indicator(42)}/review`, assessor, { decision: 'return' });
    expect(problemOf(noComment).errors?.[0].field).toBe('comment');
    const noLevel = await request('POST', `${indicator(42)}/review`, assessor, { decision: 'correct', comment: 'Bukti tingkat 3 belum cukup.' });
    expect(problemOf(noLevel).errors?.[0].field).toBe('level');

    const corrected = await request('POST', `${indicator(42)}/review`, assessor, { decision: 'correct', level: 2, comment: 'Bukti tingkat 3 belum cukup.' });
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json()).toMatchObject({ status: 'corrected', selfLevel: 3, assessedLevel: 2, finalLevel: 2 });
    expect(corrected.json().reviews).toMatchObject([{ decision: 'correct', level: 2, comment: 'Bukti tingkat 3 belum cukup.' }]);
    expect((await request('POST', `${indicator(42)}/review`, assessor, { decision: 'confirm' })).statusCode).toBe(409);
  });

  it('takes a returned indicator back to the OPD, and counts again when evidence goes or comes', async () => {
    const link = (level: number) =>
      request('POST', `${indicator(45)}/evidence`, operatorA, { level, url: `https://jdih.example.go.id/${level}`, name: `Bukti ${level}` });
    await request('PUT', indicator(45), operatorA, {
      claims: [1, 2].map((level) => ({ level, met: true, explanation: 'Ada.' })),
      explanation: 'Sektor pertama.',
    });
    await link(1);
    const two = (await link(2)).json();
    expect(two.selfLevel).toBe(2);
    const second = two.evidence.find((e: { level: number }) => e.level === 2);
    const removed = await request('DELETE', `${indicator(45)}/evidence/${second.id}`, operatorA);
    expect(removed.json()).toMatchObject({ selfLevel: 1, evidence: [{ level: 1 }] });
    expect((await request('DELETE', `${indicator(45)}/evidence/${second.id}`, operatorA)).statusCode).toBe(404);

    await request('POST', `${indicator(45)}/submit`, operatorA);
    const returned = await request('POST', `${indicator(45)}/review`, assessor, { decision: 'return', comment: 'Lampirkan bukti tingkat 2.' });
    expect(returned.json()).toMatchObject({
      status: 'returned',
      assessedLevel: null,
      reviews: [{ decision: 'return', comment: 'Lampirkan bukti tingkat 2.' }],
    });
    expect((await link(2)).json().selfLevel).toBe(2);
    expect((await request('POST', `${indicator(45)}/submit`, operatorA)).json().status).toBe('submitted');
    const confirmed = await request('POST', `${indicator(45)}/review`, assessor, { decision: 'confirm' });
    expect(confirmed.json()).toMatchObject({ status: 'confirmed', assessedLevel: 2, reviews: [{ decision: 'return' }, { decision: 'confirm', level: 2 }] });
  });

  it('computes the index on the OPDs levels and on the assessors, with gaps and a what-if', async () => {
    // Indicators 42 (the OPD says 3, the assessor 2) and 45 (2), each weighing 3 %.
    const self = (await request('GET', `/api/spbe/evaluations/${YEAR}/index?basis=self`, team)).json();
    expect(self).toMatchObject({ basis: 'self', total: 0.15, filled: 2, indicators: 47 });
    const final = (await request('GET', `/api/spbe/evaluations/${YEAR}/index?basis=final`, team)).json();
    expect(final).toMatchObject({ basis: 'final', total: 0.12, predicate: { label: 'Kurang' } });
    expect(final.aspects.find((a: { number: number }) => a.number === 8).index).toBe(0.67);

    const gaps = (await request('GET', `/api/spbe/evaluations/${YEAR}/gaps?basis=final`, team)).json().items;
    expect(gaps[0]).toMatchObject({ number: 43, level: 0, gain: 0.03, indexAfter: 0.15 });
    const whatIf = await request('POST', `/api/spbe/evaluations/${YEAR}/simulate`, team, { basis: 'final', levels: { '42': 5, '43': 5 } });
    expect(whatIf.json()).toMatchObject({ before: { total: 0.12 }, after: { total: 0.36 } });
    const unknown = await request('POST', `/api/spbe/evaluations/${YEAR}/simulate`, team, { levels: { '99': 5 } });
    expect(unknown.statusCode).toBe(404);
  });

  it('finalizes only when every indicator is judged; then the result is public, exported and in the history', async () => {
    const early = await request('POST', `/api/spbe/evaluations/${YEAR}/finalize`, team);
    expect(early.statusCode).toBe(409);
    expect(problemOf(early).detail).toContain('45 indikator');

    const headB = await userWithRole(t, 'kepala_opd', opdB);
    await fillAndConfirm(t, YEAR, [1], 4, headB, assessor);
    await fillAndConfirm(
      t,
      YEAR,
      range(2, 47).filter((n) => n !== 42 && n !== 45),
      3,
      operatorA,
      assessor,
    );
    const finalized = await request('POST', `/api/spbe/evaluations/${YEAR}/finalize`, team);
    expect(finalized.statusCode).toBe(200);
    // 44 indicators at 3, indicator 1 (1.3 %) at 4, indicators 42 and 45 (3 % each) at 2:
    // 3 + 1.3/100 - 2 x 3/100 = 2.953.
    expect(finalized.json()).toMatchObject({ status: 'final', basis: 'final', index: 2.95, predicate: { label: 'Baik' } });
    expect((await request('PUT', indicator(43), operatorA, { claims: [], explanation: '' })).statusCode).toBe(409);

    const publicList = (await request('GET', '/api/spbe/evaluations', null)).json().items;
    expect(publicList).toMatchObject([{ year: YEAR, index: 2.95, predicate: { label: 'Baik' } }]);
    const publicDetail = (await request('GET', `/api/spbe/evaluations/${YEAR}`, null)).json();
    const publicView = publicDetail.indicators.find((i: { number: number }) => i.number === 42);
    expect(publicView).toMatchObject({ finalLevel: 2, claims: [], evidence: [], reviews: [] });

    const book = new ExcelJS.Workbook();
    const xlsx = await request('GET', `/api/spbe/evaluations/${YEAR}/export.xlsx`, null);
    expect(xlsx.statusCode).toBe(200);
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const summary = book.getWorksheet('Ringkasan');
    expect(summary?.getRow(6).values).toEqual([undefined, 'Indeks SPBE', 2.95]);
    expect(book.getWorksheet('Indikator')?.rowCount).toBe(48);
    const pdf = await request('GET', `/api/spbe/evaluations/${YEAR}/export.pdf`, team);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const history = (await request('GET', '/api/spbe/history', null)).json().items;
    expect(history.map((h: { year: number; frameworkCode: string; index: number; source: string }) => [h.year, h.frameworkCode, h.index, h.source])).toEqual([
      [2019, 'permenpanrb-5-2018', 2.85, 'kemenpanrb'],
      [2021, 'permenpanrb-59-2020', 2.73, 'kemenpanrb'],
      [2022, 'permenpanrb-59-2020', 2.6, 'kemenpanrb'],
      [2023, 'permenpanrb-59-2020', 3.82, 'kemenpanrb'],
      [2024, 'permenpanrb-59-2020', 4.24, 'kemenpanrb'],
      [2025, 'permenpanrb-59-2020', 2.95, 'evaluasi'],
    ]);
    expect(history.find((h: { year: number }) => h.year === 2024).predicate.label).toBe('Memuaskan');
  }, 120_000);
});
