/**
 * A dataset's metadata as Indonesian portals show it (DOMAIN.md section 7): produsen data, kontak,
 * the data standard (konsep, definisi, ukuran, satuan), tingkat penyajian, cakupan wilayah with its
 * BPS code, jadwal pemutakhiran and whether the data is late, tahun, akses, format and dates.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../i18n/format';
import { DatasetStatusBadge, FreshnessBadge } from './badges';
import type { DatasetView } from './types';
import { formatsOf, yearsOf } from './values';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{children}</td>
    </tr>
  );
}

export function MetadataTable({ dataset, showStatus = false }: { dataset: DatasetView; showStatus?: boolean }) {
  const { t } = useTranslation('opendata');
  const none = <span className="hint">{t('meta.none')}</span>;
  const text = (value: string | null | undefined): ReactNode => (value?.trim() ? value : none);
  const formats = formatsOf(dataset);
  const years = yearsOf(dataset);
  const period = [dataset.temporalStart, dataset.temporalEnd]
    .filter((d): d is string => !!d)
    .map((d) => formatDate(d))
    .join(' – ');

  let freshness: ReactNode = t('freshness.noData');
  if (dataset.overdue) freshness = <FreshnessBadge dataset={dataset} />;
  else if (dataset.frequency === 'ad_hoc') freshness = t('freshness.unscheduled');
  else if (dataset.lastDataAt) freshness = <span className="badge on-time">{t('freshness.onTime')}</span>;

  return (
    <div className="table-wrap">
      <table className="od-meta">
        <caption className="visually-hidden">{t('meta.caption', { title: dataset.title })}</caption>
        <tbody>
          {showStatus && (
            <Row label={t('meta.status')}>
              <DatasetStatusBadge status={dataset.status} />
            </Row>
          )}
          <Row label={t('meta.producer')}>{dataset.producer.title}</Row>
          <Row label={t('meta.contact')}>
            {dataset.contact ? (
              <>
                {dataset.contact.name}
                {dataset.contact.email && (
                  <>
                    {' · '}
                    <a href={`mailto:${dataset.contact.email}`}>{dataset.contact.email}</a>
                  </>
                )}
              </>
            ) : (
              none
            )}
          </Row>
          <Row label={t('meta.concept')}>{text(dataset.concept)}</Row>
          <Row label={t('meta.definition')}>{text(dataset.definition)}</Row>
          <Row label={t('meta.measure')}>{text(dataset.measure)}</Row>
          <Row label={t('meta.unit')}>{text(dataset.unit)}</Row>
          <Row label={t('meta.presentationLevel')}>{text(dataset.presentationLevel)}</Row>
          <Row label={t('meta.region')}>{dataset.region ? t('meta.regionValue', { name: dataset.region.name, code: dataset.region.code }) : none}</Row>
          <Row label={t('meta.frequency')}>
            {t(`frequency.${dataset.frequency}`)}
            {dataset.nextDueOn && <span className="cell-sub">{t('meta.nextDue', { date: formatDate(dataset.nextDueOn) })}</span>}
          </Row>
          <Row label={t('meta.freshness')}>{freshness}</Row>
          <Row label={t('meta.years')}>
            {years ? (
              <>
                {years}
                {period && <span className="cell-sub">{period}</span>}
              </>
            ) : (
              none
            )}
          </Row>
          <Row label={t('meta.access')}>{t(`access.${dataset.accessLevel}`)}</Row>
          <Row label={t('meta.format')}>{formats.length > 0 ? formats.join(', ') : none}</Row>
          <Row label={t('meta.license')}>
            {dataset.licenseUrl ? <a href={dataset.licenseUrl}>{dataset.licenseTitle}</a> : text(dataset.licenseTitle || dataset.licenseId)}
          </Row>
          <Row label={t('meta.groups')}>{dataset.groups.length > 0 ? dataset.groups.map((g) => g.title).join(', ') : none}</Row>
          <Row label={t('meta.tags')}>{dataset.tags.length > 0 ? dataset.tags.join(', ') : none}</Row>
          <Row label={t('meta.created')}>{formatDateTime(dataset.createdAt)}</Row>
          <Row label={t('meta.updated')}>{formatDateTime(dataset.updatedAt)}</Row>
          <Row label={t('meta.lastData')}>{dataset.lastDataAt ? formatDateTime(dataset.lastDataAt) : none}</Row>
          {dataset.publishedAt && <Row label={t('meta.published')}>{formatDateTime(dataset.publishedAt)}</Row>}
          {dataset.extras.map((extra, index) => (
            // Extras may repeat a name; their place in the list tells them apart, and they never reorder.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <Row key={`${extra.key}-${index}`} label={extra.key}>
              {extra.value}
            </Row>
          ))}
        </tbody>
      </table>
    </div>
  );
}
