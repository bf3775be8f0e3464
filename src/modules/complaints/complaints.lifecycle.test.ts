import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalendarService } from '../../platform/calendar/holidays.service.js';
import { addCalendarDays, addWorkingDays, cityDay, endOfCityDay } from '../../platform/calendar/working-days.js';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { as, createTestApp, problemOf, type Session, type TestApp } from '../../testing/test-app.js';
import { clearCategoryCaches } from './category.cache.js';
import { deadlineOf } from './complaint.views.js';
import { ALUN_ALUN, cast, fileComplaint } from './complaints.testing.js';

describe('the staff deadline in working days', () => {
  const tz = 'Asia/Jakarta';
  // Friday 20 November 2026, 10:00 WIB.
  const friday = new Date('2026-11-20T03:00:00Z');

  it('counts a due date two working days ahead across a weekend as 2', () => {
    const tuesday = endOfCityDay('2026-11-24', tz);
    expect(deadlineOf({ status: 'dispositioned', due_at: tuesday }, friday, new Set(), tz)).toEqual({ workingDaysLeft: 2, overdue: false });
    // A holiday on the Monday leaves one working day.
    expect(deadlineOf({ status: 'dispositioned', due_at: tuesday }, friday, new Set(['2026-11-23']), tz)).toEqual({ workingDaysLeft: 1, overdue: false });
  });

  it('flags a passed due date as overdue with the working days since, and has none while waiting on the reporter', () => {
    const wednesday = endOfCityDay('2026-11-18', tz);
    expect(deadlineOf({ status: 'submitted', due_at: wednesday }, friday, new Set(), tz)).toEqual({ workingDaysLeft: -2, overdue: true });
    expect(deadlineOf({ status: 'postponed', due_at: wednesday }, friday, new Set(), tz)).toBeNull();
    expect(deadlineOf({ status: 'responded', due_at: wednesday }, friday, new Set(), tz)).toBeNull();
    expect(deadlineOf({ status: 'in_progress', due_at: null }, friday, new Set(), tz)).toBeNull();
  });
});

describe.each(DATABASE_KINDS)('the complaint lifecycle on %s', (kind) => {
  let t: TestApp;
  let people: Awaited<ReturnType<typeof cast>>;
  const act = (path: string, who: Session, payload?: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: `/api/sambat/staff/complaints/${path}`, headers: as(who), ...(payload ? { payload } : {}) });
  const citizen = (trackingNo: string, action: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: `/api/sambat/complaints/${trackingNo}/${action}`, payload });

  beforeAll(async () => {
    t = await createTestApp(kind);
    people = await cast(t);
  });
  afterAll(() => t.close());

  it('files with a tracking number, a secret, the kecamatan and a 3-working-day verification deadline', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/sambat/complaints',
      payload: { category: 'JALAN', description: 'Jalan berlubang besar di depan alun-alun.', location: ALUN_ALUN },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.trackingNo).toMatch(/^SBT-\d{4}-\d{6}$/);
    expect(body.secret.length).toBeGreaterThanOrEqual(20);
    expect(body).toMatchObject({ status: 'submitted', kecamatan: 'Klojen', kelurahan: null, locationApproximate: true });
    expect(body.locationNote).toContain('perkiraan');
    const due = new Date(body.dueAt);
    const days = (due.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(2);
    expect(days).toBeLessThan(14);
    const detail = await t.app.inject({ method: 'GET', url: `/api/sambat/complaints/${body.trackingNo}` });
    expect(detail.json().timeline.map((e: { type: string }) => e.type)).toEqual(['submitted']);
  });

  it('keeps tracking numbers unique past the millionth complaint', async () => {
    await sql`select setval('complaint_number_seq', 999998)`.execute(t.platform.db);
    const a = await fileComplaint(t, people.admin);
    const b = await fileComplaint(t, people.admin);
    expect(a.trackingNo).toMatch(/^SBT-\d{4}-999999$/);
    expect(b.trackingNo).toMatch(/^SBT-\d{4}-1000000$/);
    expect((await t.app.inject({ method: 'GET', url: `/api/sambat/complaints/${b.trackingNo}` })).statusCode).toBe(200);
  });

  it('refuses a place outside the city, or no place at all, and writes nothing', async () => {
    const before = await sql<{ n: number }>`select count(*)::int as n from complaint`.execute(t.platform.db);
    const outside = await t.app.inject({
      method: 'POST',
      url: '/api/sambat/complaints',
      payload: { category: 'JALAN', description: 'Jalan rusak di Surabaya sekali.', location: { lat: -7.25, lon: 112.75 } },
    });
    expect(outside.statusCode).toBe(422);
    expect(problemOf(outside).code).toBe('wilayah.outside_city');
    const nowhere = await t.app.inject({
      method: 'POST',
      url: '/api/sambat/complaints',
      payload: { category: 'JALAN', description: 'Jalan rusak tanpa lokasi sama sekali.', location: {} },
    });
    expect(nowhere.statusCode).toBe(400);
    expect(problemOf(nowhere).code).toBe('complaint.location_required');
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/sambat/complaints',
      payload: { category: 'TIDAKADA', description: 'Kategori yang tidak ada di daftar.', location: ALUN_ALUN },
    });
    expect(unknown.statusCode).toBe(400);
    const after = await sql<{ n: number }>`select count(*)::int as n from complaint`.execute(t.platform.db);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('goes from filing to a confirmed, rated answer, each step by the right party', async () => {
    const c = await fileComplaint(t, people.admin);
    // Only the admin desk verifies.
    expect((await act(`${c.id}/verify`, people.operatorPu, { opdId: people.pu })).statusCode).toBe(403);
    const verified = await act(`${c.id}/verify`, people.admin, { opdId: people.pu, note: 'Lokasi jelas, teruskan ke PU.' });
    expect(verified.statusCode).toBe(200);
    expect(verified.json().status).toBe('dispositioned');

    // Another OPD cannot touch it; the responsible OPD accepts, works, answers.
    expect((await act(`${c.id}/accept`, people.operatorDishub)).statusCode).toBe(403);
    expect((await act(`${c.id}/accept`, people.operatorPu)).json().status).toBe('accepted');
    expect((await act(`${c.id}/start`, people.operatorPu)).json().status).toBe('in_progress');
    const answered = await act(`${c.id}/respond`, people.kepalaPu, { answer: 'Lubang sudah ditambal pada hari Selasa.' });
    expect(answered.json().status).toBe('responded');

    // Only the reporter confirms: the secret decides.
    const wrong = await citizen(c.trackingNo, 'confirm', { secret: 'bukan-kode-rahasia-ini', satisfaction: 5 });
    expect(wrong.statusCode).toBe(403);
    expect(problemOf(wrong).code).toBe('complaint.not_reporter');
    const confirmed = await citizen(c.trackingNo, 'confirm', { secret: c.secret, satisfaction: 5, note: 'Terima kasih, cepat sekali.' });
    expect(confirmed.json().status).toBe('closed');

    const detail = (await t.app.inject({ method: 'GET', url: `/api/sambat/complaints/${c.trackingNo}` })).json();
    expect(detail.complaint).toMatchObject({ status: 'closed', satisfaction: 5, opd: 'DPUPRPKP' });
    expect(detail.timeline.map((e: { type: string }) => e.type)).toEqual(['submitted', 'verified', 'accepted', 'in_progress', 'responded', 'confirmed']);
    const answer = detail.timeline.find((e: { type: string }) => e.type === 'responded');
    expect(answer.note).toBe('Lubang sudah ditambal pada hari Selasa.');
    // The admin's routing note is internal: the public timeline does not carry it.
    expect(JSON.stringify(detail)).not.toContain('Lokasi jelas');

    // Closed is final: any further step is refused, naming the status.
    const late = await act(`${c.id}/accept`, people.operatorPu);
    expect(late.statusCode).toBe(409);
    expect(problemOf(late).detail).toContain('(closed)');
  });

  it('returns to the admin desk when the OPD is not responsible, and is routed again', async () => {
    const c = await fileComplaint(t, people.admin, { category: 'LALIN', description: 'Lampu lalu lintas di perempatan mati sejak pagi.' });
    await act(`${c.id}/verify`, people.admin, { opdId: people.pu });
    const returned = await act(`${c.id}/return`, people.operatorPu, { reason: 'Lampu lalu lintas wewenang Dishub.' });
    expect(returned.json().status).toBe('returned');
    const queue = await t.app.inject({ method: 'GET', url: '/api/sambat/staff/complaints?status=submitted,returned&pageSize=200', headers: as(people.admin) });
    expect(queue.json().items.map((i: { trackingNo: string }) => i.trackingNo)).toContain(c.trackingNo);
    const rerouted = await act(`${c.id}/verify`, people.admin, { opdId: people.dishub });
    expect(rerouted.json().status).toBe('dispositioned');
    const inbox = await t.app.inject({ method: 'GET', url: '/api/sambat/staff/complaints?status=dispositioned', headers: as(people.operatorDishub) });
    expect(inbox.json().items.map((i: { trackingNo: string }) => i.trackingNo)).toContain(c.trackingNo);
    // The return reason stays inside the city hall.
    const staff = (await t.app.inject({ method: 'GET', url: `/api/sambat/staff/complaints/${c.id}`, headers: as(people.admin) })).json();
    expect(staff.timeline.find((e: { type: string }) => e.type === 'returned')).toMatchObject({
      visibility: 'internal',
      internalNote: 'Lampu lalu lintas wewenang Dishub.',
    });
    const pub = await t.app.inject({ method: 'GET', url: `/api/sambat/complaints/${c.trackingNo}` });
    expect(pub.body).not.toContain('wewenang Dishub');
  });

  it("lists the admin desk's queue oldest first when asked, newest first by default", async () => {
    for (const street of ['Jl. Dieng', 'Jl. Galunggung', 'Jl. Raya Tlogomas']) {
      await fileComplaint(t, people.admin, { category: 'JALAN', description: `Lubang besar di ${street}, belum ditambal.` });
    }
    const list = async (sort?: string) => {
      const url = `/api/sambat/staff/complaints?status=submitted&pageSize=200${sort ? `&sort=${sort}` : ''}`;
      const res = await t.app.inject({ method: 'GET', url, headers: as(people.admin) });
      expect(res.statusCode).toBe(200);
      return res.json().items.map((i: { trackingNo: string }) => i.trackingNo) as string[];
    };
    const oldest = await list('oldest');
    expect(oldest.length).toBeGreaterThanOrEqual(3);
    // Numbers grow with filing time (and outgrow six digits, so compare them as numbers).
    const serial = (trackingNo: string) => Number(trackingNo.split('-')[2]);
    expect(oldest).toEqual([...oldest].sort((a, b) => serial(a) - serial(b)));
    expect(await list()).toEqual([...oldest].reverse());
    expect((await t.app.inject({ method: 'GET', url: '/api/sambat/staff/complaints?sort=random', headers: as(people.admin) })).statusCode).toBe(400);
  });

  it('takes a step when the category cache has just expired (on PGlite, a refill inside the step would wait for itself)', async () => {
    const c = await fileComplaint(t, people.admin, { category: 'JALAN', description: 'Aspal mengelupas di tikungan Jl. Semeru.' });
    clearCategoryCaches(t.platform.db);
    const verified = await act(`${c.id}/verify`, people.admin, { opdId: people.pu });
    expect(verified.statusCode).toBe(200);
    expect(verified.json().status).toBe('dispositioned');
  });

  it('is reopened by the reporter within the window, back to the same OPD with a fresh deadline', async () => {
    const c = await fileComplaint(t, people.admin);
    await act(`${c.id}/verify`, people.admin, { opdId: people.pu });
    await act(`${c.id}/accept`, people.operatorPu);
    await act(`${c.id}/respond`, people.operatorPu, { answer: 'Sudah kami perbaiki.' });
    const reopened = await citizen(c.trackingNo, 'reopen', { secret: c.secret, reason: 'Lubangnya masih ada, hanya ditutup pasir.' });
    expect(reopened.statusCode).toBe(200);
    expect(reopened.json().status).toBe('reopened');
    const inbox = await t.app.inject({ method: 'GET', url: '/api/sambat/staff/complaints?status=reopened', headers: as(people.operatorPu) });
    expect(inbox.json().items.map((i: { trackingNo: string }) => i.trackingNo)).toContain(c.trackingNo);
    const again = await act(`${c.id}/respond`, people.operatorPu, { answer: 'Sudah diaspal ulang dengan benar.' });
    expect(again.json().status).toBe('responded');
    // The window is over once its deadline passes.
    await sql`update complaint set due_at = now() - interval '1 minute' where id = ${c.id}`.execute(t.platform.db);
    const tooLate = await citizen(c.trackingNo, 'reopen', { secret: c.secret, reason: 'Masih belum rapi juga.' });
    expect(tooLate.statusCode).toBe(409);
    expect(problemOf(tooLate).code).toBe('complaint.reopen_window_passed');
  });

  it('is postponed for more information, which the reporter supplies', async () => {
    const c = await fileComplaint(t, people.admin);
    const postponed = await act(`${c.id}/postpone`, people.admin, { question: 'Mohon sebutkan nama gang atau patokan terdekat.' });
    expect(postponed.json()).toMatchObject({ status: 'postponed', dueAt: null });
    const supplied = await citizen(c.trackingNo, 'info', { secret: c.secret, message: 'Depan Masjid Jami, sisi barat.' });
    expect(supplied.json().status).toBe('submitted');
    const timeline = (await t.app.inject({ method: 'GET', url: `/api/sambat/complaints/${c.trackingNo}` })).json().timeline;
    expect(timeline.map((e: { note: string | null }) => e.note)).toEqual(
      expect.arrayContaining(['Mohon sebutkan nama gang atau patokan terdekat.', 'Depan Masjid Jami, sisi barat.']),
    );
  });

  it('is rejected as a duplicate: linked to its original, its supporters merged', async () => {
    const original = await fileComplaint(t, people.admin);
    const duplicate = await fileComplaint(t, people.admin);
    await t.app.inject({ method: 'POST', url: `/api/sambat/complaints/${duplicate.trackingNo}/support`, remoteAddress: '10.20.0.1' });
    await t.app.inject({ method: 'POST', url: `/api/sambat/complaints/${original.trackingNo}/support`, remoteAddress: '10.20.0.2' });
    const rejected = await act(`${duplicate.id}/reject`, people.admin, { reason: 'duplicate', duplicateOf: original.trackingNo });
    expect(rejected.json().status).toBe('rejected');
    const dup = (await t.app.inject({ method: 'GET', url: `/api/sambat/complaints/${duplicate.trackingNo}` })).json();
    expect(dup.complaint.duplicateOf).toBe(original.trackingNo);
    const orig = (await t.app.inject({ method: 'GET', url: `/api/sambat/complaints/${original.trackingNo}` })).json();
    expect(orig.complaint.supporters).toBe(2);
    expect(orig.timeline.map((e: { type: string }) => e.type)).toContain('duplicate_linked');
    const self = await act(`${original.id}/reject`, people.admin, { reason: 'duplicate', duplicateOf: original.trackingNo });
    expect(self.statusCode).toBe(400);
  });

  it('is routed again by the admin at any open stage, with co-handling OPDs', async () => {
    const c = await fileComplaint(t, people.admin);
    await act(`${c.id}/verify`, people.admin, { opdId: people.pu });
    await act(`${c.id}/accept`, people.operatorPu);
    const moved = await act(`${c.id}/redisposition`, people.admin, { opdId: people.dishub, coOpdIds: [people.pu], note: 'Perlu penanganan bersama.' });
    expect(moved.json().status).toBe('dispositioned');
    const staff = (await t.app.inject({ method: 'GET', url: `/api/sambat/staff/complaints/${c.id}`, headers: as(people.operatorDishub) })).json();
    expect(staff.complaint.opdId).toBe(people.dishub);
    expect(staff.coOpdIds).toEqual([people.pu]);
    // The co-handling OPD can see it, but acting on it is for the responsible OPD.
    expect((await t.app.inject({ method: 'GET', url: `/api/sambat/staff/complaints/${c.id}`, headers: as(people.operatorPu) })).statusCode).toBe(200);
    expect((await act(`${c.id}/accept`, people.operatorPu)).statusCode).toBe(403);
  });

  it('writes an audit entry and an outbox event for every step, in the same transaction', async () => {
    const c = await fileComplaint(t, people.admin);
    await act(`${c.id}/verify`, people.admin, { opdId: people.pu });
    const audit = await t.app.inject({ method: 'GET', url: `/api/audit?recordType=complaint&recordId=${c.id}`, headers: as(people.auditor) });
    expect(audit.json().items.map((e: { action: string }) => e.action)).toEqual(['complaint.verified', 'complaint.create']);
    // The audit trail names what happened, never the reporter's details.
    const trail = JSON.stringify(audit.json().items.map((e: { before: unknown; after: unknown }) => [e.before, e.after]));
    expect(trail).not.toMatch(/reporter|@/);
    const events = await sql<{
      n: number;
    }>`select count(*)::int as n from outbox where topic = 'complaint.changed' and payload->>'complaintId' = ${c.id}`.execute(t.platform.db);
    expect(events.rows[0].n).toBe(2);
  });

  it('gives staff the running deadline in working days, flagging overdue ones', async () => {
    const tz = t.platform.config.cityTimezone;
    const today = cityDay(new Date(), tz);
    const holidays = await createCalendarService(t.platform).holidaysBetween(today, addCalendarDays(today, 60));
    const soon = await fileComplaint(t, people.admin);
    const late = await fileComplaint(t, people.admin);
    await act(`${soon.id}/verify`, people.admin, { opdId: people.pu });
    await act(`${late.id}/verify`, people.admin, { opdId: people.pu });
    const dueSoon = endOfCityDay(addWorkingDays(today, 2, holidays), tz);
    await sql`update complaint set due_at = ${dueSoon} where id = ${soon.id}`.execute(t.platform.db);
    await sql`update complaint set due_at = now() - interval '1 hour' where id = ${late.id}`.execute(t.platform.db);

    const detail = (await t.app.inject({ method: 'GET', url: `/api/sambat/staff/complaints/${soon.id}`, headers: as(people.operatorPu) })).json();
    expect(detail.complaint.deadline).toEqual({ workingDaysLeft: 2, overdue: false });
    const overdue = (
      await t.app.inject({ method: 'GET', url: '/api/sambat/staff/complaints?overdue=true&pageSize=200', headers: as(people.operatorPu) })
    ).json();
    const item = overdue.items.find((i: { id: string }) => i.id === late.id);
    expect(item.deadline.overdue).toBe(true);
    expect(item.deadline.workingDaysLeft).toBeLessThanOrEqual(0);
    expect(overdue.items.some((i: { id: string }) => i.id === soon.id)).toBe(false);
  });

  it('keeps internal notes out of the public timeline', async () => {
    const c = await fileComplaint(t, people.admin);
    await act(`${c.id}/verify`, people.admin, { opdId: people.pu });
    const noted = await act(`${c.id}/notes`, people.operatorPu, { note: 'Koordinasi dengan kontraktor CV Maju Jaya.' });
    expect(noted.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/api/sambat/complaints/${c.trackingNo}` })).body).not.toContain('Maju Jaya');
    const staff = await t.app.inject({ method: 'GET', url: `/api/sambat/staff/complaints/${c.id}`, headers: as(people.operatorPu) });
    expect(staff.body).toContain('Maju Jaya');
    expect((await act(`${c.id}/notes`, people.operatorDishub, { note: 'bukan urusan kami' })).statusCode).toBe(403);
  });
});
