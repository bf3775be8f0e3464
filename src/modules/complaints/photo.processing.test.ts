import { crc32, deflateSync } from 'node:zlib';
import exifr from 'exifr';
import sharp, { type Sharp } from 'sharp';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.js';
import { makeGeotaggedJpeg, makePicture } from '../../testing/exif-fixture.js';
import { DEFAULT_PHOTO_LIMITS, type PhotoLimits, processPhoto } from './photo.processing.js';

// The alun-alun (town square) of Malang.
const ALUN_ALUN = { lat: -7.9826, lon: 112.6308 };

async function refusal(attempt: Promise<unknown>): Promise<AppError> {
  try {
    await attempt;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected the photo to be refused');
}

function expectNamesAcceptedTypes(error: AppError): void {
  expect(error.kind).toBe('unprocessable');
  expect(error.text.id).toContain('JPEG, PNG atau WebP');
  expect(error.text.en).toContain('JPEG, PNG or WebP');
}

/** Deterministic noise: photographs compress about as badly as this, flat colours far better. */
function noise(length: number, seed = 42): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1_103_515_245) + 12_345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

function noisyImage(width: number, height: number): Sharp {
  return sharp(noise(width * height * 3), { raw: { width, height, channels: 3 } });
}

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A valid one-colour PNG of width x height at 1 bit per pixel: 20000x20000 is about 50 kB on the
 * wire and 400 million pixels once decoded.
 */
function pngBomb(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, no filter, no interlace
  const rows = Buffer.alloc(height * (1 + Math.ceil(width / 8))); // filter byte 0 and black pixels
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(rows, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('photo pipeline: where and when', () => {
  it('reads the EXIF GPS position of a JPEG', async () => {
    const photo = await processPhoto(await makeGeotaggedJpeg(ALUN_ALUN.lat, ALUN_ALUN.lon, { width: 640, height: 480 }), DEFAULT_PHOTO_LIMITS);
    expect(photo.gps?.lat).toBeCloseTo(-7.9826, 4);
    expect(photo.gps?.lon).toBeCloseTo(112.6308, 4);
  });

  it.each(['png', 'webp'] as const)('reads the EXIF GPS position of a %s too', async (format) => {
    const photo = await processPhoto(await makeGeotaggedJpeg(ALUN_ALUN.lat, ALUN_ALUN.lon, { width: 320, height: 240, format }), DEFAULT_PHOTO_LIMITS);
    expect(photo.gps?.lat).toBeCloseTo(-7.9826, 4);
    expect(photo.gps?.lon).toBeCloseTo(112.6308, 4);
  });

  it('reads the northern and western hemispheres with their signs', async () => {
    const photo = await processPhoto(await makeGeotaggedJpeg(51.5007, -0.1246, { width: 64, height: 64 }), DEFAULT_PHOTO_LIMITS);
    expect(photo.gps?.lat).toBeCloseTo(51.5007, 4);
    expect(photo.gps?.lon).toBeCloseTo(-0.1246, 4);
  });

  it('has no position for a photo without GPS, or with the 0/0 of a camera that had no fix', async () => {
    const plain = await makePicture(64, 48).jpeg().toBuffer();
    expect((await processPhoto(plain, DEFAULT_PHOTO_LIMITS)).gps).toBeNull();
    const noFix = await makeGeotaggedJpeg(0, 0, { width: 64, height: 48 });
    expect((await processPhoto(noFix, DEFAULT_PHOTO_LIMITS)).gps).toBeNull();
  });

  it('takes the time from DateTimeOriginal, in its own offset or else the city zone', async () => {
    const withOffset = await makeGeotaggedJpeg(ALUN_ALUN.lat, ALUN_ALUN.lon, {
      width: 64,
      height: 48,
      takenAt: '2024:05:17 09:30:00',
      takenAtOffset: '+08:00',
    });
    expect((await processPhoto(withOffset, DEFAULT_PHOTO_LIMITS)).takenAt?.toISOString()).toBe('2024-05-17T01:30:00.000Z');

    const cameraClock = await makeGeotaggedJpeg(ALUN_ALUN.lat, ALUN_ALUN.lon, { width: 64, height: 48, takenAt: '2024:05:17 09:30:00' });
    // WIB is UTC+7 whatever zone the server runs in.
    expect((await processPhoto(cameraClock, DEFAULT_PHOTO_LIMITS)).takenAt?.toISOString()).toBe('2024-05-17T02:30:00.000Z');
    expect((await processPhoto(cameraClock, DEFAULT_PHOTO_LIMITS, { timeZone: 'Asia/Makassar' })).takenAt?.toISOString()).toBe('2024-05-17T01:30:00.000Z');
  });

  it('has no time when the camera wrote none or an unset clock', async () => {
    const none = await makeGeotaggedJpeg(ALUN_ALUN.lat, ALUN_ALUN.lon, { width: 64, height: 48 });
    expect((await processPhoto(none, DEFAULT_PHOTO_LIMITS)).takenAt).toBeNull();
    const unset = await makeGeotaggedJpeg(ALUN_ALUN.lat, ALUN_ALUN.lon, { width: 64, height: 48, takenAt: '0000:00:00 00:00:00' });
    expect((await processPhoto(unset, DEFAULT_PHOTO_LIMITS)).takenAt).toBeNull();
  });
});

describe('photo pipeline: what is published', () => {
  it('keeps the original exactly as uploaded, position included (it stays private)', async () => {
    const upload = await makeGeotaggedJpeg(ALUN_ALUN.lat, ALUN_ALUN.lon, { width: 320, height: 240 });
    const photo = await processPhoto(upload, DEFAULT_PHOTO_LIMITS);
    expect(photo.original.data.equals(upload)).toBe(true);
    expect(photo.original).toMatchObject({ mime: 'image/jpeg', extension: 'jpg' });
  });

  it('strips every piece of metadata from the public copy and the thumbnail', async () => {
    const upload = await makeGeotaggedJpeg(ALUN_ALUN.lat, ALUN_ALUN.lon, { width: 800, height: 600, takenAt: '2024:05:17 09:30:00' });
    const { publicCopy, thumbnail } = await processPhoto(upload, DEFAULT_PHOTO_LIMITS);
    for (const copy of [publicCopy, thumbnail]) {
      expect(copy.mime).toBe('image/jpeg');
      expect(await exifr.parse(copy.data, true)).toBeUndefined();
      await expect(exifr.gps(copy.data)).resolves.toBeUndefined();
      expect(copy.data.includes(Buffer.from('Exif'))).toBe(false);
      expect(copy.data.includes(Buffer.from('Test camera'))).toBe(false);
      const meta = await sharp(copy.data).metadata();
      expect(meta.format).toBe('jpeg');
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.icc).toBeUndefined();
    }
  });

  it('fits a 4000x3000 photo within 1600 px and its thumbnail within 320 px, keeping the aspect ratio', async () => {
    const upload = await makeGeotaggedJpeg(ALUN_ALUN.lat, ALUN_ALUN.lon, { width: 4000, height: 3000 });
    const { publicCopy, thumbnail } = await processPhoto(upload, DEFAULT_PHOTO_LIMITS);
    expect(publicCopy).toMatchObject({ width: 1600, height: 1200 });
    expect(thumbnail).toMatchObject({ width: 320, height: 240 });
    // The sizes reported are the sizes written.
    expect(await sharp(publicCopy.data).metadata()).toMatchObject({ width: 1600, height: 1200 });
    expect(await sharp(thumbnail.data).metadata()).toMatchObject({ width: 320, height: 240 });
  });

  it('does not enlarge a small photo', async () => {
    const { publicCopy, thumbnail } = await processPhoto(await makePicture(200, 150).jpeg().toBuffer(), DEFAULT_PHOTO_LIMITS);
    expect(publicCopy).toMatchObject({ width: 200, height: 150 });
    expect(thumbnail).toMatchObject({ width: 200, height: 150 });
  });

  it('turns a photo taken upright on a phone the right way up', async () => {
    // Stored 400x300 with its dark quarter top-left and Orientation 6 (turn a quarter clockwise to
    // view): the person saw a 300x400 portrait with that quarter top-right.
    const upload = await makeGeotaggedJpeg(ALUN_ALUN.lat, ALUN_ALUN.lon, { width: 400, height: 300, orientation: 6 });
    const { publicCopy } = await processPhoto(upload, DEFAULT_PHOTO_LIMITS);
    expect(publicCopy).toMatchObject({ width: 300, height: 400 });
    const { data, info } = await sharp(publicCopy.data).raw().toBuffer({ resolveWithObject: true });
    const brightness = (x: number, y: number) => {
      const at = (y * info.width + x) * info.channels;
      return (data[at] + data[at + 1] + data[at + 2]) / 3;
    };
    expect(brightness(info.width - 10, 10)).toBeLessThan(40);
    expect(brightness(10, 10)).toBeGreaterThan(80);
    expect(brightness(info.width - 10, info.height - 10)).toBeGreaterThan(80);
  });

  it('accepts a PNG and a WebP, and keeps their type for the original', async () => {
    const png = await processPhoto(await makePicture(300, 200).png().toBuffer(), DEFAULT_PHOTO_LIMITS);
    expect(png.original).toMatchObject({ mime: 'image/png', extension: 'png' });
    expect(png.publicCopy).toMatchObject({ mime: 'image/jpeg', width: 300, height: 200 });

    const webp = await processPhoto(await makePicture(300, 200).webp().toBuffer(), DEFAULT_PHOTO_LIMITS);
    expect(webp.original).toMatchObject({ mime: 'image/webp', extension: 'webp' });
    expect(webp.thumbnail).toMatchObject({ mime: 'image/jpeg', width: 300, height: 200 });
  });

  it('puts a transparent screenshot on white, not black', async () => {
    const transparent = await sharp({ create: { width: 40, height: 40, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .toBuffer();
    const { publicCopy } = await processPhoto(transparent, DEFAULT_PHOTO_LIMITS);
    const { data } = await sharp(publicCopy.data).raw().toBuffer({ resolveWithObject: true });
    expect(data[0]).toBeGreaterThan(245);
  });

  it('judges by content alone: PNG bytes someone named foto.jpg are handled as PNG', async () => {
    const namedFotoJpg = await makePicture(64, 48).png().toBuffer();
    const photo = await processPhoto(namedFotoJpg, DEFAULT_PHOTO_LIMITS);
    expect(photo.original).toMatchObject({ mime: 'image/png', extension: 'png' });
  });
});

describe('photo pipeline: what is refused', () => {
  it.each([
    ['a PDF', () => Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'), 'PDF'],
    ['a GIF', () => makePicture(32, 32).gif().toBuffer(), 'GIF'],
    [
      'an SVG',
      () => Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'),
      'SVG',
    ],
    ['an iPhone HEIC', () => Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic'), noise(512)]), 'HEIC'],
    ['plain text', () => Buffer.from('SAMBAT jalan berlubang di depan pasar besar\n'), 'text'],
  ])('refuses %s, saying what it reads as', async (_name, make, detected) => {
    const error = await refusal(processPhoto(await make(), DEFAULT_PHOTO_LIMITS));
    expect(error.code).toBe('photo.unsupported_type');
    expectNamesAcceptedTypes(error);
    expect(error.text.id).toContain(`terbaca sebagai ${detected}.`);
    expect(error.text.en).toContain(`reads as ${detected}.`);
  });

  it('refuses the PDF with the message a citizen reads', async () => {
    const error = await refusal(processPhoto(Buffer.from('%PDF-1.7\n'), DEFAULT_PHOTO_LIMITS));
    expect(error.text).toEqual({
      id: 'Berkas foto harus JPEG, PNG atau WebP. Berkas ini terbaca sebagai PDF.',
      en: 'The photo must be JPEG, PNG or WebP. This file reads as PDF.',
    });
  });

  it('refuses random bytes as not an image', async () => {
    const bytes = noise(10_000);
    bytes[0] = 0x00; // not by chance the start of a JPEG
    const error = await refusal(processPhoto(bytes, DEFAULT_PHOTO_LIMITS));
    expect(error.code).toBe('photo.unsupported_type');
    expectNamesAcceptedTypes(error);
    expect(error.text.en).toContain('not recognised as an image');
  });

  it('refuses a JPEG cut off in the middle, as an interrupted upload leaves it', async () => {
    const whole = await noisyImage(400, 300).jpeg().toBuffer();
    const error = await refusal(processPhoto(whole.subarray(0, Math.floor(whole.length * 0.6)), DEFAULT_PHOTO_LIMITS));
    expect(error.code).toBe('photo.corrupt');
    expectNamesAcceptedTypes(error);
  });

  it('refuses bytes that only start like a JPEG or a WebP', async () => {
    for (const start of [Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'latin1')]) {
      const error = await refusal(processPhoto(Buffer.concat([start, noise(2000)]), DEFAULT_PHOTO_LIMITS));
      expect(error.code).toBe('photo.corrupt');
    }
  });

  it('refuses an empty file', async () => {
    const error = await refusal(processPhoto(Buffer.alloc(0), DEFAULT_PHOTO_LIMITS));
    expect(error.code).toBe('photo.empty');
    expectNamesAcceptedTypes(error);
  });

  it('refuses a photo over the size limit, naming the limit in MB', async () => {
    const limits: PhotoLimits = { maxBytes: 1024 * 1024, maxPixels: DEFAULT_PHOTO_LIMITS.maxPixels };
    const big = await noisyImage(800, 800).png().toBuffer();
    expect(big.length).toBeGreaterThan(limits.maxBytes);
    const error = await refusal(processPhoto(big, limits));
    expect(error.code).toBe('photo.too_large');
    expect(error.kind).toBe('unprocessable');
    expect(error.text.id).toContain('Batasnya 1 MB');
    expect(error.text.en).toContain('The limit is 1 MB');
    // The same file is fine under the default limit: it was the size, not the content.
    await expect(processPhoto(big, DEFAULT_PHOTO_LIMITS)).resolves.toMatchObject({ original: { mime: 'image/png' } });
  });

  it('names the default limit as 10 MB', async () => {
    const error = await refusal(processPhoto(Buffer.alloc(DEFAULT_PHOTO_LIMITS.maxBytes + 1, 0xff), DEFAULT_PHOTO_LIMITS));
    expect(error.code).toBe('photo.too_large');
    expect(error.text.en).toContain('The limit is 10 MB');
  });

  it('refuses a 20000x20000 PNG bomb by the size its header declares', async () => {
    const bomb = pngBomb(20_000, 20_000);
    expect(bomb.length).toBeLessThan(200_000);
    const error = await refusal(processPhoto(bomb, DEFAULT_PHOTO_LIMITS));
    expect(error.code).toBe('photo.too_many_pixels');
    expect(error.kind).toBe('unprocessable');
    expect(error.details).toMatchObject({ width: 20_000, height: 20_000 });
  });

  it('refuses an ordinary photo with more pixels than a lower limit allows', async () => {
    const upload = await makePicture(2000, 1500).jpeg().toBuffer();
    const error = await refusal(processPhoto(upload, { maxBytes: DEFAULT_PHOTO_LIMITS.maxBytes, maxPixels: 2_000_000 }));
    expect(error.code).toBe('photo.too_many_pixels');
    expect(error.text.en).toContain('2000x1500');
  });
});
