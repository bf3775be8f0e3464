import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { pdfText } from '../../testing/pdf-text.js';
import { as, createTestApp, opdId, problemOf, type Session, type TestApp, userWithRole } from '../../testing/test-app.js';
import { fileForm } from '../opendata/opendata.access-fixture.js';
import { TINY_PNG } from '../performance/report.testing.js';

const JAMBI_2024 = { baseline: 3.84, output: 3.18, outcome: 3.53, impact: 3.63, quickWin: 3.35 };
const KEDIRI_2022 = { baseline: 3.6, output: 3.21, outcome: 3.23, impact: 3.07, quickWin: 3.65 };

describe.each(DATABASE_KINDS)('the semi-annual smart city evaluation on %s', (kind) => {
  let t: TestApp;
  let team: Session;
  let auditor: Session;
  let operator: Session;
  let warga: Session;
  beforeAll(async () => {
    t = await createTestApp(kind);
    team = await userWithRole(t, 'eksekutif');
    auditor = await userWithRole(t, 'auditor');
    operator = await userWithRole(t, 'operator_opd', await opdId(t, 'DISHUB'));
    warga = await userWithRole(t, 'warga');
  });
  afterAll(() => t.close());

  const call = (method: 'POST' | 'PUT' | 'DELETE' | 'GET', url: string, who: Session | null, payload?: object) =>
    t.app.inject({ method, url, headers: who ? as(who) : {}, ...(payload ? { payload } : {}) });
  const upload = (id: string, bytes: Buffer, name: string, fields: Record<string, string> = {}, who: Session | null = team) => {
    const form = fileForm(bytes, name, fields);
    return t.app.inject({
      method: 'POST',
      url: `/api/smartcity/evaluations/${id}/evidence`,
      headers: { ...(who ? as(who) : {}), ...form.headers },
      payload: form.payload,
    });
  };

  it('weighs with 0.10, 0.20, 0.30, 0.20, 0.20 until the team sets weights that add up to 1', async () => {
    const defaults = await call('GET', '/api/smartcity/settings', null);
    expect(defaults.json()).toEqual({ weights: { baseline: 0.1, output: 0.2, outcome: 0.3, impact: 0.2, quickWin: 0.2 }, updatedAt: null });
    const weights = { baseline: 0.1, output: 0.2, outcome: 0.3, impact: 0.2, quickWin: 0.2 };
    expect((await call('PUT', '/api/smartcity/settings', operator, { weights })).statusCode).toBe(403);
    const over = await call('PUT', '/api/smartcity/settings', team, { weights: { ...weights, outcome: 0.35 } });
    expect(over.statusCode).toBe(422);
    expect(problemOf(over).errors?.[0].field).toBe('weights');
    const negative = await call('PUT', '/api/smartcity/settings', team, { weights: { ...weights, impact: -0.1, quickWin: 0.5 } });
    expect(negative.statusCode).toBe(422);
    expect(problemOf(negative).errors?.[0].field).toBe('weights.impact');
    const missing = await call('PUT', '/api/smartcity/settings', team, { weights: { baseline: 0.5, output: 0.5 } });
    expect(missing.statusCode).toBe(400);
    // 0.3 + 0.2 + 0.2 + 0.2 + 0.1 is 0.9999999999999999 in floating point: near enough.
    const saved = await call('PUT', '/api/smartcity/settings', team, { weights: { baseline: 0.3, output: 0.2, outcome: 0.2, impact: 0.2, quickWin: 0.1 } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().updatedAt).not.toBeNull();
    expect((await call('PUT', '/api/smartcity/settings', team, { weights })).json().weights).toEqual(weights);
  });

  let jambi: string;

  it('opens one draft per year and stage, seen only by those who may see drafts', async () => {
    expect((await call('POST', '/api/smartcity/evaluations', operator, { year: 2024, stage: 1 })).statusCode).toBe(403);
    const created = await call('POST', '/api/smartcity/evaluations', team, { year: 2024, stage: 1 });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ label: 'Tahap I 2024', status: 'draft', score: null, indices: { baseline: null }, evidence: [] });
    expect(created.json().dimensions).toHaveLength(6);
    jambi = created.json().id;
    const twice = await call('POST', '/api/smartcity/evaluations', team, { year: 2024, stage: 1 });
    expect(twice.statusCode).toBe(409);
    expect((await call('POST', '/api/smartcity/evaluations', team, { year: 2024, stage: 3 })).statusCode).toBe(400);
    for (const outsider of [null, warga]) {
      expect((await call('GET', `/api/smartcity/evaluations/${jambi}`, outsider)).statusCode).toBe(404);
      expect((await call('GET', '/api/smartcity/evaluations', outsider)).json().items).toEqual([]);
      expect((await call('GET', `/api/smartcity/evaluations/${jambi}/export.pdf`, outsider)).statusCode).toBe(404);
    }
    for (const insider of [auditor, operator]) expect((await call('GET', `/api/smartcity/evaluations/${jambi}`, insider)).statusCode).toBe(200);
  });

  it('scores Kota Jambi 2024 at 3.475, and refuses indices outside 1-5 or with more than two decimals', async () => {
    const filled = await call('PUT', `/api/smartcity/evaluations/${jambi}`, team, {
      indices: JAMBI_2024,
      dimensions: [
        { dimension: 'governance', index: 3.9 },
        { dimension: 'living', index: 3.41 },
      ],
      notes: 'Nilai dari laporan evaluasi Kementerian.',
    });
    expect(filled.statusCode).toBe(200);
    expect(filled.json()).toMatchObject({ indices: JAMBI_2024, score: 3.475, notes: 'Nilai dari laporan evaluasi Kementerian.' });
    expect(filled.json().dimensions.map((d: { dimension: string; index: number | null }) => [d.dimension, d.index])).toEqual([
      ['governance', 3.9],
      ['branding', null],
      ['economy', null],
      ['living', 3.41],
      ['society', null],
      ['environment', null],
    ]);
    const high = await call('PUT', `/api/smartcity/evaluations/${jambi}`, team, { indices: { ...JAMBI_2024, baseline: 5.5 } });
    expect(high.statusCode).toBe(400);
    expect(problemOf(high).errors?.[0].field).toBe('indices.baseline');
    const low = await call('PUT', `/api/smartcity/evaluations/${jambi}`, team, { dimensions: [{ dimension: 'living', index: 0.9 }] });
    expect(problemOf(low).errors?.[0].field).toBe('dimensions.0.index');
    const fine = await call('PUT', `/api/smartcity/evaluations/${jambi}`, team, { indices: { ...JAMBI_2024, outcome: 3.535 } });
    expect(fine.statusCode).toBe(422);
    expect(problemOf(fine).errors?.[0].field).toBe('indices.outcome');
    const unknown = await call('PUT', `/api/smartcity/evaluations/${jambi}`, team, { dimensions: [{ dimension: 'tourism', index: 3 }] });
    expect(problemOf(unknown)).toMatchObject({ status: 422, errors: [{ field: 'dimensions.0.dimension' }] });
    expect((await call('PUT', `/api/smartcity/evaluations/${jambi}`, operator, { notes: 'x' })).statusCode).toBe(403);
    // Nothing of the refused changes stuck.
    expect((await call('GET', `/api/smartcity/evaluations/${jambi}`, auditor)).json()).toMatchObject({ indices: JAMBI_2024, score: 3.475 });
  });

  let evidence: string;

  it('takes evidence files judged by their content, and gives them only to those who see drafts', async () => {
    const png = await upload(jambi, TINY_PNG, 'foto-kegiatan.txt', { index: 'quickWin' });
    expect(png.statusCode).toBe(201);
    expect(png.json()).toMatchObject({ index: 'quickWin', name: 'foto-kegiatan.png', contentType: 'image/png', size: TINY_PNG.length });
    evidence = png.json().id;
    const text = await upload(jambi, Buffer.from('bukan berkas bukti yang sah, hanya teks biasa'), 'laporan.pdf');
    expect(problemOf(text)).toMatchObject({ status: 422, errors: [{ field: 'file' }] });
    expect(problemOf(await upload(jambi, TINY_PNG, 'a.png', { index: 'semua' })).errors?.[0].field).toBe('index');
    expect((await upload(jambi, TINY_PNG, 'a.png', {}, operator)).statusCode).toBe(403);
    const spare = await upload(jambi, TINY_PNG, 'cadangan.png');
    expect(spare.json().index).toBeNull();
    expect((await call('DELETE', `/api/smartcity/evidence/${spare.json().id}`, team)).statusCode).toBe(204);
    const file = await call('GET', `/api/smartcity/evidence/${evidence}`, auditor);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.rawPayload.equals(TINY_PNG)).toBe(true);
    expect((await call('GET', `/api/smartcity/evidence/${evidence}`, null)).statusCode).toBe(401);
    expect((await call('GET', `/api/smartcity/evidence/${evidence}`, warga)).statusCode).toBe(403);
    expect((await call('GET', `/api/smartcity/evaluations/${jambi}`, team)).json().evidence.map((e: { name: string }) => e.name)).toEqual([
      'foto-kegiatan.png',
    ]);
  });

  it('publishes only with all five indices, then freezes the evaluation with its weights and shows it to everyone', async () => {
    const kediri = (await call('POST', '/api/smartcity/evaluations', team, { year: 2022, stage: 2 })).json().id;
    await call('PUT', `/api/smartcity/evaluations/${kediri}`, team, { indices: { ...KEDIRI_2022, quickWin: null } });
    const incomplete = await call('POST', `/api/smartcity/evaluations/${kediri}/publish`, team);
    expect(incomplete.statusCode).toBe(422);
    expect(problemOf(incomplete).errors?.map((e) => e.field)).toEqual(['indices.quickWin']);
    await call('PUT', `/api/smartcity/evaluations/${kediri}`, team, { indices: KEDIRI_2022 });
    expect((await call('POST', `/api/smartcity/evaluations/${kediri}/publish`, auditor)).statusCode).toBe(403);
    const published = await call('POST', `/api/smartcity/evaluations/${kediri}/publish`, team);
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', score: 3.315, weights: { baseline: 0.1, outcome: 0.3 } });
    expect(published.json().publishedAt).not.toBeNull();
    expect((await call('POST', `/api/smartcity/evaluations/${kediri}/publish`, team)).statusCode).toBe(409);
    expect((await call('PUT', `/api/smartcity/evaluations/${kediri}`, team, { notes: 'ubah' })).statusCode).toBe(409);
    expect((await upload(kediri, TINY_PNG, 'telat.png')).statusCode).toBe(409);
    // The database holds it final too, whatever a service might do.
    await expect(sql`update sc_evaluation set baseline = 5 where id = ${kediri}`.execute(t.platform.db)).rejects.toThrow(/published/);

    await call('PUT', '/api/smartcity/settings', team, { weights: { baseline: 0.2, output: 0.2, outcome: 0.2, impact: 0.2, quickWin: 0.2 } });
    const publicView = await call('GET', `/api/smartcity/evaluations/${kediri}`, null);
    expect(publicView.json()).toMatchObject({ score: 3.315, weights: { baseline: 0.1, output: 0.2, outcome: 0.3, impact: 0.2, quickWin: 0.2 } });
    // The draft follows the settings: (3.84 + 3.18 + 3.53 + 3.63 + 3.35) / 5 = 3.506.
    expect((await call('GET', `/api/smartcity/evaluations/${jambi}`, team)).json().score).toBe(3.506);
    await call('PUT', '/api/smartcity/settings', team, { weights: { baseline: 0.1, output: 0.2, outcome: 0.3, impact: 0.2, quickWin: 0.2 } });

    expect((await call('POST', `/api/smartcity/evaluations/${jambi}/publish`, team)).json().score).toBe(3.475);
    const later = (await call('POST', '/api/smartcity/evaluations', team, { year: 2024, stage: 2 })).json().id;
    const history = await call('GET', '/api/smartcity/evaluations', null);
    expect(history.json().items.map((e: { label: string; score: number }) => [e.label, e.score])).toEqual([
      ['Tahap II 2022', 3.315],
      ['Tahap I 2024', 3.475],
    ]);
    const all = await call('GET', '/api/smartcity/evaluations', auditor);
    expect(all.json().items.map((e: { id: string }) => e.id)).toEqual([kediri, jambi, later]);
    expect((await call('GET', '/api/smartcity/evaluations?status=draft', null)).json().items).toEqual([]);
    expect((await call('GET', '/api/smartcity/evaluations?fromYear=2023', auditor)).json().items).toHaveLength(2);
    const audited = await sql<{ action: string }>`select action from audit_log where record_id = ${kediri} order by id`.execute(t.platform.db);
    expect(audited.rows.map((r) => r.action)).toEqual([
      'smartcity.evaluation.create',
      'smartcity.evaluation.update',
      'smartcity.evaluation.update',
      'smartcity.evaluation.publish',
    ]);
  });

  it('exports an evaluation as a workbook and a PDF with its indices, weights, score, dimensions and evidence', async () => {
    const xlsx = await call('GET', `/api/smartcity/evaluations/${jambi}/export.xlsx`, null);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('evaluasi-smart-city-2024-tahap-I.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Evaluasi') as ExcelJS.Worksheet;
    const rows = [2, 3, 4, 5, 6, 7].map((n) => (sheet.getRow(n).values as unknown[]).slice(1, 5));
    expect(rows).toEqual([
      ['Baseline', 3.84, 0.1, 0.384],
      ['Output', 3.18, 0.2, 0.636],
      ['Outcome', 3.53, 0.3, 1.059],
      ['Impact', 3.63, 0.2, 0.726],
      ['Quick Win', 3.35, 0.2, 0.67],
      ['Skor akhir', 3.475, 1, 3.475],
    ]);
    expect(book.getWorksheet('Dimensi')?.getRow(2).values).toEqual([undefined, 'Smart Governance', 3.9]);
    expect(book.getWorksheet('Bukti')?.getRow(2).getCell(1).value).toBe('foto-kegiatan.png');

    const pdf = await call('GET', `/api/smartcity/evaluations/${jambi}/export.pdf`, null);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = (await pdfText(pdf.rawPayload)).flat;
    expect(text).toContain('EVALUASI SMART CITY');
    expect(text).toContain('TAHAP I 2024');
    expect(text).toContain('Skor akhir : 3,475');
    expect(text).toContain('Outcome 3,53 0,30 1,059');
    expect(text).toContain('Smart Living 3,41');
    expect(text).toContain('foto-kegiatan.png Quick Win');
  });
});
