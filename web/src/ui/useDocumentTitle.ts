import { useEffect } from 'react';

/** Each page names itself in the tab and for screen readers. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Balaikota` : 'Balaikota';
  }, [title]);
}
