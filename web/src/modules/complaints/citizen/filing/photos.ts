/**
 * The photo rules the server enforces (complaint.form.ts, photo.processing.ts), checked in the
 * browser first so that a citizen on a slow connection learns of a refusal before uploading.
 * The count and size limits are the city's (UPLOAD_MAX_FILES, UPLOAD_MAX_BYTES, published in
 * /api/site); until that answer arrives, the defaults stand.
 */
export const photoLimits = { files: 5, bytes: 10 * 1024 * 1024 };

export function setPhotoLimits(limits: { maxFiles: number; maxBytes: number }): void {
  photoLimits.files = limits.maxFiles;
  photoLimits.bytes = limits.maxBytes;
}

export const MAX_PHOTO_PIXELS = 40_000_000;
export const ACCEPTED_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

export interface LatLon {
  lat: number;
  lon: number;
}

export interface ChosenPhoto {
  id: string;
  file: File;
  /** An object URL for the preview; revoked when the photo is removed or the page is left. */
  url: string;
  /** undefined while the file is still being read; null when it carries no usable position. */
  gps: LatLon | null | undefined;
  /** Set once the preview has loaded and the picture turned out larger than the server takes. */
  pixels?: { width: number; height: number };
}

export type PhotoRefusal = { reason: 'type' | 'size' | 'count'; name: string; size?: number };

/** Why a file cannot be added, or null when it can. The type test is the browser's guess; the server sniffs the bytes. */
export function refusalOf(file: File, alreadyChosen: number): PhotoRefusal | null {
  if (alreadyChosen >= photoLimits.files) return { reason: 'count', name: file.name };
  if (!ACCEPTED_TYPES.includes(file.type)) return { reason: 'type', name: file.name };
  if (file.size > photoLimits.bytes) return { reason: 'size', name: file.name, size: file.size };
  return null;
}

export function tooManyPixels(photo: ChosenPhoto): boolean {
  return !!photo.pixels && photo.pixels.width * photo.pixels.height > MAX_PHOTO_PIXELS;
}

export const megabytes = (bytes: number) => bytes / (1024 * 1024);

/** "850 KB" or "3,2 MB", in the reader's number style. */
export function fileSize(bytes: number, format: (value: number, digits?: number) => string): string {
  return bytes < 1024 * 1024 ? `${format(Math.max(1, Math.round(bytes / 1024)))} KB` : `${format(megabytes(bytes), 1)} MB`;
}

/**
 * The position a photo's EXIF carries, if any. exifr is fetched on the first photo only, so it
 * never weighs on the page's first load. 0/0 is a camera without a fix, not a place.
 */
export async function readPhotoGps(file: File): Promise<LatLon | null> {
  try {
    const exifr = (await import('exifr')).default;
    const gps = await exifr.gps(file);
    if (!gps || !Number.isFinite(gps.latitude) || !Number.isFinite(gps.longitude)) return null;
    if (gps.latitude === 0 && gps.longitude === 0) return null;
    return { lat: gps.latitude, lon: gps.longitude };
  } catch {
    // An unreadable EXIF block costs the automatic location, never the photo.
    return null;
  }
}
