/**
 * Two promises of the filing wizard, kept in one run: someone who uses no mouse can file a
 * complaint with the keyboard alone, and a rahasia complaint appears nowhere public (list, map,
 * tracking page without the private link, Open311), while its private link still opens it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePicture } from '../src/testing/exif-fixture.js';
import { chromiumMissing, launchBrowser, newContext, seriousA11yViolations, snap } from './support/browser.js';
import { receipt } from './support/citizen.js';
import { arrowTo, tabAndPress, tabAndType, tabTo } from './support/keyboard.js';
import { type RunningServer, startServer } from './support/server.js';

const missing = chromiumMissing();

const SECRET_STORY = 'Ada pungutan liar di loket TPS Jalan Ijen setiap pagi, mohon ditindak tanpa menyebut saya.';

describe.skipIf(missing)('keyboard-only filing of a rahasia complaint', () => {
  let server: RunningServer;
  let browser: Browser;
  const filed = { trackingNo: '', privateLink: '' };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('files the whole complaint with Tab, arrows, Space, Enter and typing', async () => {
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    await page.goto('/aduan/baru');
    await page.getByRole('heading', { name: 'Jenis dan kategori' }).waitFor();

    await tabTo(page, 'Pengaduan');
    await page.keyboard.press('Space');
    await tabAndType(page, 'Cari kategori', 'sampah');
    await tabTo(page, 'Sampah dan kebersihan');
    await page.keyboard.press('Space');
    await tabAndPress(page, 'Lanjut');

    await page.getByRole('heading', { name: 'Lokasi' }).waitFor();
    await tabAndType(page, 'Alamat atau patokan', 'Jl. Ijen, depan TPS dekat SMA Negeri 4');
    await tabAndPress(page, 'Lanjut');

    await page.getByRole('heading', { name: 'Uraian dan foto' }).waitFor();
    await tabAndType(page, 'Uraian aduan', SECRET_STORY);
    await tabAndPress(page, 'Lanjut');

    await page.getByRole('heading', { name: 'Data diri dan kerahasiaan' }).waitFor();
    await tabAndType(page, 'Nama (opsional)', 'Siti Rahayu');
    await tabTo(page, /^(Publik|Anonim|Rahasia)/);
    await arrowTo(page, 'Rahasia');
    await snap(page, 'keyboard-privacy-step');
    await tabAndPress(page, 'Kirim Aduan');

    Object.assign(filed, await receipt(page));
    expect(await seriousA11yViolations(page)).toEqual([]);
    await snap(page, 'keyboard-receipt');
    await context.close();
  });

  it('keeps the rahasia complaint out of every public page and answer', async () => {
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    for (const path of ['/aduan', '/peta']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      // Let the list (and the map's points) arrive before looking.
      await page.waitForLoadState('networkidle');
      const text = await page.locator('main').innerText();
      expect(text, path).not.toContain(filed.trackingNo);
      expect(text, path).not.toContain('pungutan liar');
    }
    await page.goto(`/lacak/${filed.trackingNo}`);
    await expect.poll(() => page.getByText('Aduan tidak ditemukan', { exact: true }).isVisible()).toBe(true);
    expect(await page.locator('main').innerText()).not.toContain('pungutan liar');
    await snap(page, 'rahasia-without-link');

    const open311 = await (await fetch(`${server.url}/open311/v2/requests.json`)).text();
    expect(open311).not.toContain(filed.trackingNo);
    const geojson = await (await fetch(`${server.url}/api/sambat/complaints.geojson`)).text();
    expect(geojson).not.toContain('pungutan liar');

    // The reporter's own private link opens it, without ever showing the reporter's name.
    await page.goto(filed.privateLink);
    await expect.poll(() => page.getByText('pungutan liar', { exact: false }).first().isVisible()).toBe(true);
    expect(page.url()).not.toContain('#kunci=');
    expect(await page.locator('main').innerText()).not.toContain('Siti Rahayu');
    await snap(page, 'rahasia-with-private-link');
    await context.close();
  });

  it("shows a rahasia complaint's photo to its reporter, and to nobody without the secret", async () => {
    const form = new FormData();
    const data = {
      category: 'KETERTIBAN',
      privacy: 'rahasia',
      description: 'Parkir liar memakai trotoar, foto pelakunya terlampir.',
      location: { lat: -7.9785, lon: 112.6322 },
    };
    form.append('data', JSON.stringify(data));
    form.append('photos', new Blob([new Uint8Array(await makePicture(640, 480).jpeg().toBuffer())], { type: 'image/jpeg' }), 'parkir.jpg');
    const filing = await fetch(`${server.url}/api/sambat/complaints`, { method: 'POST', body: form });
    expect(filing.status).toBe(201);
    const { trackingNo, secret } = (await filing.json()) as { trackingNo: string; secret: string };

    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    await page.goto(`/lacak/${trackingNo}#kunci=${secret}`);
    const photo = page.getByRole('img', { name: /Foto 1/ });
    await expect.poll(() => photo.getAttribute('src')).toMatch(/^blob:/);
    await expect.poll(() => photo.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await context.close();

    const own = await fetch(`${server.url}/api/sambat/complaints/${trackingNo}`, { headers: { 'x-tracking-secret': secret } });
    const { complaint } = (await own.json()) as { complaint: { photos: Array<{ url: string }> } };
    expect((await fetch(`${server.url}${complaint.photos[0].url}`)).status).toBe(404);
  });
});
