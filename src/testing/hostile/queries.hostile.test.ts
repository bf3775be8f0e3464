/**
 * Hostile query strings, path segments and headers against every public read: the complaint
 * lists, map, nearby search, tracking page, statistics, photos, QR places, categories, wilayah,
 * calendar, site, health, all of Open311, and the SPBE and smart city reads. No 5xx, a readable
 * refusal, and a read changes nothing.
 */
import fc from 'fast-check';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALUN_ALUN, multipart } from '../../modules/complaints/complaints.testing.js';
import { DATABASE_KINDS } from '../databases.js';
import { as, createTestApp, type TestApp, userWithRole } from '../test-app.js';
import {
  acceptLanguage,
  delta,
  expectHandled,
  expectOpen311Handled,
  headersOf,
  headerText,
  ledger,
  MARKUP,
  queryString,
  runs,
  SQL_INJECTIONS,
  urlPiece,
} from './hostile.support.js';

const LIST_PARAMS = ['status', 'category', 'opdId', 'kecamatanId', 'from', 'to', 'bbox', 'page', 'pageSize'];
const OPEN311_PARAMS = [
  'service_request_id',
  'service_code',
  'start_date',
  'end_date',
  'status',
  'extensions',
  'page',
  'page_size',
  'jurisdiction_id',
  'api_key',
];

/** A public read: its path (with {} where a hostile or real segment goes) and the parameters it knows. */
interface Read {
  path: string;
  params: string[];
  /** Real values for the {} segment, mixed in with hostile ones. */
  real?: () => string[];
}

describe.each(DATABASE_KINDS)('hostile queries on the public reads on %s', (kind) => {
  let t: TestApp;
  const trackingNos: string[] = [];
  const photoIds: string[] = [];

  const reads: Read[] = [
    { path: '/healthz', params: [] },
    { path: '/readyz', params: [] },
    { path: '/api/site', params: [] },
    { path: '/api/auth/session', params: [] },
    { path: '/api/auth/me', params: [] },
    { path: '/api/calendar/holidays', params: ['year'] },
    { path: '/api/calendar/working-days', params: ['from', 'days'] },
    { path: '/api/org/opds', params: ['q', 'kind', 'parentId', 'validOn', 'page', 'pageSize'] },
    { path: '/api/org/opds/{}', params: [] },
    { path: '/api/org/wilayah', params: [] },
    { path: '/api/org/wilayah/resolve', params: ['lat', 'lon'] },
    { path: '/api/sambat/categories', params: ['all'] },
    { path: '/api/sambat/complaints', params: LIST_PARAMS },
    { path: '/api/sambat/complaints.geojson', params: LIST_PARAMS },
    { path: '/api/sambat/complaints/nearby', params: ['category', 'lat', 'lon', 'text'] },
    { path: '/api/sambat/complaints/{}', params: [], real: () => trackingNos },
    { path: '/api/sambat/stats', params: ['from', 'to', 'opdId'] },
    { path: '/api/sambat/photos/{}', params: ['size'], real: () => photoIds },
    { path: '/api/sambat/qr-places/{}', params: [], real: () => ['alun-alun'] },
    { path: '/api/sambat/qr-places/{}/qr.svg', params: [], real: () => ['alun-alun'] },
    { path: '/api/sambat/qr-places/{}/poster.svg', params: [], real: () => ['alun-alun'] },
    { path: '/open311/v2/discovery.{}', params: [], real: () => ['json', 'xml'] },
    { path: '/open311/v2/services.{}', params: ['jurisdiction_id'], real: () => ['json', 'xml'] },
    { path: '/open311/v2/services/{}', params: [], real: () => ['JALAN.json', 'JALAN.xml', 'jalan.XML'] },
    { path: '/open311/v2/requests.{}', params: OPEN311_PARAMS, real: () => ['json', 'xml'] },
    { path: '/open311/v2/requests/{}', params: ['extensions'], real: () => trackingNos.flatMap((n) => [`${n}.json`, `${n}.xml`]) },
    { path: '/open311/v2/tokens/{}', params: [], real: () => ['abc.json', 'abc.xml'] },
    { path: '/open311/v2/servicerequestupdates.{}', params: OPEN311_PARAMS, real: () => ['json', 'xml'] },
    { path: '/api/spbe/frameworks', params: [] },
    { path: '/api/spbe/frameworks/{}', params: [], real: () => ['permenpanrb-59-2020', 'permenpanrb-5-2018'] },
    { path: '/api/spbe/frameworks/{}/workbook.xlsx', params: [], real: () => ['permenpanrb-5-2018'] },
    { path: '/api/spbe/history', params: [] },
    { path: '/api/spbe/evaluations', params: [] },
    { path: '/api/spbe/evaluations/{}', params: [], real: () => ['2024', '2025'] },
    { path: '/api/spbe/evaluations/{}/index', params: ['basis'], real: () => ['2024'] },
    { path: '/api/spbe/evaluations/{}/gaps', params: ['basis'], real: () => ['2024'] },
    { path: '/api/smartcity/dimensions', params: [] },
    { path: '/api/smartcity/programmes', params: ['dimension', 'element', 'horizon', 'page', 'pageSize'] },
    { path: '/api/smartcity/roadmap', params: ['opdId', 'programmeId', 'dimension', 'element', 'horizon', 'year', 'q', 'page', 'pageSize'] },
    { path: '/api/smartcity/roadmap/{}', params: [] },
    { path: '/api/smartcity/progress', params: ['year'] },
    { path: '/api/smartcity/settings', params: [] },
    { path: '/api/smartcity/evaluations', params: ['status', 'fromYear', 'toYear'] },
    { path: '/api/smartcity/evaluations/{}', params: [] },
  ];

  beforeAll(async () => {
    t = await createTestApp(kind);
    // Something for the lists and Open311 to show, with text that has broken renderers before.
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#806040' } })
      .jpeg()
      .toBuffer();
    for (const text of [SQL_INJECTIONS[0], MARKUP[0], 'Kontrol \u0001\u0008\u001f dan \ufffe di teks']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/sambat/complaints',
        ...multipart({ category: 'JALAN', description: `Aduan: ${text}`, location: ALUN_ALUN }, [{ name: 'foto.jpg', type: 'image/jpeg', bytes: photo }]),
      });
      expect(res.statusCode, res.body).toBe(201);
      trackingNos.push(res.json().trackingNo);
      const detail = await t.app.inject({ method: 'GET', url: `/api/sambat/complaints/${res.json().trackingNo}` });
      photoIds.push(...detail.json().complaint.photos.map((p: { id: string }) => p.id));
    }
    const admin = await userWithRole(t, 'admin');
    const place = await t.app.inject({
      method: 'POST',
      url: '/api/sambat/qr-places',
      headers: as(admin),
      payload: { code: 'alun-alun', name: `Alun-alun ${MARKUP[1]}`, address: SQL_INJECTIONS[1], ...ALUN_ALUN },
    });
    expect(place.statusCode, place.body).toBe(201);
  });
  afterAll(() => t.close());

  it('answers any query string, path segment and header without a 5xx, and changes nothing', async () => {
    const request = fc.constantFrom(...reads).chain((read) =>
      fc.record({
        read: fc.constant(read),
        // A number picks one of the real segments; anything else is hostile.
        segment: fc.oneof(urlPiece, fc.nat(50)),
        query: fc.option(queryString(read.params.length ? read.params : LIST_PARAMS), { nil: undefined }),
        language: acceptLanguage,
        secret: fc.option(headerText, { nil: undefined }),
        authorization: fc.option(
          fc.oneof(
            headerText,
            headerText.map((h) => `Bearer ${h}`),
          ),
          { freq: 8, nil: undefined },
        ),
        cookie: fc.option(
          headerText.map((h) => `bk_session=${h}`),
          { freq: 8, nil: undefined },
        ),
      }),
    );
    await fc.assert(
      fc.asyncProperty(request, async ({ read, segment, query, language, secret, authorization, cookie }) => {
        const real = read.real?.() ?? [];
        const piece = typeof segment === 'number' ? (real.length ? real[segment % real.length] : String(segment)) : segment;
        const path = read.path.replace('{}', piece);
        const url = query === undefined ? path : `${path}?${query}`;
        const before = await ledger(t);
        const res = await t.app.inject({
          method: 'GET',
          url,
          headers: headersOf({ 'accept-language': language.header, 'x-tracking-secret': secret, authorization, cookie }),
        });
        if (path.startsWith('/open311/')) expectOpen311Handled(res, path.split('?')[0].toLowerCase().endsWith('.xml') ? 'xml' : 'json');
        else expectHandled(res, language.locale);
        expect(delta(before, await ledger(t)), url).toEqual({});
      }),
      runs(300),
    );
  });

  it('reads every public list with each known parameter set to anything', async () => {
    // One parameter at a time gets past the others' validation, so each reaches its own handling.
    const lists = reads.filter((r) => r.params.length > 0 && !r.path.includes('{}'));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...lists), fc.nat(20), urlPiece, fc.constantFrom('xml', 'json'), async (read, which, value, format) => {
        const name = read.params[which % read.params.length];
        const path = read.path.replace('{}', format);
        const res = await t.app.inject({ method: 'GET', url: `${path}?${name}=${value}` });
        if (path.startsWith('/open311/')) expectOpen311Handled(res, format as 'json' | 'xml');
        else expectHandled(res);
      }),
      runs(200),
    );
  });

  it('refuses dates the calendar cannot count with a 400 naming the field', async () => {
    for (const url of [
      '/api/sambat/stats?from=0001-01-01&to=9999-12-31',
      '/api/sambat/complaints?from=0000-01-01',
      '/api/sambat/complaints.geojson?to=9999-12-31',
      '/api/calendar/working-days?from=9999-12-31&days=250',
    ]) {
      const res = await t.app.inject({ method: 'GET', url, headers: { 'accept-language': 'en' } });
      expectHandled(res, 'en');
      expect(res.statusCode, url).toBe(400);
      expect(
        res
          .json()
          .errors.map((e: { message: string }) => e.message)
          .join(' '),
        url,
      ).toMatch(/1900-01-01 or later|2199-12-31 or earlier/);
    }
  });
});
