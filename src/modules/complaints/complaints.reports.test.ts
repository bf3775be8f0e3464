import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { as, createTestApp, problemOf, type Session, type TestApp } from '../../testing/test-app.js';
import { cast, fileComplaint } from './complaints.testing.js';

describe.each(DATABASE_KINDS)('statistics, exports and bulk steps on %s', (kind) => {
  let t: TestApp;
  let people: Awaited<ReturnType<typeof cast>>;
  const act = (id: string, step: string, who: Session, payload: Record<string, unknown> = {}) =>
    t.app.inject({ method: 'POST', url: `/api/sambat/staff/complaints/${id}/${step}`, headers: as(who), payload });

  beforeAll(async () => {
    t = await createTestApp(kind);
    people = await cast(t);
  });
  afterAll(() => t.close());

  it('counts per OPD: routed, answered in time or late, closed, reopened, rated', async () => {
    const [fast, late, reopened, waiting] = [
      await fileComplaint(t, people.admin),
      await fileComplaint(t, people.admin),
      await fileComplaint(t, people.admin),
      await fileComplaint(t, people.admin),
    ];
    for (const c of [fast, late, reopened, waiting]) await act(c.id, 'verify', people.admin, { opdId: people.pu });
    for (const c of [fast, late, reopened]) await act(c.id, 'accept', people.operatorPu);
    // The late one's deadline passed before its answer came.
    await sql`update complaint set due_at = now() - interval '1 day' where id = ${late.id}`.execute(t.platform.db);
    for (const c of [fast, late, reopened]) await act(c.id, 'respond', people.operatorPu, { answer: 'Sudah ditangani di lapangan.' });
    await t.app.inject({ method: 'POST', url: `/api/sambat/complaints/${fast.trackingNo}/confirm`, payload: { secret: fast.secret, satisfaction: 5 } });
    await t.app.inject({ method: 'POST', url: `/api/sambat/complaints/${late.trackingNo}/confirm`, payload: { secret: late.secret, satisfaction: 2 } });
    await t.app.inject({
      method: 'POST',
      url: `/api/sambat/complaints/${reopened.trackingNo}/reopen`,
      payload: { secret: reopened.secret, reason: 'Belum selesai sama sekali.' },
    });

    const res = await t.app.inject({ method: 'GET', url: `/api/sambat/stats?opdId=${people.pu}` });
    expect(res.statusCode).toBe(200);
    const [pu] = res.json().items;
    expect(pu).toMatchObject({
      opd: 'DPUPRPKP',
      received: 4,
      dispositioned: 4,
      answered: 3,
      closed: 2,
      answeredInTimeShare: 0.667,
      reopenRate: 0.333,
      satisfaction: 3.5,
      rated: 2,
    });
    expect(pu.medianHoursToVerify).toBeGreaterThanOrEqual(0);
    expect(pu.medianHoursToAnswer).toBeGreaterThanOrEqual(0);
    const empty = await t.app.inject({ method: 'GET', url: '/api/sambat/stats?from=2020-01-01&to=2020-12-31' });
    expect(empty.json().items).toEqual([]);
  });

  it('exports CSV and XLSX with the filters, the officer\u2019s reach and the reporter only where visible', async () => {
    const publik = await fileComplaint(t, people.admin, {
      category: 'TAMAN',
      description: '=HYPERLINK("http://jahat") pohon tumbang di taman',
      reporter: { name: 'Warga Terlihat', email: 'terlihat@contoh.id' },
    });
    const anonim = await fileComplaint(t, people.admin, {
      category: 'TAMAN',
      privacy: 'anonim',
      description: 'Dahan besar hampir patah di taman kota.',
      reporter: { name: 'Warga Tersembunyi', email: 'tersembunyi@contoh.id' },
    });
    for (const c of [publik, anonim]) await act(c.id, 'verify', people.admin, { opdId: people.pu });

    const csv = await t.app.inject({ method: 'GET', url: '/api/sambat/staff/complaints/export?format=csv&category=TAMAN', headers: as(people.operatorPu) });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="aduan-sambat-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(csv.body).toContain(publik.trackingNo);
    expect(csv.body).toContain(anonim.trackingNo);
    expect(csv.body).toContain('Warga Terlihat');
    expect(csv.body).not.toContain('Tersembunyi');
    // A description that a spreadsheet would run as a formula is written as plain text.
    expect(csv.body).toContain("'=HYPERLINK");

    const xlsx = await t.app.inject({ method: 'GET', url: '/api/sambat/staff/complaints/export?format=xlsx&category=TAMAN', headers: as(people.admin) });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Aduan')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Nomor');
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    expect(rows).toHaveLength(2);
    // The admin desk may see the anonim reporter.
    expect(JSON.stringify(rows)).toContain('Warga Tersembunyi');

    const other = await t.app.inject({
      method: 'GET',
      url: '/api/sambat/staff/complaints/export?format=csv&category=TAMAN',
      headers: as(people.operatorDishub),
    });
    expect(other.body).not.toContain(publik.trackingNo);
    expect((await t.app.inject({ method: 'GET', url: '/api/sambat/staff/complaints/export?format=pdf', headers: as(people.admin) })).statusCode).toBe(400);
    const audit = await t.app.inject({ method: 'GET', url: '/api/audit?action=complaint.export', headers: as(people.admin) });
    expect(audit.json().items.length).toBeGreaterThanOrEqual(3);
  });

  it('runs a bulk step on each complaint on its own and says which failed and why', async () => {
    const a = await fileComplaint(t, people.admin);
    const b = await fileComplaint(t, people.admin);
    await act(b.id, 'verify', people.admin, { opdId: people.dishub });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/sambat/staff/complaints/bulk',
      headers: as(people.admin),
      payload: { action: 'verify', ids: [a.id, b.id], opdId: people.pu },
    });
    expect(res.statusCode).toBe(200);
    const [ra, rb] = res.json().results;
    expect(ra).toMatchObject({ id: a.id, ok: true, status: 'dispositioned' });
    expect(rb).toMatchObject({ id: b.id, ok: false, code: 'complaint.invalid_transition' });
    const noOpd = await t.app.inject({
      method: 'POST',
      url: '/api/sambat/staff/complaints/bulk',
      headers: as(people.admin),
      payload: { action: 'verify', ids: [a.id] },
    });
    expect(noOpd.statusCode).toBe(400);
    expect(problemOf(noOpd).code).toBe('complaint.opd_required');
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/sambat/staff/complaints/bulk',
      headers: as(people.operatorPu),
      payload: { action: 'accept', ids: [a.id, b.id] },
    });
    expect(accepted.json().results.map((r: { ok: boolean }) => r.ok)).toEqual([true, false]);
  });
});
