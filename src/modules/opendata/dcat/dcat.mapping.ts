/**
 * Our datasets in DCAT-AP, as JSON-LD, for harvesters (ckanext-dcat, data.europa.eu-style portals,
 * Google Dataset Search). Pure: the routes fetch, this shapes.
 *
 * Frequencies map to the EU frequency vocabulary and access levels to the EU access-right
 * vocabulary, so that a harvester reads them without knowing Indonesian. The catalogue's paging is
 * a hydra:PagedCollection node carrying both the current Hydra terms (first, next, last) and the
 * older ones (firstPage, nextPage, lastPage) that ckanext-dcat's harvester still reads.
 */

import { resourceUrl } from '../ckan/ckan.package.js';
import type { DatasetView } from '../dataset.views.js';
import type { AccessLevel, Frequency } from '../opendata.tables.js';
import type { ResourceView } from '../resource.views.js';

export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  hydra: 'http://www.w3.org/ns/hydra/core#',
} as const;

const EU_FREQUENCY = 'http://publications.europa.eu/resource/authority/frequency/';
/** Jadwal pemutakhiran to the EU frequency vocabulary. Empat bulanan is three times a year. */
export const FREQUENCY_URIS: Record<Frequency, string> = {
  harian: `${EU_FREQUENCY}DAILY`,
  mingguan: `${EU_FREQUENCY}WEEKLY`,
  bulanan: `${EU_FREQUENCY}MONTHLY`,
  triwulanan: `${EU_FREQUENCY}QUARTERLY`,
  empat_bulanan: `${EU_FREQUENCY}ANNUAL_3`,
  semesteran: `${EU_FREQUENCY}ANNUAL_2`,
  tahunan: `${EU_FREQUENCY}ANNUAL`,
  dua_tahunan: `${EU_FREQUENCY}BIENNIAL`,
  ad_hoc: `${EU_FREQUENCY}IRREG`,
};

const EU_ACCESS = 'http://publications.europa.eu/resource/authority/access-right/';
export const ACCESS_RIGHT_URIS: Record<AccessLevel, string> = {
  terbuka: `${EU_ACCESS}PUBLIC`,
  terbatas: `${EU_ACCESS}RESTRICTED`,
  tertutup: `${EU_ACCESS}NON_PUBLIC`,
};

export const DATASETS_PER_PAGE = 100;

type Node = Record<string, unknown>;

const ref = (iri: string) => ({ '@id': iri });
const dateTime = (iso: string) => ({ '@value': iso, '@type': 'xsd:dateTime' });
const date = (day: string) => ({ '@value': day, '@type': 'xsd:date' });

/** Where a dataset's JSON-LD lives: also its identity in the graph. */
export function datasetIri(publicUrl: string, name: string): string {
  return `${publicUrl}/dataset/${name}.jsonld`;
}

export function distributionOf(r: ResourceView, publicUrl: string, licenseUrl: string): Node {
  const url = resourceUrl(r, publicUrl);
  const v = r.currentVersion;
  const node: Node = {
    '@id': `${publicUrl}/api/3/action/resource_show?id=${r.id}`,
    '@type': 'dcat:Distribution',
    'dct:identifier': r.id,
    'dct:title': r.name,
    'dcat:accessURL': ref(url),
    'dct:issued': dateTime(r.createdAt),
    'dct:modified': dateTime(v?.createdAt ?? r.updatedAt),
  };
  if (r.description) node['dct:description'] = r.description;
  if (r.kind === 'upload') node['dcat:downloadURL'] = ref(url);
  if (r.format) node['dct:format'] = r.format;
  if (v) {
    node['dcat:mediaType'] = v.mediaType;
    node['dcat:byteSize'] = { '@value': String(v.bytes), '@type': 'xsd:nonNegativeInteger' };
  }
  if (licenseUrl) node['dct:license'] = ref(licenseUrl);
  return node;
}

/** A dataset as a dcat:Dataset node (without @context: see datasetDocument). */
export function datasetNode(d: DatasetView, publicUrl: string): Node {
  const node: Node = {
    '@id': datasetIri(publicUrl, d.name),
    '@type': 'dcat:Dataset',
    'dct:identifier': d.id,
    'dct:title': d.title,
    'dct:description': d.notes,
    'dcat:landingPage': ref(`${publicUrl}/data/${encodeURIComponent(d.name)}`),
    'dcat:keyword': d.tags,
    'dct:publisher': { '@type': 'foaf:Organization', 'foaf:name': d.producer.title, 'dct:identifier': d.producer.name },
    'dct:accrualPeriodicity': ref(FREQUENCY_URIS[d.frequency]),
    'dct:accessRights': ref(ACCESS_RIGHT_URIS[d.accessLevel]),
    'dct:issued': dateTime(d.publishedAt ?? d.createdAt),
    'dct:modified': dateTime(d.updatedAt),
    'dcat:distribution': d.resources.map((r) => distributionOf(r, publicUrl, d.licenseUrl)),
  };
  if (d.groups.length > 0) node['dcat:theme'] = d.groups.map((g) => g.title);
  if (d.temporalStart || d.temporalEnd) {
    const period: Node = { '@type': 'dct:PeriodOfTime' };
    if (d.temporalStart) period['dcat:startDate'] = date(d.temporalStart);
    if (d.temporalEnd) period['dcat:endDate'] = date(d.temporalEnd);
    node['dct:temporal'] = period;
  }
  if (d.region) {
    // BPS's code identifies the region; its name is the label.
    node['dct:spatial'] = { '@type': 'dct:Location', 'dct:identifier': d.region.code, 'skos:prefLabel': d.region.name };
  }
  if (d.contact) {
    const contact: Node = { '@type': 'vcard:Kind', 'vcard:fn': d.contact.name };
    if (d.contact.email) contact['vcard:hasEmail'] = ref(`mailto:${d.contact.email}`);
    node['dcat:contactPoint'] = contact;
  }
  if (d.licenseUrl) node['dct:license'] = ref(d.licenseUrl);
  else if (d.licenseTitle) node['dct:license'] = { '@type': 'dct:LicenseDocument', 'dct:title': d.licenseTitle };
  return node;
}

/** /dataset/{name}.jsonld */
export function datasetDocument(d: DatasetView, publicUrl: string): Node {
  return { '@context': DCAT_CONTEXT, ...datasetNode(d, publicUrl) };
}

export interface CatalogPage {
  page: number;
  total: number;
  datasets: DatasetView[];
}

/** /catalog.jsonld?page=N: the catalogue with this page's datasets, and the paging node. */
export function catalogDocument(p: CatalogPage, site: { publicUrl: string; cityName: string }): Node {
  const base = `${site.publicUrl}/catalog.jsonld`;
  const pageUrl = (n: number) => `${base}?page=${n}`;
  const last = Math.max(1, Math.ceil(p.total / DATASETS_PER_PAGE));
  const paging: Node = {
    '@id': pageUrl(p.page),
    '@type': 'hydra:PagedCollection',
    'hydra:totalItems': p.total,
    'hydra:itemsPerPage': DATASETS_PER_PAGE,
    'hydra:first': ref(pageUrl(1)),
    'hydra:last': ref(pageUrl(last)),
    'hydra:firstPage': ref(pageUrl(1)),
    'hydra:lastPage': ref(pageUrl(last)),
  };
  if (p.page < last) {
    paging['hydra:next'] = ref(pageUrl(p.page + 1));
    paging['hydra:nextPage'] = ref(pageUrl(p.page + 1));
  }
  if (p.page > 1) {
    const previous = Math.min(p.page - 1, last);
    paging['hydra:previous'] = ref(pageUrl(previous));
    paging['hydra:previousPage'] = ref(pageUrl(previous));
  }
  const catalog: Node = {
    '@id': base,
    '@type': 'dcat:Catalog',
    'dct:title': `Satu Data ${site.cityName}`,
    'dct:description': `Katalog data sektoral ${site.cityName} (Satu Data Indonesia): data yang telah diperiksa dan ditayangkan oleh walidata.`,
    'foaf:homepage': ref(site.publicUrl),
    'dct:publisher': { '@type': 'foaf:Organization', 'foaf:name': `Pemerintah ${site.cityName}` },
    'dct:language': 'id',
    'dcat:dataset': p.datasets.map((d) => datasetNode(d, site.publicUrl)),
  };
  return { '@context': DCAT_CONTEXT, '@graph': [catalog, paging] };
}
