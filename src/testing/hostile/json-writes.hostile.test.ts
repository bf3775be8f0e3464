/**
 * Hostile JSON against every public write: filing a complaint, the reporter's replies, answers,
 * confirmations and reopenings, support, sign-in and password reset, and Open311's JSON POST.
 * Whatever arrives, the answer is never a 5xx, a refusal is a readable problem in the caller's
 * language, and either the whole record is there or nothing is.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cast, fileComplaint } from '../../modules/complaints/complaints.testing.js';
import { createTokensService, createUsersService } from '../../modules/org/index.js';
import { systemContext } from '../../platform/context.js';
import { DATABASE_KINDS } from '../databases.js';
import { as, createTestApp, type TestApp } from '../test-app.js';
import {
  acceptLanguage,
  delta,
  expectHandled,
  expectOpen311Handled,
  headersOf,
  headerText,
  hostileConstants,
  hostileText,
  hostileValue,
  ledger,
  MARKUP,
  nextIp,
  runs,
  SQL_INJECTIONS,
} from './hostile.support.js';

/** A field that is usually sensible and now and then anything at all, so that some requests get through. */
const mostly = <T>(good: fc.Arbitrary<T>) => fc.oneof({ weight: 9, arbitrary: good }, { weight: 1, arbitrary: hostileValue });

/** Text a person could type, attacks included, and now and then any text at all. */
const typed = (maxLength: number) => fc.oneof({ weight: 3, arbitrary: hostileConstants }, { weight: 1, arbitrary: hostileText(maxLength) });

const inCity = { lat: fc.double({ min: -8.0, max: -7.93, noNaN: true }), lon: fc.double({ min: 112.6, max: 112.66, noNaN: true }) };

const filingBody = fc
  .record(
    {
      kind: mostly(fc.constantFrom('pengaduan', 'aspirasi', 'permintaan_informasi')),
      category: mostly(fc.constantFrom('JALAN', 'SAMPAH', 'PJU', 'jalan')),
      description: mostly(typed(300).map((s) => `Aduan uji: ${s}`)),
      location: mostly(
        fc.record(
          { lat: mostly(inCity.lat), lon: mostly(inCity.lon), address: mostly(typed(100)), source: mostly(fc.constantFrom('pin', 'address')) },
          { requiredKeys: ['lat', 'lon'] },
        ),
      ),
      privacy: mostly(fc.constantFrom('publik', 'anonim', 'rahasia')),
      reporter: mostly(
        fc.record(
          {
            name: mostly(typed(50)),
            email: mostly(fc.constantFrom('warga@contoh.id', 'a.b+c@malangkota.go.id')),
            phone: mostly(fc.constantFrom('+62 812-3456', '0812')),
          },
          { requiredKeys: [] },
        ),
      ),
      attributes: mostly(fc.dictionary(typed(20), typed(40), { maxKeys: 3 })),
      // Now and then a field the form does not have.
      extra: fc.option(fc.tuple(hostileText(30), hostileValue), { freq: 8, nil: undefined }),
    },
    { requiredKeys: ['category', 'description', 'location', 'extra'] },
  )
  .map(({ extra, ...body }) => (extra === undefined ? body : { ...body, [extra[0]]: extra[1] }));

/** What a person with an odd keyboard or a mind to attack would fill in the form: valid in shape, hostile in text. */
const plainText = (maxLength: number) =>
  fc.oneof(fc.constantFrom(...SQL_INJECTIONS, ...MARKUP), fc.string({ unit: 'grapheme', maxLength }), fc.string({ unit: 'grapheme-ascii', maxLength }));
const plausibleFiling = fc.record(
  {
    category: fc.constantFrom('JALAN', 'SAMPAH', 'PJU'),
    description: plainText(300).map((s) => `Aduan uji: ${s}`),
    location: fc.record({ lat: inCity.lat, lon: inCity.lon, address: plainText(100) }, { requiredKeys: ['lat', 'lon'] }),
    privacy: fc.constantFrom('publik', 'anonim', 'rahasia'),
    reporter: fc.record({ name: plainText(50) }),
    attributes: fc.dictionary(fc.constantFrom('catatan', 'patokan'), plainText(40), { maxKeys: 2 }),
  },
  { requiredKeys: ['category', 'description', 'location'] },
);

/** Whole bodies that are not objects at all, or objects of the wrong shape. */
const wrongShapes = fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.array(hostileValue, { maxLength: 4 }), hostileValue);

describe.each(DATABASE_KINDS)('hostile JSON on the public writes on %s', (kind) => {
  let t: TestApp;
  let people: Awaited<ReturnType<typeof cast>>;
  const filed: Array<{ trackingNo: string; secret: string }> = [];
  let writeKey: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    people = await cast(t);
    // Complaints in the states the reporter's actions need: submitted, postponed, responded.
    const submitted = await fileComplaint(t, people.admin);
    const postponed = await fileComplaint(t, people.admin);
    await t.app.inject({
      method: 'POST',
      url: `/api/sambat/staff/complaints/${postponed.id}/postpone`,
      headers: as(people.admin),
      payload: { question: 'Mohon sebutkan patokan terdekat.' },
    });
    const responded = await fileComplaint(t, people.admin);
    const staff = (step: string, who: typeof people.admin, payload?: object) =>
      t.app.inject({ method: 'POST', url: `/api/sambat/staff/complaints/${responded.id}/${step}`, headers: as(who), ...(payload ? { payload } : {}) });
    await staff('verify', people.admin, { opdId: people.pu });
    await staff('accept', people.operatorPu);
    await staff('respond', people.kepalaPu, { answer: 'Sudah ditambal.' });
    filed.push(submitted, postponed, responded);
    const user = await createUsersService(t.platform).create(
      systemContext(),
      { email: 'mitra.hostile@test.balaikota.localhost', name: 'Aplikasi mitra', roles: [{ role: 'warga', opdId: null }] },
      { asSystem: true },
    );
    writeKey = (await createTokensService(t.platform).create(systemContext(), { userId: user.id, name: 'Open311', scopes: ['write'] }, { asSystem: true }))
      .token;
  });
  afterAll(() => t.close());

  it('files a complaint whole or not at all, whatever the JSON, and keeps its text as sent', async () => {
    let accepted = 0;
    let keys = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof({ weight: 4, arbitrary: plausibleFiling }, { weight: 4, arbitrary: filingBody }, { weight: 1, arbitrary: wrongShapes }),
        acceptLanguage,
        // Mostly none or a fresh key; sometimes a reused one (with another body) or junk.
        fc.option(fc.oneof({ weight: 3, arbitrary: fc.constant('<fresh>') }, fc.constantFrom('kunci-1', 'kunci-2'), headerText), { freq: 2, nil: undefined }),
        async (body, language, key) => {
          const idempotencyKey = key === '<fresh>' ? `kunci-${kind}-${++keys}` : key;
          const before = await ledger(t);
          const res = await t.app.inject({
            method: 'POST',
            url: '/api/sambat/complaints',
            remoteAddress: nextIp(),
            headers: headersOf({ 'content-type': 'application/json', 'accept-language': language.header, 'idempotency-key': idempotencyKey }),
            payload: JSON.stringify(body),
          });
          expectHandled(res, language.locale);
          const moved = delta(before, await ledger(t));
          if (res.statusCode !== 201) {
            expect(moved, res.body).toEqual({});
            return;
          }
          accepted++;
          expect(moved).toEqual({
            complaint: 1,
            complaint_event: 1,
            audit_log: 1,
            outbox: 1,
            ...(idempotencyKey !== undefined ? { idempotency_record: 1 } : {}),
          });
          const { trackingNo, secret } = res.json();
          const detail = await t.app.inject({ method: 'GET', url: `/api/sambat/complaints/${trackingNo}`, headers: { 'x-tracking-secret': secret } });
          expect(detail.statusCode).toBe(200);
          // The validator coerces a number to its text (coerceTypes, as for query strings): a
          // description sent as 1.0005e-320 is stored as "1.0005e-320".
          expect(detail.json().complaint.description).toBe(String((body as { description: unknown }).description).trim());
        },
      ),
      runs(150),
    );
    // The generators must reach the filing itself, not only the validator.
    expect(accepted).toBeGreaterThan(0);
  });

  it("refuses the reporter's actions with a problem, or records them whole, whatever the body and secret", async () => {
    let accepted = 0;
    const action = fc.constantFrom('replies', 'info', 'confirm', 'reopen', 'support');
    const trackingNo = fc.oneof(
      { weight: 4, arbitrary: fc.nat(filed.length - 1).map((i) => filed[i].trackingNo) },
      { weight: 1, arbitrary: fc.constantFrom('SBT-2026-999999', 'sbt-2026-000001', 'SBT-0000-00000000000000000000') },
    );
    const body = fc.record(
      {
        secret: fc.oneof({ weight: 2, arbitrary: fc.constant('<own>') }, { weight: 2, arbitrary: hostileValue }),
        message: mostly(hostileText(200)),
        reason: mostly(hostileText(200)),
        note: mostly(hostileText(200)),
        satisfaction: mostly(fc.integer({ min: 0, max: 6 })),
        extra: hostileValue,
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        action,
        trackingNo,
        fc.oneof({ weight: 4, arbitrary: body }, { weight: 1, arbitrary: wrongShapes }),
        acceptLanguage,
        async (step, number, raw, language) => {
          const own = filed.find((f) => f.trackingNo === number)?.secret ?? 'tidak-ada-rahasia';
          const payload =
            raw && typeof raw === 'object' && !Array.isArray(raw) && (raw as { secret?: unknown }).secret === '<own>' ? { ...raw, secret: own } : raw;
          const before = await ledger(t);
          const res = await t.app.inject({
            method: 'POST',
            url: `/api/sambat/complaints/${number}/${step}`,
            remoteAddress: nextIp(),
            headers: headersOf({ 'content-type': 'application/json', 'accept-language': language.header }),
            payload: JSON.stringify(payload),
          });
          expectHandled(res, language.locale);
          const moved = delta(before, await ledger(t));
          if (res.statusCode >= 400) {
            expect(moved, res.body).toEqual({});
            return;
          }
          accepted++;
          // Support is counted with its (internal) timeline entry; it has neither an audit entry nor an event.
          if (step === 'support') expect([{}, { complaint_supporter: 1, complaint_event: 1, audit_log: 1 }]).toContainEqual(moved);
          else expect(moved).toEqual({ complaint_event: 1, audit_log: 1, outbox: 1 });
        },
      ),
      runs(120),
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it('refuses sign-in and password reset with a problem for any JSON, and never signs anyone in by accident', async () => {
    const email = mostly(fc.oneof(fc.emailAddress(), fc.constant(people.warga.email)));
    const route = fc.constantFrom('/api/auth/login', '/api/auth/password-reset/request', '/api/auth/password-reset/confirm');
    const body = fc.record(
      { email, password: mostly(hostileText(80)), token: mostly(hostileText(80)), newPassword: mostly(hostileText(80)), extra: hostileValue },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        route,
        fc.oneof({ weight: 4, arbitrary: body }, { weight: 1, arbitrary: wrongShapes }),
        acceptLanguage,
        async (url, payload, language) => {
          const before = await ledger(t);
          const res = await t.app.inject({
            method: 'POST',
            url,
            remoteAddress: nextIp(),
            headers: headersOf({ 'content-type': 'application/json', 'accept-language': language.header }),
            payload: JSON.stringify(payload),
          });
          expectHandled(res, language.locale);
          expect(res.statusCode, res.body).not.toBe(200);
          const moved = delta(before, await ledger(t));
          // A reset request for a real account mails a link: one outbox message with its audit entry.
          if (res.statusCode === 202) expect([{}, { outbox: 1, audit_log: 1 }]).toContainEqual(moved);
          else expect(moved, res.body).toEqual({});
        },
      ),
      runs(60),
    );
  });

  it('answers a body of any content type on every public write with a problem or a whole record', async () => {
    const route = fc.constantFrom(
      '/api/sambat/complaints',
      '/api/sambat/complaints/SBT-2026-000001/replies',
      '/api/sambat/complaints/SBT-2026-000001/support',
      '/api/auth/login',
      '/api/auth/password-reset/request',
      '/open311/v2/requests.json',
    );
    const contentType = fc.oneof(
      fc.constantFrom(
        'application/json; charset=utf-16',
        'application/json; charset=latin1',
        'APPLICATION/JSON',
        'application/json;;;',
        'application/geo+json',
        'application/merge-patch+json',
        'text/plain',
        'text/html',
        'application/xml',
        'application/x-www-form-urlencoded',
        'multipart/form-data',
        'multipart/mixed; boundary=x',
        'image/png',
        '*/*',
      ),
      headerText,
    );
    const payload = fc.oneof(
      filingBody.map((b) => JSON.stringify(b)),
      hostileText(200),
      fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
    );
    await fc.assert(
      fc.asyncProperty(route, contentType, payload, async (url, type, body) => {
        const before = await ledger(t);
        const res = await t.app.inject({ method: 'POST', url, remoteAddress: nextIp(), headers: { 'content-type': type }, payload: body });
        if (url.startsWith('/open311/')) expectOpen311Handled(res, 'json');
        else expectHandled(res, 'id');
        if (res.statusCode >= 400) expect(delta(before, await ledger(t)), res.body).toEqual({});
      }),
      runs(100),
    );
  });

  it('answers Open311 JSON posts with Open311 errors or a whole filing, whatever the fields', async () => {
    let accepted = 0;
    const fields = fc
      .record(
        {
          api_key: fc.oneof({ weight: 6, arbitrary: fc.constant('<key>') }, { weight: 1, arbitrary: hostileValue }),
          service_code: mostly(fc.constantFrom('JALAN', 'SAMPAH', 'TIDAKADA')),
          lat: mostly(inCity.lat),
          long: mostly(inCity.lon),
          address_string: mostly(plainText(100)),
          description: mostly(typed(300)),
          email: fc.option(mostly(fc.constantFrom('warga@contoh.id', 'bukan-email')), { freq: 2, nil: undefined }),
          media_url: fc.option(mostly(fc.constantFrom('https://contoh.id/foto.jpg', 'javascript:alert(1)')), { freq: 2, nil: undefined }),
          attribute: fc.option(fc.dictionary(hostileText(20), hostileValue, { maxKeys: 3 }), { freq: 4, nil: undefined }),
          extra: fc.option(fc.tuple(hostileText(30), hostileValue), { freq: 8, nil: undefined }),
        },
        { requiredKeys: ['api_key', 'service_code', 'lat', 'long', 'email', 'media_url', 'attribute', 'extra'] },
      )
      .map(({ extra, ...body }) => {
        const sent: Record<string, unknown> = { ...body, ...(extra === undefined ? {} : { [extra[0]]: extra[1] }) };
        for (const key of Object.keys(sent)) if (sent[key] === undefined) delete sent[key];
        return sent;
      });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('json', 'xml') as fc.Arbitrary<'json' | 'xml'>,
        fc.oneof({ weight: 4, arbitrary: fields }, { weight: 1, arbitrary: wrongShapes }),
        acceptLanguage,
        async (format, raw, language) => {
          const payload =
            raw && typeof raw === 'object' && !Array.isArray(raw) && (raw as { api_key?: unknown }).api_key === '<key>' ? { ...raw, api_key: writeKey } : raw;
          const before = await ledger(t);
          const res = await t.app.inject({
            method: 'POST',
            url: `/open311/v2/requests.${format}`,
            remoteAddress: nextIp(),
            headers: headersOf({ 'content-type': 'application/json', 'accept-language': language.header }),
            payload: JSON.stringify(payload),
          });
          expectOpen311Handled(res, format);
          const moved = delta(before, await ledger(t));
          if (res.statusCode >= 400) {
            expect(moved, res.body).toEqual({});
            return;
          }
          accepted++;
          expect(moved).toEqual({ complaint: 1, complaint_event: 1, audit_log: 1, outbox: 1 });
        },
      ),
      runs(100),
    );
    expect(accepted).toBeGreaterThan(0);
  });
});
