/**
 * Thumbnails that open the full picture. The server serves re-encoded copies without metadata.
 * A rahasia complaint's photos answer only with the reporter's secret in a header, which an <img>
 * cannot send: with the secret at hand they are fetched and shown from memory instead; without
 * it, they are named as unavailable rather than shown broken.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Photo } from '../../shared/types';
import { useReporterSecret } from './reporterSecret';

/** The full copy, fetched with the secret; null while loading or when refused. */
function usePrivatePhoto(url: string, secret: string | null, wanted: boolean): string | null {
  const [objectUrl, setObjectUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!wanted || !secret) return;
    let made: string | null = null;
    const abort = new AbortController();
    fetch(url, { headers: { 'X-Tracking-Secret': secret }, signal: abort.signal })
      .then((response) => (response.ok ? response.blob() : null))
      .then((blob) => {
        if (!blob) return;
        made = URL.createObjectURL(blob);
        setObjectUrl(made);
      })
      .catch(() => undefined);
    return () => {
      abort.abort();
      if (made) URL.revokeObjectURL(made);
    };
  }, [url, secret, wanted]);
  return objectUrl;
}

function PhotoThumb({ photo, alt }: { photo: Photo; alt: string }) {
  const { t } = useTranslation('citizen');
  const secret = useReporterSecret();
  const [failed, setFailed] = useState(false);
  const privateCopy = usePrivatePhoto(photo.url, secret, failed);
  if (failed && !privateCopy) return <span className="hint">{t('photo.unavailable', { name: alt })}</span>;
  const href = privateCopy ?? photo.url;
  return (
    <a href={href} target="_blank" rel="noopener">
      <img src={privateCopy ?? photo.thumbnailUrl} alt={alt} width={96} height={96} loading="lazy" onError={() => setFailed(true)} />
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
