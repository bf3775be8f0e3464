/** The mayor's view (score.routes.ts): a quarter's scores, the rules' findings, and publication. */
import { useMutation, useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../../api/client';
import { PERFORMANCE_KEY } from '../shared/api';
import type { PublicationRef, Quarter, QuarterScores, RuleResult } from '../shared/types';
import { useRefresh } from '../shared/useRefresh';

export function useScores(periodId: string | undefined, quarter: Quarter) {
  return useQuery({
    queryKey: [...PERFORMANCE_KEY, 'scores', periodId, quarter],
    queryFn: ({ signal }) => api.get<QuarterScores>('/api/performance/scores', { periodId, quarter }, signal),
    enabled: !!periodId,
  });
}

export const scoresXlsxUrl = (periodId: string, quarter: Quarter) => withQuery('/api/performance/scores.xlsx', { periodId, quarter });

export function useRuleResults(periodId: string | undefined, quarter: Quarter) {
  return useQuery({
    queryKey: [...PERFORMANCE_KEY, 'rule-results', periodId, quarter],
    queryFn: ({ signal }) => api.get<{ items: RuleResult[] }>('/api/performance/rule-results', { periodId, quarter }, signal),
    select: (answer) => answer.items,
    enabled: !!periodId,
  });
}

/** Quarters already published (public), to say whether this one is and when. */
export function usePublications() {
  return useQuery({
    queryKey: [...PERFORMANCE_KEY, 'published'],
    queryFn: ({ signal }) => api.get<{ items: PublicationRef[] }>('/api/performance/published', undefined, signal),
    select: (answer) => answer.items,
  });
}

function useScoreChange<I, O>(send: (input: I) => Promise<O>) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: send, onSuccess: () => refresh() });
}

export const useEvaluate = () =>
  useScoreChange((body: { periodId: string; quarter: Quarter }) => api.post<{ items: RuleResult[] }>('/api/performance/evaluations', body));

export const useDecideFinding = () =>
  useScoreChange(({ id, ...body }: { id: string; decision: 'confirm' | 'waive'; reason?: string }) =>
    api.post<RuleResult>(`/api/performance/rule-results/${encodeURIComponent(id)}/decision`, body),
  );

export const usePublishFinding = () => useScoreChange((id: string) => api.post<RuleResult>(`/api/performance/rule-results/${encodeURIComponent(id)}/publish`));

export const usePublishScores = () =>
  useScoreChange((body: { periodId: string; quarter: Quarter }) => api.post<PublicationRef>('/api/performance/publications', body));
