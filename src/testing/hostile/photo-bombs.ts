/**
 * Decompression bombs for the photo pipeline: files of a few kilobytes whose headers promise
 * pictures of hundreds of megapixels. Built by hand (PNG from zlib, the others by patching the
 * dimensions of a tiny image sharp made) because having sharp encode a 20000x20000 image takes
 * ten seconds and more, and the point is what the server does with such a file, not making one.
 */
import { once } from 'node:events';
import zlib from 'node:zlib';
import sharp from 'sharp';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** zlib of `total` zero bytes, streamed so that the zeros never sit in memory at once. */
async function deflateZeros(total: number): Promise<Buffer> {
  const deflate = zlib.createDeflate({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const zeros = Buffer.alloc(1 << 20);
  for (let left = total; left > 0; left -= zeros.length) {
    if (!deflate.write(left >= zeros.length ? zeros : zeros.subarray(0, left))) await once(deflate, 'drain');
  }
  deflate.end();
  await once(deflate, 'end');
  return Buffer.concat(out);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A complete, valid one-colour (black, 1 bit a pixel) PNG of width x height. */
export async function pngBomb(width: number, height: number): Promise<Buffer> {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, no filter, no interlace
  const rows = await deflateZeros(height * (1 + Math.ceil(width / 8)));
  return Buffer.concat([PNG_SIGNATURE, pngChunk('IHDR', header), pngChunk('IDAT', rows), pngChunk('IEND', Buffer.alloc(0))]);
}

/** A small, honest PNG with an extra chunk (zTXt or iCCP) that inflates to `inflated` bytes. */
export async function pngWithChunkBomb(type: 'zTXt' | 'iCCP', inflated: number): Promise<Buffer> {
  const small = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#205080' } })
    .png()
    .toBuffer();
  // keyword (or profile name), NUL, compression method 0, then the zlib stream.
  const data = Buffer.concat([Buffer.from(type === 'zTXt' ? 'Comment' : 'ICC Profile', 'latin1'), Buffer.from([0, 0]), await deflateZeros(inflated)]);
  const ihdrEnd = 8 + 8 + 13 + 4;
  return Buffer.concat([small.subarray(0, ihdrEnd), pngChunk(type, data), small.subarray(ihdrEnd)]);
}

/** A real 16x16 baseline JPEG whose frame header claims width x height (at most 65535 each). */
export async function jpegClaiming(width: number, height: number): Promise<Buffer> {
  const jpeg = Buffer.from(
    await sharp({ create: { width: 16, height: 16, channels: 3, background: '#808080' } })
      .jpeg({ mozjpeg: false, progressive: false })
      .toBuffer(),
  );
  for (let i = 2; i < jpeg.length - 9; i++) {
    // SOF0 or SOF2: FF C0/C2, length (2), precision (1), height (2), width (2).
    if (jpeg[i] === 0xff && (jpeg[i + 1] === 0xc0 || jpeg[i + 1] === 0xc2)) {
      jpeg.writeUInt16BE(height, i + 5);
      jpeg.writeUInt16BE(width, i + 7);
      return jpeg;
    }
  }
  throw new Error('no frame header in the JPEG sharp made');
}

/** A one-colour lossless WebP whose header claims width x height (at most 16384 each). */
export async function webpClaiming(width: number, height: number): Promise<Buffer> {
  const webp = Buffer.from(
    await sharp({ create: { width: 16, height: 16, channels: 3, background: '#808080' } })
      .webp({ lossless: true })
      .toBuffer(),
  );
  if (webp.subarray(12, 16).toString('latin1') !== 'VP8L') throw new Error('sharp made no simple lossless WebP');
  // After the 0x2f signature: 14 bits width - 1, 14 bits height - 1, then alpha and version bits.
  const bits = webp.readUInt32LE(21);
  webp.writeUInt32LE(((bits & 0xf0000000) | ((height - 1) << 14) | (width - 1)) >>> 0, 21);
  return webp;
}
