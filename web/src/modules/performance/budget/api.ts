/** Budgets (budget.routes.ts): pagu and cash plan per OPD, absorption per quarter, BKAD's workbook. */
import { useMutation, useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import { PERFORMANCE_KEY } from '../shared/api';
import { useRefresh } from '../shared/useRefresh';

export interface BudgetQuarter {
  quarter: number;
  planned: number;
  realized: number | null;
  absorption: number | null;
  plannedCumulative: number;
  realizedCumulative: number | null;
  absorptionCumulative: number | null;
  ofPlanCumulative: number | null;
  deviation: number | null;
}

export interface Budget {
  periodId: string;
  opdId: string;
  opd: { code: string; name: string; shortName: string };
  pagu: number;
  plan: number[];
  planTotal: number;
  realizedTotal: number;
  reportedThrough: number | null;
  quarters: BudgetQuarter[];
  updatedAt: string;
  lastImport: { id: string; fileName: string; importedAt: string; importedBy: { id: string; name: string } | null } | null;
}

export interface BudgetList {
  period: { id: string; name: string; year: number };
  items: Budget[];
}

/** A cell of the workbook to correct (or, among warnings, imported anyway). */
export interface CellProblem {
  field: string;
  row?: number;
  column?: string;
  header?: string;
  message: string;
}

export interface ImportAnswer {
  importId: string;
  fileName: string;
  rows: number;
  cellsWritten: number;
  warnings: CellProblem[];
  items: Budget[];
}

export function useBudgets(periodId: string | undefined) {
  return useQuery({
    queryKey: [...PERFORMANCE_KEY, 'budgets', periodId],
    queryFn: ({ signal }) => api.get<BudgetList>('/api/performance/budgets', { periodId }, signal),
    enabled: !!periodId,
  });
}

export const budgetTemplateUrl = (periodId: string) => withQuery('/api/performance/budgets/template.xlsx', { periodId });

export function useSetBudget(periodId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ opdId, ...body }: { opdId: string; pagu: number; plan: number[] }) =>
      api.put<Budget>(`/api/performance/budgets/${encodeURIComponent(periodId)}/${encodeURIComponent(opdId)}`, body),
    onSuccess: () => refresh(),
  });
}

export function useImportBudget(periodId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return api.post<ImportAnswer>(withQuery('/api/performance/budgets/import', { periodId }), form);
    },
    onSuccess: () => refresh(),
  });
}

/** The import's 422 names cells (row, column, header); any other problem names a field at most. */
export function cellProblemsOf(error: unknown): CellProblem[] {
  if (!(error instanceof ApiError) || error.status !== 422) return [];
  return ((error.problem.errors ?? []) as CellProblem[]).filter((e) => e.row !== undefined);
}
