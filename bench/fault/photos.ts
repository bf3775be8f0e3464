/**
 * Small real photos for the crash test, made on the spot with sharp: the server's photo pipeline
 * decodes and re-encodes every upload, so a fake byte string would be refused, and a large photo
 * would make the test measure sharp rather than the database.
 */
import sharp from 'sharp';

export interface Photo {
  name: string;
  type: 'image/jpeg' | 'image/png';
  bytes: Buffer;
}

/** A photo of flat colour with a band across it; `seed` varies the colours so no two are alike. */
export async function makePhoto(seed: number, format: 'jpeg' | 'png'): Promise<Photo> {
  const colour = { r: (seed * 53) % 256, g: (seed * 97) % 256, b: (seed * 193) % 256 };
  const band = await sharp({ create: { width: 160, height: 24, channels: 3, background: { r: 255 - colour.r, g: 255 - colour.g, b: 255 - colour.b } } })
    .png()
    .toBuffer();
  const image = sharp({ create: { width: 160, height: 120, channels: 3, background: colour } }).composite([{ input: band, top: (seed * 7) % 96, left: 0 }]);
  return format === 'jpeg'
    ? { name: `foto-${seed}.jpg`, type: 'image/jpeg', bytes: await image.jpeg({ quality: 80 }).toBuffer() }
    : { name: `foto-${seed}.png`, type: 'image/png', bytes: await image.png().toBuffer() };
}
