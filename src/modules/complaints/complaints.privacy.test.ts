/**
 * DOMAIN.md section 2: the reporter's name, phone, email (and NIK) are never public; anonim hides
 * the reporter from the OPD too; rahasia complaints appear in no public answer at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { makePicture } from '../../testing/exif-fixture.js';
import { as, createTestApp, type TestApp } from '../../testing/test-app.js';
import { cast, type Filed, fileComplaint, multipart } from './complaints.testing.js';

const REPORTER = { name: 'Sulistyowati Kusumaningrum', email: 'sulis.kusuma.7731@contoh.id', phone: '+62 812-7731-0099' };
const TRACES = [REPORTER.name, 'Sulistyowati', REPORTER.email, 'sulis.kusuma', '7731-0099', '81277310099'];

function expectNoReporter(body: string, where: string) {
  for (const trace of TRACES) expect(body, `${where} leaks "${trace}"`).not.toContain(trace);
}

describe.each(DATABASE_KINDS)('reporter privacy on %s', (kind) => {
  let t: TestApp;
  let people: Awaited<ReturnType<typeof cast>>;
  const filed: Record<'publik' | 'anonim' | 'rahasia', Filed> = {} as never;

  beforeAll(async () => {
    t = await createTestApp(kind);
    people = await cast(t);
    for (const privacy of ['publik', 'anonim', 'rahasia'] as const) {
      filed[privacy] = await fileComplaint(t, people.admin, {
        category: 'KETERTIBAN',
        privacy,
        description: `Pedagang menutup trotoar Jl. Basuki Rahmat (${privacy}).`,
        location: { lat: -7.9785, lon: 112.6322 },
        reporter: REPORTER,
      });
      const verify = await t.app.inject({
        method: 'POST',
        url: `/api/sambat/staff/complaints/${filed[privacy].id}/verify`,
        headers: as(people.admin),
        payload: { opdId: people.pu },
      });
      expect(verify.statusCode).toBe(200);
      await t.app.inject({
        method: 'POST',
        url: `/api/sambat/complaints/${filed[privacy].trackingNo}/replies`,
        payload: { secret: filed[privacy].secret, message: 'Mohon segera ditindak.' },
      });
    }
  });
  afterAll(() => t.close());

  it('no public answer carries the reporter, for any privacy choice', async () => {
    const urls = [
      '/api/sambat/complaints?pageSize=200',
      '/api/sambat/complaints?status=dispositioned',
      '/api/sambat/complaints.geojson',
      '/api/sambat/complaints/nearby?category=KETERTIBAN&lat=-7.9785&lon=112.6322',
      `/api/sambat/complaints/${filed.publik.trackingNo}`,
      `/api/sambat/complaints/${filed.anonim.trackingNo}`,
      `/api/sambat/complaints/${filed.rahasia.trackingNo}`,
      '/api/sambat/categories',
    ];
    for (const url of urls) {
      const res = await t.app.inject({ method: 'GET', url });
      expectNoReporter(res.body, url);
    }
    // Even the reporter's own view of a rahasia complaint, by secret, does not echo their details.
    const own = await t.app.inject({
      method: 'GET',
      url: `/api/sambat/complaints/${filed.rahasia.trackingNo}`,
      headers: { 'x-tracking-secret': filed.rahasia.secret },
    });
    expect(own.statusCode).toBe(200);
    expectNoReporter(own.body, 'the reporter\u2019s own rahasia view');
  });

  it('a rahasia complaint is in no public list, map or search, and its page needs the secret', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/sambat/complaints?pageSize=200' });
    const numbers = list.json().items.map((i: { trackingNo: string }) => i.trackingNo);
    expect(numbers).toEqual(expect.arrayContaining([filed.publik.trackingNo, filed.anonim.trackingNo]));
    expect(numbers).not.toContain(filed.rahasia.trackingNo);
    const geo = await t.app.inject({ method: 'GET', url: '/api/sambat/complaints.geojson' });
    expect(geo.body).not.toContain(filed.rahasia.trackingNo);
    const nearby = await t.app.inject({ method: 'GET', url: '/api/sambat/complaints/nearby?category=KETERTIBAN&lat=-7.9785&lon=112.6322' });
    expect(nearby.body).not.toContain(filed.rahasia.trackingNo);
    expect((await t.app.inject({ method: 'GET', url: `/api/sambat/complaints/${filed.rahasia.trackingNo}` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: `/api/sambat/complaints/${filed.rahasia.trackingNo}/support` })).statusCode).toBe(404);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/sambat/complaints/${filed.rahasia.trackingNo}`,
          headers: { 'x-tracking-secret': 'salah-sekali-kodenya' },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('the handling OPD sees a publik reporter, not an anonim one; the admin sees both, and viewing anonim is audited', async () => {
    const publik = await t.app.inject({ method: 'GET', url: `/api/sambat/staff/complaints/${filed.publik.id}`, headers: as(people.operatorPu) });
    expect(publik.json().complaint.reporter).toMatchObject({ name: REPORTER.name, email: REPORTER.email });
    const anonim = await t.app.inject({ method: 'GET', url: `/api/sambat/staff/complaints/${filed.anonim.id}`, headers: as(people.operatorPu) });
    expect(anonim.json().complaint).toMatchObject({ reporter: null, reporterHidden: true });
    expectNoReporter(anonim.body, 'the OPD view of an anonim complaint');
    const inbox = await t.app.inject({ method: 'GET', url: '/api/sambat/staff/complaints?category=KETERTIBAN', headers: as(people.operatorPu) });
    const anonimInInbox = inbox.json().items.find((i: { trackingNo: string }) => i.trackingNo === filed.anonim.trackingNo);
    expect(anonimInInbox.reporter).toBeNull();

    const byAdmin = await t.app.inject({ method: 'GET', url: `/api/sambat/staff/complaints/${filed.anonim.id}`, headers: as(people.admin) });
    expect(byAdmin.json().complaint.reporter.name).toBe(REPORTER.name);
    const audit = await t.app.inject({
      method: 'GET',
      url: `/api/audit?action=complaint.reporter_view&recordId=${filed.anonim.id}`,
      headers: as(people.admin),
    });
    expect(audit.json().items).toHaveLength(1);
    expect(audit.json().items[0].actorUserId).toBe(people.admin.userId);
  });

  it("a rahasia complaint's photos answer only its reporter and the staff who may read it, and are never cached", async () => {
    const form = multipart(
      { category: 'KETERTIBAN', privacy: 'rahasia', description: 'Pungutan liar di parkir pasar, foto terlampir.', location: { lat: -7.9785, lon: 112.6322 } },
      [{ name: 'parkir.jpg', type: 'image/jpeg', bytes: await makePicture(800, 600).jpeg().toBuffer() }],
    );
    const res = await t.app.inject({ method: 'POST', url: '/api/sambat/complaints', ...form });
    expect(res.statusCode).toBe(201);
    const { trackingNo, secret } = res.json();
    const own = await t.app.inject({ method: 'GET', url: `/api/sambat/complaints/${trackingNo}`, headers: { 'x-tracking-secret': secret } });
    const photoUrl = own.json().complaint.photos[0].thumbnailUrl as string;

    expect((await t.app.inject({ method: 'GET', url: photoUrl })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: photoUrl, headers: { 'x-tracking-secret': 'bukan-kunci-yang-benar' } })).statusCode).toBe(404);
    const byReporter = await t.app.inject({ method: 'GET', url: photoUrl, headers: { 'x-tracking-secret': secret } });
    expect(byReporter.statusCode).toBe(200);
    expect(byReporter.headers['cache-control']).toBe('private, no-store');
    const byAdmin = await t.app.inject({ method: 'GET', url: photoUrl, headers: as(people.admin) });
    expect(byAdmin.statusCode).toBe(200);
    // Before it is routed, no OPD may see it.
    expect((await t.app.inject({ method: 'GET', url: photoUrl, headers: as(people.operatorPu) })).statusCode).toBe(404);
  });

  it('another OPD cannot see the complaint at all', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/sambat/staff/complaints/${filed.publik.id}`, headers: as(people.operatorDishub) });
    expect(res.statusCode).toBe(404);
    const inbox = await t.app.inject({ method: 'GET', url: '/api/sambat/staff/complaints?category=KETERTIBAN', headers: as(people.operatorDishub) });
    expect(inbox.json().total).toBe(0);
    expect((await t.app.inject({ method: 'GET', url: '/api/sambat/staff/complaints' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/sambat/staff/complaints', headers: as(people.warga) })).statusCode).toBe(403);
  });
});
