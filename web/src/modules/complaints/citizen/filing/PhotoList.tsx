/** The chosen photos as previews, each with its own remove button. */
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../i18n/format';
import { type ChosenPhoto, fileSize, MAX_PHOTO_PIXELS, tooManyPixels } from './photos';

interface Props {
  photos: ChosenPhoto[];
  onRemove: (id: string) => void;
  onPixels: (id: string, width: number, height: number) => void;
}

export function PhotoList({ photos, onRemove, onPixels }: Props) {
  const { t } = useTranslation('filing');
  if (photos.length === 0) return null;
  return (
    <ul className="filing-photos" aria-label={t('photos.chosen')}>
      {photos.map((photo, index) => {
        const n = formatNumber(index + 1);
        return (
          <li key={photo.id}>
            <img
              src={photo.url}
              alt={t('photos.alt', { n, name: photo.file.name })}
              onLoad={(e) => onPixels(photo.id, e.currentTarget.naturalWidth, e.currentTarget.naturalHeight)}
            />
            <span className="filing-photo-name">{photo.file.name}</span>
            <span className="hint">{fileSize(photo.file.size, formatNumber)}</span>
            {photo.gps && <span className="hint">{t('photos.hasGps')}</span>}
            {tooManyPixels(photo) && (
              <span className="field-error" role="alert">
                {t('photos.tooManyPixels', {
                  width: photo.pixels?.width,
                  height: photo.pixels?.height,
                  limit: formatNumber(MAX_PHOTO_PIXELS / 1_000_000),
                })}
              </span>
            )}
            <button type="button" className="button secondary" onClick={() => onRemove(photo.id)}>
              {t('photos.remove', { n })}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
