import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { as, createTestApp, opdId, problemOf, type Session, type TestApp, userWithRole } from '../../testing/test-app.js';
import { seedHolidays } from './holidays.seed.js';
import { createCalendarService } from './holidays.service.js';

interface Holiday {
  day: string;
  name: string;
  kind: string;
  source: string | null;
}

describe.each(DATABASE_KINDS)('holiday calendar on %s', (kind) => {
  let t: TestApp;
  let admin: Session;
  let warga: Session;
  let operator: Session;

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await userWithRole(t, 'admin');
    warga = await userWithRole(t, 'warga');
    operator = await userWithRole(t, 'operator_opd', await opdId(t, 'SETDA'));
  });

  afterAll(async () => {
    await t?.close();
  });

  const list = async (year: number): Promise<Holiday[]> => {
    const res = await t.app.inject({ method: 'GET', url: `/api/calendar/holidays?year=${year}` });
    expect(res.statusCode).toBe(200);
    expect(res.json().year).toBe(year);
    return res.json().items;
  };
  const dueDay = async (from: string, days: number) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/calendar/working-days?from=${from}&days=${days}` });
    expect(res.statusCode).toBe(200);
    return res.json() as { from: string; days: number; due: string; dueAt: string; holidays: Holiday[] };
  };
  const add = (headers: Record<string, string>, payload: Record<string, unknown>, lang = 'id') =>
    t.app.inject({ method: 'POST', url: '/api/calendar/holidays', headers: { ...headers, 'accept-language': lang }, payload });
  const auditOf = async (action: string, recordId: string) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/audit?action=${action}&recordType=holiday&recordId=${recordId}`, headers: as(admin) });
    expect(res.statusCode).toBe(200);
    return res.json().items as Array<{ actorUserId: string; before: unknown; after: unknown }>;
  };

  it('the seed loads 2026 (17 libur nasional + 8 cuti bersama) and the fixed days of 2027, and a second run adds nothing', async () => {
    await seedHolidays(t.platform.db);
    const y2026 = await list(2026);
    expect(y2026.filter((h) => h.kind === 'libur_nasional')).toHaveLength(17);
    expect(y2026.filter((h) => h.kind === 'cuti_bersama')).toHaveLength(8);
    expect(y2026.find((h) => h.day === '2026-03-19')).toMatchObject({ kind: 'libur_nasional', source: expect.stringContaining('1497/2025') });
    expect(y2026.map((h) => h.day)).toEqual([...y2026.map((h) => h.day)].sort());

    const y2027 = await list(2027);
    expect(y2027.map((h) => h.day)).toEqual(['2027-01-01', '2027-05-01', '2027-06-01', '2027-08-17', '2027-12-25']);
    for (const h of y2027) expect(h.source).toBe('tanggal tetap; hari besar keagamaan 2027 menunggu SKB');

    expect(await seedHolidays(t.platform.db)).toBe(0);
    expect((await list(2026)).filter((h) => h.kind !== 'libur_daerah')).toHaveLength(25);
  });

  it('is public: anyone sees why a deadline moved, e.g. Lebaran 2026 pushes a 3-day limit from 18 to 27 March', async () => {
    const hint = await dueDay('2026-03-18', 3);
    expect(hint).toMatchObject({ from: '2026-03-18', days: 3, due: '2026-03-27', dueAt: '2026-03-27T16:59:59.999Z' });
    expect(hint.holidays.map((h) => h.day)).toEqual(['2026-03-19', '2026-03-20', '2026-03-21', '2026-03-22', '2026-03-23', '2026-03-24']);
  });

  it('an admin adds HUT Kota Malang on 1 April 2026 as libur daerah: it is listed, moves a due date, and is audited', async () => {
    // Friday 27 March + 3 working days: Mon 30, Tue 31, Wed 1 April.
    expect((await dueDay('2026-03-27', 3)).due).toBe('2026-04-01');

    const res = await add(as(admin), { day: '2026-04-01', name: '  HUT Kota Malang ', kind: 'libur_daerah', source: 'Keputusan Wali Kota Malang' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ day: '2026-04-01', name: 'HUT Kota Malang', kind: 'libur_daerah', source: 'Keputusan Wali Kota Malang' });

    expect((await list(2026)).find((h) => h.day === '2026-04-01')).toMatchObject({ name: 'HUT Kota Malang', kind: 'libur_daerah' });
    const hint = await dueDay('2026-03-27', 3);
    expect(hint.due).toBe('2026-04-02');
    expect(hint.holidays.map((h) => h.name)).toEqual(['HUT Kota Malang']);

    // Other modules see it too, through the service.
    const calendar = createCalendarService(t.platform);
    expect(await calendar.holidaysBetween('2026-03-28', '2026-04-05')).toEqual(new Set(['2026-04-01', '2026-04-03', '2026-04-05']));
    expect(await calendar.dueAt(new Date('2026-03-27T16:00:00+07:00'), 3)).toEqual(new Date('2026-04-02T23:59:59.999+07:00'));
    expect(await calendar.workingDaysBetween(new Date('2026-03-27T16:00:00+07:00'), new Date('2026-04-06T08:00:00+07:00'))).toBe(4);

    const entries = await auditOf('holiday.create', '2026-04-01');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorUserId: admin.userId, after: { day: '2026-04-01', name: 'HUT Kota Malang' } });
  });

  it('refuses writes from warga and OPD operators (403) and from anyone not signed in (401)', async () => {
    const payload = { day: '2026-04-02', name: 'Libur tambahan', kind: 'libur_daerah' };
    for (const session of [warga, operator]) {
      expect(problemOf(await add(as(session), payload)).status).toBe(403);
      const patch = await t.app.inject({ method: 'PATCH', url: '/api/calendar/holidays/2026-04-01', headers: as(session), payload: { name: 'Bukan libur' } });
      expect(problemOf(patch).status).toBe(403);
      const del = await t.app.inject({ method: 'DELETE', url: '/api/calendar/holidays/2026-04-01', headers: as(session) });
      expect(problemOf(del).status).toBe(403);
    }
    expect(problemOf(await add({}, payload)).status).toBe(401);
    expect(problemOf(await t.app.inject({ method: 'DELETE', url: '/api/calendar/holidays/2026-04-01' })).status).toBe(401);
    expect((await list(2026)).find((h) => h.day === '2026-04-02')).toBeUndefined();
    expect((await list(2026)).find((h) => h.day === '2026-04-01')?.name).toBe('HUT Kota Malang');
  });

  it('a day already in the list is a conflict that says what to do, in either language', async () => {
    const again = await add(as(admin), { day: '2026-04-01', name: 'HUT Kota', kind: 'libur_daerah' });
    expect(again.statusCode).toBe(409);
    expect(problemOf(again)).toMatchObject({ code: 'calendar.holiday_exists', detail: expect.stringContaining('sudah ada') });
    const seeded = await add(as(admin), { day: '2026-08-17', name: 'HUT RI', kind: 'libur_nasional' }, 'en');
    expect(problemOf(seeded)).toMatchObject({ status: 409, detail: '2026-08-17 is already in the holiday list; change that entry instead.' });
  });

  it('rejects a date that does not exist (30 February) and other bad input, naming the field', async () => {
    const feb30 = problemOf(await add(as(admin), { day: '2026-02-30', name: 'Tidak ada', kind: 'libur_daerah' }));
    expect(feb30.status).toBe(400);
    expect(feb30.errors?.map((e) => e.field)).toEqual(['day']);

    const bad = problemOf(await add(as(admin), { day: '2026-04-10', name: '', kind: 'libur_kantor' }));
    expect(bad.status).toBe(400);
    expect(bad.errors?.map((e) => e.field).sort()).toEqual(['kind', 'name']);

    const blank = problemOf(await add(as(admin), { day: '2026-04-10', name: '   ', kind: 'libur_daerah' }));
    expect(blank).toMatchObject({ status: 400, code: 'calendar.blank_name' });

    const moveDay = await t.app.inject({ method: 'PATCH', url: '/api/calendar/holidays/2026-04-01', headers: as(admin), payload: { day: '2026-04-02' } });
    expect(problemOf(moveDay).errors?.map((e) => e.field)).toEqual(['day']);

    const badParam = await t.app.inject({ method: 'DELETE', url: '/api/calendar/holidays/2026-13-01', headers: as(admin) });
    expect(problemOf(badParam).status).toBe(400);

    for (const url of [
      '/api/calendar/holidays?year=26',
      '/api/calendar/working-days?from=2026-02-30&days=3',
      '/api/calendar/working-days?from=2026-03-18&days=0',
    ]) {
      expect(problemOf(await t.app.inject({ method: 'GET', url })).status).toBe(400);
    }
  });

  it("an admin renames a seeded day; seeding again keeps the admin's version", async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/calendar/holidays/2026-12-24',
      headers: as(admin),
      payload: { name: 'Cuti bersama Natal (Kota Malang)', source: null },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ day: '2026-12-24', name: 'Cuti bersama Natal (Kota Malang)', kind: 'cuti_bersama', source: null });

    expect(await seedHolidays(t.platform.db)).toBe(0);
    expect((await list(2026)).find((h) => h.day === '2026-12-24')).toEqual(res.json());

    const [entry] = await auditOf('holiday.update', '2026-12-24');
    expect(entry).toMatchObject({ before: { name: 'Cuti bersama Hari Raya Natal' }, after: { name: 'Cuti bersama Natal (Kota Malang)' } });

    const missing = await t.app.inject({ method: 'PATCH', url: '/api/calendar/holidays/2026-04-09', headers: as(admin), payload: { name: 'Tidak ada' } });
    expect(problemOf(missing)).toMatchObject({ status: 404, code: 'calendar.holiday_not_found' });
  });

  it('an admin deletes a day: the due date moves back, the deletion is audited, and seeding does not bring a deleted seed day back', async () => {
    const del = await t.app.inject({ method: 'DELETE', url: '/api/calendar/holidays/2026-04-01', headers: as(admin) });
    expect(del.statusCode).toBe(204);
    expect((await list(2026)).find((h) => h.day === '2026-04-01')).toBeUndefined();
    expect((await dueDay('2026-03-27', 3)).due).toBe('2026-04-01');
    expect(await auditOf('holiday.delete', '2026-04-01')).toMatchObject([{ before: { name: 'HUT Kota Malang' } }]);

    const again = await t.app.inject({ method: 'DELETE', url: '/api/calendar/holidays/2026-04-01', headers: as(admin) });
    expect(problemOf(again)).toMatchObject({ status: 404, code: 'calendar.holiday_not_found' });

    // The government cancels the cuti bersama of Kenaikan Yesus Kristus: the admin removes it for good.
    expect((await t.app.inject({ method: 'DELETE', url: '/api/calendar/holidays/2026-05-15', headers: as(admin) })).statusCode).toBe(204);
    expect(await seedHolidays(t.platform.db)).toBe(0);
    expect((await list(2026)).find((h) => h.day === '2026-05-15')).toBeUndefined();
  });
});
