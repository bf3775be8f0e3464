/** Whether the screen is wide enough for the facets beside the results (the CSS's od-layout break). */
import { useSyncExternalStore } from 'react';

const QUERY = '(min-width: 56rem)';

function subscribe(notify: () => void): () => void {
  const list = window.matchMedia(QUERY);
  list.addEventListener('change', notify);
  return () => list.removeEventListener('change', notify);
}

export function useWide(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(QUERY).matches,
    () => true,
  );
}
