/**
 * The Satu Data API (dataset.routes.ts, catalogue.routes.ts, resource.routes.ts) as hooks. Every
 * query key starts with OPENDATA_KEY, so one change (a step, an upload) refreshes what it moved.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../../../api/client';
import type {
  ColumnSpec,
  DatasetAction,
  DatasetInput,
  DatasetQuery,
  DatasetSearchResult,
  DatasetView,
  DatastoreResult,
  GroupView,
  LicenseView,
  ProducerView,
  ResourceDetail,
  ResourceView,
  ReviewView,
  RowsQuery,
} from './types';

export const OPENDATA_KEY = ['opendata'] as const;
const BASE = '/api/opendata';
const datasetPath = (name: string) => `${BASE}/datasets/${encodeURIComponent(name)}`;
export const resourcePath = (id: string) => `${BASE}/resources/${encodeURIComponent(id)}`;

/** Where a resource's table downloads, in the latest confirmed version or an older one. */
export function downloadHref(resourceId: string, format: 'csv' | 'xlsx' | 'json', versionNo?: number): string {
  return `${resourcePath(resourceId)}/download.${format}${versionNo ? `?version=${versionNo}` : ''}`;
}

export function originalHref(resourceId: string, versionNo: number): string {
  return `${resourcePath(resourceId)}/versions/${versionNo}/original`;
}

/** Every list of the module comes back as {items}. */
const itemsOf = <T>(answer: { items: T[] }): T[] => answer.items;

/** The search as the API reads it: list filters repeated, empty ones left out. */
export function searchParams(query: DatasetQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else params.set(key, String(value));
  }
  return params;
}

export function useDatasetSearch(query: DatasetQuery, enabled = true) {
  return useQuery({
    queryKey: [...OPENDATA_KEY, 'search', query],
    queryFn: ({ signal }) => api.get<DatasetSearchResult>(`${BASE}/datasets?${searchParams(query)}`, undefined, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useDataset(name: string | undefined) {
  return useQuery({
    queryKey: [...OPENDATA_KEY, 'dataset', name],
    queryFn: ({ signal }) => api.get<DatasetView>(datasetPath(name ?? ''), undefined, signal),
    enabled: !!name,
  });
}

export function useReviews(name: string | undefined) {
  return useQuery({
    queryKey: [...OPENDATA_KEY, 'reviews', name],
    queryFn: ({ signal }) => api.get<{ items: ReviewView[] }>(`${datasetPath(name ?? '')}/reviews`, undefined, signal),
    select: itemsOf,
    enabled: !!name,
  });
}

export function useQueue() {
  return useQuery({
    queryKey: [...OPENDATA_KEY, 'queue'],
    queryFn: ({ signal }) => api.get<{ items: DatasetView[] }>(`${BASE}/queue`, undefined, signal),
    select: itemsOf,
  });
}

export function useProducers() {
  return useQuery({
    queryKey: [...OPENDATA_KEY, 'producers'],
    queryFn: ({ signal }) => api.get<{ items: ProducerView[] }>(`${BASE}/producers`, undefined, signal),
    select: itemsOf,
    staleTime: 5 * 60_000,
  });
}

export function useGroups() {
  return useQuery({
    queryKey: [...OPENDATA_KEY, 'groups'],
    queryFn: ({ signal }) => api.get<{ items: GroupView[] }>(`${BASE}/groups`, undefined, signal),
    select: itemsOf,
    staleTime: 5 * 60_000,
  });
}

export function useLicenses() {
  return useQuery({
    queryKey: [...OPENDATA_KEY, 'licenses'],
    queryFn: ({ signal }) => api.get<{ items: LicenseView[] }>(`${BASE}/licenses`, undefined, signal),
    select: itemsOf,
    staleTime: 60 * 60_000,
  });
}

export function useResource(id: string | undefined) {
  return useQuery({
    queryKey: [...OPENDATA_KEY, 'resource', id],
    queryFn: ({ signal }) => api.get<ResourceDetail>(resourcePath(id ?? ''), undefined, signal),
    enabled: !!id,
  });
}

/** One column of the datastore's sort; quoted, as a column's name may hold spaces or commas. */
export const sortOn = (column: string, direction: 'asc' | 'desc') => `"${column.replaceAll('"', '""')}" ${direction}`;

/** Rows of a resource's table, as the preview and the chart ask for them. */
export function useRows(resourceId: string, query: RowsQuery, enabled = true) {
  return useQuery({
    queryKey: [...OPENDATA_KEY, 'rows', resourceId, query],
    queryFn: ({ signal }) =>
      api.get<DatastoreResult>(
        `${resourcePath(resourceId)}/rows`,
        {
          filters: query.filters && Object.keys(query.filters).length > 0 ? JSON.stringify(query.filters) : undefined,
          q: query.q,
          sort: query.sort,
          limit: query.limit,
          offset: query.offset,
          // As JSON: a column's name may hold a comma.
          fields: query.fields ? JSON.stringify(query.fields) : undefined,
          version: query.version,
        },
        signal,
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

function useOpendataChange<I, O>(send: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    // Not awaited: the form that sent the change may vanish with the refreshed answer (a confirmed
    // upload has no columns left to confirm), and its own success callback must still run first.
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: OPENDATA_KEY });
    },
  });
}

export const useCreateDataset = () => useOpendataChange((input: DatasetInput) => api.post<DatasetView>(`${BASE}/datasets`, input));

export const useUpdateDataset = (name: string) => useOpendataChange((input: DatasetInput) => api.put<DatasetView>(datasetPath(name), input));

export const useDatasetStep = (name: string) =>
  useOpendataChange(({ action, comment }: { action: DatasetAction; comment?: string }) =>
    api.post<DatasetView>(`${datasetPath(name)}/${action}`, comment ? { comment } : {}),
  );

export const useUploadResource = (name: string) =>
  useOpendataChange(({ file, title, description }: { file: File; title: string; description: string }) => {
    const form = new FormData();
    // The fields first, then the file: the server reads the form as a stream.
    form.append('name', title);
    if (description) form.append('description', description);
    form.append('file', file, file.name);
    return apiRequest<ResourceView>(`${datasetPath(name)}/resources`, { method: 'POST', body: form });
  });

export const useLinkResource = (name: string) =>
  useOpendataChange((body: { name: string; url: string; format: string; description: string }) =>
    api.post<ResourceView>(`${datasetPath(name)}/resources`, body),
  );

export const useAddVersion = (resourceId: string) =>
  useOpendataChange((file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return apiRequest<ResourceView>(`${resourcePath(resourceId)}/versions`, { method: 'POST', body: form });
  });

export const useConfirmColumns = (resourceId: string) =>
  useOpendataChange(({ versionNo, columns, keyColumns }: { versionNo: number; columns: ColumnSpec[]; keyColumns: string[] }) =>
    api.put<ResourceView>(`${resourcePath(resourceId)}/versions/${versionNo}/columns`, { columns, keyColumns }),
  );
