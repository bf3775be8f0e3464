/** Where the complaint is: address, kelurahan and kecamatan, whether the point is approximate, a map. */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../i18n/format';
import { Loading } from '../../../../ui/feedback';
import type { StaffComplaint } from '../api';

const PlaceMap = lazy(() => import('./PlaceMap'));

export function PlaceSection({ complaint: c }: { complaint: StaffComplaint }) {
  const { t } = useTranslation('officer');
  return (
    <section aria-labelledby="place-title">
      <h2 id="place-title">{t('detail.place')}</h2>
      <dl className="officer-facts">
        <dt>{t('detail.address')}</dt>
        <dd>{c.address ?? t('detail.noAddress')}</dd>
        <dt>{t('detail.wilayah')}</dt>
        <dd>{[c.kelurahan, c.kecamatan].filter(Boolean).join(', ') || t('detail.noWilayah')}</dd>
        {c.lat !== null && c.lon !== null && (
          <>
            <dt>{t('detail.coordinates')}</dt>
            <dd>
              {formatNumber(c.lat, 5)}, {formatNumber(c.lon, 5)}
              {c.locationApproximate && ` (${t('detail.approximate')})`}
            </dd>
          </>
        )}
      </dl>
      {c.lat !== null && c.lon !== null ? (
        <Suspense fallback={<Loading label={t('detail.mapLoading')} />}>
          <PlaceMap lat={c.lat} lon={c.lon} status={c.status} label={t('detail.mapLabel', { number: c.trackingNo })} pinTitle={c.trackingNo} />
        </Suspense>
      ) : (
        <p className="hint">{t('detail.noPoint')}</p>
      )}
    </section>
  );
}
