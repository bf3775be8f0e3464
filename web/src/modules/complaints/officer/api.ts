/**
 * The staff side of the complaint API as the console reads it (StaffComplaintSchema and friends in
 * src/modules/complaints/complaint.schemas.ts), with the queries every console page shares.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Paged } from '../../../api/client';
import type { Privacy, PublicComplaint, PublicEvent, Status } from '../shared/types';

export const STAFF_BASE = '/api/sambat/staff/complaints';

/** The running time limit, counted by the server in the city's working days. */
export interface Deadline {
  /** 0 on the due day, negative once past it. */
  workingDaysLeft: number;
  overdue: boolean;
}

export interface Reporter {
  name: string | null;
  email: string | null;
  phone: string | null;
  userId: string | null;
}

export interface StaffComplaint extends PublicComplaint {
  id: string;
  privacy: Privacy;
  channel: string;
  opdId: string | null;
  categoryId: string;
  kecamatanId: string | null;
  kelurahanId: string | null;
  escalationLevel: number;
  reopenCount: number;
  attributes: Record<string, string>;
  reporter: Reporter | null;
  reporterHidden: boolean;
  deadline: Deadline | null;
}

export interface StaffEvent extends PublicEvent {
  visibility: 'public' | 'internal';
  internalNote: string | null;
}

export interface StaffDetail {
  complaint: StaffComplaint;
  coOpdIds: string[];
  suggestedOpdId: string | null;
  timeline: StaffEvent[];
}

export interface StatusAnswer {
  trackingNo: string;
  status: Status;
  dueAt: string | null;
}

/** The filters the staff list and its export take (StaffListQuery). */
export interface StaffFilter {
  status?: string;
  category?: string;
  opdId?: string;
  kecamatanId?: string;
  from?: string;
  to?: string;
  overdue?: boolean;
  q?: string;
  /** newest first unless asked; a desk works its queue oldest first. */
  sort?: 'newest' | 'oldest';
}

export const PAGE_SIZE = 25;

export const staffKeys = {
  all: ['sambat', 'staff'] as const,
  list: (filter: StaffFilter, page: number, pageSize: number) => [...staffKeys.all, 'list', filter, page, pageSize] as const,
  detail: (id: string) => [...staffKeys.all, 'detail', id] as const,
};

export function fetchStaffList(filter: StaffFilter, page: number, pageSize: number, signal?: AbortSignal) {
  return api.get<Paged<StaffComplaint>>(STAFF_BASE, { ...filter, page, pageSize }, signal);
}

/** One page of the staff list; the previous page stays on screen while the next one loads. */
export function useStaffList(filter: StaffFilter, page: number, pageSize = PAGE_SIZE, enabled = true) {
  return useQuery({
    queryKey: staffKeys.list(filter, page, pageSize),
    queryFn: ({ signal }) => fetchStaffList(filter, page, pageSize, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useStaffDetail(id: string) {
  return useQuery({
    queryKey: staffKeys.detail(id),
    queryFn: ({ signal }) => api.get<StaffDetail>(`${STAFF_BASE}/${encodeURIComponent(id)}`, undefined, signal),
  });
}
