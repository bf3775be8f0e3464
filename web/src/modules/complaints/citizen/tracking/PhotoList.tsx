/**
 * Thumbnails that open the full picture. The server serves re-encoded copies without metadata; a
 * photo it will not serve (a rahasia complaint's) is named as unavailable instead of a broken image.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Photo } from '../../shared/types';

function PhotoThumb({ photo, alt }: { photo: Photo; alt: string }) {
  const { t } = useTranslation('citizen');
  const [failed, setFailed] = useState(false);
  if (failed) return <span className="hint">{t('photo.unavailable', { name: alt })}</span>;
  return (
    <a href={photo.url} target="_blank" rel="noopener">
      <img src={photo.thumbnailUrl} alt={alt} width={96} height={96} loading="lazy" onError={() => setFailed(true)} />
      <span className="visually-hidden">{t('photo.opensNewTab')}</span>
    </a>
  );
}

/** `of` names whose photos these are ("aduan", "jawaban OPD") for the alt text. */
export function PhotoList({ photos, of }: { photos: Photo[]; of: string }) {
  const { t } = useTranslation('citizen');
  if (photos.length === 0) return null;
  return (
    <ul className="photos track-photos">
      {photos.map((photo, index) => (
        <li key={photo.id}>
          <PhotoThumb photo={photo} alt={t('photo.alt', { n: index + 1, total: photos.length, of })} />
        </li>
      ))}
    </ul>
  );
}
