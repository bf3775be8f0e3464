/**
 * The frame around every page: one port serves app and API, Indonesian first with English by
 * choice, staff sign in and see only the console menu their roles open.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, createStaff, opdIdByCode } from './support/api.js';
import { chromiumMissing, DESKTOP, launchBrowser, newContext, snap } from './support/browser.js';
import { type RunningServer, startServer } from './support/server.js';

const missing = chromiumMissing();

describe.skipIf(missing)('the web app shell', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('speaks Indonesian first and English by choice, and remembers the choice', async () => {
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    await page.goto('/');
    await expect.poll(() => page.getByRole('navigation', { name: 'Menu utama' }).isVisible()).toBe(true);
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    await page.getByRole('button', { name: 'Ganti bahasa ke English' }).click();
    await expect.poll(() => page.getByRole('navigation', { name: 'Main menu' }).isVisible()).toBe(true);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await expect.poll(() => page.getByRole('link', { name: 'Report a problem' }).isVisible()).toBe(true);
    await context.close();
  });

  it('answers an unknown page address with a page that says so', async () => {
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    const response = await page.goto('/tidak-ada-halaman-ini');
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.getByRole('heading', { name: 'Halaman tidak ditemukan' }).isVisible()).toBe(true);
    await context.close();
  });

  it('sends staff to sign in, then shows each role only the console pages it may open', async () => {
    const admin = new ApiSession(server.url);
    await admin.login(server.admin.email, server.admin.password);
    const operator = await createStaff(admin, 'operator_opd', await opdIdByCode(server.url, 'DPUPRPKP'), 'Operator Shell');

    const context = await newContext(browser, server.url, DESKTOP);
    const page = await context.newPage();
    await page.goto('/konsol/verifikasi');
    await page.waitForURL(/\/masuk\?lanjut=/);
    await page.getByLabel('Email').fill(server.admin.email);
    await page.getByLabel('Kata sandi').fill('salah-sekali-kata-sandinya');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/sandi|salah/i);
    await page.getByLabel('Kata sandi').fill(server.admin.password);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL('**/konsol/verifikasi');
    const menu = page.getByRole('navigation', { name: 'Menu konsol' });
    await expect.poll(() => menu.getByRole('link', { name: 'Token API' }).isVisible()).toBe(true);
    await snap(page, 'shell-admin-console');
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.waitForURL(`${server.url}/`);

    await page.goto('/masuk');
    await page.getByLabel('Email').fill(operator.email);
    await page.getByLabel('Kata sandi').fill(operator.password);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL('**/konsol');
    await expect.poll(() => menu.getByRole('link', { name: 'Kotak masuk OPD' }).isVisible()).toBe(true);
    expect(await menu.getByRole('link', { name: 'Token API' }).count()).toBe(0);
    await page.goto('/admin/token');
    await expect.poll(() => page.getByRole('heading', { name: 'Tidak ada akses' }).isVisible()).toBe(true);
    await context.close();
  });
});
