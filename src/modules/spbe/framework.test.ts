import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { as, createTestApp, problemOf, type Session, type TestApp, userWithRole } from '../../testing/test-app.js';
import { PERMENPANRB_59_2020 } from './frameworks/permenpanrb-59-2020.js';

const sheet = (book: ExcelJS.Workbook, name: string) => {
  const found = book.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};

/** A made-up regulation: two domains, three indicators, levels on one scale. */
const SMALL = {
  code: 'permenpanrb-uji-2026',
  name: 'Evaluasi SPBE (uji)',
  regulation: 'Peraturan uji tentang evaluasi SPBE',
  fromYear: 2026,
  toYear: null,
  scales: [{ code: 'proses', name: 'Kapabilitas', levels: ['A', 'B', 'C', 'D', 'E'] }],
  domains: [
    {
      number: 1,
      name: 'Kebijakan',
      aspects: [
        { number: 1, name: 'Kebijakan', indicators: [{ number: 1, name: 'Kebijakan data', weight: 40, scale: 'proses', levels: ['1', '2', '3', '4', '5'] }] },
      ],
    },
    {
      number: 2,
      name: 'Layanan',
      aspects: [
        {
          number: 2,
          name: 'Layanan publik',
          indicators: [
            { number: 2, name: 'Layanan pengaduan', weight: 30, scale: 'proses', levels: ['1', '2', '3', '4', '5'] },
            { number: 3, name: 'Layanan data terbuka', weight: 30, scale: 'proses', levels: ['1', '2', '3', '4', '5'] },
          ],
        },
      ],
    },
  ],
  predicates: [
    { code: 'baik', label: 'Baik', min: 3 },
    { code: 'kurang', label: 'Kurang', min: 0 },
  ],
};

describe.each(DATABASE_KINDS)('SPBE frameworks on %s', (kind) => {
  let t: TestApp;
  let admin: Session;
  let team: Session;

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await userWithRole(t, 'admin');
    team = await userWithRole(t, 'eksekutif');
  }, 120_000);
  afterAll(() => t?.close());

  const importJson = (payload: object, who: Session = admin) => t.app.inject({ method: 'POST', url: '/api/spbe/frameworks', headers: as(who), payload });
  const importFile = (bytes: Buffer, name: string) => {
    const boundary = '----kerangka';
    return t.app.inject({
      method: 'POST',
      url: '/api/spbe/frameworks',
      headers: { ...as(admin), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
        bytes,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    });
  };

  it('ships both regulations for anyone to read, each level described', async () => {
    const list = (await t.app.inject({ method: 'GET', url: '/api/spbe/frameworks' })).json().items;
    expect(list.map((f: { code: string; indicators: number }) => [f.code, f.indicators])).toEqual([
      ['permenpanrb-59-2020', 47],
      ['permenpanrb-5-2018', 35],
    ]);
    const detail = (await t.app.inject({ method: 'GET', url: '/api/spbe/frameworks/permenpanrb-59-2020' })).json();
    expect(detail.scales.layanan).toEqual(['Informasi', 'Interaksi', 'Transaksi', 'Kolaborasi', 'Optimalisasi']);
    expect(detail.domains[3].aspects[1].indicators[1]).toMatchObject({ number: 43, weight: 3, scale: 'layanan' });
    expect(detail.domains[3].aspects[1].indicators[1].levels[2]).toContain('transaksi elektronik');
    expect((await t.app.inject({ method: 'GET', url: '/api/spbe/frameworks/tidak-ada' })).statusCode).toBe(404);
  });

  it('imports a new regulation from JSON without code, for the admins only, and never overwrites one', async () => {
    expect((await importJson(SMALL, team)).statusCode).toBe(403);
    const created = await importJson(SMALL);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: SMALL.code, domains: 2, aspects: 2, indicators: 3 });
    const again = await importJson(SMALL);
    expect(again.statusCode).toBe(409);
    expect(problemOf(again).errors?.[0].field).toBe('code');

    // It can be evaluated at once.
    const evaluation = await t.app.inject({
      method: 'POST',
      url: '/api/spbe/evaluations',
      headers: as(team),
      payload: { year: 2026, frameworkCode: SMALL.code },
    });
    expect(evaluation.json()).toMatchObject({ frameworkCode: SMALL.code, progress: { indicators: 3 } });
    const detail = (await t.app.inject({ method: 'GET', url: '/api/spbe/evaluations/2026', headers: as(team) })).json();
    // Matched by subject: the complaints and open data indicators get the platform's figures.
    expect(detail.indicators.map((i: { platform: { source: string } | null }) => i.platform?.source ?? null)).toEqual([null, 'sambat', 'opendata']);
  });

  it('lists every problem of a framework at once, naming each field', async () => {
    const broken = structuredClone(SMALL);
    broken.code = 'rusak-2026';
    broken.domains[1].aspects[0].indicators[1].weight = 20;
    broken.domains[1].aspects[0].indicators[1].scale = 'layanan';
    const res = await importJson(broken);
    expect(res.statusCode).toBe(400);
    expect(problemOf(res).errors?.map((e) => e.field)).toEqual(['domains[1].aspects[0].indicators[1].scale', 'domains']);
    const shape = await importJson({ ...SMALL, code: 'Bukan Kode', domains: [] });
    expect(problemOf(shape).errors?.map((e) => e.field)).toContain('code');
  });

  it('gives a framework as a workbook that imports again under a new code', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/spbe/frameworks/permenpanrb-59-2020/workbook.xlsx' });
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Kerangka', 'Skala', 'Indikator', 'Predikat']);
    expect(book.getWorksheet('Indikator')?.rowCount).toBe(48);
    sheet(book, 'Kerangka').getRow(2).getCell(2).value = 'permenpanrb-59-2020-salinan';
    const imported = await importFile(Buffer.from(await book.xlsx.writeBuffer()), 'salinan.xlsx');
    expect(imported.statusCode).toBe(201);
    const copy = (await t.app.inject({ method: 'GET', url: '/api/spbe/frameworks/permenpanrb-59-2020-salinan' })).json();
    const original = (await t.app.inject({ method: 'GET', url: '/api/spbe/frameworks/permenpanrb-59-2020' })).json();
    expect(copy.domains).toEqual(original.domains);
    expect(copy.indicators).toBe(PERMENPANRB_59_2020.domains.flatMap((d) => d.aspects.flatMap((a) => a.indicators)).length);
  });

  it('names the sheet and cell of what a workbook gets wrong', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/spbe/frameworks/permenpanrb-5-2018/workbook.xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    sheet(book, 'Kerangka').getRow(2).getCell(2).value = 'rusak-lembar';
    sheet(book, 'Indikator').getRow(5).getCell(7).value = 'satu persen';
    sheet(book, 'Indikator').getRow(9).getCell(6).value = null;
    const imported = await importFile(Buffer.from(await book.xlsx.writeBuffer()), 'rusak.xlsx');
    expect(imported.statusCode).toBe(400);
    expect(problemOf(imported).errors?.map((e) => [e.field, e.message])).toEqual([
      ['Indikator!G5', 'Indikator!G5 bobot harus berupa angka'],
      ['Indikator!F9', 'Indikator!F9 indikator wajib diisi'],
    ]);
    const notAFramework = await importFile(Buffer.from('bukan json'), 'kerangka.json');
    expect(problemOf(notAFramework).code).toBe('spbe.framework_file');
  });
});
