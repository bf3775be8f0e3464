/**
 * Every console and admin page opens for the admin without a script error, says what it is, and
 * lists what the server holds (the seeded OPDs, categories and holidays); a category is retired
 * and brought back; the statistics page draws its charts. A new page added to the menu is covered here without editing this file.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_LINKS } from '../web/src/app/consoleLinks.js';
import { ApiSession, fileComplaint } from './support/api.js';
import { chromiumMissing, DESKTOP, launchBrowser, newContext, snap } from './support/browser.js';
import { type RunningServer, startServer } from './support/server.js';

const missing = chromiumMissing();

/** What each list must show on a fresh install, from the seeded reference data. */
const SEEDED: Record<string, RegExp> = {
  '/admin/opd': /DPUPRPKP/,
  '/admin/kategori': /Jalan rusak atau berlubang/,
  '/admin/hari-libur': /Hari Kemerdekaan|Idul Fitri|Natal/,
  '/admin/pengguna': /Administrator/,
  '/konsol/verifikasi': /SBT-\d{4}-\d{6}/,
  '/konsol/aduan': /SBT-\d{4}-\d{6}/,
  // Performance starts empty: the pages say what comes first.
  '/konsol/kinerja': /Belum ada periode tahunan/,
  '/konsol/kinerja/tawaran': /Belum ada periode tahunan/,
  '/konsol/kinerja/anggaran': /Belum ada periode tahunan/,
  // The settings exist from the start: the defaults, with their rules explained.
  '/konsol/kinerja/pengaturan': /Pita predikat[\s\S]*Bendera hitam/,
};

describe.skipIf(missing)('the console pages', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    // A few complaints, some routed, so that lists, badges and charts have something to show.
    const admin = new ApiSession(server.url);
    await admin.login(server.admin.email, server.admin.password);
    const places = [
      ['PJU', 'Lampu jalan di Jl. Kawi mati tiga malam berturut-turut.', -7.9774, 112.6219],
      ['JALAN', 'Aspal Jl. Soekarno-Hatta mengelupas di depan kampus.', -7.9456, 112.6172],
      ['SAMPAH', 'Sampah menumpuk di TPS Jl. Sulfat lebih dari seminggu.', -7.9652, 112.6564],
      ['DRAINASE', 'Saluran air di Jl. Bunga Kumis Kucing tersumbat, jalan banjir.', -7.9399, 112.6203],
      ['JALAN', 'Trotoar Jl. Ijen rusak dan membahayakan pejalan kaki.', -7.9693, 112.6226],
    ] as const;
    for (const [index, [category, description, lat, lon]] of places.entries()) {
      const { trackingNo } = await fileComplaint(server.url, { category, description, location: { lat, lon } });
      if (index % 2 === 1) continue;
      const found = await admin.request<{ items: Array<{ id: string; trackingNo: string; category: { code: string } }> }>(
        'GET',
        `/api/sambat/staff/complaints?q=${trackingNo}`,
      );
      const complaint = found.items[0];
      const detail = await admin.request<{ suggestedOpdId: string }>('GET', `/api/sambat/staff/complaints/${complaint.id}`);
      await admin.request('POST', `/api/sambat/staff/complaints/${complaint.id}/verify`, { opdId: detail.suggestedOpdId });
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens every page of the menu for the admin, each with its heading and data', async () => {
    const context = await newContext(browser, server.url, DESKTOP);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    await page.goto('/masuk');
    await page.getByLabel('Email').fill(server.admin.email);
    await page.getByLabel('Kata sandi').fill(server.admin.password);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL('**/konsol');

    for (const link of CONSOLE_LINKS.filter((l) => l.roles.includes('admin'))) {
      await page.goto(link.path);
      const heading = page.getByRole('heading', { level: 1 });
      await expect.poll(() => heading.isVisible(), { message: link.path }).toBe(true);
      await page.waitForLoadState('networkidle');
      // The data may still be on its way after the network went quiet on a busy machine: wait for it.
      const seeded = SEEDED[link.path];
      if (seeded) await expect.poll(() => page.locator('main').innerText(), { message: link.path }).toMatch(seeded);
      const text = await page.locator('main').innerText();
      expect(text, link.path).not.toMatch(/Terjadi kesalahan|Halaman gagal dimuat|Tidak ada akses/);
      await snap(page, `console${link.path.replaceAll('/', '-')}`);
    }
    // A category is retired (after a confirmation), stays listed as such, and comes back.
    await page.goto('/admin/kategori');
    const row = page.getByRole('row').filter({ hasText: 'Taman dan pohon' });
    await row.getByRole('button', { name: 'Pensiunkan' }).click();
    await page.getByRole('button', { name: 'Ya, pensiunkan' }).click();
    await expect.poll(() => row.getByText('Pensiun', { exact: true }).isVisible()).toBe(true);
    const publicList = async () => (await (await fetch(`${server.url}/api/sambat/categories`)).json()) as { items: Array<{ code: string }> };
    expect((await publicList()).items.map((c) => c.code)).not.toContain('TAMAN');
    await row.getByRole('button', { name: 'Aktifkan kembali' }).click();
    await expect.poll(() => row.getByRole('button', { name: 'Pensiunkan' }).isVisible()).toBe(true);
    expect((await publicList()).items.map((c) => c.code)).toContain('TAMAN');

    await page.goto('/konsol/statistik');
    await expect.poll(() => page.locator('canvas').count(), { message: 'charts' }).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
