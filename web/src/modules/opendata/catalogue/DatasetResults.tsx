/** One page of the catalogue's results: title, producer, the start of the description, formats, last update. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../i18n/format';
import { FreshnessBadge } from '../shared/badges';
import type { DatasetView } from '../shared/types';
import { excerpt, formatsOf, yearsOf } from '../shared/values';

export function DatasetResults({ items }: { items: DatasetView[] }) {
  const { t } = useTranslation('opendata');
  return (
    <ul className="od-results">
      {items.map((d) => {
        const years = yearsOf(d);
        return (
          <li key={d.id} className="od-result">
            <h3>
              <Link to={`/data/${encodeURIComponent(d.name)}`}>{d.title}</Link>
            </h3>
            <p className="od-producer-line">{d.producer.title}</p>
            {d.notes && <p className="od-excerpt">{excerpt(d.notes)}</p>}
            <p className="od-result-meta">
              {formatsOf(d).map((f) => (
                <span key={f} className="badge od-format">
                  {f}
                </span>
              ))}
              {years && <span>{t('catalogue.years', { years })}</span>}
              <span>{t('catalogue.updated', { date: formatDate(d.lastDataAt ?? d.updatedAt) })}</span>
              <FreshnessBadge dataset={d} />
            </p>
          </li>
        );
      })}
    </ul>
  );
}
