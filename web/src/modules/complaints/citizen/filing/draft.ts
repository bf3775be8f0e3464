/**
 * What the citizen has filled in so far. It lives in the page, above the steps, so going back
 * and forth keeps every answer (and every chosen photo).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ComplaintKind, Privacy } from '../../shared/types';
import { type ChosenPhoto, type LatLon, type PhotoRefusal, readPhotoGps, refusalOf } from './photos';

export interface Pin extends LatLon {
  /** How the pin was set: by hand (map, "my location") or from a photo's EXIF. */
  source: 'pin' | 'photo_gps';
}

export interface Draft {
  kind: ComplaintKind;
  category: string;
  pin: Pin | null;
  address: string;
  /** False once the citizen chooses another place than the QR poster's. */
  useQrPlace: boolean;
  description: string;
  photos: ChosenPhoto[];
  name: string;
  email: string;
  phone: string;
  privacy: Privacy;
}

export const EMPTY_DRAFT: Draft = {
  kind: 'pengaduan',
  category: '',
  pin: null,
  address: '',
  useQrPlace: true,
  description: '',
  photos: [],
  name: '',
  email: '',
  phone: '',
  privacy: 'publik',
};

let photoCounter = 0;

function revokeAll(photos: ChosenPhoto[]): void {
  for (const photo of photos) URL.revokeObjectURL(photo.url);
}

export function useDraft() {
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const update = useCallback((patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch })), []);

  // Object URLs hold the file in memory until revoked: revoke whatever is left when the page goes.
  const photosRef = useRef(draft.photos);
  photosRef.current = draft.photos;
  useEffect(() => () => revokeAll(photosRef.current), []);

  /** Adds what fits and returns what was refused, so the step can say why. */
  const addPhotos = useCallback((files: File[]): PhotoRefusal[] => {
    const refused: PhotoRefusal[] = [];
    const added: ChosenPhoto[] = [];
    let count = photosRef.current.length;
    for (const file of files) {
      const refusal = refusalOf(file, count);
      if (refusal) {
        refused.push(refusal);
        continue;
      }
      photoCounter += 1;
      added.push({ id: `photo-${photoCounter}`, file, url: URL.createObjectURL(file), gps: undefined });
      count += 1;
    }
    if (added.length === 0) return refused;
    photosRef.current = [...photosRef.current, ...added];
    setDraft((d) => ({ ...d, photos: [...d.photos, ...added] }));
    for (const photo of added) {
      void readPhotoGps(photo.file).then((gps) => setDraft((d) => ({ ...d, photos: d.photos.map((p) => (p.id === photo.id ? { ...p, gps } : p)) })));
    }
    return refused;
  }, []);

  const removePhoto = useCallback((id: string) => {
    const photo = photosRef.current.find((p) => p.id === id);
    if (photo) URL.revokeObjectURL(photo.url);
    photosRef.current = photosRef.current.filter((p) => p.id !== id);
    setDraft((d) => ({ ...d, photos: d.photos.filter((p) => p.id !== id) }));
  }, []);

  const setPhotoPixels = useCallback((id: string, width: number, height: number) => {
    setDraft((d) => ({ ...d, photos: d.photos.map((p) => (p.id === id && !p.pixels ? { ...p, pixels: { width, height } } : p)) }));
  }, []);

  /** A new, empty filing; the photos of the last one are let go. */
  const reset = useCallback(() => {
    revokeAll(photosRef.current);
    photosRef.current = [];
    setDraft(EMPTY_DRAFT);
  }, []);

  return { draft, update, addPhotos, removePhoto, setPhotoPixels, reset };
}

export type DraftApi = ReturnType<typeof useDraft>;
