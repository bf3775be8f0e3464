/** API tokens (tokens.routes.ts): listed without secrets; the secret comes once, in the create answer. */
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Paged } from '../../../api/client';
import type { UserRecord } from '../users/types';

export type Scope = 'read' | 'write' | 'admin';
export const SCOPES: Scope[] = ['read', 'write', 'admin'];
export const PAGE_SIZE = 25;

export interface ApiToken {
  id: string;
  userId: string;
  name: string;
  /** The first characters, to recognise a token without revealing it. */
  prefix: string;
  scopes: Scope[];
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const KEY = ['admin', 'tokens'] as const;

export function useTokens(includeRevoked: boolean, page: number) {
  return useQuery({
    queryKey: [...KEY, includeRevoked, page],
    queryFn: ({ signal }) => api.get<Paged<ApiToken>>('/api/admin/tokens', { includeRevoked, page, pageSize: PAGE_SIZE }, signal),
    placeholderData: (previous) => previous,
  });
}

export function useCreateToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { userId: string; name: string; scopes: Scope[]; expiresAt: string | null }) =>
      api.post<{ token: string; info: ApiToken }>('/api/admin/tokens', input),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<ApiToken>(`/api/admin/tokens/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

/** The owners' names: the token list carries only their ids, and a page names only a few accounts. */
export function useOwnerNames(ids: string[]): (id: string) => string {
  const unique = [...new Set(ids)];
  const owners = useQueries({
    queries: unique.map((id) => ({
      queryKey: ['admin', 'user', id],
      queryFn: ({ signal }: { signal: AbortSignal }) => api.get<UserRecord>(`/api/admin/users/${id}`, undefined, signal),
      staleTime: 5 * 60_000,
    })),
  });
  const names = new Map(owners.flatMap((q) => (q.data ? [[q.data.id, q.data.name] as const] : [])));
  return (id) => names.get(id) ?? id;
}

/** Accounts to own a token, found by name or email. */
export function useAccountSearch(q: string) {
  return useQuery({
    queryKey: ['admin', 'users', { q, active: 'true', page: 1, pick: true }],
    queryFn: ({ signal }) => api.get<Paged<UserRecord>>('/api/admin/users', { q, active: true, pageSize: 20 }, signal),
    select: (answer) => answer.items,
    placeholderData: (previous) => previous,
  });
}
