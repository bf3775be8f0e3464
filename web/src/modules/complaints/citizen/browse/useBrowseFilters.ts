/** The filters, page and page size of the list and the map, read from and written to the address. */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type BrowseFilters, filtersToParams, readFilters, readPage } from './filters';

export function useBrowseFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const { page, pageSize } = useMemo(() => readPage(params), [params]);

  /** New filters start again at page 1, as a new entry in history (Back returns to the old ones). */
  const applyFilters = useCallback((next: BrowseFilters, nextPageSize: number) => setParams(filtersToParams(next, 1, nextPageSize)), [setParams]);
  const setPage = useCallback(
    (next: number, replace = false) => setParams(filtersToParams(filters, next, pageSize), { replace }),
    [filters, pageSize, setParams],
  );

  return { filters, page, pageSize, applyFilters, setPage };
}
