import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../errors.js';
import type { DatasetSearchResult } from '../dataset.views.js';
import { CkanParams, paramsFromQuery } from './ckan.params.js';
import { parseFq, parseQ, searchRequestOf, sortOf, toCkanSearchResult } from './ckan.search.js';

function refusal(fn: () => unknown): { field: string | undefined; en: string } {
  try {
    fn();
  } catch (error) {
    const e = error as AppError;
    return { field: e.details.fields?.[0]?.field, en: e.text.en };
  }
  throw new Error('expected a refusal');
}

describe('fq', () => {
  it('reads the fields we facet on, joined by spaces, + or AND, with quoted values', () => {
    const f = parseFq('+organization:dispendukcapil AND tags:"data penduduk" +res_format:csv frequency:Bulanan year:2024 groups:kesehatan');
    expect(f).toEqual({
      producers: ['dispendukcapil'],
      producerIds: [],
      tags: ['data penduduk'],
      groups: ['kesehatan'],
      formats: ['CSV'],
      frequencies: ['bulanan'],
      years: [2024],
    });
  });

  it('takes owner_org ids, the EU frequency codes, and dataset_type:dataset (what CKAN harvesters send)', () => {
    const f = parseFq('+dataset_type:dataset owner_org:1f0e7f5a-0000-4000-8000-000000000001 frequency:ANNUAL_3');
    expect(f.producerIds).toEqual(['1f0e7f5a-0000-4000-8000-000000000001']);
    expect(f.frequencies).toEqual(['empat_bulanan']);
  });

  it('refuses syntax it does not understand, saying what it does understand', () => {
    for (const fq of [
      'tags:a OR tags:b',
      '-tags:a',
      'metadata_modified:[2024-01-01T00:00:00Z TO *]',
      'license_id:cc-by',
      'tags:(a b)',
      'kesehatan',
      'tags:peta*',
    ]) {
      const r = refusal(() => parseFq(fq));
      expect(r.field).toBe('fq');
      expect(r.en).toContain('organization:NAME');
    }
    expect(refusal(() => parseFq('tags:"open')).en).toContain('quote');
    expect(refusal(() => parseFq('frequency:sometimes')).en).toContain('harian');
    expect(refusal(() => parseFq('year:24')).en).toContain('YYYY');
  });

  it('treats *:* and nothing as everything', () => {
    expect(parseFq('*:*').tags).toEqual([]);
    expect(parseFq(undefined).producers).toEqual([]);
  });
});

describe('q', () => {
  it('lifts clauses on our fields out of the text and keeps the rest as words', () => {
    const into = parseFq('');
    expect(parseQ('jumlah penduduk tags:kependudukan', into)).toBe('jumlah penduduk');
    expect(into.tags).toEqual(['kependudukan']);
    expect(parseQ('*:*', parseFq(''))).toBeUndefined();
    expect(parseQ('title:penduduk', parseFq(''))).toBe('title:penduduk');
    // Free text that is not clause syntax is searched as typed, never refused.
    expect(parseQ('"angka kematian', parseFq(''))).toBe('"angka kematian');
  });
});

describe('sort', () => {
  it('maps CKAN sorts to ours', () => {
    expect(sortOf(undefined)).toEqual({ text: 'score desc, metadata_modified desc', sort: 'relevance' });
    expect(sortOf('score desc,metadata_modified desc').sort).toBe('relevance');
    expect(sortOf('title_string asc').sort).toBe('title_asc');
    expect(sortOf('metadata_modified  desc').sort).toBe('updated_desc');
    expect(sortOf('name asc').sort).toBe('title_asc');
    expect(refusal(() => sortOf('views_recent desc'))).toMatchObject({ field: 'sort' });
  });
});

describe('package_search parameters', () => {
  it('defaults to 10 rows from the start, relevance, no facets, public only', () => {
    const r = searchRequestOf(new CkanParams({}));
    expect(r.search).toMatchObject({ offset: 0, limit: 10, sort: 'relevance', includePrivate: false });
    expect(r.facetFields).toEqual([]);
  });

  it('reads rows (at most 1000), start, facets and include_private from a query string', () => {
    const r = searchRequestOf(
      new CkanParams(
        paramsFromQuery({
          q: 'penduduk',
          fq: 'organization:dispendukcapil',
          rows: '5000',
          start: '20',
          'facet.field': '["organization","tags","res_format","frequency","year","groups"]',
          'facet.limit': '-1',
          'facet.mincount': '2',
          include_private: 'true',
        }),
      ),
    );
    expect(r.search).toMatchObject({ q: 'penduduk', producers: ['dispendukcapil'], offset: 20, limit: 1000, includePrivate: true, facetMinCount: 2 });
    expect(r.facetFields).toEqual(['organization', 'tags', 'res_format', 'frequency', 'year', 'groups']);
    expect(r.facetLimit).toBeGreaterThan(1000);
  });

  it('names the parameter that is wrong', () => {
    expect(refusal(() => searchRequestOf(new CkanParams({ 'facet.field': '["license_id"]' })))).toMatchObject({ field: 'facet.field' });
    expect(refusal(() => searchRequestOf(new CkanParams({ 'facet.field': '["tags"' })))).toMatchObject({ field: 'facet.field' });
    // Lenient where it costs nothing: one facet without the JSON brackets.
    expect(searchRequestOf(new CkanParams({ 'facet.field': 'tags' })).facetFields).toEqual(['tags']);
    expect(refusal(() => searchRequestOf(new CkanParams({ rows: 'all' })))).toMatchObject({ field: 'rows' });
    expect(refusal(() => searchRequestOf(new CkanParams({ start: '-5' })))).toMatchObject({ field: 'start' });
  });
});

describe('the package_search result', () => {
  const result: DatasetSearchResult = {
    total: 42,
    items: [],
    facets: {
      producer: [
        { name: 'dinkes', title: 'Dinas Kesehatan', count: 30 },
        { name: 'dispendukcapil', title: 'Dinas Kependudukan', count: 12 },
        { name: 'bappeda', title: 'Bappeda', count: 1 },
      ],
      tag: [{ name: 'kesehatan', title: 'kesehatan', count: 30 }],
      group: [],
      format: [{ name: 'CSV', title: 'CSV', count: 40 }],
      frequency: [{ name: 'tahunan', title: 'Tahunan', count: 41 }],
      year: [{ name: '2024', title: '2024', count: 9 }],
    },
  };

  it('has facets and search_facets for the fields asked for only, with their limit and minimum count', () => {
    const out = toCkanSearchResult(
      result,
      { facetFields: ['organization', 'res_format'], facetLimit: 1, facetMinCount: 2, sortText: 'title_string asc' },
      () => {
        throw new Error('no items');
      },
    );
    expect(out).toEqual({
      count: 42,
      results: [],
      facets: { organization: { dinkes: 30 }, res_format: { CSV: 40 } },
      search_facets: {
        organization: { title: 'organization', items: [{ name: 'dinkes', display_name: 'Dinas Kesehatan', count: 30 }] },
        res_format: { title: 'res_format', items: [{ name: 'CSV', display_name: 'CSV', count: 40 }] },
      },
      sort: 'title_string asc',
    });
  });

  it('has empty facets when none were asked for, as CKAN', () => {
    const out = toCkanSearchResult(result, { facetFields: [], facetLimit: 50, facetMinCount: 1, sortText: 'x' }, () => {
      throw new Error('no items');
    });
    expect(out.facets).toEqual({});
    expect(out.search_facets).toEqual({});
  });
});
