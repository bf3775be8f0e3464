/**
 * The catalogue's question lives in the address (/data?q=...&produsen=...&halaman=2), so a search
 * can be bookmarked and shared, and Back undoes the last change. A facet may hold several values.
 */
import { useSearchParams } from 'react-router';
import { type DatasetQuery, type DatasetSort, FACETS, type FacetName, SORTS } from '../shared/types';

/** The address's Indonesian names for the API's filters. */
export const FACET_PARAM: Record<FacetName, string> = {
  producer: 'produsen',
  group: 'topik',
  tag: 'tag',
  format: 'format',
  frequency: 'frekuensi',
  year: 'tahun',
};

export const PAGE_SIZE = 20;

export function useCatalogueParams() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const chosen = Object.fromEntries(FACETS.map((facet) => [facet, params.getAll(FACET_PARAM[facet])])) as Record<FacetName, string[]>;
  const wantedSort = params.get('urut') as DatasetSort | null;
  const sort: DatasetSort = wantedSort && SORTS.includes(wantedSort) ? wantedSort : q ? 'relevance' : 'updated_desc';
  const rawPage = Number(params.get('halaman'));
  const page = Number.isInteger(rawPage) && rawPage > 0 ? rawPage : 1;
  const query: DatasetQuery = { q: q || undefined, ...chosen, sort, page, pageSize: PAGE_SIZE };
  const filtered = FACETS.some((facet) => chosen[facet].length > 0);

  const change = (edit: (next: URLSearchParams) => void) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      edit(next);
      return next;
    });

  return {
    q,
    chosen,
    sort,
    page,
    query,
    filtered,
    search: (text: string) =>
      change((next) => {
        if (text.trim()) next.set('q', text.trim());
        else next.delete('q');
        // A new question starts from its best answers on the first page.
        next.delete('urut');
        next.delete('halaman');
      }),
    toggle: (facet: FacetName, value: string) =>
      change((next) => {
        const name = FACET_PARAM[facet];
        const values = next.getAll(name);
        next.delete(name);
        for (const v of values.includes(value) ? values.filter((v) => v !== value) : [...values, value]) next.append(name, v);
        next.delete('halaman');
      }),
    clearFilters: () =>
      change((next) => {
        for (const facet of FACETS) next.delete(FACET_PARAM[facet]);
        next.delete('halaman');
      }),
    setSort: (value: DatasetSort) =>
      change((next) => {
        next.set('urut', value);
        next.delete('halaman');
      }),
    setPage: (n: number) =>
      change((next) => {
        if (n > 1) next.set('halaman', String(n));
        else next.delete('halaman');
      }),
  };
}
