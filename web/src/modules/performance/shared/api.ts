/** What every performance page reads: the planning periods and the city's predicate bands. */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { Period, Settings } from './types';

const HOUR = 60 * 60_000;

/** Every query of the module starts with this, so a change can refresh them all at once. */
export const PERFORMANCE_KEY = ['performance'] as const;

export function usePeriods() {
  return useQuery({
    queryKey: [...PERFORMANCE_KEY, 'periods'],
    queryFn: ({ signal }) => api.get<{ items: Period[] }>('/api/performance/periods', undefined, signal),
    select: (answer) => answer.items,
    staleTime: 5 * 60_000,
  });
}

/** The yearly periods, newest first: offers, reports and scores are all made per year. */
export function useYears() {
  const periods = usePeriods();
  const years = (periods.data ?? []).filter((p) => p.kind === 'year').sort((a, b) => b.startYear - a.startYear);
  return { ...periods, years };
}

/** The predicate bands in force (public); the traffic lights are drawn from them. */
export function useSettings() {
  return useQuery({
    queryKey: [...PERFORMANCE_KEY, 'settings'],
    queryFn: ({ signal }) => api.get<Settings>('/api/performance/settings', undefined, signal),
    staleTime: HOUR,
  });
}
