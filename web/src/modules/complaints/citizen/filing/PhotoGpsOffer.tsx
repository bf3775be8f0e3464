/** When a chosen photo carries its GPS position, offer it as the pin (source photo_gps). */
import { useTranslation } from 'react-i18next';
import type { Pin } from './draft';
import type { ChosenPhoto } from './photos';

interface Props {
  photos: ChosenPhoto[];
  pin: Pin | null;
  onUse: (pin: Pin) => void;
}

const samePlace = (a: Pin | null, lat: number, lon: number) => !!a && Math.abs(a.lat - lat) < 1e-7 && Math.abs(a.lon - lon) < 1e-7;

export function PhotoGpsOffer({ photos, pin, onUse }: Props) {
  const { t } = useTranslation('filing');
  const reading = photos.some((p) => p.gps === undefined);
  const offer = photos.find((p) => p.gps && !samePlace(pin, p.gps.lat, p.gps.lon));
  const inUse = pin?.source === 'photo_gps' && photos.find((p) => p.gps && samePlace(pin, p.gps.lat, p.gps.lon));
  return (
    <div aria-live="polite">
      {reading && <p className="hint">{t('photoGps.reading')}</p>}
      {inUse && !offer && <p className="hint">{t('photoGps.inUse', { name: inUse.file.name })}</p>}
      {offer?.gps && (
        <div className="alert filing-offer">
          <p>{t('photoGps.found', { name: offer.file.name })}</p>
          <button type="button" className="button secondary" onClick={() => offer.gps && onUse({ ...offer.gps, source: 'photo_gps' })}>
            {t('photoGps.use')}
          </button>
        </div>
      )}
    </div>
  );
}
