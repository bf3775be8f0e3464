/**
 * The staff list oldest first. The server lists newest first and has no other order, so a page of
 * the oldest is read from the end: the total says where the oldest rows are, the one or two
 * newest-first pages that hold them are fetched, and the slice is reversed. When the count is capped
 * (a queue of more than a thousand) the exact end is unknown and the list stays newest first.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Paged } from '../../../../api/client';
import { fetchStaffList, PAGE_SIZE, type StaffComplaint, type StaffFilter, staffKeys } from '../api';

async function oldestPage(filter: StaffFilter, page: number, pageSize: number, signal: AbortSignal): Promise<Paged<StaffComplaint> & { oldestFirst: boolean }> {
  const first = await fetchStaffList(filter, 1, pageSize, signal);
  if (first.totalCapped) return { ...(page === 1 ? first : await fetchStaffList(filter, page, pageSize, signal)), oldestFirst: false };
  let total = first.total;
  // A complaint filed between the requests shifts every row by one: count again and redo, once.
  for (let attempt = 0; ; attempt++) {
    const end = total - (page - 1) * pageSize;
    if (end <= 0) return { items: [], total, page, pageSize, oldestFirst: true };
    const start = Math.max(0, end - pageSize);
    const firstPage = Math.floor(start / pageSize) + 1;
    const lastPage = Math.floor((end - 1) / pageSize) + 1;
    const pages: Paged<StaffComplaint>[] = [];
    for (let p = firstPage; p <= lastPage; p++) pages.push(p === 1 && total === first.total ? first : await fetchStaffList(filter, p, pageSize, signal));
    const latestTotal = pages[pages.length - 1].total;
    if (latestTotal !== total && attempt === 0) {
      total = latestTotal;
      continue;
    }
    const rows = pages.flatMap((p) => p.items);
    const offset = (firstPage - 1) * pageSize;
    return { items: rows.slice(start - offset, end - offset).reverse(), total, page, pageSize, oldestFirst: true };
  }
}

export function useOldestFirst(filter: StaffFilter, page: number, pageSize = PAGE_SIZE) {
  return useQuery({
    queryKey: [...staffKeys.all, 'oldest-first', filter, page, pageSize],
    queryFn: ({ signal }) => oldestPage(filter, page, pageSize, signal),
    placeholderData: keepPreviousData,
  });
}
