/** The published quarters (score.routes.ts, public): what citizens may read without signing in. */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { PERFORMANCE_KEY } from '../shared/api';
import type { PublicationRef, PublishedQuarter } from '../shared/types';

export function usePublishedList() {
  return useQuery({
    queryKey: [...PERFORMANCE_KEY, 'published'],
    queryFn: ({ signal }) => api.get<{ items: PublicationRef[] }>('/api/performance/published', undefined, signal),
    select: (answer) => answer.items,
  });
}

export function usePublishedQuarter(periodId: string | undefined, quarter: number | undefined) {
  return useQuery({
    queryKey: [...PERFORMANCE_KEY, 'published', periodId, quarter],
    queryFn: ({ signal }) => api.get<PublishedQuarter>(`/api/performance/published/${encodeURIComponent(periodId ?? '')}/${quarter}`, undefined, signal),
    enabled: !!periodId && !!quarter,
  });
}
