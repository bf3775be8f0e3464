/** A complaint's public page and the reporter's steps on it, through the public SAMBAT API. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, apiRequest } from '../../../../api/client';
import type { PublicDetail, Status } from '../../shared/types';

const path = (trackingNo: string) => `/api/sambat/complaints/${encodeURIComponent(trackingNo)}`;
export const trackingKey = (trackingNo: string) => ['sambat', 'track', trackingNo] as const;

/** A rahasia complaint is only shown with its secret, sent as a header (never in the URL). */
export function useTrackedComplaint(trackingNo: string, secret: string | null) {
  const { i18n } = useTranslation();
  return useQuery({
    // The language is part of the answer (status labels, category names).
    queryKey: [...trackingKey(trackingNo), secret ?? '', i18n.language],
    queryFn: ({ signal }) => apiRequest<PublicDetail>(path(trackingNo), { headers: secret ? { 'X-Tracking-Secret': secret } : undefined, signal }),
  });
}

export interface StatusAnswer {
  trackingNo: string;
  status: Status;
  dueAt: string | null;
}

export type ReporterStep =
  | { action: 'replies' | 'info'; message: string }
  | { action: 'confirm'; satisfaction: number; note?: string }
  | { action: 'reopen'; reason: string };

/** Reply, supply information, confirm or reopen; afterwards the page reloads the timeline. */
export function useReporterStep(trackingNo: string, secret: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ action, ...body }: ReporterStep) => api.post<StatusAnswer>(`${path(trackingNo)}/${action}`, { ...body, secret }),
    // Also after a refusal: a 409 means the status moved on, and the page should show where to.
    onSettled: () => client.invalidateQueries({ queryKey: trackingKey(trackingNo) }),
  });
}

export function useSupport(trackingNo: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ supporters: number; added: boolean }>(`${path(trackingNo)}/support`),
    onSuccess: () => client.invalidateQueries({ queryKey: trackingKey(trackingNo) }),
  });
}
