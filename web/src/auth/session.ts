/**
 * The signed-in user, if any. The session itself is an HttpOnly cookie the page cannot read; the
 * CSRF token comes with /api/auth/session and goes back on every write (api/client.ts).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../api/client';

export type Role = 'warga' | 'operator_opd' | 'kepala_opd' | 'admin' | 'walidata' | 'auditor' | 'eksekutif';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  locale: 'id' | 'en';
  roles: Array<{ id: string; role: Role; opdId: string | null }>;
}

interface MeAnswer {
  user: SessionUser;
  csrfToken: string | null;
}

export const SESSION_KEY = ['session'] as const;

async function fetchSession(): Promise<SessionUser | null> {
  const state = await api.get<{ user: SessionUser | null; csrfToken: string | null }>('/api/auth/session');
  setCsrfToken(state.csrfToken);
  return state.user;
}

export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 5 * 60_000, retry: false });
}

export function hasRole(user: SessionUser | null | undefined, ...roles: Role[]): boolean {
  return !!user && user.roles.some((grant) => roles.includes(grant.role));
}

/** The OPDs a user works for (operator or head); empty for city-wide roles. */
export function opdIdsOf(user: SessionUser | null | undefined): string[] {
  return [...new Set((user?.roles ?? []).filter((g) => g.opdId && (g.role === 'operator_opd' || g.role === 'kepala_opd')).map((g) => g.opdId!))];
}

/** Roles that may open the officer console. */
export const STAFF_ROLES: Role[] = ['operator_opd', 'kepala_opd', 'admin', 'auditor', 'eksekutif', 'walidata'];

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; password: string }) => api.post<MeAnswer>('/api/auth/login', input),
    onSuccess: (answer) => {
      setCsrfToken(answer.csrfToken);
      client.setQueryData(SESSION_KEY, answer.user);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/api/auth/logout'),
    onSettled: () => {
      setCsrfToken(null);
      client.setQueryData(SESSION_KEY, null);
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'site' && q.queryKey[0] !== SESSION_KEY[0] });
    },
  });
}
