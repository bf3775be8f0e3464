/**
 * OPDs: the structure (code, names, kind, parent, validity) is the admin's; contacts and head are a
 * separate "profile" the OPD's own staff may also keep. A save sends each part that changed.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Paged } from '../../../api/client';
import type { OpdKind, OpdRecord } from '../components/opds';

export const PAGE_SIZE = 25;

export interface OpdFilter {
  q: string;
  kind: string;
  allPeriods: boolean;
  page: number;
}

export function useOpdList(filter: OpdFilter) {
  return useQuery({
    queryKey: ['admin', 'opds', 'list', filter],
    queryFn: ({ signal }) =>
      api.get<Paged<OpdRecord>>(
        '/api/org/opds',
        { q: filter.q, kind: filter.kind, validOn: filter.allPeriods ? 'all' : undefined, page: filter.page, pageSize: PAGE_SIZE },
        signal,
      ),
    placeholderData: (previous) => previous,
  });
}

export function useOpd(id: string) {
  return useQuery({ queryKey: ['admin', 'opds', 'one', id], queryFn: ({ signal }) => api.get<OpdRecord>(`/api/org/opds/${id}`, undefined, signal) });
}

export interface OpdStructure {
  code: string;
  name: string;
  shortName: string;
  kind: OpdKind;
  parentId: string | null;
  validFrom: string;
  validTo: string | null;
  wilayahId: string | null;
}

export interface OpdProfile {
  headName: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  website: string | null;
}

export interface OpdSave {
  /** Absent: a new OPD. */
  id?: string;
  structure: Partial<OpdStructure>;
  profile: Partial<OpdProfile>;
}

export interface OpdSaved {
  opd: OpdRecord;
  /** A new OPD was made but its contacts were refused: the form stays open on it to fix them. */
  profileError?: unknown;
}

function useRefreshOpds() {
  const client = useQueryClient();
  return (opd: OpdRecord) => {
    client.setQueryData(['admin', 'opds', 'one', opd.id], opd);
    client.invalidateQueries({ queryKey: ['admin', 'opds'] });
    // The list every other page chooses OPDs from.
    client.invalidateQueries({ queryKey: ['org', 'opds'] });
  };
}

export function useSaveOpd() {
  const refresh = useRefreshOpds();
  return useMutation({
    mutationFn: async ({ id, structure, profile }: OpdSave): Promise<OpdSaved> => {
      const hasProfile = Object.keys(profile).length > 0;
      if (id) {
        let opd: OpdRecord | undefined;
        if (Object.keys(structure).length > 0) opd = await api.patch<OpdRecord>(`/api/org/opds/${id}`, structure);
        if (hasProfile) opd = await api.patch<OpdRecord>(`/api/org/opds/${id}/profile`, profile);
        return { opd: opd ?? (await api.get<OpdRecord>(`/api/org/opds/${id}`)) };
      }
      const created = await api.post<OpdRecord>('/api/org/opds', structure);
      if (!hasProfile) return { opd: created };
      try {
        return { opd: await api.patch<OpdRecord>(`/api/org/opds/${created.id}/profile`, profile) };
      } catch (profileError) {
        return { opd: created, profileError };
      }
    },
    onSuccess: ({ opd }) => refresh(opd),
  });
}

/** Closing sets the last day the OPD is in force; null opens it again. */
export function useSetValidTo(id: string) {
  const refresh = useRefreshOpds();
  return useMutation({
    mutationFn: (validTo: string | null) => api.patch<OpdRecord>(`/api/org/opds/${id}`, { validTo }),
    onSuccess: refresh,
  });
}
