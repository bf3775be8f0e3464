/**
 * A page's filters and page number in the address, so a list can be bookmarked, shared and
 * restored with the back button. Changing a filter goes back to page 1.
 */
import { useSearchParams } from 'react-router';

export function usePageParams() {
  const [params, setParams] = useSearchParams();
  const get = (name: string) => params.get(name) ?? '';
  const page = Math.max(1, Number(params.get('halaman')) || 1);
  const set = (changes: Record<string, string | null>, { keepPage = false } = {}) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(name);
          else next.set(name, value);
        }
        if (!keepPage && !('halaman' in changes)) next.delete('halaman');
        return next;
      },
      { replace: false },
    );
  const setPage = (n: number) => set({ halaman: n > 1 ? String(n) : null }, { keepPage: true });
  /** The address of this page with some parameters changed, for links (to a record, back to the list). */
  const searchWith = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value === null || value === '') next.delete(name);
      else next.set(name, value);
    }
    const text = next.toString();
    return text ? `?${text}` : '?';
  };
  return { get, page, set, setPage, searchWith };
}
