/**
 * package_search: CKAN's Solr-flavoured parameters read into our DatasetSearch, and our result
 * shaped as CKAN's {count, results, facets, search_facets, sort}.
 *
 * fq (and field clauses inside q) understand the fields we facet on, ANDed together:
 *   organization:NAME  owner_org:ID  tags:TAG  groups:NAME  res_format:CSV  frequency:bulanan
 *   year:2024  (and dataset_type:dataset, which every dataset here is)
 * with "+" or AND between clauses and "quoted values". Other Solr syntax (OR, NOT, -, ranges,
 * parentheses, wildcards) is a Validation Error that lists what is understood, rather than a
 * silently different answer.
 */
import type { LocalizedText } from '../../../errors.js';
import type { DatasetSearch } from '../dataset.service.js';
import type { DatasetSearchResult, FacetCount } from '../dataset.views.js';
import type { Frequency } from '../opendata.tables.js';
import type { CkanPackage } from './ckan.package.js';
import { frequencyOf } from './ckan.package.js';
import { type CkanParams, paramError } from './ckan.params.js';

export const ROWS_DEFAULT = 10;
export const ROWS_MAX = 1000;
export const FACET_LIMIT_DEFAULT = 50;

/** CKAN's facet names and the facets of our search result they read. */
export const FACET_FIELDS = {
  organization: 'producer',
  tags: 'tag',
  groups: 'group',
  res_format: 'format',
  frequency: 'frequency',
  year: 'year',
} as const satisfies Record<string, keyof DatasetSearchResult['facets']>;
export type CkanFacetField = keyof typeof FACET_FIELDS;

export interface SearchFilters {
  producers: string[];
  /** owner_org:ID clauses; the caller turns ids into names. */
  producerIds: string[];
  tags: string[];
  groups: string[];
  formats: string[];
  frequencies: Frequency[];
  years: number[];
}

const emptyFilters = (): SearchFilters => ({ producers: [], producerIds: [], tags: [], groups: [], formats: [], frequencies: [], years: [] });

const SUPPORTED: LocalizedText = {
  id: 'yang dipahami: organization:NAMA, owner_org:ID, tags:TAG, groups:NAMA, res_format:FORMAT, frequency:KODE, year:TAHUN, digabung dengan spasi, + atau AND; nilai dengan spasi diberi tanda kutip',
  en: 'understood: organization:NAME, owner_org:ID, tags:TAG, groups:NAME, res_format:FORMAT, frequency:CODE, year:YYYY, joined by spaces, + or AND; quote values with spaces',
};

const unsupported = (param: string, what: string) =>
  paramError(param, {
    id: `memuat ${what} yang tidak didukung; ${SUPPORTED.id}`,
    en: `holds ${what}, which is not supported; ${SUPPORTED.en}`,
  });

interface Clause {
  field: string | null;
  value: string;
}

/** Splits Solr-ish text into clauses: field:value, field:"quoted value", or bare words. */
function clausesOf(text: string, param: string): Clause[] {
  const clauses: Clause[] = [];
  let i = 0;
  const n = text.length;
  const readValue = (): string => {
    if (text[i] === '"') {
      let out = '';
      i++;
      while (i < n && text[i] !== '"') {
        if (text[i] === '\\' && i + 1 < n) i++;
        out += text[i++];
      }
      if (i >= n) throw paramError(param, { id: 'memuat tanda kutip yang tidak ditutup', en: 'has a quote that is not closed' });
      i++;
      return out;
    }
    let out = '';
    while (i < n && !/\s/.test(text[i])) {
      if (text[i] === '\\' && i + 1 < n) {
        out += text[i + 1];
        i += 2;
        continue;
      }
      out += text[i++];
    }
    return out;
  };
  while (i < n) {
    if (/\s/.test(text[i])) {
      i++;
      continue;
    }
    if (text[i] === '+') {
      i++;
      continue;
    }
    if (text.startsWith('*:*', i)) {
      i += 3;
      continue;
    }
    if (text[i] === '-' || text[i] === '!') throw unsupported(param, 'a negation (-)');
    if (text[i] === '(' || text[i] === ')') throw unsupported(param, 'parentheses');
    if (text.startsWith('&&', i)) {
      i += 2;
      continue;
    }
    if (text.startsWith('||', i)) throw unsupported(param, 'OR');
    // A field name, then a colon, or else a bare word.
    const m = /^([A-Za-z_][A-Za-z0-9_.]*):/.exec(text.slice(i));
    if (m) {
      i += m[0].length;
      if (i >= n || /\s/.test(text[i])) throw paramError(param, { id: `kolom ${m[1]} tanpa nilai`, en: `has field ${m[1]} without a value` });
      if (text[i] === '[' || text[i] === '{') throw unsupported(param, 'a range ([... TO ...])');
      if (text[i] === '(') throw unsupported(param, 'parentheses');
      clauses.push({ field: m[1], value: readValue() });
      continue;
    }
    const word = readValue();
    if (word === 'AND') continue;
    if (word === 'OR') throw unsupported(param, 'OR');
    if (word === 'NOT') throw unsupported(param, 'NOT');
    clauses.push({ field: null, value: word });
  }
  return clauses;
}

/** Puts one field clause into the filters; false when the field is not one we filter on. */
function addClause(filters: SearchFilters, clause: Clause, param: string): boolean {
  const { field, value } = clause;
  if (field === null) return false;
  if (value === '*' && field === '*') return true; // *:* is everything
  if (/[*?]/.test(value)) throw unsupported(param, `a wildcard (${field}:${value})`);
  switch (field) {
    case 'organization':
      filters.producers.push(value);
      return true;
    case 'owner_org':
      filters.producerIds.push(value);
      return true;
    case 'tags':
      filters.tags.push(value);
      return true;
    case 'groups':
      filters.groups.push(value);
      return true;
    case 'res_format':
      filters.formats.push(value.toUpperCase());
      return true;
    case 'frequency':
    case 'frekuensi': {
      const f = frequencyOf(value);
      if (!f) {
        throw paramError(param, {
          id: `frequency:${value} tidak dikenal; gunakan harian, mingguan, bulanan, triwulanan, empat_bulanan, semesteran, tahunan, dua_tahunan atau ad_hoc`,
          en: `frequency:${value} is not known; use harian, mingguan, bulanan, triwulanan, empat_bulanan, semesteran, tahunan, dua_tahunan or ad_hoc`,
        });
      }
      filters.frequencies.push(f);
      return true;
    }
    case 'year':
    case 'tahun': {
      if (!/^\d{4}$/.test(value)) throw paramError(param, { id: `year:${value} harus tahun YYYY`, en: `year:${value} must be a year YYYY` });
      filters.years.push(Number(value));
      return true;
    }
    case 'dataset_type':
      if (value !== 'dataset') throw paramError(param, { id: 'hanya dataset_type:dataset yang ada di sini', en: 'only dataset_type:dataset exists here' });
      return true;
    default:
      return false;
  }
}

/** fq as filters. */
export function parseFq(fq: string | undefined): SearchFilters {
  const filters = emptyFilters();
  if (!fq?.trim()) return filters;
  for (const clause of clausesOf(fq, 'fq')) {
    if (clause.field === null) throw unsupported('fq', `the word "${clause.value}" without a field`);
    if (!addClause(filters, clause, 'fq')) throw unsupported('fq', `the field ${clause.field}`);
  }
  return filters;
}

/**
 * q: free text, in which clauses on the fields we filter on are lifted out as filters (CKAN
 * clients write q=tags:ekonomi). Other field:value text stays text. *:* is everything.
 */
export function parseQ(q: string | undefined, into: SearchFilters): string | undefined {
  if (!q?.trim() || q.trim() === '*:*') return undefined;
  let clauses: Clause[];
  try {
    clauses = clausesOf(q, 'q');
  } catch {
    // Free text is free: what does not parse as clauses is searched as typed.
    return q.trim();
  }
  const words: string[] = [];
  for (const clause of clauses) {
    if (clause.field !== null && addClause(into, clause, 'q')) continue;
    words.push(clause.field === null ? clause.value : `${clause.field}:${clause.value}`);
  }
  const text = words.join(' ').trim();
  return text === '' ? undefined : text;
}

const SORTS: Record<string, NonNullable<DatasetSearch['sort']>> = {
  'score desc, metadata_modified desc': 'relevance',
  'score desc': 'relevance',
  'title_string asc': 'title_asc',
  'title_string desc': 'title_desc',
  'name asc': 'title_asc',
  'name desc': 'title_desc',
  'metadata_modified desc': 'updated_desc',
  'metadata_modified asc': 'updated_asc',
  'metadata_created desc': 'created_desc',
};
export const DEFAULT_SORT = 'score desc, metadata_modified desc';

/** CKAN's sort text as our sort option. */
export function sortOf(sort: string | undefined): { text: string; sort: NonNullable<DatasetSearch['sort']> } {
  const text = (sort ?? '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\s*,\s*/g, ', ');
  if (text === '') return { text: DEFAULT_SORT, sort: 'relevance' };
  const ours = SORTS[text];
  if (!ours) {
    const known = Object.keys(SORTS).join('; ');
    throw paramError('sort', { id: `tidak didukung; gunakan salah satu dari: ${known}`, en: `is not supported; use one of: ${known}` });
  }
  return { text, sort: ours };
}

export function facetFieldsOf(fields: string[] | undefined): CkanFacetField[] {
  if (!fields) return [];
  const out: CkanFacetField[] = [];
  for (const f of fields) {
    if (!(f in FACET_FIELDS)) {
      const known = Object.keys(FACET_FIELDS).join(', ');
      throw paramError('facet.field', { id: `memuat ${f}; yang tersedia: ${known}`, en: `holds ${f}; the facets are: ${known}` });
    }
    if (!out.includes(f as CkanFacetField)) out.push(f as CkanFacetField);
  }
  return out;
}

export interface CkanSearchRequest {
  search: DatasetSearch;
  producerIds: string[];
  facetFields: CkanFacetField[];
  facetLimit: number;
  facetMinCount: number;
  sortText: string;
}

/** The package_search parameters as our search. */
export function searchRequestOf(params: CkanParams): CkanSearchRequest {
  const filters = parseFq(params.string('fq'));
  const q = parseQ(params.string('q'), filters);
  const { text: sortText, sort } = sortOf(params.string('sort'));
  const facetFields = facetFieldsOf(params.stringList('facet.field'));
  // CKAN: facet.limit -1 is no limit; a negative other than that is an error.
  const rawLimit = params.int('facet.limit', { fallback: FACET_LIMIT_DEFAULT, min: -1 });
  const facetLimit = rawLimit === -1 ? 10_000 : rawLimit;
  const facetMinCount = params.int('facet.mincount', { fallback: 1, min: 0 });
  const search: DatasetSearch = {
    offset: params.int('start', { fallback: 0, min: 0, max: 1_000_000 }),
    limit: params.int('rows', { fallback: ROWS_DEFAULT, min: 0, max: ROWS_MAX }),
    sort,
    // CKAN's include_drafts shows the caller's own drafts: here they come with include_private.
    includePrivate: params.bool('include_private', false) || params.bool('include_drafts', false),
    facetLimit,
    facetMinCount,
  };
  if (q !== undefined) search.q = q;
  if (filters.producers.length) search.producers = filters.producers;
  if (filters.tags.length) search.tags = filters.tags;
  if (filters.groups.length) search.groups = filters.groups;
  if (filters.formats.length) search.formats = filters.formats;
  if (filters.frequencies.length) search.frequencies = filters.frequencies;
  if (filters.years.length) search.years = filters.years;
  return { search, producerIds: filters.producerIds, facetFields, facetLimit, facetMinCount, sortText };
}

export interface CkanSearchResult {
  count: number;
  results: CkanPackage[];
  facets: Record<string, Record<string, number>>;
  search_facets: Record<string, { title: string; items: Array<{ name: string; display_name: string; count: number }> }>;
  sort: string;
}

/** Our result as CKAN's; facets only for the fields asked for, as CKAN does. */
export function toCkanSearchResult(
  result: DatasetSearchResult,
  request: Pick<CkanSearchRequest, 'facetFields' | 'facetLimit' | 'facetMinCount' | 'sortText'>,
  toPackage: (d: DatasetSearchResult['items'][number]) => CkanPackage,
): CkanSearchResult {
  const facets: CkanSearchResult['facets'] = {};
  const searchFacets: CkanSearchResult['search_facets'] = {};
  for (const field of request.facetFields) {
    const counts: FacetCount[] = (result.facets[FACET_FIELDS[field]] ?? []).filter((c) => c.count >= request.facetMinCount).slice(0, request.facetLimit);
    facets[field] = Object.fromEntries(counts.map((c) => [c.name, c.count]));
    searchFacets[field] = { title: field, items: counts.map((c) => ({ name: c.name, display_name: c.title, count: c.count })) };
  }
  return { count: result.total, results: result.items.map(toPackage), facets, search_facets: searchFacets, sort: request.sortText };
}
