/**
 * Every console and admin page opens for the admin without a script error, says what it is, and
 * lists what the server holds (the seeded OPDs, categories and holidays); the statistics page
 * draws its charts. A new page added to the menu is covered here without editing this file.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_LINKS } from '../web/src/app/consoleLinks.js';
import { fileComplaint } from './support/api.js';
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
};

describe.skipIf(missing)('the console pages', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    await fileComplaint(server.url, {
      category: 'PJU',
      description: 'Lampu jalan di Jl. Kawi mati tiga malam berturut-turut.',
      location: { lat: -7.9774, lon: 112.6219 },
    });
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
      const text = await page.locator('main').innerText();
      expect(text, link.path).not.toMatch(/Terjadi kesalahan|Halaman gagal dimuat|Tidak ada akses/);
      if (SEEDED[link.path]) expect(text, link.path).toMatch(SEEDED[link.path]);
      await snap(page, `console${link.path.replaceAll('/', '-')}`);
    }
    await page.goto('/konsol/statistik');
    await expect.poll(() => page.locator('canvas').count(), { message: 'charts' }).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
