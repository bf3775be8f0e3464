/**
 * Dead letters: outbox deliveries that failed every retry. The list pages by key (newest first,
 * then "before this id"), so it grows with "Muat lebih banyak" rather than numbered pages.
 */
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';

export interface DeadLetter {
  id: number;
  topic: string;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  processedAt: string | null;
}

const KEY = ['admin', 'outbox', 'dead'] as const;
export const BATCH = 50;

export function useDeadLetters() {
  return useInfiniteQuery({
    queryKey: KEY,
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam, signal }) => api.get<{ items: DeadLetter[] }>('/api/admin/outbox/dead', { limit: BATCH, beforeId: pageParam }, signal),
    // A short batch is the last one.
    getNextPageParam: (last) => (last.items.length < BATCH ? undefined : last.items[last.items.length - 1].id),
  });
}

/** Back into the queue with a fresh count of attempts; the worker sends it within moments. */
export function useRetry() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.post<DeadLetter>(`/api/admin/outbox/${id}/retry`),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}
