/**
 * Geotagged test photos made on the spot, so no binary fixture (with someone's real position in
 * it) is ever committed. Used by the photo pipeline's tests and by browser tests that upload a
 * photo and expect the map pin to follow it.
 */
import sharp, { type Sharp } from 'sharp';

export interface FixtureOptions {
  width: number;
  height: number;
  /** EXIF DateTimeOriginal as a camera writes it, 'YYYY:MM:DD HH:MM:SS'. */
  takenAt?: string;
  /** EXIF OffsetTimeOriginal, e.g. '+07:00'. */
  takenAtOffset?: string;
  /** EXIF Orientation 1..8; 6 is a phone held upright (the stored pixels lie on their side). */
  orientation?: number;
  format?: 'jpeg' | 'png' | 'webp';
}

/**
 * EXIF writes a coordinate as three unsigned rationals (degrees, minutes, seconds) and keeps the
 * hemisphere in a separate Ref tag. Seconds are kept to 1/10000 so the round trip is exact to
 * about 3 mm; the arithmetic is in integers so 59.99999 seconds never prints as '60'.
 */
function toDmsRationals(decimal: number): string {
  const tenThousandths = Math.round(Math.abs(decimal) * 3600 * 10_000);
  const degrees = Math.floor(tenThousandths / (3600 * 10_000));
  const minutes = Math.floor((tenThousandths % (3600 * 10_000)) / (60 * 10_000));
  const seconds = tenThousandths % (60 * 10_000);
  return `${degrees}/1 ${minutes}/1 ${seconds}/10000`;
}

/** A photo (JPEG unless `format` says otherwise) whose EXIF puts it at lat/lon. */
export async function makeGeotaggedJpeg(lat: number, lon: number, options: FixtureOptions): Promise<Buffer> {
  const exifSubIfd: Record<string, string> = {};
  if (options.takenAt) exifSubIfd['DateTimeOriginal'] = options.takenAt;
  if (options.takenAtOffset) exifSubIfd['OffsetTimeOriginal'] = options.takenAtOffset;
  let image = makePicture(options.width, options.height).withExif({
    IFD0: { Make: 'Balaikota', Model: 'Test camera' },
    IFD2: exifSubIfd,
    // sharp 0.35 takes GPS tags in IFD3 as text: libexif parses 'n/d n/d n/d' into rationals.
    IFD3: {
      GPSLatitudeRef: lat < 0 ? 'S' : 'N',
      GPSLatitude: toDmsRationals(lat),
      GPSLongitudeRef: lon < 0 ? 'W' : 'E',
      GPSLongitude: toDmsRationals(lon),
    },
  });
  // An Orientation given in IFD0 is overwritten by sharp's own orientation handling; this is the way.
  if (options.orientation) image = image.withMetadata({ orientation: options.orientation });
  const format = options.format ?? 'jpeg';
  return format === 'png' ? image.png().toBuffer() : format === 'webp' ? image.webp().toBuffer() : image.jpeg().toBuffer();
}

/**
 * A picture with a left-to-right gradient and a dark top-left quarter, so orientation and
 * scaling can be seen (and tested) rather than a flat colour that looks the same any way up.
 */
export function makePicture(width: number, height: number): Sharp {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g"><stop offset="0" stop-color="#2a7ab0"/><stop offset="1" stop-color="#f0c040"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <rect width="${Math.ceil(width / 2)}" height="${Math.ceil(height / 2)}" fill="#101010"/>
  </svg>`;
  return sharp(Buffer.from(svg)).flatten({ background: '#ffffff' });
}
