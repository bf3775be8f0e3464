import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { as, createTestApp, opdId, problemOf, type Session, type TestApp, userWithRole } from '../../testing/test-app.js';
import { CATALOGUE_COLUMNS } from './bulk.columns.js';

type Cells = Record<string, string | number>;

/** A multipart form with these files, all in parts named "file" (as the page sends a folder), and the publish choice. */
function form(files: Array<{ name: string; bytes: Buffer }>, publish = false) {
  const boundary = `----impor${Math.random().toString(16).slice(2)}`;
  const parts = files.map((f) =>
    Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${f.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
      f.bytes,
      Buffer.from('\r\n'),
    ]),
  );
  const payload = Buffer.concat([
    ...parts,
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="publish"\r\n\r\n${publish}\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const dataset = (name: string, more: Cells = {}): Cells => ({
  nama: name,
  judul: `Data ${name}`,
  produsen: 'dispendukcapil',
  lisensi: 'CC-BY-4.0',
  frekuensi: 'Tahunan',
  akses: 'Terbuka',
  ...more,
});

/** A workbook: the sheet Katalog with these rows, and one sheet per table. */
async function workbook(rows: Cells[], sheets: Record<string, Array<Array<string | number>>> = {}): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const catalogue = book.addWorksheet('Katalog');
  const keys = CATALOGUE_COLUMNS.map((c) => c.key);
  catalogue.addRow(keys);
  for (const row of rows) catalogue.addRow(keys.map((k) => row[k] ?? ''));
  for (const [name, table] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const r of table) sheet.addRow(r);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

const PENDUDUK = [
  ['kecamatan', 'tahun', 'jumlah'],
  ['Klojen', 2025, 96000],
  ['Sukun', 2025, 203000.5],
];

describe.each(DATABASE_KINDS)('bulk import on %s', (kind) => {
  let t: TestApp;
  let walidata: Session;
  let admin: Session;
  let operator: Session;

  const importFiles = (who: Session, files: Array<{ name: string; bytes: Buffer }>, publish = false) => {
    const body = form(files, publish);
    return t.app.inject({ method: 'POST', url: '/api/opendata/import', payload: body.payload, headers: { ...as(who), ...body.headers } });
  };
  const lines = (body: string) =>
    body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
  const show = async (name: string) => (await t.app.inject({ method: 'GET', url: `/api/opendata/datasets/${name}`, headers: as(walidata) })).json();

  beforeAll(async () => {
    t = await createTestApp(kind);
    walidata = await userWithRole(t, 'walidata');
    admin = await userWithRole(t, 'admin');
    operator = await userWithRole(t, 'operator_opd', await opdId(t, 'DISPENDUKCAPIL'));
  }, 120_000);
  afterAll(() => t?.close());

  it('gives the walidata a template whose catalogue imports as it is', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/opendata/import/template.xlsx', headers: as(walidata) });
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.getWorksheet('Katalog')?.getRow(1).getCell(1).value).toBe('nama');
    expect(book.worksheets.map((s) => s.name)).toEqual(['Katalog', 'Penduduk 2025', 'Petunjuk']);

    const imported = await importFiles(walidata, [{ name: 'templat.xlsx', bytes: res.rawPayload }]);
    expect(imported.statusCode).toBe(200);
    expect(imported.headers['content-type']).toContain('application/x-ndjson');
    const report = lines(imported.body).at(-1);
    expect(report).toMatchObject({ type: 'report', report: { imported: ['jumlah-penduduk-kecamatan-2025'] } });
    const shown = await show('jumlah-penduduk-kecamatan-2025');
    expect(shown.status).toBe('DRAFT');
    expect(shown.resources[0].currentVersion.rowCount).toBe(5);
  });

  it('lists every problem by row and column, and imports nothing while there is one', async () => {
    const bytes = await workbook(
      [
        dataset('baik-satu', { berkas: 'Penduduk' }),
        dataset('baik-dua', { produsen: 'tidak-ada', grup: 'kependudukan, antariksa' }),
        dataset('buruk', { frekuensi: 'kadang', berkas: 'Tidak Ada' }),
      ],
      { Penduduk: PENDUDUK },
    );
    const res = await importFiles(walidata, [{ name: 'katalog.xlsx', bytes }]);
    expect(res.statusCode).toBe(422);
    const problem = problemOf(res);
    expect(problem.detail).toContain('Tidak ada yang diimpor');
    expect(problem.errors?.map((e) => e.field)).toEqual(['produsen:3', 'grup:3', 'frekuensi:4']);
    expect(res.json()).toMatchObject({
      total: 3,
      errors: [
        { row: 3, column: 'produsen' },
        { row: 3, column: 'grup' },
        { row: 4, column: 'frekuensi' },
      ],
    });
    expect((await t.app.inject({ method: 'GET', url: '/api/opendata/datasets/baik-satu', headers: as(walidata) })).statusCode).toBe(404);

    const groupProblem = await importFiles(walidata, [
      { name: 'katalog.xlsx', bytes: await workbook([dataset('baik-dua', { grup: 'kependudukan, antariksa' }), dataset('tiga', { berkas: 'Tidak Ada' })]) },
    ]);
    expect(problemOf(groupProblem).errors?.map((e) => [e.field, e.message])).toEqual([
      ['grup:2', 'topik tidak ada: antariksa'],
      ['berkas:3', 'berkas atau lembar "Tidak Ada" tidak ditemukan'],
    ]);
  });

  it('imports a workbook with progress per dataset, confirms the tables, and skips what exists when run again', async () => {
    const bytes = await workbook(
      [
        dataset('penduduk-kecamatan', { berkas: 'Penduduk', satuan: 'jiwa', grup: 'kependudukan', tag: 'penduduk, kecamatan' }),
        dataset('peta-kelurahan', { tautan: 'https://data.malangkota.go.id/peta.geojson' }),
        dataset('rencana-survei', { akses: 'Tertutup', frekuensi: 'Ad-hoc' }),
      ],
      { Penduduk: PENDUDUK },
    );
    const res = await importFiles(walidata, [{ name: 'katalog.xlsx', bytes }]);
    expect(res.statusCode).toBe(200);
    const events = lines(res.body);
    expect(events[0]).toEqual({ type: 'checked', total: 3, toImport: 3 });
    expect(events.slice(1, 4).map((e) => [e.done, e.name, e.outcome])).toEqual([
      [1, 'penduduk-kecamatan', 'imported'],
      [2, 'peta-kelurahan', 'imported'],
      [3, 'rencana-survei', 'imported'],
    ]);
    const table = await show('penduduk-kecamatan');
    expect(table).toMatchObject({ status: 'DRAFT', tags: ['penduduk', 'kecamatan'], groups: [expect.objectContaining({ name: 'kependudukan' })] });
    const version = table.resources[0].currentVersion;
    expect(version.columns).toEqual([
      { name: 'kecamatan', type: 'text', unit: '' },
      { name: 'tahun', type: 'integer', unit: '' },
      { name: 'jumlah', type: 'number', unit: 'jiwa' },
    ]);
    const rows = await t.app.inject({ method: 'GET', url: `/api/opendata/resources/${table.resources[0].id}/rows?sort=jumlah%20desc`, headers: as(walidata) });
    expect(rows.json().records.map((r: { kecamatan: string; jumlah: number }) => [r.kecamatan, r.jumlah])).toEqual([
      ['Sukun', 203000.5],
      ['Klojen', 96000],
    ]);
    expect((await show('peta-kelurahan')).resources[0]).toMatchObject({ kind: 'link', url: 'https://data.malangkota.go.id/peta.geojson' });

    const again = lines((await importFiles(walidata, [{ name: 'katalog.xlsx', bytes }])).body);
    expect(again[0]).toEqual({ type: 'checked', total: 3, toImport: 0 });
    expect(again.at(-1).report).toMatchObject({ imported: [], skipped: [{ row: 2, name: 'penduduk-kecamatan' }, { row: 3 }, { row: 4 }] });
  });

  it('imports a folder of CSV files and publishes at once for the walidata', async () => {
    const katalog = [
      'nama;judul;produsen;lisensi;frekuensi;akses;berkas',
      'sekolah-dasar;Jumlah Sekolah Dasar;dispendukcapil;CC-BY-4.0;Tahunan;Terbuka;sd.csv',
    ].join('\n');
    const res = await importFiles(
      walidata,
      [
        { name: 'katalog.csv', bytes: Buffer.from(katalog) },
        { name: 'sd.csv', bytes: Buffer.from('kecamatan,jumlah\nKlojen,40\nSukun,52\n') },
      ],
      true,
    );
    expect(res.statusCode).toBe(200);
    expect(lines(res.body).at(-1).report).toMatchObject({ imported: ['sekolah-dasar'], published: true });
    const pub = await t.app.inject({ method: 'GET', url: '/api/opendata/datasets/sekolah-dasar' });
    expect(pub.statusCode).toBe(200);
    expect(pub.json().status).toBe('DITAYANGKAN');
    const reviews = (await t.app.inject({ method: 'GET', url: '/api/opendata/datasets/sekolah-dasar/reviews', headers: as(walidata) })).json();
    expect(reviews.items.map((r: { action: string }) => r.action)).toEqual(expect.arrayContaining(['submit', 'approve', 'publish']));
  });

  it('lets only the walidata and admin import, and only the walidata publish', async () => {
    const bytes = await workbook([dataset('milik-admin', { tautan: 'https://example.org/a.csv' })]);
    expect((await importFiles(operator, [{ name: 'k.xlsx', bytes }])).statusCode).toBe(403);
    const published = await importFiles(admin, [{ name: 'k.xlsx', bytes }], true);
    expect(published.statusCode).toBe(403);
    expect(problemOf(published).detail).toContain('walidata');
    expect((await importFiles(admin, [{ name: 'k.xlsx', bytes }])).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/opendata/import/template.xlsx' })).statusCode).toBe(401);
  });

  it('says what is wrong with a file that is not a catalogue', async () => {
    const picture = await importFiles(walidata, [{ name: 'katalog.xlsx', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]) }]);
    expect(picture.statusCode).toBe(422);
    expect(problemOf(picture).detail).toContain('PNG');
    const noCatalogue = await importFiles(walidata, [
      { name: 'a.csv', bytes: Buffer.from('x,y\n1,2\n') },
      { name: 'b.csv', bytes: Buffer.from('x,y\n1,2\n') },
    ]);
    expect(noCatalogue.statusCode).toBe(422);
    expect(problemOf(noCatalogue).detail).toContain('katalog.xlsx');
    const noHeaders = await importFiles(walidata, [
      { name: 'katalog.csv', bytes: Buffer.from('judul,lisensi\nA,CC-BY-4.0\n') },
      { name: 'x.csv', bytes: Buffer.from('a\n1\n') },
    ]);
    expect(problemOf(noHeaders).detail).toContain('nama');
    const nothing = await t.app.inject({ method: 'POST', url: '/api/opendata/import', payload: {}, headers: as(walidata) });
    expect(nothing.statusCode).toBe(400);
  });
});
