/**
 * The smart city API (src/modules/smartcity/*.routes.ts) as hooks. Every query key starts with
 * SMARTCITY_KEY: one change (a milestone done, an evaluation published) moves the roll-ups and
 * lists beside it, and they are small, so everything is read again.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest, type Paged } from '../../../api/client';
import type {
  Dimension,
  Evaluation,
  EvaluationEvidence,
  EvaluationInput,
  IndexKey,
  IndicatorInput,
  NewRoadmapInput,
  Programme,
  ProgrammeInput,
  Progress,
  RoadmapFilter,
  RoadmapInput,
  RoadmapItem,
  Settings,
  Stage,
} from './types';

export const SMARTCITY_KEY = ['smartcity'] as const;
const BASE = '/api/smartcity';
const enc = encodeURIComponent;
const itemsOf = <T>(answer: { items: T[] }): T[] => answer.items;
const HOUR = 60 * 60_000;

export const evaluationPath = (id: string) => `${BASE}/evaluations/${enc(id)}`;
export const exportHref = (id: string, format: 'xlsx' | 'pdf') => `${evaluationPath(id)}/export.${format}`;

export function useDimensions() {
  return useQuery({
    queryKey: [...SMARTCITY_KEY, 'dimensions'],
    queryFn: ({ signal }) => api.get<{ items: Dimension[] }>(`${BASE}/dimensions`, undefined, signal),
    select: itemsOf,
    staleTime: HOUR,
  });
}

export function useProgrammes() {
  return useQuery({
    queryKey: [...SMARTCITY_KEY, 'programmes'],
    // A masterplan has tens of programmes: one page of the most the API gives holds them all.
    queryFn: ({ signal }) => api.get<Paged<Programme>>(`${BASE}/programmes`, { pageSize: 200 }, signal),
    select: itemsOf,
  });
}

export function useProgress() {
  return useQuery({
    queryKey: [...SMARTCITY_KEY, 'progress'],
    queryFn: ({ signal }) => api.get<Progress>(`${BASE}/progress`, undefined, signal),
  });
}

export function useRoadmap(filter: RoadmapFilter, page = 1, pageSize = 25) {
  return useQuery({
    queryKey: [...SMARTCITY_KEY, 'roadmap', filter, page, pageSize],
    queryFn: ({ signal }) => api.get<Paged<RoadmapItem>>(`${BASE}/roadmap`, { ...filter, page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useRoadmapItem(id: string | undefined) {
  return useQuery({
    queryKey: [...SMARTCITY_KEY, 'roadmap-item', id],
    queryFn: ({ signal }) => api.get<RoadmapItem>(`${BASE}/roadmap/${enc(id ?? '')}`, undefined, signal),
    enabled: !!id,
  });
}

export function useEvaluations() {
  return useQuery({
    queryKey: [...SMARTCITY_KEY, 'evaluations'],
    queryFn: ({ signal }) => api.get<{ items: Evaluation[] }>(`${BASE}/evaluations`, undefined, signal),
    select: itemsOf,
  });
}

export function useEvaluation(id: string | undefined) {
  return useQuery({
    queryKey: [...SMARTCITY_KEY, 'evaluation', id],
    queryFn: ({ signal }) => api.get<Evaluation>(evaluationPath(id ?? ''), undefined, signal),
    enabled: !!id,
  });
}

export function useSettings() {
  return useQuery({
    queryKey: [...SMARTCITY_KEY, 'settings'],
    queryFn: ({ signal }) => api.get<Settings>(`${BASE}/settings`, undefined, signal),
  });
}

/**
 * A change, after which every smart city query is read again. The refresh is not awaited: a step
 * often removes the control that took it (a published evaluation has no publish button), and the
 * caller's own onSuccess, which says what was done, runs only while that control is still there.
 */
function useSmartcityChange<I, O>(send: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: SMARTCITY_KEY });
    },
  });
}

export const useCreateProgramme = () => useSmartcityChange((body: ProgrammeInput) => api.post<Programme>(`${BASE}/programmes`, body));

export const useUpdateProgramme = () =>
  useSmartcityChange(({ id, ...body }: ProgrammeInput & { id: string }) => api.patch<Programme>(`${BASE}/programmes/${enc(id)}`, body));

export const useCreateRoadmapItem = () => useSmartcityChange((body: NewRoadmapInput) => api.post<RoadmapItem>(`${BASE}/roadmap`, body));

export const useUpdateRoadmapItem = (id: string) =>
  useSmartcityChange((body: Partial<RoadmapInput>) => api.patch<RoadmapItem>(`${BASE}/roadmap/${enc(id)}`, body));

export const useRemoveRoadmapItem = () => useSmartcityChange((id: string) => api.delete<void>(`${BASE}/roadmap/${enc(id)}`));

export const useAddMilestone = (itemId: string) =>
  useSmartcityChange((body: { title: string; due: string; weight: number }) => api.post<RoadmapItem>(`${BASE}/roadmap/${enc(itemId)}/milestones`, body));

/** Marks a milestone done on a day (YYYY-MM-DD), or not done (null). */
export const useSetMilestoneDone = () =>
  useSmartcityChange(({ id, doneAt }: { id: string; doneAt: string | null }) => api.patch<RoadmapItem>(`${BASE}/milestones/${enc(id)}`, { doneAt }));

export const useRemoveMilestone = () => useSmartcityChange((id: string) => api.delete<RoadmapItem>(`${BASE}/milestones/${enc(id)}`));

export const useAddIndicator = (itemId: string) =>
  useSmartcityChange((body: IndicatorInput) => api.post<RoadmapItem>(`${BASE}/roadmap/${enc(itemId)}/indicators`, body));

export const useUpdateIndicator = () =>
  useSmartcityChange(({ id, ...body }: Partial<IndicatorInput> & { id: string }) => api.patch<RoadmapItem>(`${BASE}/indicators/${enc(id)}`, body));

export const useRemoveIndicator = () => useSmartcityChange((id: string) => api.delete<RoadmapItem>(`${BASE}/indicators/${enc(id)}`));

export const useCreateEvaluation = () => useSmartcityChange((body: { year: number; stage: Stage }) => api.post<Evaluation>(`${BASE}/evaluations`, body));

export const useSaveEvaluation = (id: string) => useSmartcityChange((body: EvaluationInput) => api.put<Evaluation>(evaluationPath(id), body));

export const usePublishEvaluation = (id: string) => useSmartcityChange(() => api.post<Evaluation>(`${evaluationPath(id)}/publish`));

export const useUploadEvaluationEvidence = (id: string) =>
  useSmartcityChange(({ file, index }: { file: File; index: IndexKey | null }) => {
    const form = new FormData();
    // The field first, then the file: the server reads the form as a stream.
    if (index) form.append('index', index);
    form.append('file', file, file.name);
    return apiRequest<EvaluationEvidence>(`${evaluationPath(id)}/evidence`, { method: 'POST', body: form });
  });

export const useRemoveEvaluationEvidence = () => useSmartcityChange((id: string) => api.delete<void>(`${BASE}/evidence/${enc(id)}`));

export const useSaveSettings = () => useSmartcityChange((body: Settings) => api.put<Settings>(`${BASE}/settings`, body));
