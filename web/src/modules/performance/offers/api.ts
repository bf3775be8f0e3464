/** Performance offers (auction.routes.ts) and the indicators an offer is made of (planning.routes.ts). */
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { PERFORMANCE_KEY } from '../shared/api';
import type { Direction, Indicator, Offer, Period } from '../shared/types';
import { useRefresh } from '../shared/useRefresh';

const OFFERS = '/api/performance/offers';

export function useOffers(filter: { periodId?: string; opdId?: string }, enabled = true) {
  return useQuery({
    queryKey: [...PERFORMANCE_KEY, 'offers', filter],
    queryFn: ({ signal }) => api.get<{ items: Offer[] }>(OFFERS, filter, signal),
    select: (answer) => answer.items,
    enabled: enabled && !!filter.periodId,
  });
}

export function useOffer(id: string) {
  return useQuery({
    queryKey: [...PERFORMANCE_KEY, 'offer', id],
    queryFn: ({ signal }) => api.get<Offer>(`${OFFERS}/${encodeURIComponent(id)}`, undefined, signal),
  });
}

/**
 * The OPD's indicators an offer for this year may name: those of the year's goals and of its
 * RPJMD's goals, as the server accepts them (auction.service.ts checkedTargets).
 */
export function useOfferIndicators(period: Period | undefined, opdId: string) {
  return useQuery({
    queryKey: [...PERFORMANCE_KEY, 'indicators', period?.id, opdId],
    queryFn: async ({ signal }) => {
      const periods = [period?.id, period?.parentId].filter((id): id is string => !!id);
      const lists = await Promise.all(periods.map((periodId) => api.get<{ items: Indicator[] }>('/api/performance/indicators', { opdId, periodId }, signal)));
      const byId = new Map(lists.flatMap((l) => l.items).map((i) => [i.id, i]));
      return [...byId.values()].sort((a, b) => a.code.localeCompare(b.code, 'id', { numeric: true }));
    },
    enabled: !!period && !!opdId,
  });
}

export interface TargetInput {
  indicatorId: string;
  target: number;
  targetUpper?: number;
  quarterly?: Array<number | null>;
}

export function useCreateOffer() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { periodId: string; opdId: string; deadline: string; targets: TargetInput[] }) => api.post<Offer>(OFFERS, body),
    onSuccess: () => refresh(),
  });
}

export type AnswerBody =
  | { kind: 'accept' }
  | { kind: 'decline'; reason: string; replacementName: string }
  | { kind: 'counter'; reason?: string; targets: Array<{ indicatorId: string; target: number; targetUpper?: number }> };

export function useAnswerOffer(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: AnswerBody) => api.post<Offer>(`${OFFERS}/${encodeURIComponent(id)}/answer`, body),
    onSuccess: () => refresh(),
  });
}

export function useDecideOffer(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { approved: boolean; reason?: string }) => api.post<Offer>(`${OFFERS}/${encodeURIComponent(id)}/decision`, body),
    onSuccess: () => refresh(),
  });
}

/** The two documents of an accepted offer (documents.routes.ts), as plain links the browser saves. */
export const paktaIntegritasUrl = (offer: Offer) => `${OFFERS}/${encodeURIComponent(offer.id)}/pakta-integritas.pdf`;
export const perjanjianKinerjaUrl = (offer: Offer) =>
  `/api/performance/periods/${encodeURIComponent(offer.periodId)}/opds/${encodeURIComponent(offer.opdId)}/perjanjian-kinerja.pdf`;

/** A range indicator's target has two bounds; the others one. */
export const isRange = (direction: Direction) => direction === 'range';
