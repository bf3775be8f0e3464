/** Webhooks of the OPDs the signed-in person manages (webhook.routes.ts). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';

export interface Webhook {
  id: string;
  opdId: string;
  url: string;
  description: string | null;
  createdAt: string;
}

const KEY = ['admin', 'webhooks'] as const;

export function useWebhooks() {
  return useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => api.get<{ items: Webhook[] }>('/api/sambat/webhooks', undefined, signal),
    select: (answer) => answer.items,
  });
}

export function useRegisterWebhook() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { opdId: string; url: string; description?: string }) => api.post<{ webhook: Webhook; secret: string }>('/api/sambat/webhooks', input),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

/** The server keeps the record, inactive, for the audit trail; the list no longer shows it. */
export function useStopWebhook() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`/api/sambat/webhooks/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}
