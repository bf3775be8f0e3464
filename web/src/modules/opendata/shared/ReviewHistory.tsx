/** Every step of a dataset's review, oldest first: who did what, when, and the comment given. */
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format';
import { ErrorMessage, Loading } from '../../../ui/feedback';
import { useReviews } from './api';

export function ReviewHistory({ name }: { name: string }) {
  const { t } = useTranslation('opendata');
  const reviews = useReviews(name);
  return (
    <section aria-labelledby="od-history-title">
      <h2 id="od-history-title">{t('reviews.title')}</h2>
      {reviews.isPending ? (
        <Loading />
      ) : reviews.isError ? (
        <ErrorMessage error={reviews.error} />
      ) : reviews.data.length === 0 ? (
        <p className="hint">{t('reviews.empty')}</p>
      ) : (
        <ol className="timeline">
          {reviews.data.map((r) => (
            <li key={r.id}>
              <p className="event-title">
                {t(`reviews.action.${r.action}`, { defaultValue: r.action, name: r.actorName || t('reviews.someone') })}
                {' → '}
                {t(`status.${r.toStatus}`)}
              </p>
              <p className="event-meta">{formatDateTime(r.at)}</p>
              {r.comment && <p className="event-note">{r.comment}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
