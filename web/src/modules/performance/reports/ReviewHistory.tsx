/** Every verification and return of a report, oldest first, with the reviewer's comment. */
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format';
import type { Report } from '../shared/types';

export function ReviewHistory({ reviews }: { reviews: Report['reviews'] }) {
  const { t } = useTranslation('performance');
  if (reviews.length === 0) return null;
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      <ol className="timeline">
        {reviews.map((r) => (
          <li key={`${r.reviewedAt}-${r.decision}`}>
            <p className="event-title">
              {t(`history.${r.decision}`, { name: r.reviewer?.name ?? t('history.someone'), at: formatDateTime(r.reviewedAt), defaultValue: r.decision })}
            </p>
            {r.comment && <p className="event-note">{r.comment}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
