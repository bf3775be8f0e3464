import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cityDay } from '../../platform/calendar/working-days.js';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { as, createTestApp, opdId, problemOf, type Session, type TestApp, userWithRole } from '../../testing/test-app.js';
import { nextDueDate } from './freshness.rules.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A multipart upload of one file in the part "file", with text fields, as a browser form sends it. */
function form(bytes: Buffer, fileName: string, fields: Record<string, string> = {}) {
  const boundary = `----satudata${Math.random().toString(16).slice(2)}`;
  const parts = Object.entries(fields).map(([k, v]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  const payload = Buffer.concat([
    ...parts,
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** A long Satu Data table, ; separated, Indonesian numbers, with a BOM as Excel writes it. */
const PENDUDUK_V1 = [
  '\ufeffKecamatan;Tahun;Jumlah Penduduk;Kepadatan',
  'Blimbing;2025;"185.314";10.463,2',
  'Kedungkandang;2025;"204.837";5.111,2',
  'Klojen;2025;"9";11.980,4',
  'Lowokwaru;2025;"100";8.093,7',
  'Sukun;2025;"10";10.069,8',
].join('\r\n');

// Klojen's figure corrected, Sukun gone, Arjosari added.
const PENDUDUK_V2 = [
  'Kecamatan;Tahun;Jumlah Penduduk;Kepadatan',
  'Blimbing;2025;"185.314";10.463,2',
  'Kedungkandang;2025;"204.837";5.111,2',
  'Klojen;2025;"55.000";11.980,4',
  'Lowokwaru;2025;"100";8.093,7',
  'Arjosari;2025;"1.234";1.000,5',
].join('\r\n');

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Data');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe.each(DATABASE_KINDS)('resources, versions and the datastore on %s', (kind) => {
  let t: TestApp;
  let producer: Session;
  let otherOpd: Session;
  let walidata: Session;
  let penduduk: string;

  const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, who: Session | null, payload?: object) =>
    t.app.inject({ method, url, headers: who ? as(who) : {}, ...(payload ? { payload } : {}) });
  const upload = (who: Session | null, url: string, bytes: Buffer, fileName: string, fields: Record<string, string> = {}) => {
    const body = form(bytes, fileName, fields);
    return t.app.inject({ method: 'POST', url, payload: body.payload, headers: { ...(who ? as(who) : {}), ...body.headers } });
  };
  const rows = (who: Session | null, id: string, query = '') => call('GET', `/api/opendata/resources/${id}/rows${query}`, who);
  const confirm = (id: string, no: number, columns: Array<{ name: string; type: string; unit: string }>, keyColumns: string[]) =>
    call('PUT', `/api/opendata/resources/${id}/versions/${no}/columns`, producer, { columns, keyColumns });

  async function dataset(name: string, status: string, access: string, opd: string, frequency = 'tahunan') {
    const producerName = `prod-${opd.slice(0, 8)}`;
    await sql`insert into od_producer (name, title, kind, opd_id) values (${producerName}, ${`Produsen ${name}`}, 'opd', ${opd}) on conflict (name) do nothing`.execute(
      t.platform.db,
    );
    await sql`
      insert into od_dataset (name, title, producer_id, license_id, frequency, access_level, status)
      select ${name}, ${`Data ${name}`}, id, 'CC-BY-4.0', ${frequency}, ${access}, ${status} from od_producer where name = ${producerName}`.execute(
      t.platform.db,
    );
  }

  beforeAll(async () => {
    t = await createTestApp(kind);
    const kominfo = await opdId(t, 'DISKOMINFO');
    const dinkes = await opdId(t, 'DINKES');
    producer = await userWithRole(t, 'operator_opd', kominfo);
    otherOpd = await userWithRole(t, 'operator_opd', dinkes);
    walidata = await userWithRole(t, 'walidata');
    await dataset('penduduk', 'DITAYANGKAN', 'terbuka', kominfo);
    await dataset('data-terbatas', 'DITAYANGKAN', 'terbatas', kominfo);
    await dataset('data-draf', 'DRAFT', 'terbuka', kominfo);
    await dataset('data-menunggu', 'MENUNGGU_PERSETUJUAN', 'terbuka', kominfo);
    await dataset('data-dinkes', 'DITAYANGKAN', 'terbuka', dinkes);
  });
  afterAll(() => t.close());

  it('uploads a ; separated CSV with Indonesian numbers as version 1, its types guessed and waiting for confirmation', async () => {
    const res = await upload(producer, '/api/opendata/datasets/penduduk/resources', Buffer.from(PENDUDUK_V1), 'penduduk.csv', {
      name: 'Penduduk per kecamatan',
      description: 'Hasil registrasi',
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    penduduk = body.id;
    expect(body).toMatchObject({
      name: 'Penduduk per kecamatan',
      description: 'Hasil registrasi',
      kind: 'upload',
      format: 'CSV',
      url: `/api/opendata/resources/${penduduk}/download.csv`,
      currentVersion: null,
      versionCount: 1,
      latestVersion: {
        versionNo: 1,
        fileName: 'penduduk.csv',
        mediaType: 'text/csv',
        rowCount: 5,
        confirmed: false,
        summary: null,
        keyColumns: ['Kecamatan', 'Tahun', 'Jumlah Penduduk'],
        columns: [
          { name: 'Kecamatan', type: 'text', unit: '' },
          { name: 'Tahun', type: 'integer', unit: '' },
          { name: 'Jumlah Penduduk', type: 'integer', unit: '' },
          { name: 'Kepadatan', type: 'number', unit: '' },
        ],
      },
    });

    // The producer previews the rows as stored; the public sees nothing until it is confirmed.
    const preview = await rows(producer, penduduk, '?limit=2');
    expect(preview.json().records).toEqual([
      { _id: 1, Kecamatan: 'Blimbing', Tahun: 2025, 'Jumlah Penduduk': 185314, Kepadatan: 10463.2 },
      { _id: 2, Kecamatan: 'Kedungkandang', Tahun: 2025, 'Jumlah Penduduk': 204837, Kepadatan: 5111.2 },
    ]);
    expect((await rows(null, penduduk)).statusCode).toBe(404);
    const seen = (await call('GET', `/api/opendata/resources/${penduduk}`, null)).json();
    expect(seen).toMatchObject({ currentVersion: null, latestVersion: null, versions: [] });
  });

  it('refuses a confirmed type the cells do not fit, naming each cell, and changes nothing', async () => {
    const res = await confirm(
      penduduk,
      1,
      [
        { name: 'Kecamatan', type: 'integer', unit: '' },
        { name: 'Tahun', type: 'integer', unit: '' },
        { name: 'Jumlah Penduduk', type: 'integer', unit: 'jiwa' },
        { name: 'Kepadatan', type: 'number', unit: 'jiwa/km2' },
      ],
      ['Kecamatan', 'Tahun'],
    );
    expect(res.statusCode).toBe(422);
    const problem = problemOf(res) as ReturnType<typeof problemOf> & { total: number; errors: Array<Record<string, unknown>> };
    expect(problem.code).toBe('opendata.table_invalid');
    expect(problem.total).toBe(5);
    expect(problem.errors[0]).toEqual({
      field: 'A2',
      row: 2,
      column: 'A',
      header: 'Kecamatan',
      message: '"Blimbing" bukan bilangan bulat. Tulis angka tanpa desimal, misalnya 1.234, atau pilih tipe lain untuk kolom ini.',
    });
    const after = (await call('GET', `/api/opendata/resources/${penduduk}`, producer)).json();
    expect(after.latestVersion).toMatchObject({ confirmed: false, columns: [{ name: 'Kecamatan', type: 'text' }, {}, {}, {}] });
  });

  it('confirms the columns: the version becomes current, everything counts as added, and the dataset is fresh from today', async () => {
    const res = await confirm(
      penduduk,
      1,
      [
        { name: 'Kecamatan', type: 'text', unit: '' },
        { name: 'Tahun', type: 'integer', unit: '' },
        { name: 'Jumlah Penduduk', type: 'integer', unit: 'jiwa' },
        { name: 'Kepadatan', type: 'number', unit: 'jiwa/km2' },
      ],
      ['Kecamatan', 'Tahun'],
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().currentVersion).toMatchObject({
      versionNo: 1,
      confirmed: true,
      keyColumns: ['Kecamatan', 'Tahun'],
      summary: { previousVersionNo: null, added: 5, removed: 0, changed: 0, unchanged: 0 },
    });
    const { rows: stamps } = await sql<{ last_data_at: Date | null; next_due_on: string | null }>`
      select last_data_at, next_due_on from od_dataset where name = 'penduduk'`.execute(t.platform.db);
    expect(stamps[0].last_data_at).not.toBeNull();
    expect(stamps[0].next_due_on).toBe(nextDueDate('tahunan', cityDay(new Date(), t.config.cityTimezone)));
    const { rows: audit } = await sql<{ action: string }>`select action from audit_log where record_id = ${penduduk} order by id`.execute(t.platform.db);
    expect(audit.map((a) => a.action)).toEqual(['opendata.resource.create', 'opendata.resource.confirm']);
    expect((await rows(null, penduduk)).json().total).toBe(5);
  });

  it('searches the rows: exact and list filters, q, numeric sort, fields, offset and total', async () => {
    const q = (query: Record<string, string>) => rows(null, penduduk, `?${new URLSearchParams(query)}`);
    const exact = await q({ filters: JSON.stringify({ Kecamatan: 'Klojen', Tahun: '2025' }) });
    expect(exact.json()).toMatchObject({ total: 1, records: [{ _id: 3, Kecamatan: 'Klojen', 'Jumlah Penduduk': 9 }] });

    const list = await q({ filters: JSON.stringify({ Kecamatan: ['Klojen', 'Sukun', 'Tidak Ada'] }), fields: 'Kecamatan' });
    expect(list.json()).toMatchObject({
      total: 2,
      records: [
        { _id: 3, Kecamatan: 'Klojen' },
        { _id: 5, Kecamatan: 'Sukun' },
      ],
    });
    expect(list.json().fields).toEqual([
      { id: '_id', type: 'integer', unit: '' },
      { id: 'Kecamatan', type: 'text', unit: '' },
    ]);

    // As text 9 > 185314 > 10 > 100; as numbers the other way round.
    const sorted = await q({ sort: 'Jumlah Penduduk desc', fields: 'Jumlah Penduduk', limit: '3', offset: '1' });
    expect(sorted.json()).toMatchObject({ total: 5, limit: 3, offset: 1 });
    expect(sorted.json().records.map((r: Record<string, number>) => r['Jumlah Penduduk'])).toEqual([185314, 100, 10]);

    expect((await q({ q: 'klo' })).json()).toMatchObject({ total: 1, records: [{ Kecamatan: 'Klojen' }] });
    expect((await q({ q: JSON.stringify({ Kecamatan: 'UN' }) })).json().records.map((r: Record<string, string>) => r.Kecamatan)).toEqual([
      'Kedungkandang',
      'Sukun',
    ]);
    expect((await q({ includeTotal: 'false', limit: '1' })).json().total).toBeUndefined();
  });

  it('refuses an unknown field with its name', async () => {
    const res = await rows(null, penduduk, `?${new URLSearchParams({ filters: JSON.stringify({ Desa: 'x' }), sort: 'Tahun asc' })}`);
    expect(res.statusCode).toBe(400);
    const problem = problemOf(res);
    expect(problem.code).toBe('opendata.datastore_unknown_field');
    expect(problem.errors?.[0].field).toBe('filters.Desa');
    expect(problem.detail).toContain('"Desa"');
    expect((await rows(null, penduduk, '?filters=%7Bbroken')).statusCode).toBe(400);
  });

  it('keeps versions: v2 waits, carries the confirmed types over, and on confirmation counts 1 changed, 1 added, 1 removed', async () => {
    const res = await upload(producer, `/api/opendata/resources/${penduduk}/versions`, Buffer.from(PENDUDUK_V2), 'penduduk-2.csv');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ currentVersion: { versionNo: 1 }, latestVersion: { versionNo: 2, confirmed: false }, versionCount: 2 });
    const v2 = res.json().latestVersion;
    expect(v2.columns).toEqual(res.json().currentVersion.columns);
    expect(v2.keyColumns).toEqual(['Kecamatan', 'Tahun']);
    // Until it is confirmed everyone still reads version 1, and the public sees no trace of version 2.
    expect((await rows(null, penduduk, '?filters=%7B%22Kecamatan%22%3A%22Sukun%22%7D')).json().total).toBe(1);
    const seen = async (who: Session | null) => (await call('GET', '/api/opendata/datasets/penduduk', who)).json().resources[0].latestVersion.versionNo;
    expect(await seen(null)).toBe(1);
    expect(await seen(producer)).toBe(2);
    const listed = (await call('GET', '/api/opendata/datasets?pageSize=100', null)).json().items.find((d: { name: string }) => d.name === 'penduduk');
    expect(listed.resources[0].latestVersion.versionNo).toBe(1);

    const done = await confirm(penduduk, 2, v2.columns, v2.keyColumns);
    expect(done.statusCode).toBe(200);
    expect(done.json().currentVersion.summary).toEqual({ previousVersionNo: 1, added: 1, removed: 1, changed: 1, unchanged: 3 });
    expect((await rows(null, penduduk, '?filters=%7B%22Kecamatan%22%3A%22Sukun%22%7D')).json().total).toBe(0);
    // Confirming an older version is refused.
    expect((await confirm(penduduk, 1, v2.columns, v2.keyColumns)).statusCode).toBe(409);
  });

  it('downloads each version with its own data, as CSV, XLSX and JSON', async () => {
    const csv1 = await call('GET', `/api/opendata/resources/${penduduk}/download.csv?version=1`, null);
    expect(csv1.statusCode).toBe(200);
    expect(csv1.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv1.headers['content-disposition']).toBe('attachment; filename="penduduk_penduduk-per-kecamatan_v1.csv"');
    expect(csv1.body.split('\r\n').slice(0, 2)).toEqual(['Kecamatan,Tahun,Jumlah Penduduk,Kepadatan', 'Blimbing,2025,185314,10463.2']);
    expect(csv1.body).toContain('Sukun');
    const csvNow = await call('GET', `/api/opendata/resources/${penduduk}/download.csv`, null);
    expect(csvNow.body).toContain('Arjosari,2025,1234,1000.5');
    expect(csvNow.body).not.toContain('Sukun');

    const json1 = await call('GET', `/api/opendata/resources/${penduduk}/download.json?version=1`, null);
    expect(json1.json()).toHaveLength(5);
    expect(json1.json()[2]).toEqual({ Kecamatan: 'Klojen', Tahun: 2025, 'Jumlah Penduduk': 9, Kepadatan: 11980.4 });

    const xlsx1 = await call('GET', `/api/opendata/resources/${penduduk}/download.xlsx?version=1`, null);
    expect(xlsx1.headers['content-type']).toBe(XLSX);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx1.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, 'Kecamatan', 'Tahun', 'Jumlah Penduduk', 'Kepadatan']);
    expect(sheet.getRow(4).values).toEqual([undefined, 'Klojen', 2025, 9, 11980.4]);
    expect(sheet.getCell('C1').note).toBe('Satuan: jiwa');
    expect(sheet.rowCount).toBe(6);

    const original = await call('GET', `/api/opendata/resources/${penduduk}/versions/1/original`, null);
    expect(original.rawPayload.equals(Buffer.from(PENDUDUK_V1))).toBe(true);
    expect((await call('GET', `/api/opendata/resources/${penduduk}/download.csv?version=9`, null)).statusCode).toBe(404);
  });

  it('reads an XLSX workbook with its typed cells', async () => {
    const bytes = await workbook([
      ['Puskesmas', 'Tanggal', 'Kunjungan', 'Rawat Inap'],
      ['Arjuno', new Date(Date.UTC(2026, 10, 22)), 120, true],
      ['Bareng', new Date(Date.UTC(2026, 10, 23)), 98, false],
    ]);
    const res = await upload(producer, '/api/opendata/datasets/penduduk/resources', bytes, 'kunjungan.xlsx');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      name: 'kunjungan',
      format: 'XLSX',
      latestVersion: { mediaType: XLSX, rowCount: 2, columns: [{ type: 'text' }, { type: 'date' }, { type: 'integer' }, { type: 'boolean' }] },
    });
    const preview = await rows(producer, res.json().id, '?sort=Kunjungan%20asc');
    expect(preview.json().records[0]).toEqual({ _id: 2, Puskesmas: 'Bareng', Tanggal: '2026-11-23', Kunjungan: 98, 'Rawat Inap': false });
  });

  it('refuses files that are not tables, empty, header only, or with a header twice, saying what to fix', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const picture = await upload(producer, '/api/opendata/datasets/penduduk/resources', png, 'data.csv');
    expect(picture.statusCode).toBe(415);
    expect(problemOf(picture)).toMatchObject({ code: 'opendata.file_not_table' });
    expect(problemOf(picture).detail).toContain('gambar PNG');

    // Above the platform's 10 MB for photos the file is still read (and judged); above 50 MB it is refused.
    const bigPicture = await upload(producer, '/api/opendata/datasets/penduduk/resources', Buffer.concat([png, Buffer.alloc(12 * 1024 * 1024)]), 'besar.csv');
    expect(bigPicture.statusCode).toBe(415);
    const tooBig = await upload(producer, '/api/opendata/datasets/penduduk/resources', Buffer.alloc(50 * 1024 * 1024 + 1, 0x41), 'raksasa.csv');
    expect(problemOf(tooBig)).toMatchObject({ status: 413, code: 'opendata.file_too_large' });
    expect(problemOf(tooBig).detail).toContain('50 MB');

    const empty = await upload(producer, '/api/opendata/datasets/penduduk/resources', Buffer.alloc(0), 'kosong.csv');
    expect(problemOf(empty)).toMatchObject({ status: 422, code: 'opendata.file_empty' });

    const headerOnly = await upload(producer, '/api/opendata/datasets/penduduk/resources', Buffer.from('Kecamatan;Jumlah\r\n'), 'judul.csv');
    expect(problemOf(headerOnly)).toMatchObject({ status: 422, code: 'opendata.table_no_rows' });

    const twice = await upload(producer, '/api/opendata/datasets/penduduk/resources', Buffer.from('Kecamatan,Jumlah,Jumlah\nKlojen,1,2\n'), 'ganda.csv');
    expect(twice.statusCode).toBe(422);
    expect(twice.json().errors).toEqual([
      { field: 'C1', row: 1, column: 'C', header: 'Jumlah', message: 'Judul kolom "Jumlah" sudah dipakai di kolom B. Setiap kolom perlu judul sendiri.' },
    ]);

    const noFile = await call('POST', '/api/opendata/datasets/penduduk/resources', producer, { name: 'x' });
    expect(problemOf(noFile).status).toBe(400);
    const { rows: count } = await sql<{
      n: string;
    }>`select count(*) as n from od_resource r join od_dataset d on d.id = r.dataset_id where d.name = 'penduduk'`.execute(t.platform.db);
    expect(Number(count[0].n)).toBe(2);
  });

  it('adds link resources, http and https only, never with a password', async () => {
    const ok = await call('POST', '/api/opendata/datasets/penduduk/resources', producer, {
      name: 'Publikasi',
      url: 'https://malangkota.bps.go.id/publikasi.pdf',
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ kind: 'link', format: 'PDF', url: 'https://malangkota.bps.go.id/publikasi.pdf', currentVersion: null });
    const ftp = await call('POST', '/api/opendata/datasets/penduduk/resources', producer, { name: 'x', url: 'ftp://example.org/a.csv' });
    expect(problemOf(ftp)).toMatchObject({ status: 422, code: 'opendata.resource_bad_url' });
    const secret = await call('POST', '/api/opendata/datasets/penduduk/resources', producer, { name: 'x', url: 'https://user:sandi@example.org/a.csv' });
    expect(problemOf(secret).detail).toContain('kata sandi');
    expect((await rows(null, ok.json().id)).statusCode).toBe(409);
    const renamed = await call('PATCH', `/api/opendata/resources/${ok.json().id}`, producer, { name: 'Publikasi 2026', format: 'pdf' });
    expect(renamed.json()).toMatchObject({ name: 'Publikasi 2026', format: 'PDF' });
    expect((await call('PATCH', `/api/opendata/resources/${penduduk}`, producer, { url: 'https://example.org' })).statusCode).toBe(422);
  });

  it('lets only the producer’s OPD write, and nobody while the walidata reviews', async () => {
    const csv = Buffer.from('A;B\n1;2\n');
    expect((await upload(null, '/api/opendata/datasets/penduduk/resources', csv, 'a.csv')).statusCode).toBe(401);
    expect((await upload(otherOpd, '/api/opendata/datasets/penduduk/resources', csv, 'a.csv')).statusCode).toBe(403);
    expect((await upload(walidata, `/api/opendata/resources/${penduduk}/versions`, csv, 'a.csv')).statusCode).toBe(403);
    // Another OPD's draft does not exist for them.
    expect((await upload(otherOpd, '/api/opendata/datasets/data-draf/resources', csv, 'a.csv')).statusCode).toBe(404);
    const waiting = await upload(producer, '/api/opendata/datasets/data-menunggu/resources', csv, 'a.csv');
    expect(problemOf(waiting)).toMatchObject({ status: 409, code: 'opendata.dataset_awaiting_approval' });
  });

  it('shows a Terbatas dataset’s resource to all but its rows only to those allowed', async () => {
    const res = await upload(producer, '/api/opendata/datasets/data-terbatas/resources', Buffer.from('Nama,Nilai\nA,1\n'), 'terbatas.csv');
    const id = res.json().id;
    await confirm(
      id,
      1,
      [
        { name: 'Nama', type: 'text', unit: '' },
        { name: 'Nilai', type: 'integer', unit: '' },
      ],
      ['Nama'],
    );
    expect((await call('GET', `/api/opendata/resources/${id}`, null)).statusCode).toBe(200);
    const refused = await rows(null, id);
    expect(refused.statusCode).toBe(403);
    expect(problemOf(refused)).toMatchObject({ code: 'opendata.data_restricted' });
    expect((await call('GET', `/api/opendata/resources/${id}/download.csv`, otherOpd)).statusCode).toBe(403);
    expect((await rows(producer, id)).json().records).toEqual([{ _id: 1, Nama: 'A', Nilai: 1 }]);
    expect((await rows(walidata, id)).statusCode).toBe(200);
  });

  it('hides a draft’s resources from the public entirely', async () => {
    const res = await upload(producer, '/api/opendata/datasets/data-draf/resources', Buffer.from('Nama,Nilai\nA,1\n'), 'draf.csv');
    const id = res.json().id;
    expect((await call('GET', `/api/opendata/resources/${id}`, null)).statusCode).toBe(404);
    expect((await rows(null, id)).statusCode).toBe(404);
    expect((await call('GET', `/api/opendata/resources/${id}/versions/1/original`, otherOpd)).statusCode).toBe(404);
    expect((await call('GET', `/api/opendata/resources/${id}`, producer)).statusCode).toBe(200);
  });
});
