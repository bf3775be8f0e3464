import { describe, expect, it } from 'vitest';
import { PUBLIC_URL, sampleDataset } from '../ckan/ckan.testing.js';
import { FREQUENCIES } from '../opendata.tables.js';
import { catalogDocument, DCAT_CONTEXT, datasetDocument, FREQUENCY_URIS } from './dcat.mapping.js';

// biome-ignore lint/suspicious/noExplicitAny: JSON-LD read back loosely, as a harvester would.
type Json = Record<string, any>;

const EU = 'http://publications.europa.eu/resource/authority/frequency/';

describe('a dataset in DCAT-AP', () => {
  const doc = datasetDocument(sampleDataset(), PUBLIC_URL) as Json;

  it('is a dcat:Dataset with its context', () => {
    expect(doc['@context']).toMatchObject({
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    });
    expect(doc['@type']).toBe('dcat:Dataset');
    expect(doc['@id']).toBe(`${PUBLIC_URL}/dataset/penduduk-kecamatan.jsonld`);
    expect(doc['dct:identifier']).toBe('aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee');
    expect(doc['dct:title']).toBe('Jumlah Penduduk per Kecamatan');
    expect(doc['dct:description']).toBe('Jumlah penduduk Kota Malang menurut kecamatan.');
    expect(doc['dcat:keyword']).toEqual(['penduduk', 'kependudukan']);
    expect(doc['dcat:landingPage']).toEqual({ '@id': `${PUBLIC_URL}/data/penduduk-kecamatan` });
  });

  it('names its publisher, schedule, period, region, contact, access and licence', () => {
    expect(doc['dct:publisher']).toMatchObject({ '@type': 'foaf:Organization', 'foaf:name': 'Dinas Kependudukan dan Pencatatan Sipil' });
    expect(doc['dct:accrualPeriodicity']).toEqual({ '@id': `${EU}ANNUAL` });
    expect(doc['dct:temporal']).toEqual({
      '@type': 'dct:PeriodOfTime',
      'dcat:startDate': { '@value': '2020-01-01', '@type': 'xsd:date' },
      'dcat:endDate': { '@value': '2024-12-31', '@type': 'xsd:date' },
    });
    expect(doc['dct:spatial']).toMatchObject({ '@type': 'dct:Location', 'dct:identifier': '3573', 'skos:prefLabel': 'Kota Malang' });
    expect(doc['dct:issued']).toEqual({ '@value': '2026-01-07T01:00:00.000Z', '@type': 'xsd:dateTime' });
    expect(doc['dct:modified']).toEqual({ '@value': '2026-01-07T01:00:00.000Z', '@type': 'xsd:dateTime' });
    expect(doc['dcat:contactPoint']).toEqual({
      '@type': 'vcard:Kind',
      'vcard:fn': 'Bidang Data',
      'vcard:hasEmail': { '@id': 'mailto:data@dispendukcapil.malangkota.go.id' },
    });
    expect(doc['dct:accessRights']).toEqual({ '@id': 'http://publications.europa.eu/resource/authority/access-right/PUBLIC' });
    expect(doc['dct:license']).toEqual({ '@id': 'https://creativecommons.org/licenses/by/4.0/' });
  });

  it('lists its resources as distributions: an upload with a download URL, size and type; a link with an access URL', () => {
    const [upload, link] = doc['dcat:distribution'];
    expect(upload).toMatchObject({
      '@type': 'dcat:Distribution',
      'dct:title': 'Jumlah penduduk per kecamatan',
      'dcat:accessURL': { '@id': `${PUBLIC_URL}/api/opendata/resources/11111111-2222-4333-8444-555555555555/download.csv` },
      'dcat:downloadURL': { '@id': `${PUBLIC_URL}/api/opendata/resources/11111111-2222-4333-8444-555555555555/download.csv` },
      'dct:format': 'CSV',
      'dcat:mediaType': 'text/csv',
      'dcat:byteSize': { '@value': '2048', '@type': 'xsd:nonNegativeInteger' },
    });
    expect(link['dcat:accessURL']).toEqual({ '@id': 'https://malangkota.bps.go.id/publikasi.html' });
    expect(link['dcat:downloadURL']).toBeUndefined();
  });

  it('leaves out what a dataset does not have', () => {
    const bare = datasetDocument(sampleDataset({ region: null, contact: null, temporalStart: null, temporalEnd: null, resources: [] }), PUBLIC_URL);
    expect(bare['dct:spatial']).toBeUndefined();
    expect(bare['dcat:contactPoint']).toBeUndefined();
    expect(bare['dct:temporal']).toBeUndefined();
    expect(bare['dcat:distribution']).toEqual([]);
  });

  it('maps every frequency to the EU vocabulary (ad hoc is irregular, empat bulanan three times a year)', () => {
    expect(FREQUENCIES.every((f) => FREQUENCY_URIS[f].startsWith(EU))).toBe(true);
    expect(FREQUENCY_URIS.harian).toBe(`${EU}DAILY`);
    expect(FREQUENCY_URIS.mingguan).toBe(`${EU}WEEKLY`);
    expect(FREQUENCY_URIS.bulanan).toBe(`${EU}MONTHLY`);
    expect(FREQUENCY_URIS.triwulanan).toBe(`${EU}QUARTERLY`);
    expect(FREQUENCY_URIS.empat_bulanan).toBe(`${EU}ANNUAL_3`);
    expect(FREQUENCY_URIS.semesteran).toBe(`${EU}ANNUAL_2`);
    expect(FREQUENCY_URIS.dua_tahunan).toBe(`${EU}BIENNIAL`);
    expect(FREQUENCY_URIS.ad_hoc).toBe(`${EU}IRREG`);
  });
});

describe('the DCAT catalogue', () => {
  const site = { publicUrl: PUBLIC_URL, cityName: 'Kota Malang' };

  it('pages 100 datasets at a time with hydra links', () => {
    const doc = catalogDocument({ page: 2, total: 250, datasets: [sampleDataset()] }, site) as Json;
    expect(doc['@context']).toEqual(DCAT_CONTEXT);
    const [catalog, paging] = doc['@graph'];
    expect(catalog['@type']).toBe('dcat:Catalog');
    expect(catalog['dct:title']).toBe('Satu Data Kota Malang');
    expect(catalog['dcat:dataset']).toHaveLength(1);
    expect(paging).toMatchObject({
      '@id': `${PUBLIC_URL}/catalog.jsonld?page=2`,
      '@type': 'hydra:PagedCollection',
      'hydra:totalItems': 250,
      'hydra:itemsPerPage': 100,
      'hydra:first': { '@id': `${PUBLIC_URL}/catalog.jsonld?page=1` },
      'hydra:next': { '@id': `${PUBLIC_URL}/catalog.jsonld?page=3` },
      'hydra:last': { '@id': `${PUBLIC_URL}/catalog.jsonld?page=3` },
      'hydra:previous': { '@id': `${PUBLIC_URL}/catalog.jsonld?page=1` },
      // The older terms, which ckanext-dcat's harvester reads.
      'hydra:nextPage': { '@id': `${PUBLIC_URL}/catalog.jsonld?page=3` },
    });
  });

  it('has no next page on the last one, and one page for an empty catalogue', () => {
    const last = catalogDocument({ page: 3, total: 250, datasets: [] }, site) as Json;
    expect(last['@graph'][1]['hydra:next']).toBeUndefined();
    const empty = catalogDocument({ page: 1, total: 0, datasets: [] }, site) as Json;
    expect(empty['@graph'][1]).toMatchObject({ 'hydra:totalItems': 0, 'hydra:last': { '@id': `${PUBLIC_URL}/catalog.jsonld?page=1` } });
    expect(empty['@graph'][1]['hydra:previous']).toBeUndefined();
  });
});
