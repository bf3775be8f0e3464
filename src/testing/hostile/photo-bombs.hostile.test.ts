/**
 * Decompression bombs as complaint photos: PNG, JPEG and WebP files of a few bytes to a few hundred
 * kilobytes that decode to 268 megapixels and more, and honest small PNGs carrying chunks that
 * inflate to 300 MB. Each is refused (or taken) with the server's memory staying within bounds,
 * and a refusal tells the citizen the limit.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALUN_ALUN, multipart } from '../../modules/complaints/complaints.testing.js';
import { DATABASE_KINDS } from '../databases.js';
import { createTestApp, type TestApp } from '../test-app.js';
import { delta, expectHandled, ledger, nextIp } from './hostile.support.js';
import { jpegClaiming, pngBomb, pngWithChunkBomb, webpClaiming } from './photo-bombs.js';

/** How much the process may grow while it handles one hostile upload. */
const MEMORY_LIMIT_MB = 300;

interface Bomb {
  label: string;
  type: string;
  width: number;
  height: number;
  bytes: Buffer;
}

/** Runs `work` and reports how far the resident set rose above where it started, sampled every few milliseconds. */
async function peakGrowth<T>(work: () => Promise<T>): Promise<{ result: T; growthMb: number; ms: number }> {
  const start = process.memoryUsage.rss();
  let peak = start;
  const sample = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 2);
  const began = Date.now();
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, growthMb: (peak - start) / 2 ** 20, ms: Date.now() - began };
  } finally {
    clearInterval(sample);
  }
}

const body = { category: 'JALAN', description: 'Jalan berlubang, lihat foto terlampir.', location: ALUN_ALUN };

// Made once for both databases: the 60000x60000 PNG takes a second of zlib.
let bombs: Bomb[] = [];
let chunkBombs: Array<{ label: string; bytes: Buffer }> = [];
beforeAll(async () => {
  bombs = [
    { label: 'PNG 20000x20000', type: 'image/png', width: 20_000, height: 20_000, bytes: await pngBomb(20_000, 20_000) },
    { label: 'PNG 60000x60000', type: 'image/png', width: 60_000, height: 60_000, bytes: await pngBomb(60_000, 60_000) },
    { label: 'PNG 1x50000000', type: 'image/png', width: 1, height: 50_000_000, bytes: await pngBomb(1, 50_000_000) },
    { label: 'JPEG 65500x65500', type: 'image/jpeg', width: 65_500, height: 65_500, bytes: await jpegClaiming(65_500, 65_500) },
    { label: 'WebP 16383x16383', type: 'image/webp', width: 16_383, height: 16_383, bytes: await webpClaiming(16_383, 16_383) },
  ];
  chunkBombs = [
    { label: 'zTXt inflating to 300 MB', bytes: await pngWithChunkBomb('zTXt', 300_000_000) },
    { label: 'iCCP inflating to 300 MB', bytes: await pngWithChunkBomb('iCCP', 300_000_000) },
  ];
});

describe.each(DATABASE_KINDS)('decompression bombs as complaint photos on %s', (kind) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(kind);
    // One honest photo first, so that loading sharp is not counted against the first bomb.
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#406080' } })
      .jpeg()
      .toBuffer();
    const warm = await t.app.inject({
      method: 'POST',
      url: '/api/sambat/complaints',
      ...multipart(body, [{ name: 'foto.jpg', type: 'image/jpeg', bytes: photo }]),
    });
    expect(warm.statusCode, warm.body).toBe(201);
  });
  afterAll(() => t.close());

  it('refuses each bomb with a 422 that names its size and the limit, stores nothing, and stays within the memory limit', async () => {
    for (const bomb of bombs) {
      expect(bomb.bytes.length, bomb.label).toBeLessThan(500 * 1024);
      for (const language of ['id', 'en'] as const) {
        const before = await ledger(t);
        const {
          result: res,
          growthMb,
          ms,
        } = await peakGrowth(() =>
          t.app.inject({
            method: 'POST',
            url: '/api/sambat/complaints',
            remoteAddress: nextIp(),
            ...(() => {
              const form = multipart(body, [{ name: 'bom', type: bomb.type, bytes: bomb.bytes }]);
              return { payload: form.payload, headers: { ...form.headers, 'accept-language': language } };
            })(),
          }),
        );
        expectHandled(res, language);
        expect(res.statusCode, `${bomb.label}: ${res.body}`).toBe(422);
        const problem = res.json();
        expect(problem.code).toBe('photo.too_many_pixels');
        expect(problem.detail).toContain(`${bomb.width}x${bomb.height}`);
        expect(problem.detail).toContain(language === 'id' ? 'batas 40 megapiksel' : 'limit of 40 megapixels');
        expect(delta(before, await ledger(t)), bomb.label).toEqual({});
        expect(growthMb, `${bomb.label} grew the process by ${growthMb.toFixed(0)} MB`).toBeLessThan(MEMORY_LIMIT_MB);
        expect(ms, bomb.label).toBeLessThan(10_000);
      }
    }
  });

  it('refuses five bombs in one form at the first, within the same memory limit', async () => {
    const five = bombs.slice(0, 5).map((b, i) => ({ name: `bom-${i}`, type: b.type, bytes: b.bytes }));
    const before = await ledger(t);
    const { result: res, growthMb } = await peakGrowth(() =>
      t.app.inject({ method: 'POST', url: '/api/sambat/complaints', remoteAddress: nextIp(), ...multipart(body, five) }),
    );
    expectHandled(res);
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('photo.too_many_pixels');
    expect(delta(before, await ledger(t))).toEqual({});
    expect(growthMb).toBeLessThan(MEMORY_LIMIT_MB);
  });

  it('takes a small PNG whose text or colour-profile chunk would inflate to 300 MB without inflating it, and publishes it clean', async () => {
    for (const bomb of chunkBombs) {
      const before = await ledger(t);
      const { result: res, growthMb } = await peakGrowth(() =>
        t.app.inject({
          method: 'POST',
          url: '/api/sambat/complaints',
          remoteAddress: nextIp(),
          ...multipart(body, [{ name: 'peta.png', type: 'image/png', bytes: bomb.bytes }]),
        }),
      );
      expectHandled(res);
      expect(growthMb, `${bomb.label} grew the process by ${growthMb.toFixed(0)} MB`).toBeLessThan(MEMORY_LIMIT_MB);
      expect(res.statusCode, `${bomb.label}: ${res.body}`).toBe(201);
      expect(delta(before, await ledger(t))).toMatchObject({ complaint: 1, complaint_photo: 1, files: 6 });
      const detail = await t.app.inject({ method: 'GET', url: `/api/sambat/complaints/${res.json().trackingNo}` });
      const served = await t.app.inject({ method: 'GET', url: detail.json().complaint.photos[0].url });
      expect(served.headers['content-type']).toBe('image/jpeg');
      expect(served.rawPayload.length).toBeLessThan(100 * 1024);
    }
  });
});
