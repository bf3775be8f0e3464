/** The holiday calendar, a year at a time (holidays.routes.ts). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';

export type HolidayKind = 'libur_nasional' | 'cuti_bersama' | 'libur_daerah';
export const HOLIDAY_KINDS: HolidayKind[] = ['libur_nasional', 'cuti_bersama', 'libur_daerah'];

export interface Holiday {
  day: string;
  name: string;
  kind: HolidayKind;
  source: string | null;
}

const KEY = ['admin', 'holidays'] as const;

export function useHolidays(year: number) {
  return useQuery({
    queryKey: [...KEY, year],
    queryFn: ({ signal }) => api.get<{ year: number; items: Holiday[] }>('/api/calendar/holidays', { year }, signal),
    select: (answer) => answer.items,
    placeholderData: (previous) => previous,
  });
}

function useCalendarChange<I>(send: (input: I) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => client.invalidateQueries({ queryKey: KEY }) });
}

export const useAddHoliday = () => useCalendarChange((h: Holiday) => api.post<Holiday>('/api/calendar/holidays', h));

export const useUpdateHoliday = () =>
  useCalendarChange(({ day, ...changes }: Pick<Holiday, 'day'> & Partial<Omit<Holiday, 'day'>>) =>
    api.patch<Holiday>(`/api/calendar/holidays/${day}`, changes),
  );

export const useRemoveHoliday = () => useCalendarChange((day: string) => api.delete<void>(`/api/calendar/holidays/${day}`));
