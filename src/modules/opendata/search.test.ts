import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../platform/context.js';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { createTestApp, opdId, problemOf, type TestApp, userWithRole } from '../../testing/test-app.js';
import { createDatasetService } from './dataset.service.js';
import { caller, datasetInput, publishDataset, type Who } from './dataset.testing.js';

interface Facet {
  name: string;
  title: string;
  count: number;
}

describe.each(DATABASE_KINDS)('searching the catalogue on %s', (kind) => {
  let t: TestApp;
  let call: ReturnType<typeof caller>;
  let opDinkes: Who;
  let opDishub: Who;
  let opCapil: Who;
  let walidata: Who;

  const search = async (query: string, who: Who | null = null) => {
    const res = await call('GET', `/api/opendata/datasets?${query}`, who);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { total: number; page: number; pageSize: number; items: Array<{ name: string; title: string }>; facets: Record<string, Facet[]> };
  };
  const names = async (query: string, who: Who | null = null) => (await search(query, who)).items.map((d) => d.name);
  const counts = (facet: Facet[]) => Object.fromEntries(facet.map((f) => [f.name, f.count]));

  beforeAll(async () => {
    t = await createTestApp(kind);
    call = caller(t);
    opDinkes = await userWithRole(t, 'operator_opd', await opdId(t, 'DINKES'));
    opDishub = await userWithRole(t, 'operator_opd', await opdId(t, 'DISHUB'));
    opCapil = await userWithRole(t, 'operator_opd', await opdId(t, 'DISPENDUKCAPIL'));
    walidata = await userWithRole(t, 'walidata');
    const published: Array<[Who, ReturnType<typeof datasetInput>, string]> = [
      [
        opCapil,
        datasetInput('penduduk-kecamatan', 'dispendukcapil', {
          title: 'Jumlah Penduduk per Kecamatan',
          groups: ['kependudukan'],
          tags: ['penduduk', 'kecamatan'],
          temporalStart: '2022-01-01',
          temporalEnd: '2023-12-31',
        }),
        'CSV',
      ],
      [
        opDinkes,
        datasetInput('tenaga-kesehatan', 'dinkes', {
          title: 'Jumlah Tenaga Kerja Kesehatan',
          groups: ['kesehatan', 'ekonomi'],
          tags: ['tenaga kesehatan'],
          temporalStart: '2023-01-01',
          temporalEnd: '2023-12-31',
        }),
        'XLSX',
      ],
      [
        opDinkes,
        datasetInput('kunjungan-puskesmas', 'dinkes', {
          title: 'Kunjungan Pasien Puskesmas',
          notes: 'Jumlah pasien rawat jalan per puskesmas.',
          groups: ['kesehatan'],
          tags: ['puskesmas'],
          frequency: 'bulanan',
          temporalStart: '2023-01-01',
          temporalEnd: '2024-06-30',
        }),
        'csv',
      ],
      [
        opCapil,
        datasetInput('angka-kemiskinan', 'dispendukcapil', {
          title: 'Angka Kemiskinan Kota Malang',
          groups: ['sosial'],
          tags: ['kemiskinan'],
          temporalStart: '2021-01-01',
          temporalEnd: '2023-12-31',
        }),
        'PDF',
      ],
      [
        opDishub,
        datasetInput('volume-lalu-lintas', 'dishub', {
          title: 'Volume Lalu Lintas Kendaraan',
          groups: ['transportasi'],
          tags: ['lalu lintas'],
          frequency: 'harian',
          temporalStart: '2024-01-01',
          temporalEnd: '2024-12-31',
        }),
        'CSV',
      ],
      [opDinkes, datasetInput('rekam-tertutup', 'dinkes', { title: 'Rekap Pasien Imunisasi Tertutup', accessLevel: 'tertutup', tags: ['puskesmas'] }), 'CSV'],
    ];
    for (const [who, input, format] of published) await publishDataset(t, who, walidata, input, format);
    const drafts: Array<[Who, ReturnType<typeof datasetInput>]> = [
      [opDinkes, datasetInput('draf-imunisasi', 'dinkes', { title: 'Cakupan Imunisasi Bayi', groups: ['kesehatan'], tags: ['puskesmas'] })],
      [opDishub, datasetInput('draf-parkir', 'dishub', { title: 'Titik Parkir Tepi Jalan' })],
    ];
    for (const [who, input] of drafts) expect((await call('POST', '/api/opendata/datasets', who, input)).statusCode).toBe(201);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('finds inflected Indonesian words by their stem', async () => {
    // The 'indonesian' stemmer: pekerjaan and kerja share "kerja", kemiskinan and miskin "miskin",
    // dikunjungi and kunjungan "kunjung", penduduknya and penduduk "duduk".
    expect(await names('q=pekerjaan')).toEqual(['tenaga-kesehatan']);
    expect(await names('q=miskin')).toEqual(['angka-kemiskinan']);
    expect(await names('q=dikunjungi')).toEqual(['kunjungan-puskesmas']);
    expect(await names('q=penduduknya')).toEqual(['penduduk-kecamatan']);
  });

  it('finds a word still being typed, and honours an excluded word', async () => {
    expect(await names('q=pendu')).toEqual(['penduduk-kecamatan']);
    expect(await names('q=puskes')).toEqual(['kunjungan-puskesmas']);
    expect(await names('q=lalu%20lin')).toEqual(['volume-lalu-lintas']);
    expect(await names('q=jumlah')).toEqual(expect.arrayContaining(['penduduk-kecamatan', 'tenaga-kesehatan', 'kunjungan-puskesmas']));
    expect(await names('q=jumlah%20-penduduk')).not.toContain('penduduk-kecamatan');
    expect(await names('q=zzzz')).toEqual([]);
    expect((await search(`q=${encodeURIComponent('*:*')}`)).total).toBe(5);
  });

  it('ranks a match in the title above one in the groups or the producer', async () => {
    // "Kesehatan": the title of one dataset; only the group and producer of the other.
    expect(await names('q=kesehatan&sort=relevance')).toEqual(['tenaga-kesehatan', 'kunjungan-puskesmas']);
  });

  it('shows the public only the public catalogue, and each caller what they may see inside', async () => {
    expect(await names('q=imunisasi')).toEqual([]);
    expect(await names('q=imunisasi&includePrivate=true')).toEqual([]);
    expect((await names('q=imunisasi&includePrivate=true', opDinkes)).sort()).toEqual(['draf-imunisasi', 'rekam-tertutup']);
    expect(await names('q=imunisasi&includePrivate=true', opDishub)).toEqual([]);
    expect((await names('q=imunisasi&includePrivate=true', walidata)).sort()).toEqual(['draf-imunisasi', 'rekam-tertutup']);
    expect((await names('status=DRAFT&includePrivate=true', walidata)).sort()).toEqual(['draf-imunisasi', 'draf-parkir']);
    expect(await names('status=DRAFT&includePrivate=true', opDishub)).toEqual(['draf-parkir']);
  });

  it('counts facets over the whole public catalogue', async () => {
    const all = await search('');
    expect(all.total).toBe(5);
    expect(counts(all.facets.producer)).toEqual({ dinkes: 2, dispendukcapil: 2, dishub: 1 });
    expect(all.facets.producer.find((f) => f.name === 'dinkes')?.title).toBe('Dinas Kesehatan');
    expect(counts(all.facets.format)).toEqual({ CSV: 3, XLSX: 1, PDF: 1 });
    expect(counts(all.facets.frequency)).toEqual({ tahunan: 3, bulanan: 1, harian: 1 });
    expect(all.facets.frequency.find((f) => f.name === 'bulanan')?.title).toBe('Bulanan');
    expect(counts(all.facets.year)).toEqual({ '2021': 1, '2022': 2, '2023': 4, '2024': 2 });
    expect(counts(all.facets.group)).toMatchObject({ kesehatan: 2, kependudukan: 1, ekonomi: 1, sosial: 1, transportasi: 1 });
    expect(all.facets.tag.map((f) => f.name)).toContain('lalu lintas');
    // Most datasets first, then by name.
    expect(all.facets.producer.map((f) => f.name)).toEqual(['dinkes', 'dispendukcapil', 'dishub']);
    expect((await search('facetLimit=1')).facets.producer).toEqual([{ name: 'dinkes', title: 'Dinas Kesehatan', count: 2 }]);
    expect(counts((await search('facetMinCount=2')).facets.year)).toEqual({ '2022': 2, '2023': 4, '2024': 2 });
    const some = await search('facet=producer,year');
    expect(some.facets.tag).toEqual([]);
    expect(counts(some.facets.producer)).toEqual({ dinkes: 2, dispendukcapil: 2, dishub: 1 });
    expect(some.total).toBe(5);
    expect((await search('facetLimit=0')).facets.producer).toEqual([]);
  });

  it('combines filters with AND across fields and OR within one, and counts facets over the result', async () => {
    const both = await search('group=kesehatan&year=2023');
    expect(both.items.map((d) => d.name).sort()).toEqual(['kunjungan-puskesmas', 'tenaga-kesehatan']);
    expect(both.total).toBe(2);
    expect(counts(both.facets.producer)).toEqual({ dinkes: 2 });
    expect(counts(both.facets.format)).toEqual({ CSV: 1, XLSX: 1 });
    expect(counts(both.facets.year)).toEqual({ '2023': 2, '2024': 1 });
    expect(counts(both.facets.group)).toEqual({ kesehatan: 2, ekonomi: 1 });
    expect(counts(both.facets.frequency)).toEqual({ tahunan: 1, bulanan: 1 });
    expect((await names('frequency=harian,bulanan')).sort()).toEqual(['kunjungan-puskesmas', 'volume-lalu-lintas']);
    expect((await names('tag=puskesmas&tag=kemiskinan')).sort()).toEqual(['angka-kemiskinan', 'kunjungan-puskesmas']);
    expect(await names('producer=dinkes&format=xlsx')).toEqual(['tenaga-kesehatan']);
    expect((await names('year=2021,2024')).sort()).toEqual(['angka-kemiskinan', 'kunjungan-puskesmas', 'volume-lalu-lintas']);
    expect((await search('producer=dishub&group=kesehatan')).total).toBe(0);
  });

  it('pages and sorts', async () => {
    const first = await search('sort=title_asc&pageSize=2');
    expect(first).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    expect(first.items.map((d) => d.title)).toEqual(['Angka Kemiskinan Kota Malang', 'Jumlah Penduduk per Kecamatan']);
    expect((await search('sort=title_asc&pageSize=2&page=3')).items.map((d) => d.title)).toEqual(['Volume Lalu Lintas Kendaraan']);
    expect((await search('sort=title_desc&pageSize=1')).items[0].title).toBe('Volume Lalu Lintas Kendaraan');
    expect((await search('page=9')).items).toEqual([]);
  });

  it('refuses filters it cannot understand', async () => {
    expect(problemOf(await call('GET', '/api/opendata/datasets?frequency=kadang', null)).code).toBe('opendata.search_bad_filter');
    expect(problemOf(await call('GET', '/api/opendata/datasets?year=dua-ribu', null)).errors?.[0].field).toBe('year');
    expect((await call('GET', '/api/opendata/datasets?pageSize=101', null)).statusCode).toBe(400);
    expect((await call('GET', '/api/opendata/datasets?sort=acak', null)).statusCode).toBe(400);
    expect(problemOf(await call('GET', '/api/opendata/datasets?facet=warna', null)).errors?.[0].field).toBe('facet');
  });

  it('lists the public names and tags, for CKAN\u2019s package_list and tag_list', async () => {
    const datasets = createDatasetService(t.platform);
    expect(await datasets.listNames(systemContext(), { offset: 0, limit: 100 })).toEqual([
      'angka-kemiskinan',
      'kunjungan-puskesmas',
      'penduduk-kecamatan',
      'tenaga-kesehatan',
      'volume-lalu-lintas',
    ]);
    expect(await datasets.listNames(systemContext(), { offset: 1, limit: 1 })).toEqual(['kunjungan-puskesmas']);
    expect(await datasets.listTags(systemContext(), { q: 'ke' })).toEqual(['kecamatan', 'kemiskinan', 'puskesmas', 'tenaga kesehatan']);
  });

  it('exports the listing as CSV with the same filters, and only what the caller may see', async () => {
    const res = await call('GET', '/api/opendata/datasets.csv?group=kesehatan&sort=title_asc', null);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="katalog-satu-data-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.body.startsWith('\ufeff')).toBe(true);
    const rows = parse(res.body.slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => r.Judul)).toEqual(['Jumlah Tenaga Kerja Kesehatan', 'Kunjungan Pasien Puskesmas']);
    expect(rows[1]).toMatchObject({
      Nama: 'kunjungan-puskesmas',
      'Produsen data': 'Dinas Kesehatan',
      Frekuensi: 'Bulanan',
      Format: 'CSV',
      Status: 'Ditayangkan',
    });
    expect(rows[0].Kelompok).toBe('Ekonomi; Kesehatan');
    const inside = await call('GET', '/api/opendata/datasets.csv?includePrivate=true&group=kesehatan', opDinkes);
    expect((parse(inside.body.slice(1), { columns: true }) as Array<Record<string, string>>).map((r) => r.Nama).sort()).toEqual([
      'draf-imunisasi',
      'kunjungan-puskesmas',
      'tenaga-kesehatan',
    ]);
  });
});
