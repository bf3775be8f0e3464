/**
 * Open complaints of the same category near the pin, offered before a new one is filed: supporting
 * one ("dukung") tells the city more people want it fixed, without a second file to handle.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatNumber } from '../../../../i18n/format';
import { ErrorMessage } from '../../../../ui/feedback';
import { StatusBadge } from '../../../../ui/StatusBadge';
import type { NearbyComplaint } from '../../shared/types';
import type { LatLon } from './photos';
import { useNearby, useSupport } from './queries';

/** The text the server ranks by, once the citizen pauses typing. */
function useSettled(value: string, delay = 600): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

const SNIPPET = 220;

function NearbyItem({ item }: { item: NearbyComplaint }) {
  const { t } = useTranslation('filing');
  const support = useSupport(item.trackingNo);
  const text = item.description.length > SNIPPET ? `${item.description.slice(0, SNIPPET)}…` : item.description;
  return (
    <li className="card filing-nearby-item">
      <p className="filing-nearby-head">
        <StatusBadge status={item.status} label={t(`status.${item.status}`)} /> <span>{t('nearby.distance', { metres: formatNumber(item.metres) })}</span>
      </p>
      <p>{text}</p>
      <p className="hint">
        {t('nearby.meta', { date: formatDate(item.createdAt), trackingNo: item.trackingNo })} ·{' '}
        {t('nearby.supporters', { count: support.data?.supporters ?? item.supporters, n: formatNumber(support.data?.supporters ?? item.supporters) })}
      </p>
      <div className="button-row">
        {!support.isSuccess && (
          <button type="button" className="button secondary" onClick={() => support.mutate()} disabled={support.isPending}>
            {support.isPending ? t('nearby.supporting') : t('nearby.support')}
          </button>
        )}
        <Link to={`/lacak/${item.trackingNo}`}>{t('nearby.open', { trackingNo: item.trackingNo })}</Link>
      </div>
      <div role="status" aria-live="polite">
        {support.data && (
          <p className="filing-supported">
            {support.data.added
              ? t('nearby.supported', { count: support.data.supporters, n: formatNumber(support.data.supporters) })
              : t('nearby.alreadySupported', { count: support.data.supporters, n: formatNumber(support.data.supporters) })}
          </p>
        )}
      </div>
      {support.isError && <ErrorMessage error={support.error} />}
    </li>
  );
}

export function NearbyComplaints({ category, point, description }: { category: string; point: LatLon | null; description: string }) {
  const { t } = useTranslation('filing');
  const text = useSettled(description.trim().length >= 10 ? description.trim().slice(0, 500) : '');
  const nearby = useNearby(category, point, text);
  // Quiet when nothing is near: the section exists to help, not to add a step.
  if (nearby.isError) return <ErrorMessage error={nearby.error} />;
  const count = nearby.data?.length ?? 0;
  return (
    <>
      <p className="visually-hidden" role="status">
        {count > 0 ? t('nearby.found', { count, n: formatNumber(count) }) : ''}
      </p>
      {count > 0 && nearby.data && (
        <section className="filing-nearby" aria-labelledby="filing-nearby-title">
          <h3 id="filing-nearby-title">{t('nearby.title')}</h3>
          <p className="hint">{t('nearby.intro')}</p>
          <ul>
            {nearby.data.map((item) => (
              <NearbyItem key={item.trackingNo} item={item} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
