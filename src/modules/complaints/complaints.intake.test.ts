import exifr from 'exifr';
import { sql } from 'kysely';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { makeGeotaggedJpeg } from '../../testing/exif-fixture.js';
import { as, createTestApp, problemOf, type TestApp } from '../../testing/test-app.js';
import { ALUN_ALUN, cast, fileComplaint, multipart } from './complaints.testing.js';

describe.each(DATABASE_KINDS)('filing a complaint on %s', (kind) => {
  let t: TestApp;
  let people: Awaited<ReturnType<typeof cast>>;
  beforeAll(async () => {
    t = await createTestApp(kind);
    people = await cast(t);
  });
  afterAll(() => t.close());

  it('takes the place from a photo\u2019s GPS when no pin is set, and publishes a copy without metadata', async () => {
    const photo = await makeGeotaggedJpeg(ALUN_ALUN.lat, ALUN_ALUN.lon, { width: 2400, height: 1800 });
    const body = multipart({ category: 'JALAN', description: 'Jalan berlubang, lihat foto terlampir.', location: {} }, [
      { name: 'lubang.jpg', type: 'image/jpeg', bytes: photo },
    ]);
    const res = await t.app.inject({ method: 'POST', url: '/api/sambat/complaints', ...body });
    expect(res.statusCode).toBe(201);
    expect(res.json().kecamatan).toBe('Klojen');
    const detail = (await t.app.inject({ method: 'GET', url: `/api/sambat/complaints/${res.json().trackingNo}` })).json();
    expect(detail.complaint.lat).toBeCloseTo(ALUN_ALUN.lat, 4);
    expect(detail.complaint.lon).toBeCloseTo(ALUN_ALUN.lon, 4);
    expect(detail.complaint.photos).toHaveLength(1);
    const served = await t.app.inject({ method: 'GET', url: detail.complaint.photos[0].url });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect(await exifr.gps(served.rawPayload).catch(() => undefined)).toBeUndefined();
    expect(served.rawPayload.includes(Buffer.from('Exif'))).toBe(false);
    const meta = await sharp(served.rawPayload).metadata();
    expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBe(1600);
    const thumb = await t.app.inject({ method: 'GET', url: detail.complaint.photos[0].thumbnailUrl });
    expect((await sharp(thumb.rawPayload).metadata()).width).toBeLessThanOrEqual(320);
  });

  it('refuses a file that is not a photo, whatever its name, and files nothing', async () => {
    const before = await sql<{ n: number }>`select count(*)::int as n from complaint`.execute(t.platform.db);
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF');
    const body = multipart({ category: 'JALAN', description: 'Jalan berlubang, lihat foto terlampir.', location: ALUN_ALUN }, [
      { name: 'foto.jpg', type: 'image/jpeg', bytes: pdf },
    ]);
    const res = await t.app.inject({ method: 'POST', url: '/api/sambat/complaints', ...body });
    expect(res.statusCode).toBe(422);
    expect(problemOf(res).code).toBe('photo.unsupported_type');
    expect(problemOf(res).detail).toContain('JPEG, PNG');
    const after = await sql<{ n: number }>`select count(*)::int as n from complaint`.execute(t.platform.db);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('refuses more than five photos, and a bad JSON part, saying what to fix', async () => {
    const photo = await makeGeotaggedJpeg(ALUN_ALUN.lat, ALUN_ALUN.lon, { width: 200, height: 150 });
    const six = Array.from({ length: 6 }, (_, i) => ({ name: `${i}.jpg`, type: 'image/jpeg', bytes: photo }));
    const tooMany = await t.app.inject({
      method: 'POST',
      url: '/api/sambat/complaints',
      ...multipart({ category: 'JALAN', description: 'Enam foto sekaligus dikirim.', location: ALUN_ALUN }, six),
    });
    expect(tooMany.statusCode).toBe(422);
    expect(problemOf(tooMany).code).toBe('photo.too_many');
    const invalid = await t.app.inject({ method: 'POST', url: '/api/sambat/complaints', ...multipart({ category: 'JALAN', description: 'pendek' }, []) });
    expect(invalid.statusCode).toBe(400);
    expect(problemOf(invalid).errors?.map((e) => e.field)).toEqual(expect.arrayContaining(['description', 'location']));
  });

  it('files once for one Idempotency-Key, however often the client retries', async () => {
    const payload = { category: 'SAMPAH', description: 'Sampah menumpuk di TPS Jl. Merdeka sejak seminggu.', location: ALUN_ALUN };
    const headers = { 'idempotency-key': 'form-7f3c2a' };
    const first = await t.app.inject({ method: 'POST', url: '/api/sambat/complaints', payload, headers });
    const retry = await t.app.inject({ method: 'POST', url: '/api/sambat/complaints', payload, headers });
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json()).toEqual(first.json());
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from complaint where description = ${payload.description}`.execute(t.platform.db);
    expect(rows[0].n).toBe(1);
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/sambat/complaints',
      payload: { ...payload, description: `${payload.description} (ubah)` },
      headers,
    });
    expect(other.statusCode).toBe(422);
    expect(problemOf(other).code).toBe('idempotency.key_reused');
    // Two tries at the same moment still file once.
    const racing = await Promise.all(
      [1, 2].map(() =>
        t.app.inject({
          method: 'POST',
          url: '/api/sambat/complaints',
          payload: { ...payload, description: 'Dua kiriman bersamaan untuk aduan yang sama.' },
          headers: { 'idempotency-key': 'race-1' },
        }),
      ),
    );
    expect(new Set(racing.map((r) => r.json().trackingNo)).size).toBe(1);
    const raced = await sql<{ n: number }>`select count(*)::int as n from complaint where description = 'Dua kiriman bersamaan untuk aduan yang sama.'`.execute(
      t.platform.db,
    );
    expect(raced.rows[0].n).toBe(1);
  });

  it('offers open complaints of the same category nearby, and counts each supporter once', async () => {
    const first = await fileComplaint(t, people.admin, {
      category: 'PJU',
      description: 'Lampu jalan mati di depan gereja Kayutangan.',
      location: { lat: -7.9812, lon: 112.6303 },
    });
    await fileComplaint(t, people.admin, { category: 'PJU', description: 'Lampu jalan mati jauh di Sukun.', location: { lat: -7.999, lon: 112.615 } });
    await fileComplaint(t, people.admin, {
      category: 'SAMPAH',
      description: 'Sampah menumpuk di depan gereja Kayutangan.',
      location: { lat: -7.9812, lon: 112.6303 },
    });
    const res = await t.app.inject({ method: 'GET', url: '/api/sambat/complaints/nearby?category=PJU&lat=-7.9815&lon=112.6305&text=lampu%20mati' });
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items.map((i: { trackingNo: string }) => i.trackingNo)).toEqual([first.trackingNo]);
    expect(items[0].metres).toBeLessThan(250);

    const once = await t.app.inject({ method: 'POST', url: `/api/sambat/complaints/${first.trackingNo}/support`, remoteAddress: '10.30.0.1' });
    const twice = await t.app.inject({ method: 'POST', url: `/api/sambat/complaints/${first.trackingNo}/support`, remoteAddress: '10.30.0.1' });
    const byAccount = await t.app.inject({ method: 'POST', url: `/api/sambat/complaints/${first.trackingNo}/support`, headers: as(people.warga) });
    expect(once.json()).toEqual({ supporters: 1, added: true });
    expect(twice.json()).toEqual({ supporters: 1, added: false });
    expect(byAccount.json()).toEqual({ supporters: 2, added: true });
  });

  it('lists public complaints with filters, a bounding box, pages and GeoJSON', async () => {
    await fileComplaint(t, people.admin, {
      category: 'DRAINASE',
      description: 'Got mampet di Jl. Kawi, air meluap.',
      location: { lat: -7.9745, lon: 112.6235 },
    });
    const inBox = await t.app.inject({ method: 'GET', url: '/api/sambat/complaints?category=DRAINASE&bbox=112.62,-7.98,112.63,-7.97' });
    expect(inBox.json().total).toBe(1);
    const outBox = await t.app.inject({ method: 'GET', url: '/api/sambat/complaints?category=DRAINASE&bbox=112.60,-8.00,112.61,-7.99' });
    expect(outBox.json().total).toBe(0);
    const paged = await t.app.inject({ method: 'GET', url: '/api/sambat/complaints?pageSize=2&page=1' });
    expect(paged.json().items).toHaveLength(2);
    expect(paged.json().total).toBeGreaterThan(2);
    const geo = await t.app.inject({ method: 'GET', url: '/api/sambat/complaints.geojson?category=DRAINASE' });
    expect(geo.headers['content-type']).toContain('application/geo+json');
    expect(geo.json().features[0]).toMatchObject({ type: 'Feature', geometry: { type: 'Point', coordinates: [112.6235, -7.9745] } });
    const bad = await t.app.inject({ method: 'GET', url: '/api/sambat/complaints?status=hilang&bbox=1,2,3' });
    expect(bad.statusCode).toBe(400);
  });
});
