/** A table's box, which scrolls sideways on a phone: named, and reachable by keyboard so it can be scrolled. */
import type { ReactNode } from 'react';

export function TableScroll({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a box that scrolls must take focus to scroll by keyboard (WCAG 2.1.1; axe's scrollable-region-focusable).
    <section className={className ? `table-wrap ${className}` : 'table-wrap'} aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
