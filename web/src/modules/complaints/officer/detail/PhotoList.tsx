/** Photos as thumbnails that open the full (re-encoded, metadata-free) copy. */
import type { Photo } from '../../shared/types';

export function PhotoList({ photos, altOf }: { photos: Photo[]; altOf: (index: number) => string }) {
  if (photos.length === 0) return null;
  return (
    <ul className="photos officer-photo-list">
      {photos.map((p, i) => (
        <li key={p.id}>
          <a href={p.url} target="_blank" rel="noreferrer">
            <img src={p.thumbnailUrl} alt={altOf(i)} width={96} height={96} loading="lazy" />
          </a>
        </li>
      ))}
    </ul>
  );
}
