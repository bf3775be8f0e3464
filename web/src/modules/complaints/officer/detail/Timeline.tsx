/**
 * The whole history of a complaint as staff see it. Internal events (returns, notes, escalations)
 * carry an "Internal" label and a dashed edge; a note on a public event that the public does not
 * read is labelled as internal too, so nobody quotes it to the reporter by mistake.
 */
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../i18n/format';
import { StatusBadge } from '../../../../ui/StatusBadge';
import type { StaffEvent } from '../api';
import { PUBLIC_NOTE_TYPES } from '../statuses';
import { PhotoList } from './PhotoList';

const ROUTING = new Set(['verified', 'redispositioned']);

export function Timeline({ events }: { events: StaffEvent[] }) {
  const { t } = useTranslation('officer');
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('timeline.title')}</h2>
      <ol className="timeline">
        {events.map((e) => {
          const internal = e.visibility === 'internal';
          const note = e.internalNote ?? e.note;
          const noteIsInternal = !internal && !!note && !PUBLIC_NOTE_TYPES.has(e.type);
          return (
            <li key={e.id} className={internal ? 'internal' : undefined}>
              <p className="officer-heading-badges event-title">
                <strong>{t(`event.${e.type}`, { defaultValue: e.type })}</strong>
                {e.status && e.statusLabel && <StatusBadge status={e.status} label={e.statusLabel} />}
                {internal && <span className="badge">{t('timeline.internal')}</span>}
              </p>
              <p className="event-meta">
                <time dateTime={e.at}>{formatDateTime(e.at)}</time> · {t(`party.${e.by}`, { defaultValue: e.by })}
                {/* On a routing step the OPD named is where it was sent, not who sent it. */}
                {e.opd ? (ROUTING.has(e.type) ? ` · ${t('timeline.routedTo', { opd: e.opd })}` : ` (${e.opd})`) : ''}
              </p>
              {note && (
                <p className="event-note">
                  {noteIsInternal && <span className="badge">{t('timeline.internalNote')}</span>} {note}
                </p>
              )}
              <PhotoList photos={e.photos} altOf={(i) => t('timeline.photoAlt', { index: i + 1, event: t(`event.${e.type}`, { defaultValue: e.type }) })} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
