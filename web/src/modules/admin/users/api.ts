/** Reading and changing accounts; every change refreshes the list and the account it touched. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Paged } from '../../../api/client';
import type { Role } from '../../../auth/session';
import type { UserRecord } from './types';

export const PAGE_SIZE = 25;

export interface UserFilter {
  q: string;
  role: string;
  active: string;
  page: number;
}

export function useUsers(filter: UserFilter) {
  return useQuery({
    queryKey: ['admin', 'users', filter],
    queryFn: ({ signal }) =>
      api.get<Paged<UserRecord>>('/api/admin/users', { q: filter.q, role: filter.role, active: filter.active, page: filter.page, pageSize: PAGE_SIZE }, signal),
    placeholderData: (previous) => previous,
  });
}

export function useUser(id: string) {
  return useQuery({ queryKey: ['admin', 'user', id], queryFn: ({ signal }) => api.get<UserRecord>(`/api/admin/users/${id}`, undefined, signal) });
}

/** After any change: the answer is the account as it now is. */
function useUserChange<I>(send: (input: I) => Promise<UserRecord>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (user) => {
      client.setQueryData(['admin', 'user', user.id], user);
      client.invalidateQueries({ queryKey: ['admin', 'users'] });
    },
  });
}

export interface NewUser {
  name: string;
  email: string;
  phone: string | null;
  locale: 'id' | 'en';
  password?: string;
  roles?: Array<{ role: Role; opdId: string | null }>;
}

export const useCreateUser = () => useUserChange((input: NewUser) => api.post<UserRecord>('/api/admin/users', input));

export const useUpdateUser = (id: string) =>
  useUserChange((input: Partial<{ name: string; phone: string | null; locale: 'id' | 'en'; active: boolean }>) =>
    api.patch<UserRecord>(`/api/admin/users/${id}`, input),
  );

export const useGrantRole = (id: string) =>
  useUserChange((input: { role: Role; opdId: string | null }) => api.post<UserRecord>(`/api/admin/users/${id}/roles`, input));

export const useRevokeRole = (id: string) => useUserChange((grantId: string) => api.delete<UserRecord>(`/api/admin/users/${id}/roles/${grantId}`));

/** Setting a password also clears a lock and ends the account's sessions (users.service.ts). */
export function useSetPassword(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => api.put<void>(`/api/admin/users/${id}/password`, { password }),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: ['admin', 'user', id] });
      client.invalidateQueries({ queryKey: ['admin', 'users'] });
    },
  });
}

/** The public reset request: mails the account a one-hour link; the answer never says whether it exists. */
export function useSendResetLink() {
  return useMutation({ mutationFn: (email: string) => api.post<{ message: string }>('/api/auth/password-reset/request', { email }) });
}
