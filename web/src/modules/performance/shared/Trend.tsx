/** A year's composite scores quarter by quarter, up to the one shown: "TW I: 82,5 TW II: 86". */
import { formatNumber } from '../../../i18n/format';
import { quarterName } from './quarters';
import type { TrendPoint } from './types';

export function Trend({ points }: { points: TrendPoint[] }) {
  return (
    <ul className="perf-trend">
      {points.map((p) => (
        <li key={p.quarter}>
          {quarterName(p.quarter)}: {p.composite === null ? '—' : formatNumber(p.composite, 2)}
        </li>
      ))}
    </ul>
  );
}
