import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { as, createTestApp, opdId, problemOf, type Session, type TestApp, userWithRole } from '../../testing/test-app.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A multipart upload of one file in the part "file", as a browser form sends it. */
function upload(bytes: Buffer, name = 'realisasi-2026.xlsx', type = XLSX) {
  const boundary = `----anggaran${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function readBook(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book.getWorksheet('Realisasi') as ExcelJS.Worksheet;
}

const M = 1_000_000;

describe.each(DATABASE_KINDS)('budgets and absorption on %s', (kind) => {
  let t: TestApp;
  let team: Session;
  let admin: Session & { email: string };
  let operatorPu: Session;
  let headDishub: Session;
  let auditor: Session;
  let warga: Session;
  let pu: string;
  let dishub: string;
  let rpjmd: string;
  let year: string;

  const call = (method: 'GET' | 'PUT' | 'POST', url: string, who: Session | null, payload?: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method, url, headers: { ...(who ? as(who) : {}), ...headers }, ...(payload ? { payload } : {}) });
  const importFile = (who: Session | null, bytes: Buffer, name?: string, periodId = year) => {
    const body = upload(bytes, name);
    return t.app.inject({
      method: 'POST',
      url: `/api/performance/budgets/import?periodId=${periodId}`,
      payload: body.payload,
      headers: { ...(who ? as(who) : {}), ...body.headers },
    });
  };
  const list = async (who: Session, query = '') => {
    const res = await call('GET', `/api/performance/budgets?periodId=${year}${query}`, who);
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  const template = async () => {
    const res = await call('GET', `/api/performance/budgets/template.xlsx?periodId=${year}`, team);
    expect(res.statusCode).toBe(200);
    return res.rawPayload;
  };
  /** What imports have written: compared before and after a refused import, it shows that nothing was. */
  const stored = async () => ({
    realizations: (await sql`select opd_id, quarter, spent, import_id from perf_budget_realization order by 1, 2`.execute(t.platform.db)).rows,
    imports: (await sql`select id from perf_budget_import order by id`.execute(t.platform.db)).rows,
  });

  beforeAll(async () => {
    t = await createTestApp(kind);
    pu = await opdId(t, 'DPUPRPKP');
    dishub = await opdId(t, 'DISHUB');
    team = await userWithRole(t, 'eksekutif');
    admin = await userWithRole(t, 'admin');
    operatorPu = await userWithRole(t, 'operator_opd', pu);
    headDishub = await userWithRole(t, 'kepala_opd', dishub);
    auditor = await userWithRole(t, 'auditor');
    warga = await userWithRole(t, 'warga');
    rpjmd = (await call('POST', '/api/performance/periods', team, { kind: 'rpjmd', name: 'RPJMD 2025-2029', startYear: 2025 })).json().id;
    year = (await call('POST', '/api/performance/periods', team, { kind: 'year', name: 'Tahun 2026', startYear: 2026, parentId: rpjmd })).json().id;
  });
  afterAll(() => t.close());

  it('sets a budget for a year, refusing a cash plan above the pagu with both amounts named', async () => {
    const over = await call('PUT', `/api/performance/budgets/${year}/${pu}`, team, { pagu: 1000 * M, plan: [400 * M, 400 * M, 300 * M, 100 * M] });
    expect(over.statusCode).toBe(422);
    expect(problemOf(over)).toMatchObject({
      code: 'performance.budget_plan_over_pagu',
      detail: 'Rencana penarikan dana (Rp1.200.000.000) melebihi pagu (Rp1.000.000.000).',
    });
    const overEn = await call(
      'PUT',
      `/api/performance/budgets/${year}/${pu}`,
      team,
      { pagu: 1000 * M, plan: [400 * M, 400 * M, 300 * M, 100 * M] },
      { 'accept-language': 'en' },
    );
    expect(problemOf(overEn).detail).toBe('The cash plan (Rp1,200,000,000) is over the ceiling (Rp1,000,000,000).');

    const set = await call('PUT', `/api/performance/budgets/${year}/${pu}`, team, { pagu: 1000 * M, plan: [100 * M, 250 * M, 300 * M, 350 * M] });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({
      opdId: pu,
      opd: { code: 'DPUPRPKP' },
      pagu: 1000 * M,
      plan: [100 * M, 250 * M, 300 * M, 350 * M],
      planTotal: 1000 * M,
      realizedTotal: 0,
      reportedThrough: null,
      lastImport: null,
    });
    expect(set.json().quarters[0]).toEqual({
      quarter: 1,
      planned: 100 * M,
      realized: null,
      absorption: null,
      plannedCumulative: 100 * M,
      realizedCumulative: null,
      absorptionCumulative: null,
      ofPlanCumulative: null,
      deviation: null,
    });
    // Setting again replaces it, and the audit log keeps both.
    expect(
      (await call('PUT', `/api/performance/budgets/${year}/${dishub}`, admin, { pagu: 400 * M, plan: [100 * M, 100 * M, 100 * M, 100 * M] })).statusCode,
    ).toBe(200);
    expect(
      (await call('PUT', `/api/performance/budgets/${year}/${dishub}`, admin, { pagu: 500 * M, plan: [125 * M, 125 * M, 125 * M, 125 * M] })).statusCode,
    ).toBe(200);
    const { rows } = await sql<{ before: unknown; after: unknown }>`
      select before, after from audit_log where action = 'performance.budget.set' and opd_id = ${dishub} order by id`.execute(t.platform.db);
    expect(rows.map((r) => [r.before, r.after])).toEqual([
      [null, { pagu: 400 * M, plan: [100 * M, 100 * M, 100 * M, 100 * M] }],
      [
        { pagu: 400 * M, plan: [100 * M, 100 * M, 100 * M, 100 * M] },
        { pagu: 500 * M, plan: [125 * M, 125 * M, 125 * M, 125 * M] },
      ],
    ]);
  });

  it('refuses an RPJMD period, an unknown OPD and amounts that are not whole rupiah, saying what to fix', async () => {
    const rpjmdBudget = await call('PUT', `/api/performance/budgets/${rpjmd}/${pu}`, team, { pagu: 1000, plan: [0, 0, 0, 0] });
    expect(rpjmdBudget.statusCode).toBe(422);
    expect(problemOf(rpjmdBudget).detail).toBe('Anggaran ditetapkan per tahun: pilih periode tahunan, bukan RPJMD.');
    const unknownOpd = await call('PUT', `/api/performance/budgets/${year}/00000000-0000-4000-8000-000000000000`, team, { pagu: 1000, plan: [0, 0, 0, 0] });
    expect(problemOf(unknownOpd)).toMatchObject({ status: 404, code: 'performance.opd_not_found' });
    const bad = await call('PUT', `/api/performance/budgets/${year}/${pu}`, team, { pagu: 1000.5, plan: [-1, 0, 0] });
    expect(bad.statusCode).toBe(400);
    expect(
      problemOf(bad)
        .errors?.map((e) => e.field)
        .sort(),
    ).toEqual(['pagu', 'plan', 'plan.0']);
  });

  it('hands out the template: every OPD with a budget this year, named and coded, as an XLSX attachment', async () => {
    const res = await call('GET', `/api/performance/budgets/template.xlsx?periodId=${year}`, admin);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toBe('attachment; filename="realisasi-anggaran-2026.xlsx"');
    const sheet = await readBook(res.rawPayload);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Kode OPD',
      'Nama OPD',
      'Realisasi TW I',
      'Realisasi TW II',
      'Realisasi TW III',
      'Realisasi TW IV',
    ]);
    expect([sheet.getCell('A2').value, sheet.getCell('A3').value, sheet.getCell('B3').value]).toEqual([
      'DISHUB',
      'DPUPRPKP',
      expect.stringContaining('Pekerjaan Umum'),
    ]);
    expect(sheet.rowCount).toBe(3);
  });

  it('imports the filled template and shows absorption per quarter and cumulative, with the deviation from plan', async () => {
    const sheet = await readBook(await template());
    // Row 2 is DISHUB, row 3 DPUPRPKP (ordered by code).
    sheet.getCell('C2').value = 125 * M;
    sheet.getCell('C3').value = 80 * M;
    sheet.getCell('D3').value = 230 * M;
    const res = await importFile(team, Buffer.from(await sheet.workbook.xlsx.writeBuffer()));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ fileName: 'realisasi-2026.xlsx', rows: 2, cellsWritten: 3, warnings: [] });
    expect(res.json().items.map((i: { opd: { code: string } }) => i.opd.code)).toEqual(['DISHUB', 'DPUPRPKP']);

    // Worked by hand for DPUPRPKP: pagu Rp1,000,000,000; plan 100, 250, 300, 350 million.
    // TW I: spent 80 million = 8% of the pagu; planned to date 100 million, so 80% of plan and 20 million behind.
    // TW II: spent 230 million = 23%; to date 310 million = 31% of the pagu; planned to date 350 million,
    // so 310 / 350 = 88.57% of plan and 40 million behind. TW III and IV are not reported: no figures.
    const { period, items } = await list(auditor);
    expect(period).toEqual({ id: year, name: 'Tahun 2026', year: 2026 });
    const budget = items.find((i: { opdId: string }) => i.opdId === pu);
    expect(budget.quarters).toEqual([
      {
        quarter: 1,
        planned: 100 * M,
        realized: 80 * M,
        absorption: 8,
        plannedCumulative: 100 * M,
        realizedCumulative: 80 * M,
        absorptionCumulative: 8,
        ofPlanCumulative: 80,
        deviation: -20 * M,
      },
      {
        quarter: 2,
        planned: 250 * M,
        realized: 230 * M,
        absorption: 23,
        plannedCumulative: 350 * M,
        realizedCumulative: 310 * M,
        absorptionCumulative: 31,
        ofPlanCumulative: 88.57,
        deviation: -40 * M,
      },
      {
        quarter: 3,
        planned: 300 * M,
        realized: null,
        absorption: null,
        plannedCumulative: 650 * M,
        realizedCumulative: null,
        absorptionCumulative: null,
        ofPlanCumulative: null,
        deviation: null,
      },
      expect.objectContaining({ quarter: 4, realized: null, plannedCumulative: 1000 * M }),
    ]);
    expect(budget).toMatchObject({ realizedTotal: 310 * M, reportedThrough: 2 });
    expect(budget.lastImport).toMatchObject({ fileName: 'realisasi-2026.xlsx', importedBy: { name: 'Test eksekutif' } });
    // The next template carries what is imported.
    const again = await readBook(await template());
    expect([again.getCell('C2').value, again.getCell('C3').value, again.getCell('D3').value, again.getCell('E3').value]).toEqual([
      125 * M,
      80 * M,
      230 * M,
      null,
    ]);
  });

  it('leaves a quarter whose cell is empty as it was, and replaces one that is filled', async () => {
    const sheet = await readBook(await template());
    sheet.getCell('C3').value = null;
    sheet.getCell('D3').value = 240 * M;
    sheet.getCell('E3').value = 300 * M;
    sheet.getCell('C2').value = null;
    const res = await importFile(admin, Buffer.from(await sheet.workbook.xlsx.writeBuffer()), 'realisasi-tw3.xlsx');
    expect(res.json()).toMatchObject({ rows: 2, cellsWritten: 2 });
    const budget = (await list(team, `&opdId=${pu}`)).items[0];
    expect(budget.quarters.map((q: { realized: number | null }) => q.realized)).toEqual([80 * M, 240 * M, 300 * M, null]);
    expect(budget.quarters[2]).toMatchObject({ realizedCumulative: 620 * M, absorptionCumulative: 62, deviation: -30 * M });
    expect(budget.lastImport.fileName).toBe('realisasi-tw3.xlsx');
    const dishubBudget = (await list(team, `&opdId=${dishub}`)).items[0];
    expect(dishubBudget.quarters[0].realized).toBe(125 * M);
    expect(dishubBudget.lastImport.fileName).toBe('realisasi-2026.xlsx');
    // The audit entry keeps the figure that was replaced as well as the new ones.
    const { rows } = await sql<{ before: { cells: unknown[] }; after: { cells: unknown[] } }>`
      select before, after from audit_log where action = 'performance.budget.import' order by id desc limit 1`.execute(t.platform.db);
    expect(rows[0].before.cells).toEqual([{ opdId: pu, quarter: 2, spent: 230 * M }]);
    expect(rows[0].after.cells).toEqual([
      { opdId: pu, quarter: 2, spent: 240 * M },
      { opdId: pu, quarter: 3, spent: 300 * M },
    ]);
  });

  it('writes nothing from a workbook with problems, and lists each by row, column and header', async () => {
    const before = await stored();
    const sheet = await readBook(await template());
    sheet.getCell('C2').value = 'seratus juta';
    sheet.getCell('F3').value = 500 * M; // 80 + 240 + 300 + 500 million is over the pagu of a billion
    sheet.addRow(['DINKES', 'Dinas Kesehatan', 1000]);
    sheet.addRow(['BUKAN-OPD', 'Entah', 1000]);
    const res = await importFile(team, Buffer.from(await sheet.workbook.xlsx.writeBuffer()));
    expect(res.statusCode).toBe(422);
    const problem = problemOf(res);
    expect(problem.code).toBe('performance.budget_import_invalid');
    expect(problem.detail).toBe('Berkas tidak diimpor: 4 kesalahan. Perbaiki sel yang disebut lalu unggah lagi; tidak ada yang disimpan.');
    expect(problem.errors).toEqual([
      {
        field: 'C2',
        row: 2,
        column: 'C',
        header: 'Realisasi TW I',
        message: 'Isi "seratus juta" bukan angka rupiah. Tulis angka bulat tanpa "Rp" dan tanpa koma, misalnya 1250000.',
      },
      {
        field: 'F3',
        row: 3,
        column: 'F',
        header: 'Realisasi TW IV',
        message: 'Realisasi kumulatif sampai TW IV menjadi Rp1.120.000.000, melebihi pagu Rp1.000.000.000.',
      },
      expect.objectContaining({
        field: 'A4',
        header: 'Kode OPD',
        message: expect.stringContaining('OPD DINKES (Dinas Kesehatan) belum memiliki pagu untuk tahun 2026'),
      }),
      expect.objectContaining({ field: 'A5', message: expect.stringContaining('Kode OPD "BUKAN-OPD" tidak dikenal') }),
    ]);
    expect(await stored()).toEqual(before);
  });

  it('answers in English when asked, cell by cell', async () => {
    const sheet = await readBook(await template());
    sheet.getCell('D2').value = -1;
    const body = upload(Buffer.from(await sheet.workbook.xlsx.writeBuffer()));
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/performance/budgets/import?periodId=${year}`,
      payload: body.payload,
      headers: { ...as(team), ...body.headers, 'accept-language': 'en' },
    });
    expect(problemOf(res).errors).toEqual([{ field: 'D2', row: 2, column: 'D', header: 'Realisasi TW II', message: 'A realization cannot be negative (-1).' }]);
  });

  it('refuses a file that is not an XLSX workbook, or no file at all, with a clear message', async () => {
    const before = await stored();
    const csv = await importFile(team, Buffer.from('Kode OPD,Realisasi TW I\nDISHUB,1000\n'), 'realisasi.xlsx');
    expect(csv.statusCode).toBe(422);
    expect(problemOf(csv)).toMatchObject({
      code: 'performance.budget_import_not_xlsx',
      detail: 'Berkas ini bukan buku kerja Excel .xlsx (teks biasa atau CSV). Unduh templat, isi, simpan sebagai .xlsx, lalu unggah.',
    });
    const json = await call('POST', `/api/performance/budgets/import?periodId=${year}`, team, { file: 'realisasi.xlsx' });
    expect(problemOf(json)).toMatchObject({ status: 400, code: 'performance.budget_import_not_multipart' });
    const boundary = '----kosong';
    const noFile = await t.app.inject({
      method: 'POST',
      url: `/api/performance/budgets/import?periodId=${year}`,
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="catatan"\r\n\r\nhalo\r\n--${boundary}--\r\n`,
      headers: { ...as(team), 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(problemOf(noFile)).toMatchObject({ status: 400, code: 'performance.budget_import_no_file' });
    const big = await importFile(team, Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(5 * 1024 * 1024)]));
    expect(problemOf(big)).toMatchObject({ status: 422, code: 'performance.budget_import_too_large' });
    expect(problemOf(big).detail).toContain('lebih besar dari 5 MB');
    const rpjmdImport = await importFile(team, Buffer.from('x'), undefined, rpjmd);
    expect(problemOf(rpjmdImport)).toMatchObject({ status: 422, code: 'performance.budget_needs_year' });
    expect(await stored()).toEqual(before);
  });

  it('refuses a pagu below the realization already recorded', async () => {
    // DPUPRPKP has spent 80 + 240 + 300 = 620 million.
    const res = await call('PUT', `/api/performance/budgets/${year}/${pu}`, team, { pagu: 600 * M, plan: [100 * M, 100 * M, 100 * M, 100 * M] });
    expect(problemOf(res)).toMatchObject({
      status: 422,
      detail: 'Realisasi yang sudah tercatat (Rp620.000.000) melebihi pagu baru (Rp600.000.000). Pagu tidak boleh lebih kecil dari realisasi.',
    });
  });

  it('shows an OPD only its own budget, and lets no OPD user set budgets or import', async () => {
    expect((await list(operatorPu)).items.map((i: { opdId: string }) => i.opdId)).toEqual([pu]);
    expect((await list(operatorPu, `&opdId=${dishub}`)).items).toEqual([]);
    expect((await list(headDishub)).items.map((i: { opdId: string }) => i.opdId)).toEqual([dishub]);
    expect((await list(team)).items).toHaveLength(2);
    expect((await call('GET', `/api/performance/budgets?periodId=${year}`, warga)).statusCode).toBe(403);
    expect((await call('GET', `/api/performance/budgets?periodId=${year}`, null)).statusCode).toBe(401);

    const before = await stored();
    expect((await call('PUT', `/api/performance/budgets/${year}/${pu}`, operatorPu, { pagu: 2000 * M, plan: [0, 0, 0, 0] })).statusCode).toBe(403);
    expect((await call('GET', `/api/performance/budgets/template.xlsx?periodId=${year}`, operatorPu)).statusCode).toBe(403);
    expect((await call('GET', `/api/performance/budgets/template.xlsx?periodId=${year}`, auditor)).statusCode).toBe(403);
    const sheet = await readBook(await template());
    sheet.getCell('F3').value = 1;
    const bytes = Buffer.from(await sheet.workbook.xlsx.writeBuffer());
    expect((await importFile(operatorPu, bytes)).statusCode).toBe(403);
    expect((await importFile(auditor, bytes)).statusCode).toBe(403);
    expect((await importFile(null, bytes)).statusCode).toBe(401);
    expect(await stored()).toEqual(before);
    expect((await list(team, `&opdId=${pu}`)).items[0].pagu).toBe(1000 * M);
  });
});
