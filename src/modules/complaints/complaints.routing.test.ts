import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { as, createTestApp, opdId, problemOf, type TestApp } from '../../testing/test-app.js';
import { cast, fileComplaint } from './complaints.testing.js';

const LOWOKWARU = { lat: -7.944, lon: 112.614 };

describe.each(DATABASE_KINDS)('categories and routing on %s', (kind) => {
  let t: TestApp;
  let people: Awaited<ReturnType<typeof cast>>;
  const category = async (code: string) =>
    (await t.app.inject({ method: 'GET', url: '/api/sambat/categories' })).json().items.find((c: { code: string }) => c.code === code);

  beforeAll(async () => {
    t = await createTestApp(kind);
    people = await cast(t);
  });
  afterAll(() => t.close());

  it('suggests the OPD of the most specific routing rule at verification, else the category default', async () => {
    const ketertiban = await category('KETERTIBAN');
    const kecLowokwaru = await opdId(t, 'KEC-LOWOKWARU');
    const wilayah = (await t.app.inject({ method: 'GET', url: '/api/org/wilayah' })).json().items;
    const lowokwaru = wilayah.find((k: { name: string }) => k.name === 'Lowokwaru');
    const add = await t.app.inject({
      method: 'POST',
      url: '/api/sambat/routing-rules',
      headers: as(people.admin),
      payload: { categoryId: ketertiban.id, kecamatanId: lowokwaru.id, opdId: kecLowokwaru },
    });
    expect(add.statusCode).toBe(201);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/sambat/routing-rules',
      headers: as(people.admin),
      payload: { categoryId: ketertiban.id, kecamatanId: lowokwaru.id, opdId: kecLowokwaru },
    });
    expect(again.statusCode).toBe(409);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/sambat/routing-rules',
          headers: as(people.operatorPu),
          payload: { categoryId: ketertiban.id, opdId: kecLowokwaru },
        })
      ).statusCode,
    ).toBe(403);

    const there = await fileComplaint(t, people.admin, { category: 'KETERTIBAN', description: 'Parkir liar menutup jalan di Dinoyo.', location: LOWOKWARU });
    const elsewhere = await fileComplaint(t, people.admin, { category: 'KETERTIBAN', description: 'Pedagang di trotoar alun-alun kota.' });
    const detail = async (id: string) => (await t.app.inject({ method: 'GET', url: `/api/sambat/staff/complaints/${id}`, headers: as(people.admin) })).json();
    expect((await detail(there.id)).suggestedOpdId).toBe(kecLowokwaru);
    expect((await detail(elsewhere.id)).suggestedOpdId).toBe(await opdId(t, 'SATPOLPP'));

    const rules = await t.app.inject({ method: 'GET', url: `/api/sambat/routing-rules?categoryId=${ketertiban.id}`, headers: as(people.admin) });
    const remove = await t.app.inject({ method: 'DELETE', url: `/api/sambat/routing-rules/${rules.json().items[0].id}`, headers: as(people.admin) });
    expect(remove.statusCode).toBe(204);
  });

  it('skips the verification desk for a category that allows it, straight to its OPD with the OPD\u2019s deadline', async () => {
    const pju = await category('PJU');
    const off = await t.app.inject({
      method: 'PATCH',
      url: `/api/sambat/categories/${pju.id}`,
      headers: as(people.admin),
      payload: { skipVerification: true, respondDays: 2 },
    });
    expect(off.statusCode).toBe(200);
    expect(off.json().limits).toMatchObject({ verifyDays: 3, respondDays: 2, closeDays: 10 });
    const c = await fileComplaint(t, people.admin, { category: 'PJU', description: 'Lampu jalan mati sepanjang Jl. Ijen.' });
    expect(c.status).toBe('dispositioned');
    const inbox = await t.app.inject({ method: 'GET', url: '/api/sambat/staff/complaints?status=dispositioned&category=PJU', headers: as(people.operatorPu) });
    expect(inbox.json().items.map((i: { trackingNo: string }) => i.trackingNo)).toContain(c.trackingNo);
    const timeline = (await t.app.inject({ method: 'GET', url: `/api/sambat/complaints/${c.trackingNo}` })).json().timeline;
    expect(timeline.map((e: { type: string; by: string }) => `${e.type}:${e.by}`)).toEqual(['submitted:pelapor', 'verified:sistem']);

    const lainnya = await category('LAINNYA');
    const noOpd = await t.app.inject({
      method: 'PATCH',
      url: `/api/sambat/categories/${lainnya.id}`,
      headers: as(people.admin),
      payload: { skipVerification: true },
    });
    expect(noOpd.statusCode).toBe(400);
    expect(problemOf(noOpd).code).toBe('category.skip_needs_opd');
  });

  it('adds and retires categories; a retired one cannot be chosen', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/sambat/categories',
      headers: as(people.admin),
      payload: { code: 'REKLAME', name: 'Reklame liar', nameEn: 'Illegal billboards', defaultOpdId: await opdId(t, 'SATPOLPP'), verifyDays: 1 },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().limits.verifyDays).toBe(1);
    const filed = await fileComplaint(t, people.admin, { category: 'REKLAME', description: 'Baliho liar menutupi rambu lalu lintas.' });
    expect(new Date(filed.dueAt!).getTime() - Date.now()).toBeLessThan(5 * 86_400_000);
    const retired = await t.app.inject({
      method: 'PATCH',
      url: `/api/sambat/categories/${created.json().id}`,
      headers: as(people.admin),
      payload: { active: false },
    });
    expect(retired.statusCode).toBe(200);
    expect(await category('REKLAME')).toBeUndefined();
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/sambat/complaints',
      payload: { category: 'REKLAME', description: 'Baliho liar menutupi rambu lagi.', location: { lat: -7.98, lon: 112.63 } },
    });
    expect(refused.statusCode).toBe(400);
    expect(problemOf(refused).code).toBe('complaint.unknown_category');
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/sambat/categories',
          headers: as(people.admin),
          payload: { code: 'JALAN', name: 'Dua kali', nameEn: 'Twice' },
        })
      ).statusCode,
    ).toBe(409);
    // The admin still sees it, retired, and can bring it back; nobody else may ask for retired ones.
    const all = await t.app.inject({ method: 'GET', url: '/api/sambat/categories?all=true', headers: as(people.admin) });
    expect(all.json().items.find((c: { code: string }) => c.code === 'REKLAME')).toMatchObject({ active: false, skipVerification: false });
    expect((await t.app.inject({ method: 'GET', url: '/api/sambat/categories?all=true' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/sambat/categories?all=true', headers: as(people.operatorPu) })).statusCode).toBe(403);
    const back = await t.app.inject({
      method: 'PATCH',
      url: `/api/sambat/categories/${created.json().id}`,
      headers: as(people.admin),
      payload: { active: true },
    });
    expect(back.json().active).toBe(true);
    expect(await category('REKLAME')).toBeDefined();
  });
});
