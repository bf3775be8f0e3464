/**
 * The year (a yearly period) and quarter a page shows, kept in the address (?periode=&tw=) so a
 * view can be bookmarked and shared. Without a choice: this year's period (else the newest) and
 * the quarter defaultQuarter picks.
 */
import { useSearchParams } from 'react-router';
import { cityDay } from '../../../i18n/format';
import { useYears } from './api';
import { defaultQuarter, parseQuarter } from './quarters';
import type { Period, Quarter } from './types';

export function usePeriodChoice() {
  const years = useYears();
  const [params, setParams] = useSearchParams();
  const today = cityDay(new Date());
  const thisYear = Number(today.slice(0, 4));
  const period: Period | undefined =
    years.years.find((p) => p.id === params.get('periode')) ?? years.years.find((p) => p.startYear === thisYear) ?? years.years[0];
  const quarter: Quarter = parseQuarter(params.get('tw')) ?? (period ? defaultQuarter(period.startYear, today) : 1);

  /** Changes some parameters; a new year or quarter drops the ones that belonged to the old view. */
  const set = (changes: Record<string, string | null>, drop: string[] = []) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const name of drop) next.delete(name);
      for (const [name, value] of Object.entries(changes)) {
        if (value === null || value === '') next.delete(name);
        else next.set(name, value);
      }
      return next;
    });

  return {
    query: years,
    years: years.years,
    period,
    quarter,
    params,
    set,
    setPeriod: (id: string, drop: string[] = []) => set({ periode: id }, drop),
    setQuarter: (q: Quarter, drop: string[] = []) => set({ tw: String(q) }, drop),
  };
}
