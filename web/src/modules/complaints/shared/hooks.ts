/** Reference lists every complaint page needs, cached for the session: they change rarely. */
import { useQuery } from '@tanstack/react-query';
import { api, type Paged } from '../../../api/client';
import type { Category, Kecamatan, Opd } from './types';

const HOUR = 60 * 60_000;

export function useCategories() {
  return useQuery({
    queryKey: ['sambat', 'categories'],
    queryFn: () => api.get<{ items: Category[] }>('/api/sambat/categories'),
    select: (answer) => answer.items,
    staleTime: HOUR,
  });
}

/** Kecamatan by name, each with its kelurahan. */
export function useWilayah() {
  return useQuery({
    queryKey: ['org', 'wilayah'],
    queryFn: () => api.get<{ items: Kecamatan[] }>('/api/org/wilayah'),
    select: (answer) => answer.items,
    staleTime: HOUR,
  });
}

/** OPDs in force today. */
export function useOpds() {
  return useQuery({
    queryKey: ['org', 'opds'],
    queryFn: () => api.get<Paged<Opd>>('/api/org/opds', { pageSize: 200 }),
    select: (answer) => answer.items,
    staleTime: HOUR,
  });
}
