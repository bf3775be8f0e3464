import { XMLValidator } from 'fast-xml-parser';
import { sql } from 'kysely';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../../testing/databases.js';
import { as, createTestApp, problemOf, type Session, type TestApp, userWithRole } from '../../../testing/test-app.js';
import { escapeXml, PNG_SIZE, posterSvg, wrapLines } from './qr.images.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
// http: the test helpers sign in with the plain cookie name that https would change.
const PUBLIC_URL = 'http://sambat.malangkota.go.id';
const PASAR_BESAR = { lat: -7.9881, lon: 112.6317 };

describe('the poster', () => {
  it('escapes the five XML characters', () => {
    expect(escapeXml(`Toko "Emas" & <Perak> 'Jaya'`)).toBe('Toko &quot;Emas&quot; &amp; &lt;Perak&gt; &apos;Jaya&apos;');
  });

  it('wraps a long place name on spaces and shortens what does not fit', () => {
    expect(wrapLines('Terminal Arjosari pintu keberangkatan bus antar kota', 26, 3)).toEqual(['Terminal Arjosari pintu', 'keberangkatan bus antar', 'kota']);
    const lines = wrapLines('a b c d e f g h i j', 3, 2);
    expect(lines).toEqual(['a b', 'c …']);
  });

  it('is an A4 SVG with the call to scan and the address to type', () => {
    const svg = posterSvg({ cityName: 'Kota Malang', placeName: 'Taman Merbabu', address: null, url: `${PUBLIC_URL}/aduan/baru?tempat=taman-merbabu` });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toMatch(/^<svg [^>]*width="210mm" height="297mm" viewBox="0 0 210 297"/);
    expect(svg).toContain('Sampaikan aduan untuk tempat ini: pindai kode QR');
    expect(svg).toContain('sambat.malangkota.go.id/aduan/baru?tempat=taman-merbabu');
  });
});

describe.each(DATABASE_KINDS)('QR places on %s', (kind) => {
  let t: TestApp;
  let admin: Session;
  let warga: Session;
  const post = (payload: Record<string, unknown>, who?: Session) =>
    t.app.inject({ method: 'POST', url: '/api/sambat/qr-places', payload, ...(who ? { headers: as(who) } : {}) });
  const patch = (code: string, payload: Record<string, unknown>, who?: Session) =>
    t.app.inject({ method: 'PATCH', url: `/api/sambat/qr-places/${code}`, payload, ...(who ? { headers: as(who) } : {}) });
  const get = (path: string, who?: Session) => t.app.inject({ method: 'GET', url: `/api/sambat/qr-places${path}`, ...(who ? { headers: as(who) } : {}) });

  beforeAll(async () => {
    t = await createTestApp(kind, { env: { PUBLIC_URL } });
    admin = await userWithRole(t, 'admin');
    warga = await userWithRole(t, 'warga');
  });
  afterAll(() => t.close());

  it('lets only an admin register a place, audited, with the address its QR code opens', async () => {
    const place = { code: 'pasar-besar', name: 'Pasar Besar', address: 'Jl. Pasar Besar, Sukoharjo', ...PASAR_BESAR, categoryCode: 'SAMPAH' };
    expect((await post(place)).statusCode).toBe(401);
    const refused = await post(place, warga);
    expect(refused.statusCode).toBe(403);
    expect(problemOf(refused).code).toBe('auth.forbidden');

    const created = await post(place, admin);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      code: 'pasar-besar',
      name: 'Pasar Besar',
      address: 'Jl. Pasar Besar, Sukoharjo',
      ...PASAR_BESAR,
      categoryCode: 'SAMPAH',
      active: true,
      formUrl: `${PUBLIC_URL}/aduan/baru?tempat=pasar-besar`,
    });
    const audit = await sql<{ action: string; actor_user_id: string }>`
      select action, actor_user_id from audit_log where record_type = 'qr_place' and record_id = ${created.json().id}`.execute(t.platform.db);
    expect(audit.rows).toEqual([{ action: 'qr_place.create', actor_user_id: admin.userId }]);
  });

  it('refuses a code in use (409), a malformed code (400), an unknown category (400) and a place outside the city (422)', async () => {
    await post({ code: 'stasiun-kota-baru', name: 'Stasiun Kota Baru', lat: -7.9775, lon: 112.637 }, admin);
    const again = await post({ code: 'stasiun-kota-baru', name: 'Stasiun lain', lat: -7.9775, lon: 112.637 }, admin);
    expect(again.statusCode).toBe(409);
    expect(problemOf(again).code).toBe('qr_place.code_taken');
    for (const code of ['Pasar Besar', 'pb', '-pasar', 'pasar_besar', 'a'.repeat(41)]) {
      const bad = await post({ code, name: 'Pasar', ...PASAR_BESAR }, admin);
      expect(bad.statusCode, code).toBe(400);
      expect(problemOf(bad).errors?.map((e) => e.field)).toEqual(['code']);
    }
    const category = await post({ code: 'taman-trunojoyo', name: 'Taman Trunojoyo', lat: -7.9768, lon: 112.6377, categoryCode: 'TIDAKADA' }, admin);
    expect(category.statusCode).toBe(400);
    expect(problemOf(category).code).toBe('complaint.unknown_category');
    const surabaya = await post({ code: 'tugu-pahlawan', name: 'Tugu Pahlawan', lat: -7.2458, lon: 112.7378 }, admin);
    expect(surabaya.statusCode).toBe(422);
    expect(problemOf(surabaya).code).toBe('wilayah.outside_city');
    const stored = await sql<{ code: string }>`select code from qr_place where code in ('taman-trunojoyo', 'tugu-pahlawan')`.execute(t.platform.db);
    expect(stored.rows).toEqual([]);
  });

  it('lists every place for the admin, page by page', async () => {
    await post({ code: 'halte-dinoyo', name: 'Halte Dinoyo', lat: -7.9406, lon: 112.6094 }, admin);
    expect((await get('')).statusCode).toBe(401);
    expect((await get('', warga)).statusCode).toBe(403);
    const all = (await get('?pageSize=200', admin)).json();
    expect(all.total).toBe(all.items.length);
    expect(all.items.map((p: { code: string }) => p.code)).toEqual(['halte-dinoyo', 'pasar-besar', 'stasiun-kota-baru']);
    const second = (await get('?pageSize=1&page=2', admin)).json();
    expect(second).toMatchObject({ total: all.total, page: 2, pageSize: 1, items: [{ code: 'pasar-besar' }] });
  });

  it('changes name, address and active state for the admin only, audited', async () => {
    expect((await patch('halte-dinoyo', { name: 'Halte MT Haryono' })).statusCode).toBe(401);
    expect((await patch('halte-dinoyo', { name: 'Halte MT Haryono' }, warga)).statusCode).toBe(403);
    expect((await patch('tidak-ada', { name: 'Halte' }, admin)).statusCode).toBe(404);
    expect((await patch('halte-dinoyo', {}, admin)).statusCode).toBe(400);
    expect((await patch('halte-dinoyo', { lat: -7.95 }, admin)).statusCode).toBe(400);
    const changed = await patch('halte-dinoyo', { name: 'Halte MT Haryono', address: 'Jl. MT Haryono' }, admin);
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ code: 'halte-dinoyo', name: 'Halte MT Haryono', address: 'Jl. MT Haryono', lat: -7.9406, active: true });
    const audit = await sql<{ before: unknown; after: unknown }>`
      select before, after from audit_log where action = 'qr_place.update' and record_id = ${changed.json().id}`.execute(t.platform.db);
    expect(audit.rows).toEqual([{ before: { name: 'Halte Dinoyo', address: null }, after: { name: 'Halte MT Haryono', address: 'Jl. MT Haryono' } }]);
  });

  it('shows an active place to anyone, as the filing form needs it', async () => {
    const res = await get('/pasar-besar');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ code: 'pasar-besar', name: 'Pasar Besar', address: 'Jl. Pasar Besar, Sukoharjo', ...PASAR_BESAR, categoryCode: 'SAMPAH' });
    expect((await get('/tidak-ada')).statusCode).toBe(404);
  });

  it('serves the QR code as SVG and as a 1024 px PNG', async () => {
    const svg = await get('/pasar-besar/qr.svg');
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(svg.body.startsWith('<svg')).toBe(true);
    expect(XMLValidator.validate(svg.body)).toBe(true);

    const png = await get('/pasar-besar/qr.png');
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.rawPayload.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const meta = await sharp(png.rawPayload).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', PNG_SIZE, PNG_SIZE]);
    expect((await get('/tidak-ada/qr.png')).statusCode).toBe(404);
  });

  it("prints the place's name escaped on an A4 poster", async () => {
    await post({ code: 'toko-emas', name: 'Toko Emas & <Perak> "Jaya"', lat: -7.9836, lon: 112.6322 }, admin);
    const poster = await get('/toko-emas/poster.svg');
    expect(poster.statusCode).toBe(200);
    expect(poster.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(XMLValidator.validate(poster.body)).toBe(true);
    expect(poster.body).toContain('Toko Emas &amp; &lt;Perak&gt; &quot;Jaya&quot;');
    expect(poster.body).not.toContain('<Perak>');
    expect(poster.body).toContain('Sampaikan aduan untuk tempat ini: pindai kode QR');
    expect(poster.body).toContain('sambat.malangkota.go.id/aduan/baru?tempat=toko-emas');
  });

  it("files a complaint at the place's position from its code, and not once the place is retired", async () => {
    const filed = await t.app.inject({
      method: 'POST',
      url: '/api/sambat/complaints',
      payload: { category: 'SAMPAH', description: 'Sampah menumpuk di los sayur sebelah timur.', location: { qrPlace: 'pasar-besar' } },
    });
    expect(filed.statusCode).toBe(201);
    const row = await t.platform.db
      .selectFrom('complaint')
      .innerJoin('qr_place', 'qr_place.id', 'complaint.qr_place_id')
      .select(['complaint.lat', 'complaint.lon', 'complaint.location_source', 'complaint.channel', 'complaint.address', 'qr_place.code'])
      .where('complaint.tracking_no', '=', filed.json().trackingNo)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ ...PASAR_BESAR, location_source: 'qr_place', channel: 'web', address: 'Jl. Pasar Besar, Sukoharjo', code: 'pasar-besar' });

    expect((await patch('pasar-besar', { active: false }, admin)).json().active).toBe(false);
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/sambat/complaints',
      payload: { category: 'SAMPAH', description: 'Sampah menumpuk di los sayur sebelah barat.', location: { qrPlace: 'pasar-besar' } },
    });
    expect(refused.statusCode).toBe(400);
    expect(problemOf(refused).code).toBe('complaint.unknown_place');
    // A retired place's poster and code lead nowhere; the admin still sees it, to restore it.
    expect((await get('/pasar-besar')).statusCode).toBe(404);
    expect((await get('/pasar-besar/poster.svg')).statusCode).toBe(404);
    const list = (await get('?pageSize=200', admin)).json();
    expect(list.items.find((p: { code: string }) => p.code === 'pasar-besar')).toMatchObject({ active: false });
  });
});
