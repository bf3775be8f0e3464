/** The complaint itself: status, what, where, who handles it, when, and its photos. Never the reporter. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatNumber } from '../../../../i18n/format';
import { StatusBadge } from '../../../../ui/StatusBadge';
import type { PublicComplaint } from '../../shared/types';
import { deadlineState } from './deadline';
import { PhotoList } from './PhotoList';

export function ComplaintSummary({ complaint }: { complaint: PublicComplaint }) {
  const { t } = useTranslation('citizen');
  const deadline = deadlineState(complaint.status, complaint.dueAt);
  const place = [complaint.address, complaint.kelurahan, complaint.kecamatan].filter(Boolean).join(', ');

  return (
    <section aria-labelledby="track-summary-title">
      <h2 id="track-summary-title">{t('track.summary.title')}</h2>
      <p className="track-status">
        <StatusBadge status={complaint.status} label={complaint.statusLabel} />
        {deadline && <span className={`badge ${deadline}`}>{t(`track.deadline.${deadline}`)}</span>}
      </p>
      <dl className="track-facts">
        <div>
          <dt>{t('track.summary.category')}</dt>
          <dd>{complaint.category.name}</dd>
        </div>
        <div>
          <dt>{t('track.summary.kind')}</dt>
          <dd>{t(`common:kind.${complaint.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('track.summary.place')}</dt>
          <dd>
            {place || t('track.summary.noPlace')}
            {complaint.locationApproximate && <span className="hint"> ({t('track.summary.approximate')})</span>}
          </dd>
        </div>
        <div>
          <dt>{t('track.summary.opd')}</dt>
          <dd>{complaint.opd ?? t('track.summary.noOpd')}</dd>
        </div>
        <div>
          <dt>{t('track.summary.filed')}</dt>
          <dd>
            <time dateTime={complaint.createdAt}>{formatDateTime(complaint.createdAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('track.summary.updated')}</dt>
          <dd>
            <time dateTime={complaint.updatedAt}>{formatDateTime(complaint.updatedAt)}</time>
          </dd>
        </div>
        {complaint.dueAt && (
          <div>
            <dt>{complaint.status === 'responded' ? t('track.summary.dueReporter') : t('track.summary.due')}</dt>
            <dd>
              <time dateTime={complaint.dueAt}>{formatDateTime(complaint.dueAt)}</time>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('track.summary.supporters')}</dt>
          <dd>{t('track.summary.supportersCount', { count: complaint.supporters, value: formatNumber(complaint.supporters) })}</dd>
        </div>
        {complaint.satisfaction !== null && (
          <div>
            <dt>{t('track.summary.satisfaction')}</dt>
            <dd>{t('track.summary.satisfactionValue', { value: formatNumber(complaint.satisfaction) })}</dd>
          </div>
        )}
        {complaint.duplicateOf && (
          <div>
            <dt>{t('track.summary.duplicateOf')}</dt>
            <dd>
              <Link to={`/lacak/${complaint.duplicateOf}`}>{complaint.duplicateOf}</Link>
            </dd>
          </div>
        )}
      </dl>
      <h3>{t('track.summary.description')}</h3>
      <p className="track-text">{complaint.description}</p>
      {complaint.photos.length > 0 && (
        <>
          <h3>{t('track.summary.photos')}</h3>
          <PhotoList photos={complaint.photos} of={t('photo.ofComplaint')} />
        </>
      )}
    </section>
  );
}
