/**
 * A composite score as a traffic light with its predicate and figure ("Baik 86,25"). The light's
 * shape differs too (circle, diamond, square), and the word and number carry the meaning on their
 * own, so no one needs to tell the colours apart.
 */
import { formatNumber } from '../../../i18n/format';
import { lightOf } from './light';
import type { Band } from './types';
import './performance.css';

interface Props {
  predicate: string | null;
  composite: number | null;
  bands: readonly Band[];
  /** What to say when there is no score yet. */
  emptyLabel: string;
}

export function PredicateLight({ predicate, composite, bands, emptyLabel }: Props) {
  if (composite === null || predicate === null) return <span className="predicate predicate-none">{emptyLabel}</span>;
  const light = lightOf(predicate, bands);
  return (
    <span className={`predicate predicate-${light ?? 'none'}`}>
      {light && <span className="light" aria-hidden="true" />}
      {/* One inline box for the words: spaces between flex items would not be rendered (nor read). */}
      <span>
        <strong>{predicate}</strong> {formatNumber(composite, 2)}
      </span>
    </span>
  );
}
