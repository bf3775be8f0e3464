/**
 * The public list's filters as they live in the address (?status=&category=&kecamatanId=&from=&to=
 * &page=&pageSize=), so a filtered list can be bookmarked, shared and reached with Back. The names
 * are the API's own (GET /api/sambat/complaints), so the query is the address minus nothing.
 */
export interface BrowseFilters {
  status: string;
  category: string;
  kecamatanId: string;
  from: string;
  to: string;
}

export const EMPTY_FILTERS: BrowseFilters = { status: '', category: '', kecamatanId: '', from: '', to: '' };
const FILTER_KEYS = Object.keys(EMPTY_FILTERS) as Array<keyof BrowseFilters>;

export const PAGE_SIZES = [20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

/**
 * Status choices a citizen understands, each a group of the API's statuses (complaint.states.ts).
 * The value is what the API takes: one status or several, comma-separated.
 */
export const STATUS_GROUPS = [
  { key: 'waiting', value: 'submitted,postponed,returned' },
  { key: 'handling', value: 'dispositioned,accepted,in_progress,reopened' },
  { key: 'answered', value: 'responded' },
  { key: 'closed', value: 'closed' },
  { key: 'rejected', value: 'rejected' },
] as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readFilters(params: URLSearchParams): BrowseFilters {
  const get = (key: string) => params.get(key)?.trim() ?? '';
  return {
    status: get('status'),
    category: get('category'),
    kecamatanId: get('kecamatanId'),
    // A malformed day in a hand-edited address is dropped rather than sent to be refused.
    from: DAY.test(get('from')) ? get('from') : '',
    to: DAY.test(get('to')) ? get('to') : '',
  };
}

export function readPage(params: URLSearchParams): { page: number; pageSize: number } {
  const page = Number(params.get('page'));
  const pageSize = Number(params.get('pageSize'));
  return {
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

/** The address for these filters, page and page size; defaults are left out to keep it short. */
export function filtersToParams(filters: BrowseFilters, page: number, pageSize: number): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filters[key]) params.set(key, filters[key]);
  if (page > 1) params.set('page', String(page));
  if (pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(pageSize));
  return params;
}

export function hasFilters(filters: BrowseFilters): boolean {
  return FILTER_KEYS.some((key) => filters[key] !== '');
}
