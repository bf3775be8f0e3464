/**
 * OPDs as admin pages need them: every period (a user's role may name an OPD that has closed),
 * by id for names in tables, and today's for choosing.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, type Paged } from '../../../api/client';
import { useOpds } from '../../complaints/shared/hooks';

export type OpdKind = 'sekretariat' | 'dinas' | 'badan' | 'inspektorat' | 'satpol' | 'kecamatan' | 'kelurahan' | 'bagian';
export const OPD_KINDS: OpdKind[] = ['sekretariat', 'dinas', 'badan', 'inspektorat', 'satpol', 'kecamatan', 'kelurahan', 'bagian'];

/** An OPD as /api/org/opds answers it (opd.schemas.ts). */
export interface OpdRecord {
  id: string;
  code: string;
  name: string;
  shortName: string;
  kind: OpdKind;
  parentId: string | null;
  validFrom: string;
  validTo: string | null;
  headName: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  website: string | null;
  wilayahId: string | null;
}

export const ALL_OPDS_KEY = ['admin', 'opds', 'all'] as const;

/** Every OPD of every period, for naming ids; the API pages at 200, more than a city has. */
export function useAllOpds() {
  return useQuery({
    queryKey: ALL_OPDS_KEY,
    queryFn: () => api.get<Paged<OpdRecord>>('/api/org/opds', { validOn: 'all', pageSize: 200 }),
    select: (answer) => answer.items,
    staleTime: 5 * 60_000,
  });
}

/** id → short name; an id not (yet) known shows as itself rather than as nothing. */
export function useOpdName(): (id: string | null | undefined) => string {
  const all = useAllOpds();
  const names = useMemo(() => new Map((all.data ?? []).map((o) => [o.id, o.shortName])), [all.data]);
  return (id) => (id ? (names.get(id) ?? id) : '');
}

/** Today's OPDs to choose from, optionally limited to some ids (an OPD head's own). */
export function useOpdChoices(only?: string[]) {
  const opds = useOpds();
  const items = useMemo(
    () => (opds.data ?? []).filter((o) => !only || only.includes(o.id)).sort((a, b) => a.name.localeCompare(b.name, 'id')),
    [opds.data, only],
  );
  return { ...opds, items };
}
