import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configRefusal } from '../../testing/config-refusal.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

/** A stand-in for `npm run build`'s output: the server's behaviour does not depend on what the app's code is. */
function fakeWebBuild(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-web-'));
  fs.mkdirSync(path.join(root, 'assets'));
  fs.mkdirSync(path.join(root, '.vite'));
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><div id="root"></div><script type="module" src="/assets/index-abc123.js"></script>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc123.js'), 'console.log("app")');
  fs.writeFileSync(path.join(root, 'assets', 'big-def456.js'), 'console.log("a script worth compressing");\n'.repeat(200));
  fs.writeFileSync(path.join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  fs.writeFileSync(path.join(root, '.vite', 'manifest.json'), '{}');
  return root;
}

const HTML = { accept: 'text/html,application/xhtml+xml' };

describe('the web app on the API port', () => {
  let t: TestApp;
  let webRoot: string;
  beforeAll(async () => {
    webRoot = fakeWebBuild();
    t = await createTestApp('pglite', { webRoot, seed: false, env: { MAP_TILE_URL: 'https://{s}.tiles.example.id/{z}/{x}/{y}.png', UPLOAD_MAX_FILES: '3' } });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(webRoot, { recursive: true, force: true });
  });

  it('serves the app at / and at every page address a mail or QR poster links to', async () => {
    for (const url of ['/', '/lacak/SBT-2026-000123', '/aduan/baru?tempat=alun-alun', '/konsol/aduan/5b8a']) {
      const res = await t.app.inject({ method: 'GET', url, headers: HTML });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.body).toContain('<div id="root">');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('caches hashed assets for a year, sends them gzipped and keeps the build manifest private', async () => {
    const asset = await t.app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const big = await t.app.inject({ method: 'GET', url: '/assets/big-def456.js', headers: { 'accept-encoding': 'gzip' } });
    expect(big.headers['content-encoding']).toBe('gzip');
    const manifest = await t.app.inject({ method: 'GET', url: '/.vite/manifest.json', headers: HTML });
    expect(manifest.statusCode).toBe(404);
  });

  it('keeps JSON 404s for unknown API paths and missing files', async () => {
    const api = await t.app.inject({ method: 'GET', url: '/api/nothing-here', headers: HTML });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toMatch(/application\/problem\+json/);
    const stale = await t.app.inject({ method: 'GET', url: '/assets/index-old999.js', headers: HTML });
    expect(stale.statusCode).toBe(404);
    const write = await t.app.inject({ method: 'POST', url: '/lacak/SBT-2026-000123', headers: HTML });
    expect(write.statusCode).toBe(404);
  });

  it("tells the app the city's name, clock, bounds and map tiles, and lets the policy load those tiles", async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/site' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      cityName: 'Kota Malang',
      timeZone: 'Asia/Jakarta',
      tileUrl: 'https://{s}.tiles.example.id/{z}/{x}/{y}.png',
      defaultLocale: 'id',
      uploads: { maxFiles: 3, maxBytes: 10_485_760 },
    });
    const [minLon, minLat, maxLon, maxLat] = res.json().bbox;
    expect(minLon).toBeLessThan(maxLon);
    expect(minLat).toBeLessThan(maxLat);
    const page = await t.app.inject({ method: 'GET', url: '/', headers: HTML });
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain('img-src');
    expect(csp).toContain('https://*.tiles.example.id');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
  });
});

describe('without a built web app', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite', { seed: false });
  });
  afterAll(() => t.close());

  it('says at / how to build it, and the API still answers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/', headers: HTML });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('npm run build');
    const page = await t.app.inject({ method: 'GET', url: '/lacak/SBT-2026-000123', headers: HTML });
    expect(page.statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/site' })).statusCode).toBe(200);
  });
});

describe('MAP_TILE_URL', () => {
  it('refuses a template without {z}, {x} and {y}, or that is not a web address', () => {
    expect(configRefusal({ MAP_TILE_URL: 'https://tile.openstreetmap.org/tiles.png' })).toMatch(/MAP_TILE_URL.*\{z\}/);
    expect(configRefusal({ MAP_TILE_URL: 'ftp://tiles.example.id/{z}/{x}/{y}.png' })).toMatch(/MAP_TILE_URL/);
  });
});
