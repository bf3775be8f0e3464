/**
 * The web app lives within its Content-Security-Policy: every citizen page, the filing wizard's map,
 * the sign-in page, the console and the API docs open in Chromium without one refusal by the
 * policy. The map's tiles cannot load on this closed network; that is allowed, a violation is not.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALUN_ALUN } from '../src/modules/complaints/complaints.testing.js';
import { CONSOLE_LINKS } from '../web/src/app/consoleLinks.js';
import { ApiSession, fileComplaint } from './support/api.js';
import { chromiumMissing, DESKTOP, launchBrowser, newContext } from './support/browser.js';
import { chooseCategory } from './support/citizen.js';
import { cspConsoleErrors, cspViolations, recordCspViolations } from './support/csp.js';
import { type RunningServer, startServer } from './support/server.js';

const missing = chromiumMissing();

describe.skipIf(missing)('the web app under its Content-Security-Policy', () => {
  let server: RunningServer;
  let browser: Browser;
  let trackingNo: string;
  let complaintId: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    // One routed complaint, so the map draws a marker and the console has a detail page to open.
    ({ trackingNo } = await fileComplaint(server.url, {
      category: 'JALAN',
      description: 'Jalan berlubang di depan alun-alun, membahayakan pengendara motor.',
      location: ALUN_ALUN,
    }));
    const admin = new ApiSession(server.url);
    await admin.login(server.admin.email, server.admin.password);
    const found = await admin.request<{ items: Array<{ id: string }> }>('GET', `/api/sambat/staff/complaints?q=${trackingNo}`);
    complaintId = found.items[0].id;
    const detail = await admin.request<{ suggestedOpdId: string }>('GET', `/api/sambat/staff/complaints/${complaintId}`);
    await admin.request('POST', `/api/sambat/staff/complaints/${complaintId}/verify`, { opdId: detail.suggestedOpdId });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Opens a page by its address, waits for its heading and for the network to settle. */
  async function open(page: Page, path: string): Promise<void> {
    const response = await page.goto(path);
    const csp = response?.headers()['content-security-policy'] ?? '';
    // The policy comes with the page itself: that is the one the browser enforces.
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toMatch(/script-src 'self'(;|$)/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).first().isVisible(), { message: path }).toBe(true);
    await page.waitForLoadState('networkidle');
  }

  it('the citizen pages and the sign-in page, maps included, cause no policy violation', async () => {
    const context = await newContext(browser, server.url);
    await recordCspViolations(context);
    const page = await context.newPage();
    const consoleErrors = cspConsoleErrors(page);
    const violations: string[] = [];

    for (const path of ['/', '/lacak', `/lacak/${trackingNo}`, '/aduan', '/kinerja', '/masuk']) {
      await open(page, path);
      violations.push(...(await cspViolations(page)));
    }
    await open(page, '/peta');
    await expect.poll(() => page.locator('.leaflet-marker-icon').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    violations.push(...(await cspViolations(page)));

    // The filing wizard draws its map on the second step.
    await open(page, '/aduan/baru');
    await chooseCategory(page, 'Pengaduan', 'jalan', 'Jalan rusak atau berlubang');
    await expect.poll(() => page.locator('.leaflet-container').count()).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    violations.push(...(await cspViolations(page)));

    expect(violations).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('signing in and every console page of the admin cause no policy violation', async () => {
    const context = await newContext(browser, server.url, DESKTOP);
    await recordCspViolations(context);
    const page = await context.newPage();
    const consoleErrors = cspConsoleErrors(page);
    const violations: string[] = [];

    await open(page, '/masuk');
    await page.getByLabel('Email').fill(server.admin.email);
    await page.getByLabel('Kata sandi').fill(server.admin.password);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.waitForURL('**/konsol');
    violations.push(...(await cspViolations(page)));

    const paths = [...CONSOLE_LINKS.filter((l) => l.roles.includes('admin')).map((l) => l.path), `/konsol/aduan/${complaintId}`];
    for (const path of paths) {
      await open(page, path);
      violations.push(...(await cspViolations(page)));
    }
    expect(violations).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('the API documentation page works under the same policy', async () => {
    const context = await newContext(browser, server.url, DESKTOP);
    await recordCspViolations(context);
    const page = await context.newPage();
    const consoleErrors = cspConsoleErrors(page);
    const response = await page.goto('/api/docs');
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await expect.poll(() => page.getByRole('heading', { name: /Balaikota API/ }).isVisible()).toBe(true);
    await expect.poll(() => page.locator('.opblock').count()).toBeGreaterThan(10);
    await page.waitForLoadState('networkidle');
    expect(await cspViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
