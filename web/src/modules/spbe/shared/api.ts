/**
 * The SPBE API (src/modules/spbe) as hooks. Every query key starts with SPBE_KEY: one change (a
 * level, a file, a review) moves the assessment, the progress and the indices together, and the
 * lists are small, so everything is read again.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../../../api/client';
import type {
  Assessment,
  Basis,
  Claim,
  Decision,
  EvaluationDetail,
  EvaluationSummary,
  FrameworkDetail,
  FrameworkSummary,
  Gap,
  HistoryPoint,
  Simulation,
  SpbeIndex,
} from './types';

export const SPBE_KEY = ['spbe'] as const;
const BASE = '/api/spbe';
const evaluationPath = (year: number) => `${BASE}/evaluations/${year}`;
const indicatorPath = (year: number, number: number) => `${evaluationPath(year)}/indicators/${number}`;

export const workbookHref = (code: string) => `${BASE}/frameworks/${encodeURIComponent(code)}/workbook.xlsx`;
export const exportHref = (year: number, format: 'xlsx' | 'pdf') => `${evaluationPath(year)}/export.${format}`;

const itemsOf = <T>(answer: { items: T[] }): T[] => answer.items;

export function useFrameworks() {
  return useQuery({
    queryKey: [...SPBE_KEY, 'frameworks'],
    queryFn: ({ signal }) => api.get<{ items: FrameworkSummary[] }>(`${BASE}/frameworks`, undefined, signal),
    select: itemsOf,
    staleTime: 5 * 60_000,
  });
}

export function useFramework(code: string | undefined) {
  return useQuery({
    queryKey: [...SPBE_KEY, 'framework', code],
    queryFn: ({ signal }) => api.get<FrameworkDetail>(`${BASE}/frameworks/${encodeURIComponent(code ?? '')}`, undefined, signal),
    enabled: !!code,
    staleTime: 5 * 60_000,
  });
}

export function useEvaluations() {
  return useQuery({
    queryKey: [...SPBE_KEY, 'evaluations'],
    queryFn: ({ signal }) => api.get<{ items: EvaluationSummary[] }>(`${BASE}/evaluations`, undefined, signal),
    select: itemsOf,
  });
}

export function useEvaluation(year: number | undefined) {
  return useQuery({
    queryKey: [...SPBE_KEY, 'evaluation', year],
    queryFn: ({ signal }) => api.get<EvaluationDetail>(evaluationPath(year ?? 0), undefined, signal),
    enabled: year !== undefined,
  });
}

export function useIndex(year: number | undefined, basis: Basis) {
  return useQuery({
    queryKey: [...SPBE_KEY, 'index', year, basis],
    queryFn: ({ signal }) => api.get<SpbeIndex>(`${evaluationPath(year ?? 0)}/index`, { basis }, signal),
    enabled: year !== undefined,
  });
}

export function useGaps(year: number, basis: Basis) {
  return useQuery({
    queryKey: [...SPBE_KEY, 'gaps', year, basis],
    queryFn: ({ signal }) => api.get<{ items: Gap[] }>(`${evaluationPath(year)}/gaps`, { basis }, signal),
    select: itemsOf,
  });
}

export function useHistory() {
  return useQuery({
    queryKey: [...SPBE_KEY, 'history'],
    queryFn: ({ signal }) => api.get<{ items: HistoryPoint[] }>(`${BASE}/history`, undefined, signal),
    select: itemsOf,
  });
}

function useSpbeChange<I, O>(send: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    // Not awaited: the form that sent the change may vanish with the refreshed answer, and its own
    // success callback must still run first.
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: SPBE_KEY });
    },
  });
}

export const useOpenEvaluation = () =>
  useSpbeChange((body: { year: number; frameworkCode: string }) => api.post<EvaluationSummary>(`${BASE}/evaluations`, body));

export const useImportFramework = () =>
  useSpbeChange((file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return apiRequest<FrameworkSummary>(`${BASE}/frameworks`, { method: 'POST', body: form });
  });

export const useAssign = (year: number) =>
  useSpbeChange((assignments: Array<{ indicator: number; opdId: string | null }>) =>
    api.put<EvaluationDetail>(`${evaluationPath(year)}/assignments`, { assignments }),
  );

export const useSaveClaims = (year: number, number: number) =>
  useSpbeChange((body: { claims: Claim[]; explanation: string }) => api.put<Assessment>(indicatorPath(year, number), body));

export const useUploadEvidence = (year: number, number: number) =>
  useSpbeChange(({ level, file }: { level: number; file: File }) => {
    const form = new FormData();
    // The field first, then the file: the server reads the form as a stream.
    form.append('level', String(level));
    form.append('file', file, file.name);
    return apiRequest<Assessment>(`${indicatorPath(year, number)}/evidence`, { method: 'POST', body: form });
  });

export const useLinkEvidence = (year: number, number: number) =>
  useSpbeChange((body: { level: number; url: string; name: string }) => api.post<Assessment>(`${indicatorPath(year, number)}/evidence`, body));

export const useRemoveEvidence = (year: number, number: number) =>
  useSpbeChange((id: string) => api.delete<Assessment>(`${indicatorPath(year, number)}/evidence/${encodeURIComponent(id)}`));

export const useSubmitIndicator = (year: number, number: number) => useSpbeChange(() => api.post<Assessment>(`${indicatorPath(year, number)}/submit`));

export const useReview = (year: number, number: number) =>
  useSpbeChange((body: { decision: Decision; level?: number; comment: string }) => api.post<Assessment>(`${indicatorPath(year, number)}/review`, body));

export const useFinalize = (year: number) => useSpbeChange(() => api.post<EvaluationSummary>(`${evaluationPath(year)}/finalize`));

/** A what-if: asks the server for the index with some levels changed; nothing is saved. */
export const useSimulate = (year: number) =>
  useMutation({
    mutationFn: (body: { basis: Basis; levels: Record<string, number> }) => api.post<Simulation>(`${evaluationPath(year)}/simulate`, body),
  });
