/** What the complaint says and where it stands: the text, its kind and category, privacy, channel, dates, OPDs. */
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatNumber } from '../../../../i18n/format';
import { useOpds } from '../../shared/hooks';
import type { StaffDetail } from '../api';
import { opdLabel } from '../components/opdLabel';
import { PhotoList } from './PhotoList';

export function ComplaintFacts({ detail }: { detail: StaffDetail }) {
  const { t } = useTranslation('officer');
  const opds = useOpds();
  const c = detail.complaint;
  const coOpds = detail.coOpdIds.map((id) => {
    const opd = opds.data?.find((o) => o.id === id);
    return opd ? opdLabel(opd) : id;
  });
  const attributes = Object.entries(c.attributes);
  return (
    <section aria-labelledby="facts-title">
      <h2 id="facts-title">{t('detail.complaint')}</h2>
      <p className="officer-description">{c.description}</p>
      {c.privacy === 'rahasia' && c.photos.length > 0 ? (
        <p className="hint">{t('detail.secretPhotos', { count: c.photos.length })}</p>
      ) : (
        <PhotoList photos={c.photos} altOf={(i) => t('detail.photoAlt', { index: i + 1, number: c.trackingNo })} />
      )}
      <dl className="officer-facts">
        <dt>{t('detail.kind')}</dt>
        <dd>{t(`common:kind.${c.kind}`)}</dd>
        <dt>{t('detail.category')}</dt>
        <dd>{c.category.name}</dd>
        <dt>{t('detail.privacy')}</dt>
        <dd>
          {t(`common:privacy.${c.privacy}`)}: {t(`privacyNote.${c.privacy}`)}
        </dd>
        <dt>{t('detail.channel')}</dt>
        <dd>{t(`common:channel.${c.channel}`, { defaultValue: c.channel })}</dd>
        <dt>{t('detail.filed')}</dt>
        <dd>{formatDateTime(c.createdAt)}</dd>
        <dt>{t('detail.updated')}</dt>
        <dd>{formatDateTime(c.updatedAt)}</dd>
        <dt>{t('detail.dueAt')}</dt>
        <dd>{c.dueAt ? formatDateTime(c.dueAt) : t('detail.noDeadline')}</dd>
        <dt>{t('detail.opd')}</dt>
        <dd>{c.opd ?? t('detail.noOpd')}</dd>
        {coOpds.length > 0 && (
          <>
            <dt>{t('detail.coOpds')}</dt>
            <dd>{coOpds.join('; ')}</dd>
          </>
        )}
        <dt>{t('detail.supporters')}</dt>
        <dd>{formatNumber(c.supporters)}</dd>
        {c.reopenCount > 0 && (
          <>
            <dt>{t('detail.reopened')}</dt>
            <dd>{t('detail.reopenCount', { count: c.reopenCount })}</dd>
          </>
        )}
        {c.escalationLevel > 0 && (
          <>
            <dt>{t('detail.escalation')}</dt>
            <dd>{t(`detail.escalationLevel${c.escalationLevel > 1 ? 2 : 1}`)}</dd>
          </>
        )}
        {c.duplicateOf && (
          <>
            <dt>{t('detail.duplicateOf')}</dt>
            <dd>
              <Link to={`/konsol/aduan?q=${encodeURIComponent(c.duplicateOf)}`}>{c.duplicateOf}</Link>
            </dd>
          </>
        )}
        {c.satisfaction !== null && (
          <>
            <dt>{t('detail.satisfaction')}</dt>
            <dd>{t('detail.satisfactionValue', { value: formatNumber(c.satisfaction) })}</dd>
          </>
        )}
        {attributes.map(([key, value]) => (
          <Fragment key={key}>
            <dt>{key}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}
