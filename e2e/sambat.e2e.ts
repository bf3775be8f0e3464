/**
 * SAMBAT end to end in a real browser, as the issue tells it: a citizen files a complaint with a
 * geotagged photo and sees the place filled in; the admin verifies it and sends it to DPUPRPKP;
 * the OPD's operator answers with a photo; the citizen finds it by number, confirms and rates it;
 * the public map shows it without the reporter's name. Citizen pages are checked with axe-core at
 * 360 px. Screenshots of each step go to e2e/artifacts.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALUN_ALUN } from '../src/modules/complaints/complaints.testing.js';
import { makeGeotaggedJpeg } from '../src/testing/exif-fixture.js';
import { ApiSession, createStaff, opdIdByCode } from './support/api.js';
import { chromiumMissing, DESKTOP, expectAccessible, launchBrowser, newContext, snap } from './support/browser.js';
import { chooseCategory, receipt, STEP_NEXT } from './support/citizen.js';
import { type RunningServer, startServer } from './support/server.js';

const missing = chromiumMissing();

const REPORTER = { name: 'Budi Santoso', email: 'budi.santoso@example.id' };
const DESCRIPTION = 'Jalan di depan Alun-alun berlubang besar dan tergenang air, membahayakan pengendara motor.';
const ANSWER = 'Lubang sudah ditambal oleh tim pemeliharaan jalan DPUPRPKP pada pagi ini.';

describe.skipIf(missing)('SAMBAT in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let operator: { email: string; password: string };
  const filed = { trackingNo: '', privateLink: '' };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const admin = new ApiSession(server.url);
    await admin.login(server.admin.email, server.admin.password);
    operator = await createStaff(admin, 'operator_opd', await opdIdByCode(server.url, 'DPUPRPKP'), 'Operator Jalan');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function staffPage(account: { email: string; password: string }): Promise<{ context: BrowserContext; page: Page }> {
    const context = await newContext(browser, server.url, DESKTOP);
    const page = await context.newPage();
    await page.goto('/masuk');
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Kata sandi').fill(account.password);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL('**/konsol');
    return { context, page };
  }

  it('a citizen files a complaint with a geotagged photo and sees the place filled in', async () => {
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    await page.goto('/');
    await expect.poll(() => page.getByRole('link', { name: 'Sampaikan aduan sekarang' }).isVisible()).toBe(true);
    await expectAccessible(page, 'home');
    await snap(page, '01-home');

    await page.getByRole('link', { name: 'Sampaikan aduan sekarang' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Jenis dan kategori' }).isVisible()).toBe(true);
    await expectAccessible(page, 'filing, step 1');
    await chooseCategory(page, 'Pengaduan', 'jalan', 'Jalan rusak atau berlubang');

    const photo = await makeGeotaggedJpeg(ALUN_ALUN.lat, ALUN_ALUN.lon, { width: 1200, height: 900 });
    await page.getByLabel('Ambil lokasi dari foto (opsional)').setInputFiles({ name: 'jalan-berlubang.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByRole('button', { name: 'Gunakan lokasi dari foto' }).click();
    // The pin follows the photo, and the server names the kecamatan it lies in.
    await expect.poll(() => page.getByText(/Pin diambil dari lokasi foto/).isVisible()).toBe(true);
    await expect.poll(() => page.getByText(/Kecamatan Klojen/).isVisible(), { timeout: 15_000 }).toBe(true);
    // Tiles cannot load on this closed network: the map says so and the pin still works.
    await expect.poll(() => page.getByText('Peta latar tidak dapat dimuat', { exact: false }).isVisible(), { timeout: 20_000 }).toBe(true);
    await expectAccessible(page, 'filing, place');
    await snap(page, '02-filing-place-from-photo');
    await page.getByRole('button', STEP_NEXT).click();

    await page.getByLabel('Uraian aduan').fill(DESCRIPTION);
    await expect.poll(() => page.getByRole('img', { name: /jalan-berlubang\.jpg/ }).isVisible()).toBe(true);
    await expectAccessible(page, 'filing, details');
    await snap(page, '03-filing-details');
    await page.getByRole('button', STEP_NEXT).click();

    await page.getByLabel('Nama (opsional)').fill(REPORTER.name);
    await page.getByLabel('Email (opsional)').fill(REPORTER.email);
    await page.getByRole('radio', { name: 'Publik' }).check();
    await expectAccessible(page, 'filing, contact');
    await page.getByRole('button', { name: 'Kirim Aduan' }).click();
    Object.assign(filed, await receipt(page));
    expect(filed.trackingNo).toMatch(/^SBT-\d{4}-\d{6}$/);
    await expectAccessible(page, 'filing, receipt');
    await snap(page, '04-filing-receipt');
    await context.close();

    // The reporter is told by mail, with the tracking link.
    await expect.poll(() => server.mail.messages.some((m) => m.to.includes(REPORTER.email) && m.raw.includes(filed.trackingNo))).toBe(true);
  });

  it('the admin verifies it and sends it to DPUPRPKP, the OPD suggested for roads', async () => {
    const { context, page } = await staffPage(server.admin);
    await page.getByRole('navigation', { name: 'Menu konsol' }).getByRole('link', { name: 'Antrean verifikasi' }).click();
    await page.getByRole('link', { name: filed.trackingNo }).click();
    await expect.poll(() => page.getByRole('heading', { name: `Aduan ${filed.trackingNo}` }).isVisible()).toBe(true);
    // The reporter's contact is there for the staff, with the time-limit badge.
    await expect.poll(() => page.getByText(REPORTER.email).isVisible()).toBe(true);
    await expect
      .poll(() =>
        page
          .getByText(/Jatuh tempo|Terlambat|Melewati/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    const opd = page.getByLabel('OPD penanggung jawab', { exact: true });
    await expect.poll(() => opd.locator('option:checked').textContent()).toContain('DPUPRPKP');
    await snap(page, '05-admin-verify');
    await page.getByRole('button', { name: 'Verifikasi dan teruskan' }).click();
    await expect.poll(() => page.getByText(/sekarang berstatus: Diteruskan ke OPD/).isVisible()).toBe(true);
    await context.close();
  });

  it("the OPD's operator accepts it and answers with a photo", async () => {
    const { context, page } = await staffPage(operator);
    await page.getByRole('navigation', { name: 'Menu konsol' }).getByRole('link', { name: 'Kotak masuk OPD' }).click();
    await page.getByRole('link', { name: filed.trackingNo }).click();
    await page.getByRole('button', { name: 'Terima aduan' }).click();
    await expect.poll(() => page.getByText(/sekarang berstatus: Diterima OPD/).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Mulai tindak lanjut' }).click();
    await page.getByLabel('Jawaban untuk pelapor').fill(ANSWER);
    const after = await makeGeotaggedJpeg(ALUN_ALUN.lat, ALUN_ALUN.lon, { width: 1000, height: 750 });
    await page.getByLabel('Foto hasil tindak lanjut (opsional)').setInputFiles({ name: 'sudah-ditambal.jpg', mimeType: 'image/jpeg', buffer: after });
    await snap(page, '06-opd-answer');
    await page.getByRole('button', { name: 'Kirim jawaban' }).click();
    await expect.poll(() => page.getByText(/sekarang berstatus: Sudah dijawab/).isVisible(), { timeout: 20_000 }).toBe(true);
    await context.close();
  });

  it('the citizen finds it by number, sees the answer and its photo, confirms and rates it', async () => {
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    await page.goto('/lacak');
    await page.getByLabel('Nomor pelacakan').fill(filed.trackingNo.toLowerCase());
    await page.getByLabel('Kode rahasia (tidak wajib)').fill(filed.privateLink.split('#kunci=')[1]);
    await page.getByRole('button', { name: 'Lacak', exact: true }).click();
    await expect.poll(() => page.getByText(ANSWER).isVisible()).toBe(true);
    await expect
      .poll(() =>
        page
          .getByRole('img')
          .filter({ hasNot: page.locator('svg') })
          .count(),
      )
      .toBeGreaterThan(1);
    await expectAccessible(page, 'tracking page');
    await snap(page, '07-tracking-answered');

    await page.getByRole('radio', { name: '5 – Sangat puas' }).check();
    await page.getByRole('button', { name: 'Konfirmasi selesai' }).click();
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Selesai/);
    await expectAccessible(page, 'tracking page, closed');
    await snap(page, '08-tracking-confirmed');
    await context.close();
  });

  it("the public map and list show it without the reporter's name", async () => {
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    await page.goto('/peta');
    await expect.poll(() => page.getByText(filed.trackingNo).first().isVisible(), { timeout: 20_000 }).toBe(true);
    // The map draws it as a marker even though its background tiles cannot load here.
    await expect.poll(() => page.locator('.leaflet-marker-icon').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await expectAccessible(page, 'public map');
    await snap(page, '09-public-map');
    for (const path of ['/peta', '/aduan', `/lacak/${filed.trackingNo}`]) {
      if (!page.url().endsWith(path)) await page.goto(path);
      await page.waitForLoadState('networkidle');
      const text = await page.locator('body').innerText();
      expect(text, path).not.toContain(REPORTER.name);
      expect(text, path).not.toContain(REPORTER.email);
    }
    await expectAccessible(page, 'public list');
    await context.close();
  });
});
