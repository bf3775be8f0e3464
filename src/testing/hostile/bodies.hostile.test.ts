/**
 * Bodies built to break the server rather than to say anything: over the size limit, nested ten
 * thousand levels deep, bytes that are not UTF-8; and text built to break what stores or shows it
 * (SQL and HTML injection), which must come back exactly as sent, as inert data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALUN_ALUN } from '../../modules/complaints/complaints.testing.js';
import { createTokensService, createUsersService } from '../../modules/org/index.js';
import { systemContext } from '../../platform/context.js';
import { DATABASE_KINDS } from '../databases.js';
import { as, createTestApp, type TestApp, userWithRole } from '../test-app.js';
import { delta, expectHandled, expectOpen311Handled, LEDGER_TABLES, ledger, MARKUP, nextIp, SQL_INJECTIONS } from './hostile.support.js';

/** Every public route that takes a JSON body, with a body it would accept in shape. */
const JSON_WRITES: Array<{ url: string; body: Record<string, unknown>; open311?: boolean }> = [
  { url: '/api/sambat/complaints', body: { category: 'JALAN', description: 'Jalan berlubang di depan sekolah.', location: ALUN_ALUN } },
  { url: '/api/sambat/complaints/SBT-2026-000001/replies', body: { secret: 'bukan-rahasia-asli', message: 'Masih ada.' } },
  { url: '/api/sambat/complaints/SBT-2026-000001/info', body: { secret: 'bukan-rahasia-asli', message: 'Di depan masjid.' } },
  { url: '/api/sambat/complaints/SBT-2026-000001/confirm', body: { secret: 'bukan-rahasia-asli', satisfaction: 5 } },
  { url: '/api/sambat/complaints/SBT-2026-000001/reopen', body: { secret: 'bukan-rahasia-asli', reason: 'Belum diperbaiki.' } },
  { url: '/api/sambat/complaints/SBT-2026-000001/support', body: {} },
  { url: '/api/auth/login', body: { email: 'siapa@contoh.id', password: 'bukan-sandinya' } },
  { url: '/api/auth/password-reset/request', body: { email: 'siapa@contoh.id' } },
  { url: '/api/auth/password-reset/confirm', body: { token: 'bukan-token-yang-sah-sama-sekali', newPassword: 'Sandi-Baru-2026!' } },
  { url: '/open311/v2/requests.json', body: { api_key: 'bk_tidak_ada', service_code: 'JALAN', lat: ALUN_ALUN.lat, long: ALUN_ALUN.lon }, open311: true },
];

const DEPTH = 10_000;

describe.each(DATABASE_KINDS)('hostile bodies and inert text on %s', (kind) => {
  let t: TestApp;
  let writeKey: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    const user = await createUsersService(t.platform).create(
      systemContext(),
      { email: 'bodies.hostile@test.balaikota.localhost', name: 'Aplikasi mitra', roles: [{ role: 'warga', opdId: null }] },
      { asSystem: true },
    );
    writeKey = (await createTokensService(t.platform).create(systemContext(), { userId: user.id, name: 'Open311', scopes: ['write'] }, { asSystem: true }))
      .token;
  });
  afterAll(() => t.close());

  const post = (url: string, payload: string | Buffer | Readable, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, remoteAddress: nextIp(), headers: { 'content-type': 'application/json', ...headers }, payload });

  it('refuses a body over BODY_LIMIT_BYTES on every public write with 413 and a message, and stores nothing', async () => {
    const limit = t.config.bodyLimitBytes;
    for (const { url, body, open311 } of JSON_WRITES) {
      const big = JSON.stringify({ ...body, padding: 'x'.repeat(limit) });
      for (const payload of [big, Readable.from([Buffer.from(big)])]) {
        const before = await ledger(t);
        const res = await post(url, payload, { 'accept-language': 'en' });
        if (open311) {
          // Open311 has three error statuses (404, 403, 400); its 400 says what was wrong.
          expectOpen311Handled(res, 'json');
          expect(res.statusCode, url).toBe(400);
          expect(res.json()[0].description).toMatch(/size limit/);
        } else {
          expectHandled(res, 'en');
          expect(res.statusCode, url).toBe(413);
          expect(res.json().detail).toMatch(/size limit/);
        }
        expect(delta(before, await ledger(t)), url).toEqual({});
      }
    }
  });

  it(`refuses JSON nested ${DEPTH.toLocaleString('en')} levels deep, and ten times that, without a crash`, async () => {
    const shapes = (depth: number) => [
      `${'['.repeat(depth)}${']'.repeat(depth)}`,
      `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
      // Deep inside fields the routes do read: attributes of a complaint, an Open311 attribute.
      JSON.stringify({ ...JSON_WRITES[0].body, attributes: { X: 'x' } }).replace('"x"', `${'['.repeat(depth)}${']'.repeat(depth)}`),
      // Open311 takes fields it does not know and reads attribute[CODE] values of any shape.
      `{"api_key":"${writeKey}","service_code":"JALAN","lat":-7.98,"long":112.63,"attribute":{"X":${'['.repeat(depth)}"x"${']'.repeat(depth)}}}`,
      `{"api_key":"${writeKey}","service_code":"JALAN","lat":-7.98,"long":112.63,"attribute":{"X":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}}`,
      `{"api_key":"${writeKey}","service_code":"JALAN","lat":-7.98,"long":112.63,"extra":${'{"__proto__":'.repeat(depth)}1${'}'.repeat(depth)}}`,
    ];
    for (const depth of [DEPTH, DEPTH * 10]) {
      for (const { url, open311 } of JSON_WRITES) {
        for (const payload of shapes(depth)) {
          const before = await ledger(t);
          const res = await post(url, payload);
          if (open311) expectOpen311Handled(res, 'json');
          else expectHandled(res);
          expect(res.statusCode, `${url} ${payload.slice(0, 90)}`).toBeGreaterThanOrEqual(400);
          expect(delta(before, await ledger(t))).toEqual({});
        }
      }
    }
    // And the server still answers.
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });

  it('takes bytes that are not UTF-8 in JSON and form bodies as replacement characters or refuses them, never a 5xx', async () => {
    const bad = [Buffer.from([0xff]), Buffer.from([0xc3]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xf4, 0x90, 0x80, 0x80]), Buffer.from([0xe2, 0x82])];
    for (const bytes of bad) {
      const json = Buffer.concat([
        Buffer.from('{"category":"JALAN","description":"Jalan rusak '),
        bytes,
        Buffer.from(` parah","location":{"lat":${ALUN_ALUN.lat},"lon":${ALUN_ALUN.lon}}}`),
      ]);
      const before = await ledger(t);
      const res = await post('/api/sambat/complaints', json);
      expectHandled(res);
      const moved = delta(before, await ledger(t));
      if (res.statusCode === 201) {
        expect(moved).toEqual({ complaint: 1, complaint_event: 1, audit_log: 1, outbox: 1 });
        const detail = await t.app.inject({ method: 'GET', url: `/api/sambat/complaints/${res.json().trackingNo}` });
        expect(detail.json().complaint.description).toMatch(/^Jalan rusak \ufffd+ parah$/);
      } else expect(moved).toEqual({});

      const form = Buffer.concat([Buffer.from('api_key=bk_tidak_ada&service_code=JALAN&description=rusak'), bytes, Buffer.from('&lat=-7.98&long=112.63')]);
      const open311 = await t.app.inject({
        method: 'POST',
        url: '/open311/v2/requests.xml',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: form,
      });
      expectOpen311Handled(open311, 'xml');
      expect(open311.statusCode).toBe(403);
    }
  });

  it('keeps SQL and HTML injection text as plain data: stored, listed, mapped and tracked byte for byte, and every table still there', async () => {
    const admin = await userWithRole(t, 'admin');
    for (const attack of [...SQL_INJECTIONS, ...MARKUP]) {
      const description = `Aduan uji: ${attack}`;
      const filed = await t.app.inject({
        method: 'POST',
        url: '/api/sambat/complaints',
        remoteAddress: nextIp(),
        payload: { category: 'JALAN', description, location: { ...ALUN_ALUN, address: attack }, reporter: { name: attack } },
      });
      expect(filed.statusCode, filed.body).toBe(201);
      const { trackingNo, secret } = filed.json();
      const reply = await t.app.inject({ method: 'POST', url: `/api/sambat/complaints/${trackingNo}/replies`, payload: { secret, message: attack } });
      expect(reply.statusCode, reply.body).toBe(200);

      const detail = await t.app.inject({ method: 'GET', url: `/api/sambat/complaints/${trackingNo}` });
      expect(detail.headers['content-type']).toMatch(/^application\/json/);
      expect(detail.json().complaint).toMatchObject({ description, address: attack });
      expect(detail.json().timeline.map((e: { note: string | null }) => e.note)).toContain(attack);

      const list = await t.app.inject({ method: 'GET', url: '/api/sambat/complaints?pageSize=200' });
      expect(list.json().items.find((c: { trackingNo: string }) => c.trackingNo === trackingNo)?.description).toBe(description);
      const map = await t.app.inject({ method: 'GET', url: '/api/sambat/complaints.geojson' });
      const feature = map.json().features.find((f: { properties: { trackingNo: string } }) => f.properties.trackingNo === trackingNo);
      expect(feature.properties.description).toBe(description);
      const open311 = await t.app.inject({ method: 'GET', url: `/open311/v2/requests/${trackingNo}.json` });
      expect(open311.json()[0].description).toBe(description);
      const asXml = await t.app.inject({ method: 'GET', url: `/open311/v2/requests/${trackingNo}.xml` });
      expectOpen311Handled(asXml, 'xml');
      expect(new XMLParser({ parseTagValue: false, trimValues: false }).parse(asXml.body).service_requests.request.description).toBe(description);
      // The staff view keeps the reporter's name as given, too.
      const staff = await t.app.inject({ method: 'GET', url: `/api/sambat/staff/complaints?q=${encodeURIComponent(trackingNo)}`, headers: as(admin) });
      expect(staff.json().items[0].reporter.name).toBe(attack);
    }
    // Browsers must not guess another type for JSON that holds markup.
    const any = await t.app.inject({ method: 'GET', url: '/api/sambat/complaints' });
    expect(any.headers['x-content-type-options']).toBe('nosniff');
    for (const table of LEDGER_TABLES) await sql.raw(`select count(*) from ${table}`).execute(t.platform.db);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from complaint`.execute(t.platform.db);
    expect(rows[0].n).toBeGreaterThanOrEqual(SQL_INJECTIONS.length + MARKUP.length);
  });

  it('writes a QR poster whose place name holds markup as well-formed SVG with the markup escaped', async () => {
    const admin = await userWithRole(t, 'admin');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/sambat/qr-places',
      headers: as(admin),
      payload: { code: 'pasar-besar', name: MARKUP[0], address: MARKUP[2], ...ALUN_ALUN },
    });
    expect(created.statusCode, created.body).toBe(201);
    const poster = await t.app.inject({ method: 'GET', url: '/api/sambat/qr-places/pasar-besar/poster.svg' });
    expect(poster.statusCode).toBe(200);
    expect(XMLValidator.validate(poster.body)).toBe(true);
    expect(poster.body).not.toMatch(/<script|<svg onload/i);
    expect(poster.body).toContain('&lt;script&gt;');
  });

  it('has no page in the web app that writes data as HTML', () => {
    // The React app shows complaint text as text; a dangerouslySetInnerHTML would undo that.
    const root = path.resolve('web/src');
    const sources = (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => /\.(tsx?|jsx?)$/.test(f) && !/\.test\./.test(f));
    expect(sources.length).toBeGreaterThan(20);
    const offenders = sources.filter((f) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|document\.write/.test(fs.readFileSync(path.join(root, f), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
