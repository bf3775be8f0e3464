// `npm run docs:screenshots`, after the browser tests: small PNGs of the main screens for README and
// docs/, cut from the screenshots the tests left in e2e/artifacts (the top of each page, shrunk).
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const artifacts = path.join(root, 'e2e', 'artifacts');
const out = path.join(root, 'docs', 'screenshots');

// [artifact, docs name, width in the docs, height of the page's top to keep (in source pixels)]
const SHOTS = [
  ['01-home', 'home', 300, 1300],
  ['02-filing-place-from-photo', 'filing-place', 300, 1500],
  ['04-filing-receipt', 'filing-receipt', 300, 1300],
  ['07-tracking-answered', 'tracking', 300, 1500],
  ['09-public-map', 'public-map', 300, 1500],
  ['05-admin-verify', 'console-verify', 640, 1000],
  ['console-konsol-statistik', 'console-stats', 640, 1000],
  ['spbe-05-index', 'console-spbe-index', 640, 1300],
  ['smartcity-03-public', 'smartcity-public', 300, 1600],
];

mkdirSync(out, { recursive: true });
for (const [from, to, width, keep] of SHOTS) {
  const source = path.join(artifacts, `${from}.png`);
  if (!existsSync(source)) throw new Error(`${source} is missing: run npm run test:e2e first`);
  const { width: w = 0, height: h = 0 } = await sharp(source).metadata();
  await sharp(source)
    .extract({ left: 0, top: 0, width: w, height: Math.min(h, keep) })
    .resize({ width })
    .png({ palette: true, quality: 80, compressionLevel: 9 })
    .toFile(path.join(out, `${to}.png`));
  console.log(`docs/screenshots/${to}.png`);
}
