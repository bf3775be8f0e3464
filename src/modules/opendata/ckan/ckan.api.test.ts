/**
 * The CKAN Action API and DCAT over a real socket, driven by an independent CKAN client from npm
 * (ckanapi: JSON POSTs, FormData uploads, the bare token in Authorization) and by plain fetch for
 * the GET forms and the exact statuses and envelopes.
 */
import type { AddressInfo } from 'node:net';
import { Portal } from 'ckanapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../../testing/databases.js';
import { as, createTestApp, opdId, type TestApp, userWithRole } from '../../../testing/test-app.js';

interface Answer {
  status: number;
  type: string;
  // biome-ignore lint/suspicious/noExplicitAny: CKAN's answers are read loosely, as its clients do.
  body: any;
  text: string;
}

const CSV = ['kecamatan,tahun,jumlah_kematian', 'Klojen,2023,12', 'Blimbing,2023,15', 'Klojen,2024,11', 'Blimbing,2024,14', 'Lowokwaru,2024,9'].join('\n');

describe.each(DATABASE_KINDS)('the CKAN Action API and DCAT on %s', (kind) => {
  let t: TestApp;
  let base: string;
  let producerToken: string;
  let otherToken: string;
  let walidata: Awaited<ReturnType<typeof userWithRole>>;
  let resourceId: string;
  const name = 'angka-kematian-bayi';

  async function http(path: string, init: RequestInit = {}): Promise<Answer> {
    const res = await fetch(`${base}${path}`, init);
    const text = await res.text();
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
    return { status: res.status, type: res.headers.get('content-type') ?? '', body, text };
  }

  const anonymous = () => new Portal(base);
  const producer = () => new Portal(base).withToken(producerToken);

  async function issueToken(admin: Awaited<ReturnType<typeof userWithRole>>, userId: string): Promise<string> {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/tokens',
      headers: as(admin),
      payload: { userId, name: 'ckan client', scopes: ['write'] },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().token;
  }

  beforeAll(async () => {
    t = await createTestApp(kind);
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    const admin = await userWithRole(t, 'admin');
    const operator = await userWithRole(t, 'operator_opd', await opdId(t, 'DINKES'));
    const stranger = await userWithRole(t, 'operator_opd', await opdId(t, 'DISHUB'));
    walidata = await userWithRole(t, 'walidata');
    producerToken = await issueToken(admin, operator.userId);
    otherToken = await issueToken(admin, stranger.userId);
  });
  afterAll(() => t.close());

  it('answers status_show as a CKAN 2.10 site', async () => {
    const status = await anonymous().action.status_show();
    expect(status).toMatchObject({ ckan_version: '2.10.0', site_title: 'Satu Data Kota Malang', extensions: expect.arrayContaining(['datastore']) });
    const get = await http('/api/3/action/status_show');
    expect(get.status).toBe(200);
    expect(get.type).toMatch(/^application\/json/);
    expect(get.body).toMatchObject({ success: true, help: expect.stringMatching(/\/api\/3\/action\/help_show\?name=status_show$/) });
  });

  it('refuses package_create without a token as an Authorization Error 403', async () => {
    await expect(anonymous().action.package_create({ name, owner_org: 'dinkes', license_id: 'CC-BY-4.0' })).rejects.toMatchObject({
      __type: 'Authorization Error',
      message: expect.stringMatching(/^Access denied: /),
    });
    const res = await http('/api/3/action/package_create', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name }) });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ success: false, error: { __type: 'Authorization Error' } });
  });

  it('refuses a bad name as a Validation Error 409 naming the field', async () => {
    await expect(producer().action.package_create({ name: 'Angka Kematian!', owner_org: 'dinkes', license_id: 'CC-BY-4.0' })).rejects.toMatchObject({
      __type: 'Validation Error',
      name: [expect.stringContaining('lowercase alphanumeric')],
    });
    const res = await http('/api/3/action/package_create', {
      method: 'POST',
      headers: { authorization: producerToken, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x', owner_org: 'nobody', license_id: 'WTFPL' }),
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ __type: 'Validation Error', name: [expect.any(String)] });
    const unknownOwner = await http('/api/3/action/package_create', {
      method: 'POST',
      headers: { authorization: producerToken, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'data-baru', owner_org: 'nobody', license_id: 'CC-BY-4.0' }),
    });
    expect(unknownOwner.status).toBe(409);
    expect(unknownOwner.body.error).toEqual({ __type: 'Validation Error', owner_org: [expect.stringContaining('Organization does not exist')] });
    const badLicense = await http('/api/3/action/package_create', {
      method: 'POST',
      headers: { authorization: producerToken, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'data-baru', owner_org: 'dinkes', license_id: 'WTFPL' }),
    });
    expect(badLicense.status).toBe(409);
    expect(Object.keys(badLicense.body.error)).toEqual(['__type', 'license_id']);
  });

  it("refuses another OPD's token on this producer as an Authorization Error", async () => {
    await expect(
      new Portal(base).withToken(otherToken).action.package_create({ name: 'bukan-milik', owner_org: 'dinkes', license_id: 'CC-BY-4.0' }),
    ).rejects.toMatchObject({ __type: 'Authorization Error' });
  });

  it('creates a draft dataset with package_create, the Satu Data metadata in extras', async () => {
    const pkg = await producer().action.package_create({
      name,
      title: 'Angka Kematian Bayi per Kecamatan',
      notes: 'Jumlah kematian bayi menurut kecamatan di Kota Malang.',
      owner_org: 'dinkes',
      license_id: 'CC-BY-4.0',
      tags: [{ name: 'kesehatan' }, { name: 'bayi' }],
      groups: [{ name: 'kesehatan' }],
      maintainer: 'Seksi Data Dinkes',
      maintainer_email: 'data@dinkes.malangkota.go.id',
      extras: [
        { key: 'frekuensi', value: 'tahunan' },
        { key: 'satuan', value: 'bayi' },
        { key: 'kode_wilayah', value: '3573' },
        { key: 'cakupan_wilayah', value: 'Kota Malang' },
        { key: 'tahun_awal', value: '2023' },
        { key: 'tahun_akhir', value: '2024' },
        { key: 'sumber', value: 'Profil Kesehatan' },
      ],
    });
    expect(pkg).toMatchObject({ name, state: 'draft', private: true, type: 'dataset', owner_org: expect.any(String), organization: { name: 'dinkes' } });
    const extras = Object.fromEntries(pkg.extras.map((e: { key: string; value: string }) => [e.key, e.value]));
    expect(extras).toMatchObject({
      frekuensi: 'tahunan',
      kode_wilayah: '3573',
      tahun_awal: '2023',
      temporal_end: '2024-12-31',
      sumber: 'Profil Kesehatan',
      status: 'DRAFT',
    });
  });

  it('takes the token in X-CKAN-API-Key too (package_patch)', async () => {
    const res = await http('/api/3/action/package_patch', {
      method: 'POST',
      headers: { 'x-ckan-api-key': producerToken, 'content-type': 'application/json' },
      body: JSON.stringify({
        id: name,
        extras: [
          { key: 'frekuensi', value: 'tahunan' },
          { key: 'ukuran', value: 'Jumlah kematian bayi' },
        ],
      }),
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body.result.extras).toEqual(expect.arrayContaining([{ key: 'ukuran', value: 'Jumlah kematian bayi' }]));
    // The patch sent extras without "sumber": CKAN replaces the list of extras.
    expect(res.body.result.extras.find((e: { key: string }) => e.key === 'sumber')).toBeUndefined();
  });

  it('uploads a CSV with resource_create (multipart, part "upload")', async () => {
    const form = new FormData();
    form.append('package_id', name);
    form.append('name', 'Kematian bayi per kecamatan');
    form.append('upload', new Blob([CSV], { type: 'text/csv' }), 'kematian-bayi.csv');
    const resource = await producer().action.resource_create(form);
    expect(resource).toMatchObject({ name: 'Kematian bayi per kecamatan', url_type: 'upload', format: 'CSV', datastore_active: false, state: 'active' });
    resourceId = resource.id;
  });

  it('keeps the draft out of the public catalogue, but shows it to its producer with include_private', async () => {
    const missing = await http(`/api/3/action/package_show?id=${name}`);
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ __type: 'Not Found Error', message: expect.stringMatching(/^Not found: /) });
    expect((await anonymous().action.package_search({ q: 'kematian bayi' })).count).toBe(0);
    expect((await producer().action.package_search({ q: 'kematian bayi' })).count).toBe(0);
    const mine = await producer().action.package_search({ q: 'kematian bayi', include_private: true });
    expect(mine.results.map((p: { name: string }) => p.name)).toEqual([name]);
  });

  it('is published after the columns are confirmed, the producer submits and the walidata approves and publishes', async () => {
    const bearer = { authorization: `Bearer ${producerToken}` };
    const detail = await t.app.inject({ method: 'GET', url: `/api/opendata/resources/${resourceId}`, headers: bearer });
    expect(detail.statusCode, detail.body).toBe(200);
    const columns = detail
      .json()
      .latestVersion.columns.map((c: { name: string; type: string }) => ({ ...c, unit: c.name === 'jumlah_kematian' ? 'bayi' : '' }));
    expect(columns.map((c: { type: string }) => c.type)).toEqual(['text', 'integer', 'integer']);
    const confirm = await t.app.inject({
      method: 'PUT',
      url: `/api/opendata/resources/${resourceId}/versions/1/columns`,
      headers: bearer,
      payload: { columns, keyColumns: ['kecamatan', 'tahun'] },
    });
    expect(confirm.statusCode, confirm.body).toBe(200);
    const submit = await t.app.inject({ method: 'POST', url: `/api/opendata/datasets/${name}/submit`, headers: bearer, payload: {} });
    expect(submit.statusCode, submit.body).toBe(200);
    for (const action of ['approve', 'publish']) {
      const res = await t.app.inject({ method: 'POST', url: `/api/opendata/datasets/${name}/${action}`, headers: as(walidata), payload: {} });
      expect(res.statusCode, res.body).toBe(200);
    }
  });

  it('finds it anonymously with package_search, with facets', async () => {
    const found = await anonymous().action.package_search({
      q: 'kematian bayi',
      'facet.field': '["organization","tags","groups","res_format","frequency","year"]',
    });
    expect(found.count).toBe(1);
    expect(found.results[0]).toMatchObject({ name, state: 'active', private: false, num_resources: 1 });
    expect(found.facets.organization).toEqual({ dinkes: 1 });
    expect(found.facets.tags).toMatchObject({ kesehatan: 1, bayi: 1 });
    expect(found.facets.res_format).toEqual({ CSV: 1 });
    expect(found.facets.frequency).toEqual({ tahunan: 1 });
    expect(found.search_facets.organization.items).toEqual([{ name: 'dinkes', display_name: 'Dinas Kesehatan', count: 1 }]);
    expect(found.sort).toBe('score desc, metadata_modified desc');

    const fq = encodeURIComponent('organization:dinkes +res_format:CSV tags:"kesehatan"');
    const get = await http(`/api/3/action/package_search?fq=${fq}&rows=5&facet.field=${encodeURIComponent('["year"]')}`);
    expect(get.status).toBe(200);
    expect(get.body.result.count).toBe(1);
    expect(Object.keys(get.body.result.facets)).toEqual(['year']);
    const none = await http(`/api/3/action/package_search?fq=${encodeURIComponent('organization:dishub')}`);
    expect(none.body.result.count).toBe(0);
    const unsupported = await http(`/api/3/action/package_search?fq=${encodeURIComponent('tags:a OR tags:b')}`);
    expect(unsupported.status).toBe(409);
    expect(unsupported.body.error).toMatchObject({ __type: 'Validation Error', fq: [expect.stringContaining('organization:NAME')] });
  });

  it('shows it with package_show, package_list, organization_*, group_*, tag_list and resource_show', async () => {
    const pkg = await anonymous().action.package_show({ id: name });
    const [resource] = pkg.resources;
    expect(resource).toMatchObject({
      id: resourceId,
      datastore_active: true,
      url_type: 'upload',
      mimetype: 'text/csv',
      size: CSV.length,
      hash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    });
    expect(resource.url).toMatch(new RegExp(`/api/opendata/resources/${resourceId}/download\\.csv$`));
    expect((await http(`/api/3/action/package_show?id=${pkg.id}`)).body.result.name).toBe(name);

    expect(await anonymous().action.package_list()).toEqual([name]);
    const orgs = await anonymous().action.organization_list({ all_fields: true, sort: 'package_count desc', limit: 1 });
    expect(orgs).toEqual([expect.objectContaining({ name: 'dinkes', package_count: 1, is_organization: true })]);
    expect((await http('/api/3/action/organization_list?limit=1000')).body.result).toContain('dinkes');
    const org = await anonymous().action.organization_show({ id: 'dinkes', include_datasets: true });
    expect(org.packages.map((p: { name: string }) => p.name)).toEqual([name]);
    expect(await anonymous().action.group_list()).toContain('kesehatan');
    expect((await anonymous().action.group_show({ id: 'kesehatan' })).package_count).toBe(1);
    expect(await anonymous().action.tag_list({ query: 'bay' })).toEqual(['bayi']);
    expect((await http(`/api/3/action/resource_show?id=${resourceId}`)).body.result).toMatchObject({ id: resourceId, package_id: pkg.id });
    const mine = await producer().action.organization_list_for_user({});
    expect(mine.map((o: { name: string }) => o.name)).toEqual(['dinkes']);
  });

  it('searches the rows with datastore_search: filters, sort, fields and the total', async () => {
    const result = await anonymous().action.datastore_search({ resource_id: resourceId, filters: { kecamatan: 'Klojen' }, sort: 'tahun desc' });
    expect(result.fields).toEqual([
      { id: '_id', type: 'int' },
      { id: 'kecamatan', type: 'text', info: { unit: '' } },
      { id: 'tahun', type: 'int', info: { unit: '' } },
      { id: 'jumlah_kematian', type: 'int', info: { unit: 'bayi' } },
    ]);
    expect(result.records).toEqual([
      { _id: 3, kecamatan: 'Klojen', tahun: 2024, jumlah_kematian: 11 },
      { _id: 1, kecamatan: 'Klojen', tahun: 2023, jumlah_kematian: 12 },
    ]);
    expect(result.total).toBe(2);
    expect(result._links.start).toContain(`resource_id=${resourceId}`);

    const filters = encodeURIComponent(JSON.stringify({ tahun: '2024' }));
    const get = await http(
      `/api/3/action/datastore_search?resource_id=${resourceId}&filters=${filters}&fields=kecamatan,jumlah_kematian&limit=2&include_total=false`,
    );
    expect(get.status, get.text).toBe(200);
    expect(get.body.result.records).toHaveLength(2);
    expect(Object.keys(get.body.result.records[0]).sort()).toEqual(['_id', 'jumlah_kematian', 'kecamatan']);
    expect(get.body.result.total).toBeUndefined();

    const words = await http(`/api/3/action/datastore_search?resource_id=${resourceId}&q=Lowokwaru`);
    expect(words.status, words.text).toBe(200);
    expect(words.body.result.records.map((r: { kecamatan: string }) => r.kecamatan)).toEqual(['Lowokwaru']);
    const byColumn = await anonymous().action.datastore_search({ resource_id: resourceId, q: { kecamatan: 'Blim' } });
    expect(byColumn.records.map((r: { _id: number }) => r._id)).toEqual([2, 4]);

    const unknown = await http(`/api/3/action/datastore_search?resource_id=${resourceId}&filters=${encodeURIComponent('{"desa":"x"}')}`);
    expect(unknown.status).toBe(409);
    expect(unknown.body.error).toMatchObject({ __type: 'Validation Error', filters: [expect.stringContaining('desa')] });
  });

  it('dumps the rows at /datastore/dump/{id} as CSV or JSON', async () => {
    const csv = await http(`/datastore/dump/${resourceId}`);
    expect(csv.status).toBe(200);
    expect(csv.type).toMatch(/^text\/csv/);
    expect(csv.text).toContain('kecamatan');
    expect(csv.text).toContain('Lowokwaru');
    const json = await http(`/datastore/dump/${resourceId}?format=json`);
    expect(json.status).toBe(200);
    expect(JSON.stringify(json.body)).toContain('Blimbing');
    expect((await http('/datastore/dump/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('lists it in DCAT: /catalog.jsonld and /dataset/{name}.jsonld, and nothing that is not public', async () => {
    const catalog = await http('/catalog.jsonld');
    expect(catalog.status).toBe(200);
    expect(catalog.type).toMatch(/^application\/ld\+json/);
    const [cat, paging] = catalog.body['@graph'];
    expect(cat['dcat:dataset'].map((d: Record<string, unknown>) => d['dct:title'])).toEqual(['Angka Kematian Bayi per Kecamatan']);
    expect(paging).toMatchObject({ '@type': 'hydra:PagedCollection', 'hydra:totalItems': 1 });
    const one = await http(`/dataset/${name}.jsonld`);
    expect(one.status).toBe(200);
    expect(one.type).toMatch(/^application\/ld\+json/);
    expect(one.body).toMatchObject({
      '@type': 'dcat:Dataset',
      'dct:title': 'Angka Kematian Bayi per Kecamatan',
      'dct:accrualPeriodicity': { '@id': 'http://publications.europa.eu/resource/authority/frequency/ANNUAL' },
      'dct:spatial': { 'dct:identifier': '3573' },
    });
    expect(one.body['dcat:distribution'][0]['dcat:downloadURL']['@id']).toContain(resourceId);

    await producer().action.package_create({ name: 'masih-draf', owner_org: 'dinkes', license_id: 'CC-BY-4.0' });
    expect((await http('/dataset/masih-draf.jsonld')).status).toBe(404);
    // Even for its own producer: what a harvester copies must be public.
    expect((await http('/dataset/masih-draf.jsonld', { headers: { authorization: producerToken } })).status).toBe(404);
    expect((await http('/dataset/tidak-ada.jsonld')).status).toBe(404);
  });

  it('answers requests it cannot serve with CKAN error envelopes and statuses', async () => {
    const unknown = await http('/api/3/action/package_shw?id=x');
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ success: false, error: { __type: 'Bad Request', message: 'Bad request - Action name not known: package_shw' } });
    const old = await http('/api/action/package_show?id=nope');
    expect(old.status).toBe(404);
    expect(old.body.error.__type).toBe('Not Found Error');
    const getWrite = await http(`/api/3/action/package_create?name=${name}`);
    expect(getWrite.status).toBe(400);
    expect(getWrite.body.error.message).toContain('POST');
    const badToken = await http('/api/3/action/package_search', { headers: { authorization: 'bk_not_a_real_token' } });
    expect(badToken.status).toBe(403);
    expect(badToken.body).toMatchObject({ success: false, error: { __type: 'Authorization Error', message: expect.stringMatching(/^Access denied: /) } });
    const brokenJson = await http('/api/3/action/package_show', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"id":' });
    expect(brokenJson.status).toBe(400);
    expect(brokenJson.body.error.__type).toBe('Bad Request');
    const badRows = await http('/api/3/action/package_search?rows=many');
    expect(badRows.status).toBe(409);
    expect(badRows.body.error).toMatchObject({ __type: 'Validation Error', rows: [expect.any(String)] });
    const head = await fetch(`${base}/api/3/action/package_create?name=lewat-head&owner_org=dinkes&license_id=CC-BY-4.0`, {
      method: 'HEAD',
      headers: { authorization: producerToken },
    });
    expect(head.status).toBe(400);
    const deleted = await http(`/api/3/action/package_show?id=${name}`, { method: 'DELETE' });
    expect(deleted.status).toBe(400);
    expect(deleted.body.error.message).toContain('DELETE');
    const deeper = await http('/api/3/action/package_show/extra');
    expect(deeper.status).toBe(400);
    expect(deeper.body).toMatchObject({ success: false, error: { __type: 'Bad Request' } });
    const noData = await http('/api/3/action/resource_create', {
      method: 'POST',
      headers: { authorization: producerToken, 'content-type': 'application/json' },
      body: JSON.stringify({ package_id: name, name: 'Kosong' }),
    });
    expect(noData.status).toBe(409);
    expect(noData.body.error).toMatchObject({ __type: 'Validation Error', url: [expect.stringContaining('upload')] });
    // Outside /api/3 the platform keeps problem+json.
    const rest = await http('/api/opendata/datasets', { headers: { authorization: 'bk_not_a_real_token' } });
    expect(rest.status).toBe(401);
    expect(rest.type).toMatch(/^application\/problem\+json/);
  });

  it('adds a link with resource_create and documents every action through help_show', async () => {
    const link = await producer().action.resource_create({
      package_id: name,
      name: 'Profil Kesehatan 2024',
      url: 'https://dinkes.malangkota.go.id/profil-2024.pdf',
    });
    expect(link).toMatchObject({ url: 'https://dinkes.malangkota.go.id/profil-2024.pdf', url_type: null, format: 'PDF', datastore_active: false });
    expect((await anonymous().action.package_show({ id: name })).num_resources).toBe(2);
    expect(await anonymous().action.help_show({ name: 'datastore_search' })).toContain('filters');
  });

  it('round-trips package_show through package_update, and takes a new file as the next version with resource_update', async () => {
    const shown = await producer().action.package_show({ id: name });
    const updated = await producer().action.package_update({ ...shown, title: 'Angka Kematian Bayi (AKB) per Kecamatan' });
    expect(updated.title).toBe('Angka Kematian Bayi (AKB) per Kecamatan');
    expect(updated.extras).toEqual(shown.extras);
    expect(updated.tags).toEqual(shown.tags);
    expect(updated.state).toBe('active');

    const form = new FormData();
    form.append('id', resourceId);
    form.append('upload', new Blob([`${CSV}\nSukun,2024,10`], { type: 'text/csv' }), 'kematian-bayi-2.csv');
    const resource = await producer().action.resource_update(form);
    // The new version waits for its columns to be confirmed; until then the current data stays.
    expect(resource).toMatchObject({ id: resourceId, version_no: 1, datastore_active: true });
    const detail = await t.app.inject({ method: 'GET', url: `/api/opendata/resources/${resourceId}`, headers: { authorization: producerToken } });
    expect(detail.json().latestVersion.versionNo).toBe(2);
  });

  it('reads a POST as curl -d sends it (JSON under a form content type) and as a plain form', async () => {
    const curl = await http('/api/3/action/package_show', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: JSON.stringify({ id: name }),
    });
    expect(curl.status, curl.text).toBe(200);
    expect(curl.body.result.name).toBe(name);
    const form = await http('/api/3/action/package_show', { method: 'POST', body: new URLSearchParams({ id: name }) });
    expect(form.body.result.name).toBe(name);
  });
});
