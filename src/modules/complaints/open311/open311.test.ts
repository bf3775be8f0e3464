import { XMLParser } from 'fast-xml-parser';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Role, systemContext, type TokenScope } from '../../../platform/context.js';
import { DATABASE_KINDS } from '../../../testing/databases.js';
import { makePicture } from '../../../testing/exif-fixture.js';
import { as, createTestApp, opdId, type Session, type TestApp, userWithRole } from '../../../testing/test-app.js';
import { createTokensService, createUsersService } from '../../org/index.js';

// http, since the test helpers sign in with the plain cookie name (https would make it __Host-).
const PUBLIC_URL = 'http://sambat.malangkota.test';
const ALUN_ALUN = { lat: '-7.9826', long: '112.6308' };

/** A reporter whose every detail is distinctive, so any leak into an answer is found by a plain search. */
const REPORTER = { first_name: 'Kinanthi', last_name: 'Sasmitaningrum', email: 'kinanthi.sasmita.zq@contoh.id', phone: '+62 811-3000-4242' };
const REPORTER_TRACES = ['Kinanthi', 'Sasmitaningrum', 'kinanthi.sasmita.zq', '811-3000-4242', '81130004242'];

// Lists come back as arrays even with one element, as a client that knows the schema reads them.
const xml = new XMLParser({
  parseTagValue: false,
  isArray: (name) => ['service', 'request', 'error', 'attribute', 'value', 'note', 'request_update', 'endpoint', 'format'].includes(name),
});

function form(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

function parseXml(res: LightMyRequestResponse) {
  expect(res.headers['content-type']).toBe('text/xml; charset=utf-8');
  expect(res.body.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  return xml.parse(res.body);
}

/** A multipart body with a JSON part "data" and one photo, as the web form files a complaint. */
function multipart(data: unknown, photo: Buffer) {
  const boundary = `----open311${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="data"\r\n\r\n${JSON.stringify(data)}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="photos"; filename="got.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
    photo,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe.each(DATABASE_KINDS)('the Open311 GeoReport v2 API on %s', (kind) => {
  let t: TestApp;
  let admin: Session;
  let operatorPu: Session;
  let pu: string;
  let writeKey: string;
  let readKey: string;
  /** Every Open311 answer of this suite, to search for the reporter at the end. */
  const seen: string[] = [];

  const open311 = async (options: InjectOptions) => {
    const res = await t.app.inject(options);
    seen.push(res.body);
    return res;
  };
  const get = (path: string, headers: Record<string, string> = {}) => open311({ method: 'GET', url: `/open311/v2/${path}`, headers });
  const post = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
    open311({
      method: 'POST',
      url: `/open311/v2/${path}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      payload: form(fields),
    });
  const file = async (fields: Record<string, string> = {}) => {
    const res = await post('requests.json', {
      api_key: writeKey,
      service_code: 'JALAN',
      ...ALUN_ALUN,
      description: 'Aspal mengelupas dan berlubang di depan sekolah.',
      ...fields,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json()[0].service_request_id as string;
  };
  const staffId = async (trackingNo: string) => {
    const list = await t.app.inject({ method: 'GET', url: `/api/sambat/staff/complaints?q=${trackingNo}`, headers: as(admin) });
    return list.json().items[0].id as string;
  };
  const act = async (trackingNo: string, step: string, who: Session, payload: Record<string, unknown> = {}) => {
    const res = await t.app.inject({ method: 'POST', url: `/api/sambat/staff/complaints/${await staffId(trackingNo)}/${step}`, headers: as(who), payload });
    expect(res.statusCode, res.body).toBe(200);
  };
  const complaintCount = async () => (await sql<{ n: number }>`select count(*)::int as n from complaint`.execute(t.platform.db)).rows[0].n;

  async function apiKey(scopes: TokenScope[], role: Role = 'warga') {
    const user = await createUsersService(t.platform).create(
      systemContext(),
      { email: `mitra.${Math.random().toString(36).slice(2, 8)}@test.balaikota.localhost`, name: 'Aplikasi mitra', roles: [{ role, opdId: null }] },
      { asSystem: true },
    );
    return (await createTokensService(t.platform).create(systemContext(), { userId: user.id, name: 'Open311 client', scopes }, { asSystem: true })).token;
  }

  beforeAll(async () => {
    t = await createTestApp(kind, { env: { PUBLIC_URL } });
    pu = await opdId(t, 'DPUPRPKP');
    admin = await userWithRole(t, 'admin');
    operatorPu = await userWithRole(t, 'operator_opd', pu);
    writeKey = await apiKey(['write']);
    readKey = await apiKey(['read']);
    // A service with questions of its own, as an administrator would set them up.
    const attributes = [
      {
        code: 'KEDALAMAN',
        description: 'Seberapa dalam genangannya?',
        datatype: 'singlevaluelist',
        required: true,
        values: [
          { key: 'mata_kaki', name: 'Semata kaki' },
          { key: 'lutut', name: 'Selutut' },
        ],
      },
      { code: 'LAMA_JAM', description: 'Sudah berapa jam tergenang?', datatype: 'number', required: false },
    ];
    await sql`update complaint_category set attributes = ${JSON.stringify(attributes)}::jsonb where code = 'DRAINASE'`.execute(t.platform.db);
  });
  afterAll(() => t.close());

  it('describes itself in discovery, in JSON and XML', async () => {
    const json = await get('discovery.json');
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    const body = json.json();
    expect(body.endpoints).toEqual([
      {
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: `${PUBLIC_URL}/open311/v2`,
        changeset: body.changeset,
        type: 'production',
        formats: ['application/json', 'text/xml'],
      },
    ]);
    expect(body.changeset).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    expect(body.key_service).toContain('api_key');
    const doc = parseXml(await get('discovery.xml')).discovery;
    expect(doc.endpoints.endpoint[0].url).toBe(`${PUBLIC_URL}/open311/v2`);
    expect(doc.endpoints.endpoint[0].formats.format).toEqual(['application/json', 'text/xml']);
  });

  it('lists the categories as services, with their group and whether they ask questions', async () => {
    const services = (await get('services.json')).json();
    expect(Array.isArray(services)).toBe(true);
    expect(services.find((s: { service_code: string }) => s.service_code === 'JALAN')).toEqual({
      service_code: 'JALAN',
      service_name: 'Jalan rusak atau berlubang',
      description: 'Kerusakan jalan, trotoar dan jembatan.',
      metadata: false,
      type: 'realtime',
      keywords: 'jalan,lubang,aspal,trotoar,jembatan,rusak',
      group: 'DPUPRPKP',
    });
    expect(services.find((s: { service_code: string }) => s.service_code === 'DRAINASE').metadata).toBe(true);
    const fromXml = parseXml(await get('services.xml')).services.service;
    expect(fromXml.length).toBe(services.length);
    expect(fromXml.find((s: { service_code: string }) => s.service_code === 'LALIN')).toMatchObject({ group: 'Dishub', metadata: 'false', type: 'realtime' });
  });

  it('gives a service definition with its attributes and values, and 404 for an unknown service', async () => {
    const definition = (await get('services/DRAINASE.json')).json();
    expect(definition.service_code).toBe('DRAINASE');
    expect(definition.attributes[0]).toEqual({
      variable: true,
      code: 'KEDALAMAN',
      datatype: 'singlevaluelist',
      required: true,
      datatype_description: 'One key from the list of values',
      order: 1,
      description: 'Seberapa dalam genangannya?',
      values: [
        { key: 'mata_kaki', name: 'Semata kaki' },
        { key: 'lutut', name: 'Selutut' },
      ],
    });
    expect(definition.attributes[1]).toMatchObject({ code: 'LAMA_JAM', datatype: 'number', required: false, order: 2, values: [] });
    const fromXml = parseXml(await get('services/DRAINASE.xml')).service_definition;
    expect(fromXml.attributes.attribute[0].values.value.map((v: { key: string }) => v.key)).toEqual(['mata_kaki', 'lutut']);
    expect(fromXml.attributes.attribute[0].required).toBe('true');

    const unknown = await get('services/TIDAKADA.json');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual([{ code: 404, description: expect.stringContaining('TIDAKADA') }]);
    const unknownXml = await get('services/TIDAKADA.xml');
    expect(unknownXml.statusCode).toBe(404);
    expect(parseXml(unknownXml).errors.error[0].code).toBe('404');
  });

  it('files a form-encoded request with an api_key and answers with the tracking number and the expected time', async () => {
    const res = await post('requests.json', {
      api_key: writeKey,
      service_code: 'DRAINASE',
      ...ALUN_ALUN,
      address_string: 'Jl. Merdeka Selatan, depan alun-alun',
      description: 'Got mampet, air menggenang setinggi lutut setiap hujan.',
      'attribute[KEDALAMAN]': 'lutut',
      'attribute[LAMA_JAM]': '3',
      media_url: 'https://foto.contoh.id/got-mampet.jpg',
      account_id: 'akun-42',
      device_id: 'perangkat-7',
      ...REPORTER,
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const [answer] = res.json();
    expect(answer.service_request_id).toMatch(/^SBT-\d{4}-\d{6}$/);
    expect(answer.account_id).toBe('akun-42');
    expect(answer.service_notice).toMatch(/verified within 3 working days.*within 5 working days/);

    const [request] = (await get(`requests/${answer.service_request_id}.json?extensions=true`)).json();
    expect(request).toMatchObject({
      service_request_id: answer.service_request_id,
      status: 'open',
      status_notes: '',
      service_name: 'Saluran air dan genangan',
      service_code: 'DRAINASE',
      description: 'Got mampet, air menggenang setinggi lutut setiap hujan.',
      agency_responsible: '',
      address: 'Jl. Merdeka Selatan, depan alun-alun',
      address_id: '',
      zipcode: '',
      lat: -7.9826,
      long: 112.6308,
      media_url: '',
    });
    expect(request.requested_datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    expect(request.expected_datetime).toMatch(/\+07:00$/);
    expect(new Date(request.expected_datetime).getTime()).toBeGreaterThan(new Date(request.requested_datetime).getTime());
    expect(request.attributes).toEqual([
      { code: 'KEDALAMAN', value: 'lutut' },
      { code: 'LAMA_JAM', value: '3' },
      { code: 'media_url', value: 'https://foto.contoh.id/got-mampet.jpg' },
    ]);
    expect(request.notes).toEqual([{ type: 'submitted', datetime: request.requested_datetime, description: '', status: 'open' }]);

    // Staff see who reported it (so the details were kept) and that it came through the API.
    const staff = (
      await t.app.inject({ method: 'GET', url: `/api/sambat/staff/complaints/${await staffId(answer.service_request_id)}`, headers: as(admin) })
    ).json();
    expect(staff.complaint).toMatchObject({ channel: 'api', privacy: 'publik' });
    expect(staff.complaint.reporter).toMatchObject({ name: 'Kinanthi Sasmitaningrum', email: REPORTER.email, phone: REPORTER.phone });
  });

  it('also takes JSON, the api_key in the query, an address alone, and answers in XML', async () => {
    const res = await open311({
      method: 'POST',
      url: `/open311/v2/requests.xml?api_key=${writeKey}`,
      payload: { service_code: 'JALAN', address_id: 'Jl. Ijen No. 25', description: 'Trotoar ambles di depan museum.' },
    });
    expect(res.statusCode).toBe(201);
    const request = parseXml(res).service_requests.request[0];
    expect(request.service_request_id).toMatch(/^SBT-\d{4}-\d{6}$/);
    const [filed] = (await get(`requests/${request.service_request_id}.json`)).json();
    expect(filed).toMatchObject({ address: 'Jl. Ijen No. 25', address_id: '', lat: null, long: null });
  });

  it('refuses a missing, unknown or read-only api_key with 403, before looking at anything else', async () => {
    const before = await complaintCount();
    const missing = await post('requests.json', { service_code: 'JALAN', ...ALUN_ALUN });
    expect(missing.statusCode).toBe(403);
    expect(missing.json()).toEqual([{ code: 403, description: expect.stringContaining('api_key') }]);
    // Without a key, a broken body still gets the 403: who may file is decided first.
    expect((await post('requests.json', { lat: 'jauh' })).statusCode).toBe(403);
    const unknown = await post('requests.json', { api_key: 'bk_bukanTokenYangSah', service_code: 'JALAN', ...ALUN_ALUN });
    expect(unknown.statusCode).toBe(403);
    expect(unknown.json()[0].description).toMatch(/not valid/);
    const readOnly = await post('requests.json', { api_key: readKey, service_code: 'JALAN', ...ALUN_ALUN });
    expect(readOnly.statusCode).toBe(403);
    expect(readOnly.json()[0].description).toMatch(/write scope/);
    const asXml = await post('requests.xml', { service_code: 'JALAN', ...ALUN_ALUN });
    expect(asXml.statusCode).toBe(403);
    expect(parseXml(asXml).errors.error[0]).toEqual({ code: '403', description: expect.stringContaining('api_key') });
    // A bad bearer token on a read is refused in the same format.
    const bearer = await get('services.json', { authorization: 'Bearer bk_tidakAda' });
    expect(bearer.statusCode).toBe(403);
    expect(bearer.json()[0].code).toBe(403);
    expect(await complaintCount()).toBe(before);
  });

  it('refuses bad input with 400 and a description a developer can act on, filing nothing', async () => {
    const before = await complaintCount();
    const attempt = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
      post('requests.json', { api_key: writeKey, service_code: 'JALAN', ...ALUN_ALUN, ...fields }, headers);

    const noService = await post('requests.json', { api_key: writeKey, ...ALUN_ALUN });
    expect(noService.statusCode).toBe(400);
    expect(noService.json()).toEqual([{ code: 400, description: 'service_code is required' }]);

    // An unknown service is bad input to a POST (400), where GET services/{code} says 404.
    const unknownService = await attempt({ service_code: 'TIDAKADA' });
    expect(unknownService.statusCode).toBe(400);
    expect(unknownService.json()[0].description).toContain('TIDAKADA');

    const outside = await attempt({ lat: '-7.25', long: '112.75' });
    expect(outside.statusCode).toBe(400);
    expect(outside.json()).toEqual([{ code: 400, description: expect.stringContaining('is outside Kota Malang') }]);
    const outsideId = await attempt({ lat: '-7.25', long: '112.75' }, { 'accept-language': 'id-ID,id;q=0.9' });
    expect(outsideId.json()[0].description).toContain('berada di luar Kota Malang');

    const nowhere = await post('requests.json', { api_key: writeKey, service_code: 'JALAN', lat: '', long: '', address_string: '' });
    expect(nowhere.statusCode).toBe(400);
    expect(nowhere.json()[0].description).toMatch(/location is required/);
    expect((await post('requests.json', { api_key: writeKey, service_code: 'JALAN', lat: '-7.98' })).json()[0].description).toMatch(/together/);

    const tooLong = await attempt({ description: 'x'.repeat(4001) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json()[0].description).toBe('description must be at most 4000 characters');

    const noDepth = await attempt({ service_code: 'DRAINASE' });
    expect(noDepth.statusCode).toBe(400);
    expect(noDepth.json()[0].description).toContain('attribute[KEDALAMAN]');
    const badDepth = await attempt({ service_code: 'DRAINASE', 'attribute[KEDALAMAN]': 'pinggang' });
    expect(badDepth.json()[0].description).toBe('attribute[KEDALAMAN] must be one of: mata_kaki, lutut.');
    expect((await attempt({ 'attribute[WARNA]': 'merah' })).statusCode).toBe(400);
    expect((await attempt({ media_url: 'javascript:alert(1)' })).statusCode).toBe(400);
    expect((await attempt({ email: 'bukan-email' })).json()[0].description).toBe('email must be an email address');

    expect(await complaintCount()).toBe(before);
  });

  it('files once for a retried POST with the same Idempotency-Key', async () => {
    const fields = { api_key: writeKey, service_code: 'JALAN', ...ALUN_ALUN, description: 'Retak memanjang di Jl. Kawi, dikirim dua kali.' };
    const first = await post('requests.json', fields, { 'idempotency-key': 'open311-retry-0001' });
    const retry = await post('requests.json', fields, { 'idempotency-key': 'open311-retry-0001' });
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()[0].service_request_id).toBe(first.json()[0].service_request_id);
    const rows = await sql<{ n: number }>`select count(*)::int as n from complaint where description = ${fields.description}`.execute(t.platform.db);
    expect(rows.rows[0].n).toBe(1);
  });

  it('filters requests by status, service and dates, and by a list of ids that overrides the rest', async () => {
    const open = await file({ description: 'Jalan berlubang dekat pasar, masih terbuka.' });
    const rejected = await file({ description: 'Iklan obat herbal, bukan aduan.' });
    await act(rejected, 'reject', admin, { reason: 'spam' });
    const traffic = await file({ service_code: 'LALIN', description: 'Lampu lalu lintas perempatan mati.' });
    const ids = (res: LightMyRequestResponse) => res.json().map((r: { service_request_id: string }) => r.service_request_id);

    const openList = await get('requests.json?status=open');
    expect(ids(openList)).toContain(open);
    expect(ids(openList)).not.toContain(rejected);
    expect(openList.json().every((r: { status: string }) => r.status === 'open')).toBe(true);
    const closedList = await get('requests.json?status=closed');
    expect(ids(closedList)).toEqual([rejected]);
    expect(closedList.json()[0].status_notes).toBe('Rejected: no further action can be taken.');
    expect(ids(await get('requests.json?status=open,closed'))).toEqual(expect.arrayContaining([open, rejected, traffic]));
    expect((await get('requests.json?status=pending')).statusCode).toBe(400);

    const lalin = await get('requests.json?service_code=LALIN');
    expect(ids(lalin)).toEqual([traffic]);
    expect((await get('requests.json?service_code=TIDAKADA')).statusCode).toBe(400);

    // Newest first; dates are ISO 8601 with a zone ("+" encoded or not) or city time without one.
    expect(ids(await get('requests.json?start_date=2099-01-01&end_date=2099-02-01'))).toEqual([]);
    const all = await get(`requests.json?start_date=${encodeURIComponent(new Date(Date.now() - 3600_000).toISOString())}`);
    expect(ids(all).slice(0, 3)).toEqual([traffic, rejected, open]);
    expect(ids(await get('requests.json?end_date=2020-01-01T00:00:00+07:00'))).toEqual([]);
    const span = await get('requests.json?start_date=2026-01-01T00:00:00%2B07:00&end_date=2026-06-01T00:00:00%2B07:00');
    expect(span.statusCode).toBe(400);
    expect(span.json()[0].description).toMatch(/90 days/);
    expect((await get('requests.json?start_date=kemarin')).json()[0].description).toMatch(/start_date "kemarin" is not an ISO 8601 date/);

    const listed = await get(`requests.json?service_request_id=${open},${rejected.toLowerCase()},SBT-1999-000001&status=open&service_code=LALIN`);
    expect(ids(listed).sort()).toEqual([open, rejected].sort());

    const paged = await get('requests.json?page=1&page_size=2');
    expect(ids(paged)).toEqual(ids(all).slice(0, 2));
    expect(ids(await get('requests.json?page=2&page_size=2'))).toEqual(ids(all).slice(2, 4));
    expect((await get('requests.json?page_size=5000')).json()).toEqual([{ code: 400, description: 'page_size must be at most 1000' }]);

    const asXml = parseXml(await get('requests.xml?status=closed')).service_requests.request;
    expect(asXml).toHaveLength(1);
    expect(asXml[0]).toMatchObject({ service_request_id: rejected, status: 'closed', service_code: 'JALAN', lat: '-7.9826', long: '112.6308' });
    expect(asXml[0].requested_datetime).toMatch(/\+07:00$/);
  });

  it('gives one request as a one-element list, and 404 for an id it does not know, in both formats', async () => {
    const id = await file();
    const one = await get(`requests/${id}.json`);
    expect(one.json()).toHaveLength(1);
    expect(one.json()[0].service_request_id).toBe(id);
    expect(parseXml(await get(`requests/${id}.xml`)).service_requests.request[0].service_request_id).toBe(id);
    const missing = await get('requests/SBT-1999-000001.json');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual([{ code: 404, description: expect.stringContaining('SBT-1999-000001') }]);
    const missingXml = await get('requests/SBT-1999-000001.xml');
    expect(missingXml.statusCode).toBe(404);
    expect(parseXml(missingXml).errors.error[0].code).toBe('404');
  });

  it('points media_url at the public copy of the first photo, on the public address', async () => {
    const photo = await makePicture(800, 600).jpeg().toBuffer();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/sambat/complaints',
      ...multipart({ category: 'JALAN', description: 'Lubang besar, lihat fotonya.', location: { lat: -7.9826, lon: 112.6308 } }, photo),
    });
    expect(res.statusCode, res.body).toBe(201);
    const [request] = (await get(`requests/${res.json().trackingNo}.json`)).json();
    expect(request.media_url).toMatch(new RegExp(`^${PUBLIC_URL}/api/sambat/photos/[0-9a-f-]{36}$`));
    const served = await t.app.inject({ method: 'GET', url: request.media_url.slice(PUBLIC_URL.length) });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
  });

  it('shows the lifecycle in servicerequestupdates after the admin verifies and the OPD answers', async () => {
    const id = await file({ description: 'Jalan amblas di Jl. Semeru, mohon segera diperbaiki.' });
    await act(id, 'verify', admin, { opdId: pu, note: 'Catatan meja admin: sudah dicek.' });
    await act(id, 'accept', operatorPu);
    await act(id, 'start', operatorPu);
    await act(id, 'respond', operatorPu, { answer: 'Jalan sudah ditambal dan dipadatkan kembali.' });

    const updates = (await get(`servicerequestupdates.json?service_request_id=${id}`)).json();
    expect(updates.map((u: { status: string }) => u.status)).toEqual(['OPEN', 'OPEN', 'OPEN', 'IN_PROGRESS', 'FIXED']);
    expect(updates.every((u: { service_request_id: string }) => u.service_request_id === id)).toBe(true);
    expect(new Set(updates.map((u: { update_id: string }) => u.update_id)).size).toBe(5);
    expect(typeof updates[0].update_id).toBe('string');
    expect(updates[4]).toMatchObject({ description: 'Jalan sudah ditambal dan dipadatkan kembali.', media_url: '' });
    expect(updates[4].updated_datetime).toMatch(/\+07:00$/);
    // The desk's routing note stays inside the city hall.
    expect(JSON.stringify(updates)).not.toContain('Catatan meja admin');

    const [request] = (await get(`requests/${id}.json?extensions=true`)).json();
    expect(request).toMatchObject({ status: 'open', status_notes: 'Jalan sudah ditambal dan dipadatkan kembali.', agency_responsible: 'DPUPRPKP' });
    expect(request.notes.map((n: { type: string }) => n.type)).toEqual(['submitted', 'verified', 'accepted', 'in_progress', 'responded']);
    expect(JSON.stringify(request)).not.toContain('Catatan meja admin');

    const fromXml = parseXml(await get(`servicerequestupdates.xml?service_request_id=${id}`)).service_requests_updates.request_update;
    expect(fromXml.map((u: { status: string }) => u.status)).toEqual(['OPEN', 'OPEN', 'OPEN', 'IN_PROGRESS', 'FIXED']);

    // A duplicate is rejected as such, and the feed of everything recent carries both.
    const twin = await file({ description: 'Jalan amblas di Jl. Semeru, laporan kedua.' });
    await act(twin, 'reject', admin, { reason: 'duplicate', duplicateOf: id });
    const recent = (await get('servicerequestupdates.json')).json();
    expect(recent.find((u: { service_request_id: string; status: string }) => u.service_request_id === twin && u.status === 'DUPLICATE')).toBeDefined();
    expect(recent.some((u: { service_request_id: string }) => u.service_request_id === id)).toBe(true);
    const [closed] = (await get(`requests/${twin}.json`)).json();
    expect(closed.status).toBe('closed');
  });

  it('never shows a rahasia complaint: not listed, not in the updates, and its id is not found', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/sambat/complaints',
      payload: {
        category: 'KETERTIBAN',
        description: 'Laporan rahasia tentang pungutan liar di terminal Arjosari.',
        location: { lat: -7.9826, lon: 112.6308 },
        privacy: 'rahasia',
      },
    });
    expect(res.statusCode).toBe(201);
    const secret = res.json().trackingNo as string;
    const answers = [
      await get('requests.json'),
      await get('requests.json?service_code=KETERTIBAN&extensions=true'),
      await get(`requests.json?service_request_id=${secret}`),
      await get('requests.xml'),
      await get('servicerequestupdates.json'),
      await get(`servicerequestupdates.json?service_request_id=${secret}`),
    ];
    for (const answer of answers) {
      expect(answer.statusCode).toBe(200);
      expect(answer.body).not.toContain(secret);
      expect(answer.body).not.toContain('pungutan liar');
    }
    expect((await get(`requests.json?service_request_id=${secret}`)).json()).toEqual([]);
    expect((await get(`requests/${secret}.json`)).statusCode).toBe(404);
    expect((await get(`requests/${secret}.xml`)).statusCode).toBe(404);
  });

  it('answers unknown paths, suffixes and tokens with Open311 errors', async () => {
    const nothing = await get('nothing.json');
    expect(nothing.statusCode).toBe(404);
    expect(nothing.json()).toEqual([{ code: 404, description: expect.stringContaining('/open311/v2/nothing.json') }]);
    expect(parseXml(await get('nothing.xml')).errors.error[0].code).toBe('404');
    expect((await get('services')).statusCode).toBe(404);
    expect((await get('services.yaml')).json()[0].code).toBe(404);
    expect((await get('services/JALAN')).json()[0].code).toBe(404);
    const v1 = await open311({ method: 'GET', url: '/open311/v1/services.json' });
    expect(v1.json()).toEqual([{ code: 404, description: expect.any(String) }]);
    const token = await get('tokens/abc123.json');
    expect(token.statusCode).toBe(404);
    expect(token.json()[0].description).toMatch(/issues no tokens/);
    const tokenId = await get('tokens/abc123.xml', { 'accept-language': 'id' });
    expect(parseXml(tokenId).errors.error[0].description).toMatch(/tidak menerbitkan token/);
    // The rest of the API keeps its own error format.
    const elsewhere = await t.app.inject({ method: 'GET', url: '/api/tidak-ada' });
    expect(elsewhere.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('leaves the form parser to Open311: the rest of the API still refuses form bodies', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/sambat/complaints',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: form({ category: 'JALAN', description: 'Dikirim sebagai formulir biasa.' }),
    });
    expect(res.statusCode).toBe(415);
  });

  it('shows the reporter’s name, email and phone in no Open311 answer at all', async () => {
    const id = await file({ ...REPORTER, description: 'Aduan dengan identitas pelapor lengkap.' });
    for (const path of [
      `requests/${id}.json?extensions=true`,
      `requests/${id}.xml?extensions=true`,
      'requests.json?extensions=true',
      'requests.xml?extensions=true',
      `servicerequestupdates.json?service_request_id=${id}`,
      'servicerequestupdates.xml',
    ]) {
      expect((await get(path)).statusCode).toBe(200);
    }
    expect(seen.length).toBeGreaterThan(50);
    for (const body of seen) {
      for (const trace of REPORTER_TRACES) expect(body.toLowerCase()).not.toContain(trace.toLowerCase());
    }
  });
});
