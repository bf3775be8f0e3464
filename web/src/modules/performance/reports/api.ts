/** Quarterly reports (report.routes.ts): lists, one report, and every step on it. */
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, apiRequest, type Paged } from '../../../api/client';
import { PERFORMANCE_KEY } from '../shared/api';
import type { Quarter, Report, ReportStatus, ReportSummary } from '../shared/types';
import { useRefresh } from '../shared/useRefresh';

const REPORTS = '/api/performance/reports';
const one = (id: string) => `${REPORTS}/${encodeURIComponent(id)}`;

export interface ReportFilter {
  periodId?: string;
  opdId?: string;
  quarter?: Quarter;
  status?: ReportStatus;
}

export function useReports(filter: ReportFilter, page = 1, pageSize = 25, enabled = true) {
  return useQuery({
    queryKey: [...PERFORMANCE_KEY, 'reports', filter, page, pageSize],
    queryFn: ({ signal }) => api.get<Paged<ReportSummary>>(REPORTS, { ...filter, page, pageSize }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useReport(id: string | undefined) {
  return useQuery({
    queryKey: [...PERFORMANCE_KEY, 'report', id],
    queryFn: ({ signal }) => api.get<Report>(one(id ?? ''), undefined, signal),
    enabled: !!id,
  });
}

function useReportChange<I>(send: (input: I) => Promise<unknown>) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: send, onSuccess: () => refresh() });
}

export const useOpenReport = () => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { periodId: string; opdId: string; quarter: Quarter }) => api.post<Report>(REPORTS, body),
    onSuccess: () => refresh(),
  });
};

export const useSetRealization = (id: string) =>
  useReportChange(({ indicatorId, value, note }: { indicatorId: string; value: number | null; note: string | null }) =>
    api.put<Report>(`${one(id)}/realizations/${encodeURIComponent(indicatorId)}`, { value, note }),
  );

export const useUploadEvidence = (id: string) =>
  useReportChange(({ indicatorId, file }: { indicatorId: string; file: File }) => {
    const form = new FormData();
    // The field first, then the file: the server reads the form as a stream.
    form.append('indicatorId', indicatorId);
    form.append('file', file, file.name);
    return apiRequest(`${one(id)}/evidence`, { method: 'POST', body: form });
  });

export const useRemoveEvidence = (id: string) =>
  useReportChange((evidenceId: string) => api.delete<void>(`${one(id)}/evidence/${encodeURIComponent(evidenceId)}`));

export const useSubmitReport = (id: string) => useReportChange(() => api.post<Report>(`${one(id)}/submit`));

export const useReviewReport = (id: string) =>
  useReportChange((body: { decision: 'verified' | 'returned'; comment?: string }) => api.post<Report>(`${one(id)}/review`, body));
