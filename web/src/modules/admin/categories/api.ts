/**
 * Categories (retired ones too) and routing rules. The list names each category in the asker's
 * language only, so the admin list asks twice (Indonesian, English) to show and edit both names.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../../../api/client';
import type { Category } from '../../complaints/shared/types';

export interface AdminCategory extends Category {
  nameId: string;
  nameEn: string;
}

export interface RoutingRule {
  id: string;
  categoryId: string;
  kecamatanId: string | null;
  kelurahanId: string | null;
  opdId: string;
}

const CATEGORIES_KEY = ['admin', 'categories'] as const;
const RULES_KEY = ['admin', 'routing-rules'] as const;

function categoriesIn(language: 'id' | 'en', signal: AbortSignal) {
  return apiRequest<{ items: Category[] }>('/api/sambat/categories', { query: { all: true }, headers: { 'Accept-Language': language }, signal });
}

export function useAdminCategories() {
  return useQuery({
    queryKey: CATEGORIES_KEY,
    queryFn: async ({ signal }): Promise<AdminCategory[]> => {
      const [id, en] = await Promise.all([categoriesIn('id', signal), categoriesIn('en', signal)]);
      const english = new Map(en.items.map((c) => [c.id, c.name]));
      return id.items.map((c) => ({ ...c, nameId: c.name, nameEn: english.get(c.id) ?? c.name }));
    },
  });
}

export interface CategoryInput {
  code?: string;
  name?: string;
  nameEn?: string;
  description?: string | null;
  defaultOpdId?: string | null;
  verifyDays?: number | null;
  respondDays?: number | null;
  closeDays?: number | null;
  skipVerification?: boolean;
  duplicateRadiusMetres?: number;
  active?: boolean;
}

function useRefreshCategories() {
  const client = useQueryClient();
  return () => {
    client.invalidateQueries({ queryKey: CATEGORIES_KEY });
    // The filing form's and the officer pages' cached list.
    client.invalidateQueries({ queryKey: ['sambat', 'categories'] });
  };
}

export function useSaveCategory() {
  const refresh = useRefreshCategories();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: CategoryInput }) =>
      id ? api.patch<Category>(`/api/sambat/categories/${id}`, input) : api.post<Category>('/api/sambat/categories', input),
    onSuccess: refresh,
  });
}

/** Retires a category (citizens can no longer choose it) or brings a retired one back. */
export function useSetCategoryActive() {
  const refresh = useRefreshCategories();
  return useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) => api.patch<Category>(`/api/sambat/categories/${id}`, { active }),
    onSuccess: refresh,
  });
}

export function useRoutingRules(categoryId: string) {
  return useQuery({
    queryKey: [...RULES_KEY, categoryId],
    queryFn: ({ signal }) => api.get<{ items: RoutingRule[] }>('/api/sambat/routing-rules', { categoryId }, signal),
    select: (answer) => answer.items,
  });
}

export type NewRule = Omit<RoutingRule, 'id'>;

const ruleBody = (r: NewRule) => ({ categoryId: r.categoryId, kecamatanId: r.kecamatanId, kelurahanId: r.kelurahanId, opdId: r.opdId });

export function useAddRule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (rule: NewRule) => api.post<RoutingRule>('/api/sambat/routing-rules', ruleBody(rule)),
    onSuccess: () => client.invalidateQueries({ queryKey: RULES_KEY }),
  });
}

export function useRemoveRule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`/api/sambat/routing-rules/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: RULES_KEY }),
  });
}

/**
 * A rule is unique per category and place, so a new OPD for the same place replaces the rule:
 * remove, then add; should the add be refused, the old rule is put back.
 */
export function useChangeRuleOpd() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ rule, opdId }: { rule: RoutingRule; opdId: string }) => {
      await api.delete<void>(`/api/sambat/routing-rules/${rule.id}`);
      try {
        return await api.post<RoutingRule>('/api/sambat/routing-rules', ruleBody({ ...rule, opdId }));
      } catch (error) {
        await api.post<RoutingRule>('/api/sambat/routing-rules', ruleBody(rule)).catch(() => undefined);
        throw error;
      }
    },
    onSettled: () => client.invalidateQueries({ queryKey: RULES_KEY }),
  });
}
