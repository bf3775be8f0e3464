/**
 * Evidence the platform itself holds (indicator 42: SAMBAT's complaint statistics; 43: the open
 * data catalogue's), with its figures and a link to where they live.
 */
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import type { PlatformEvidence } from '../shared/types';

export function PlatformCard({ platform }: { platform: PlatformEvidence }) {
  const { t } = useTranslation('spbe');
  const figures = Object.entries(platform.figures);
  return (
    <section className="card form-card" aria-labelledby="spbe-platform">
      <h2 id="spbe-platform">{t('platform.title', { source: t(`platform.source.${platform.source}`) })}</h2>
      <p>{platform.summary}</p>
      {figures.length > 0 && (
        <dl className="spbe-facts">
          {figures.map(([key, value]) => (
            <div key={key}>
              <dt>{t(`platform.figure.${key}`, { defaultValue: key })}</dt>
              <dd>{formatNumber(value, 2)}</dd>
            </div>
          ))}
        </dl>
      )}
      <p>
        <a href={platform.url}>{t(`platform.open.${platform.source}`)}</a>
      </p>
      <p className="hint">{t('platform.note')}</p>
    </section>
  );
}
