/**
 * A place's QR code to look at, the PNG to download for print shops, and the A4 poster (an SVG the
 * browser opens in a new tab, printed from there). Only active places have images.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../../ui/CopyButton';
import { type QrPlace, qrImageUrl } from './api';

export function QrCodePanel({ place, onClose }: { place: QrPlace; onClose: () => void }) {
  const { t } = useTranslation('admin');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card form-card qr-panel" aria-labelledby="qr-panel-title">
      <h2 id="qr-panel-title" ref={heading} tabIndex={-1}>
        {t('qr.panel.title', { name: place.name })}
      </h2>
      {place.active ? (
        <div className="qr-panel-body">
          <img src={qrImageUrl(place.code, 'qr.svg')} alt={t('qr.panel.alt', { name: place.name })} width={220} height={220} className="qr-image" />
          <div>
            <p>{t('qr.panel.opens')}</p>
            <p className="wrap-anywhere">
              <a href={place.formUrl}>{place.formUrl}</a>
            </p>
            <CopyButton text={place.formUrl} label={t('qr.panel.copyUrl')} />
            <div className="button-row qr-downloads">
              <a className="button secondary" href={qrImageUrl(place.code, 'qr.png')} download={`sambat-${place.code}.png`}>
                {t('qr.panel.png')}
              </a>
              <a className="button" href={qrImageUrl(place.code, 'poster.svg')} target="_blank" rel="noopener">
                {t('qr.panel.poster')}
                <span className="visually-hidden"> {t('shared.newTab')}</span>
              </a>
            </div>
            <p className="hint">{t('qr.panel.posterHint')}</p>
          </div>
        </div>
      ) : (
        <p>{t('qr.panel.inactive')}</p>
      )}
      <button type="button" className="button secondary" onClick={onClose}>
        {t('shared.close')}
      </button>
    </section>
  );
}
