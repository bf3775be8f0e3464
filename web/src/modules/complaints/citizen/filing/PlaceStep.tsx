/**
 * Step 2: where it is. A QR poster's place when the form was opened from one; otherwise a pin on
 * the map, the device's position or a photo's GPS, and in every case an address in words, which
 * the server accepts alone.
 */
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../i18n/format';
import { ErrorMessage, Loading } from '../../../../ui/feedback';
import type { DraftApi } from './draft';
import { PhotoGpsOffer } from './PhotoGpsOffer';
import { PhotoInput } from './PhotoInput';
import { PinMap } from './PinMap';
import type { QrPlace, ResolvedPlace } from './queries';
import { ResolvedLine } from './ResolvedLine';
import type { StepProps } from './stepProps';
import { useGeolocation } from './useGeolocation';

interface Props extends StepProps {
  qrCode: string | null;
  qrPlace: UseQueryResult<QrPlace>;
  resolved: UseQueryResult<ResolvedPlace>;
  addPhotos: DraftApi['addPhotos'];
}

const coordinate = (value: number) => formatNumber(value, 5);

export function PlaceStep({ draft, update, errors, qrCode, qrPlace, resolved, addPhotos }: Props) {
  const { t } = useTranslation('filing');
  const geo = useGeolocation((point) => update({ pin: { ...point, source: 'pin' } }));
  const usingQr = !!qrCode && draft.useQrPlace && qrPlace.isSuccess;

  return (
    <>
      {errors.location && (
        <p className="field-error" id="filing-location" role="alert" tabIndex={-1}>
          {errors.location}
        </p>
      )}

      {qrCode && qrPlace.isPending && <Loading label={t('qr.loading')} />}
      {qrCode && qrPlace.isError && (
        <>
          <ErrorMessage error={qrPlace.error} />
          <p className="hint">{t('qr.failedHint')}</p>
        </>
      )}
      {usingQr && (
        <section className="card filing-qr" aria-labelledby="filing-qr-title">
          <h3 id="filing-qr-title">{t('qr.title')}</h3>
          <p className="filing-qr-name">{qrPlace.data.name}</p>
          {qrPlace.data.address && <p>{qrPlace.data.address}</p>}
          <ResolvedLine query={resolved} />
          <button type="button" className="button secondary" onClick={() => update({ useQrPlace: false })}>
            {t('qr.chooseOther')}
          </button>
        </section>
      )}
      {qrCode && qrPlace.isSuccess && !draft.useQrPlace && (
        <p>
          <button type="button" className="link-button" onClick={() => update({ useQrPlace: true })}>
            {t('qr.useAgain', { name: qrPlace.data.name })}
          </button>
        </p>
      )}

      {!usingQr && (
        <>
          <p className="hint" id="filing-map-help">
            {t('place.mapHelp')}
          </p>
          <PinMap pin={draft.pin} onPin={(point) => update({ pin: { ...point, source: 'pin' } })} />
          <div className="button-row">
            <button type="button" className="button secondary" onClick={geo.locate} disabled={geo.state.status === 'locating'}>
              {t('place.useMyLocation')}
            </button>
            {draft.pin && (
              <button type="button" className="button secondary" onClick={() => update({ pin: null })}>
                {t('place.clearPin')}
              </button>
            )}
          </div>
          <div className="filing-pin-status">
            <div role="status" aria-live="polite">
              {geo.state.status === 'locating' && <p className="hint">{t('geo.locating')}</p>}
              {geo.state.status === 'found' && <p className="hint">{t('geo.found', { metres: formatNumber(geo.state.accuracy) })}</p>}
            </div>
            {geo.state.status === 'failed' && (
              <p className="field-error" role="alert">
                {t(`geo.${geo.state.problem}`)}
              </p>
            )}
            <div className="filing-pin" aria-live="polite">
              {draft.pin ? (
                <p>
                  {t(draft.pin.source === 'photo_gps' ? 'place.pinFromPhoto' : 'place.pinAt', {
                    lat: coordinate(draft.pin.lat),
                    lon: coordinate(draft.pin.lon),
                  })}
                </p>
              ) : (
                <p className="hint">{t('place.noPin')}</p>
              )}
            </div>
            {draft.pin && <ResolvedLine query={resolved} />}
          </div>
          <PhotoGpsOffer photos={draft.photos} pin={draft.pin} onUse={(pin) => update({ pin })} />
          <PhotoInput id="filing-place-photo" label={t('place.photoLabel')} hint={t('place.photoHint')} count={draft.photos.length} addPhotos={addPhotos} />
        </>
      )}

      <div className="field">
        <label htmlFor="filing-address">{t(usingQr ? 'place.addressQrLabel' : 'place.addressLabel')}</label>
        <p className="hint" id="filing-address-hint">
          {t(usingQr ? 'place.addressQrHint' : 'place.addressHint')}
        </p>
        <textarea
          id="filing-address"
          className="filing-address"
          value={draft.address}
          maxLength={500}
          rows={2}
          onChange={(e) => update({ address: e.target.value })}
          aria-describedby={`filing-address-hint${errors.address ? ' filing-address-error' : ''}`}
          aria-invalid={errors.address ? true : undefined}
        />
        {errors.address && (
          <p className="field-error" id="filing-address-error">
            {errors.address}
          </p>
        )}
      </div>
    </>
  );
}
