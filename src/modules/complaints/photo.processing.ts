/**
 * The photo pipeline for SAMBAT complaints: decide what an upload really is, refuse what we cannot
 * safely publish, read where and when it was taken, and make the public copies.
 *
 * The original stays private because its EXIF can hold the reporter's home position, phone model
 * and more; only re-encoded copies with every piece of metadata dropped are ever shown (DOMAIN.md
 * section 2, privacy). No database and no HTTP here: the service stores what this returns.
 */
import type { Metadata } from 'sharp';

// sharp (libvips) and exifr are loaded with the first photo, not at start: the server starts
// sooner, and a process that never sees a photo never carries them (bench/startup).
const loadSharp = async () => (await import('sharp')).default;
const loadExifr = async () => (await import('exifr')).default;

import { photoErrors } from './photo.errors.js';

export interface PhotoLimits {
  maxBytes: number;
  maxPixels: number;
}

export const DEFAULT_PHOTO_LIMITS: PhotoLimits = { maxBytes: 10 * 1024 * 1024, maxPixels: 40_000_000 };

export interface PhotoProcessingOptions {
  /** The zone a camera clock without an offset is assumed to be in: the city's (CITY_TIMEZONE). */
  timeZone: string;
}

export type OriginalMime = 'image/jpeg' | 'image/png' | 'image/webp';
export type OriginalExtension = 'jpg' | 'png' | 'webp';

export interface RenderedPhoto {
  data: Buffer;
  mime: 'image/jpeg';
  width: number;
  height: number;
}

export interface ProcessedPhoto {
  original: { data: Buffer; mime: OriginalMime; extension: OriginalExtension };
  publicCopy: RenderedPhoto;
  thumbnail: RenderedPhoto;
  gps: { lat: number; lon: number } | null;
  takenAt: Date | null;
}

const PUBLIC_MAX_SIDE = 1600;
const THUMBNAIL_MAX_SIDE = 320;
const JPEG_QUALITY = 82;

type Accepted = 'jpeg' | 'png' | 'webp';

const ACCEPTED: Record<Accepted, { mime: OriginalMime; extension: OriginalExtension }> = {
  jpeg: { mime: 'image/jpeg', extension: 'jpg' },
  png: { mime: 'image/png', extension: 'png' },
  webp: { mime: 'image/webp', extension: 'webp' },
};

/** Checks, reads and re-encodes one uploaded photo; throws a photo.* AppError when it cannot be used. */
export async function processPhoto(
  input: Buffer,
  limits: PhotoLimits,
  options: PhotoProcessingOptions = { timeZone: 'Asia/Jakarta' },
): Promise<ProcessedPhoto> {
  if (input.length === 0) throw photoErrors.empty();
  if (input.length > limits.maxBytes) throw photoErrors.tooLarge(input.length, limits.maxBytes);

  const sniffed = sniffType(input);
  if (sniffed.accepted === null) throw photoErrors.unsupportedType(sniffed.name);

  // metadata() parses the header only, so the pixel count is known before any pixel is decoded:
  // a 20000x20000 one-colour PNG is a few kilobytes on the wire and 400 MB or more once decoded.
  // Its own pixel limit is off here because it throws without saying the size, which the message
  // below names; nothing is decoded either way.
  let metadata: Metadata;
  try {
    metadata = await (await loadSharp())(input, { limitInputPixels: false }).metadata();
  } catch {
    throw photoErrors.corrupt();
  }
  if (metadata.format !== sniffed.accepted || !metadata.width || !metadata.height) throw photoErrors.corrupt();
  if (metadata.width * metadata.height > limits.maxPixels) throw photoErrors.tooManyPixels(metadata.width, metadata.height, limits.maxPixels);

  const [publicCopy, thumbnail] = await renderCopies(input, metadata.width, metadata.height, limits.maxPixels);
  const tags = await readExif(metadata.exif);
  return {
    original: { data: input, ...ACCEPTED[sniffed.accepted] },
    publicCopy,
    thumbnail,
    gps: tags ? gpsFrom(tags) : null,
    takenAt: tags ? takenAtFrom(tags, options.timeZone) : null,
  };
}

async function renderCopies(input: Buffer, width: number, height: number, maxPixels: number): Promise<[RenderedPhoto, RenderedPhoto]> {
  // limitInputPixels repeats the header check inside libvips, in case a format's decoder sees other
  // dimensions than its header claims. failOn 'error' rather than sharp's 'warning': phone cameras
  // write JPEGs with harmless warnings (stray bytes between markers) that every browser shows, and
  // refusing those would turn a citizen away for nothing; cut-off and broken data still fail.
  const sharp = await loadSharp();
  const decoded = sharp(input, { limitInputPixels: maxPixels, failOn: 'error' })
    .autoOrient()
    // JPEG has no transparency: a transparent PNG screenshot would otherwise turn black behind the text.
    .flatten({ background: '#ffffff' });
  // Without withMetadata/keepExif sharp writes no EXIF, XMP, IPTC or ICC and converts to sRGB,
  // which is exactly the stripping the public copies need.
  const render = async (side: number): Promise<RenderedPhoto> => {
    const { data, info } = await decoded
      .clone()
      .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: JPEG_QUALITY, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { data, mime: 'image/jpeg', width: info.width, height: info.height };
  };
  try {
    // One after the other, not together: two decodes of a large photo at once double the peak memory.
    const publicCopy = await render(PUBLIC_MAX_SIDE);
    const thumbnail = await render(THUMBNAIL_MAX_SIDE);
    return [publicCopy, thumbnail];
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) throw photoErrors.tooManyPixels(width, height, maxPixels);
    throw photoErrors.corrupt();
  }
}

interface Sniffed {
  accepted: Accepted | null;
  /** What to call the content in a message when it is refused; null when we cannot tell. */
  name: string | null;
}

function startsWith(input: Buffer, bytes: number[], offset = 0): boolean {
  return input.length >= offset + bytes.length && bytes.every((b, i) => input[offset + i] === b);
}

function ascii(input: Buffer, start: number, end: number): string {
  return input.subarray(start, end).toString('latin1');
}

/** Names the content from its first bytes; the file name and declared type are never consulted. */
function sniffType(input: Buffer): Sniffed {
  if (startsWith(input, [0xff, 0xd8, 0xff])) return { accepted: 'jpeg', name: 'JPEG' };
  if (startsWith(input, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { accepted: 'png', name: 'PNG' };
  if (ascii(input, 0, 4) === 'RIFF' && ascii(input, 8, 12) === 'WEBP') return { accepted: 'webp', name: 'WebP' };

  const refused = (name: string | null): Sniffed => ({ accepted: null, name });
  const head = ascii(input, 0, 12);
  if (head.startsWith('%PDF-')) return refused('PDF');
  if (head.startsWith('GIF87a') || head.startsWith('GIF89a')) return refused('GIF');
  if (head.startsWith('BM')) return refused('BMP');
  if (head.startsWith('II*\0') || head.startsWith('MM\0*')) return refused('TIFF');
  if (head.startsWith('PK\x03\x04')) return refused('ZIP');
  if (ascii(input, 4, 8) === 'ftyp') {
    const brand = ascii(input, 8, 12);
    if (brand === 'avif' || brand === 'avis') return refused('AVIF');
    if (['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) return refused('HEIC');
    return refused('video');
  }
  const text = looksLikeText(input.subarray(0, 1024));
  if (text && /<svg[\s>]/i.test(input.subarray(0, 4096).toString('utf8'))) return refused('SVG');
  if (text) return refused('text');
  return refused(null);
}

function looksLikeText(sample: Buffer): boolean {
  if (sample.length === 0) return false;
  // Control characters other than tab, newline, form feed and carriage return do not occur in text.
  return sample.every((b) => b >= 0x20 || b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d);
}

type ExifTags = Record<string, unknown>;

/** Reads the EXIF block sharp found in the header, whichever container it came in. */
async function readExif(exif: Buffer | undefined): Promise<ExifTags | null> {
  if (!exif || exif.length === 0) return null;
  // sharp hands over JPEG and WebP EXIF with the 'Exif\0\0' prefix of the APP1 segment and PNG's
  // eXIf chunk without it; exifr wants the bare TIFF structure. Going through sharp's copy rather
  // than the file lets one code path serve WebP too, which exifr 7 cannot open by itself.
  const tiff = ascii(exif, 0, 6) === 'Exif\0\0' ? exif.subarray(6) : exif;
  try {
    // reviveValues off keeps DateTimeOriginal as the camera's text, so its zone is decided below
    // rather than by whatever TZ the server process happens to run in.
    const tags: unknown = await (await loadExifr()).parse(tiff, { tiff: true, exif: true, gps: true, ifd1: false, interop: false, reviveValues: false });
    return tags && typeof tags === 'object' ? (tags as ExifTags) : null;
  } catch {
    // A broken EXIF block costs the reporter the automatic location, never the upload.
    return null;
  }
}

function gpsFrom(tags: ExifTags): { lat: number; lon: number } | null {
  const lat = tags['latitude'];
  const lon = tags['longitude'];
  if (typeof lat !== 'number' || typeof lon !== 'number') return null;
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  // 0/0 is what a camera without a fix writes into zeroed GPS fields, not a place in the Gulf of Guinea.
  if (lat === 0 && lon === 0) return null;
  return { lat, lon };
}

const EXIF_DATE = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/;
const EXIF_OFFSET = /^([+-])(\d{2}):(\d{2})$/;

function takenAtFrom(tags: ExifTags, timeZone: string): Date | null {
  const raw = tags['DateTimeOriginal'];
  if (typeof raw !== 'string') return null;
  const m = EXIF_DATE.exec(raw.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number);
  // Cameras with an unset clock write '0000:00:00 00:00:00'; Date.UTC would roll that into a real date.
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  if (year < 1900 || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;

  const offset = typeof tags['OffsetTimeOriginal'] === 'string' ? EXIF_OFFSET.exec(tags['OffsetTimeOriginal'].trim()) : null;
  if (offset) {
    const minutes = (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
    return new Date(wall - minutes * 60_000);
  }
  // Without an offset the clock is local to wherever the photo was taken, which for a complaint
  // about this city is the city's zone. Twice, so a daylight-saving change near the time settles.
  let instant = wall - zoneOffsetMinutes(timeZone, wall) * 60_000;
  instant = wall - zoneOffsetMinutes(timeZone, instant) * 60_000;
  return new Date(instant);
}

function zoneOffsetMinutes(timeZone: string, at: number): number {
  const name = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(at))
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = name ? /^GMT([+-])(\d{2}):(\d{2})$/.exec(name) : null;
  if (!m) return 0; // 'GMT' alone is UTC itself
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}
