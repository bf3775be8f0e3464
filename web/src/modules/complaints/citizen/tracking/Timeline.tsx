/** The public history of a complaint: what happened, who did it (in words), when, and what they wrote. */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../i18n/format';
import { StatusBadge } from '../../../../ui/StatusBadge';
import type { PublicEvent } from '../../shared/types';
import { PhotoList } from './PhotoList';

/** Event types the page has words for (complaint.workflow.service.ts and intake); others use a plain "update". */
const KNOWN_EVENTS = new Set([
  'submitted',
  'verified',
  'redispositioned',
  'postponed',
  'info_supplied',
  'rejected',
  'accepted',
  'in_progress',
  'responded',
  'reporter_reply',
  'confirmed',
  'reopened',
  'auto_closed',
  'duplicate_linked',
  'forwarded_lapor',
]);

function eventTitle(event: PublicEvent, t: TFunction<'citizen'>): string {
  if (!KNOWN_EVENTS.has(event.type)) return t('event.other');
  // Routing names the OPD it went to; the server gives that OPD with the event.
  if ((event.type === 'verified' || event.type === 'redispositioned') && event.opd) {
    return t(event.by === 'sistem' ? 'event.verifiedAutomatic' : `event.${event.type}To`, { opd: event.opd });
  }
  return t(`event.${event.type}`);
}

function who(event: PublicEvent, t: TFunction<'citizen'>): string {
  if (event.by === 'opd') return event.opd ?? t('by.opd');
  if (event.by === 'pelapor' || event.by === 'admin' || event.by === 'sistem' || event.by === 'publik') return t(`by.${event.by}`);
  return event.by;
}

export function Timeline({ events }: { events: PublicEvent[] }) {
  const { t } = useTranslation('citizen');
  return (
    <section aria-labelledby="track-timeline-title">
      <h2 id="track-timeline-title">{t('track.timeline.title')}</h2>
      {events.length === 0 ? (
        <p>{t('track.timeline.empty')}</p>
      ) : (
        <ol className="timeline">
          {events.map((event) => (
            <li key={event.id}>
              <h3 className="track-event-title">{eventTitle(event, t)}</h3>
              <p className="hint">
                <time dateTime={event.at}>{formatDateTime(event.at)}</time> · {t('track.timeline.by', { who: who(event, t) })}
              </p>
              {event.status && event.statusLabel && (
                <p>
                  {t('track.timeline.status')} <StatusBadge status={event.status} label={event.statusLabel} />
                </p>
              )}
              {event.note && <p className="track-text track-note">{event.note}</p>}
              <PhotoList photos={event.photos} of={t('photo.ofEvent', { who: who(event, t) })} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
