/**
 * The complaints the crash test files: varied as citizens' are (a pin or only an address, public
 * or rahasia, no photo, a JPEG, or a JPEG and a PNG), each carrying its own Idempotency-Key in
 * its description so that SQL can count the complaints filed under every key.
 */
import { CATEGORIES } from '../../src/modules/complaints/categories.reference.js';
import type { Filing } from './filing-client.js';
import { makePhoto, type Photo } from './photos.js';

/** Inside Kota Malang's default CITY_BBOX (-8.05,112.57,-7.90,112.70), away from its edges. */
const AREA = { minLat: -8.03, maxLat: -7.92, minLon: 112.59, maxLon: 112.68 };
const PROBLEMS = [
  'jalan berlubang besar membahayakan pengendara motor',
  'lampu jalan mati sudah tiga malam',
  'saluran air tersumbat sampah, air meluap ke jalan',
  'sampah menumpuk di TPS dan belum diangkut',
  'parkir liar menutup trotoar di depan pertokoan',
];

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)];
const between = (min: number, max: number) => Math.round((min + Math.random() * (max - min)) * 1e6) / 1e6;

/** Returns a maker of new filings whose keys start with `prefix` (one per run and database). */
export async function filingMaker(prefix: string): Promise<() => Filing> {
  const jpegs: Photo[] = [];
  const pngs: Photo[] = [];
  for (let seed = 1; seed <= 6; seed++) {
    jpegs.push(await makePhoto(seed, 'jpeg'));
    pngs.push(await makePhoto(seed + 100, 'png'));
  }
  const codes = CATEGORIES.map((c) => c.code);
  let n = 0;
  return () => {
    n++;
    const key = `${prefix}-${n}`;
    const roll = Math.random();
    const photos = roll < 0.15 ? [pick(jpegs), pick(pngs)] : roll < 0.4 ? [pick(jpegs)] : [];
    const location =
      Math.random() < 0.75
        ? { lat: between(AREA.minLat, AREA.maxLat), lon: between(AREA.minLon, AREA.maxLon) }
        : { address: `Jl. Uji Ketahanan No. ${n}, Malang` };
    return {
      key,
      body: {
        category: pick(codes),
        description: `Uji ketahanan crash [${key}]: ${pick(PROBLEMS)}.`,
        location,
        privacy: Math.random() < 0.15 ? 'rahasia' : 'publik',
      },
      photos,
      retried: false,
      replayed: false,
    };
  };
}
