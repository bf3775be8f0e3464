/** The assessors' decisions on an indicator, oldest first, each with its level and comment. */
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format';
import type { Review } from '../shared/types';

export function ReviewHistory({ reviews, names }: { reviews: Review[]; names: string[] }) {
  const { t } = useTranslation('spbe');
  if (reviews.length === 0) return null;
  return (
    <section aria-labelledby="spbe-reviews">
      <h2 id="spbe-reviews">{t('review.history')}</h2>
      <ol className="timeline">
        {reviews.map((r) => (
          <li key={`${r.at}-${r.decision}`}>
            <p className="event-title">
              <strong>
                {t(`review.decided.${r.decision}`, {
                  name: r.assessor,
                  level: r.level ?? 0,
                  levelName: r.level ? (names[r.level - 1] ?? '') : '',
                })}
              </strong>
            </p>
            <p className="event-meta">{formatDateTime(r.at)}</p>
            {r.comment && <p className="event-note">{r.comment}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
