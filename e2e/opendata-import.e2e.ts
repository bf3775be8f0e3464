/**
 * Satu Data's bulk import in a real browser (issue 7): the walidata downloads the template, sends
 * a workbook with a wrong frequency and sees the problem by row and column with nothing written,
 * sends it corrected and published and watches the progress reach the end, then sends the same
 * catalogue again as a folder of CSV files with a third dataset, unpublished: the first two are
 * skipped. A citizen finds a published one
 * and not the draft; the producer's console home counts the draft, and once the producer sends it,
 * the walidata's counts it in the queue. Every page is checked with axe-core.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Account, ApiSession, createStaff, opdIdByCode } from './support/api.js';
import { chromiumMissing, expectAccessible, launchBrowser, newContext, signInAs, snap } from './support/browser.js';
import { type RunningServer, startServer } from './support/server.js';

const missing = chromiumMissing();

const HEADERS = ['nama', 'judul', 'produsen', 'lisensi', 'frekuensi', 'akses', 'berkas'];
const KECAMATAN = ['Blimbing', 'Kedungkandang', 'Klojen', 'Lowokwaru', 'Sukun'];

interface Row {
  name: string;
  title: string;
  frequency: string;
  sheet: string;
  figures: number[];
}

const BIRTHS: Row = {
  name: 'jumlah-kelahiran-kecamatan-2024',
  title: 'Jumlah Kelahiran menurut Kecamatan 2024',
  frequency: 'Tahunan',
  sheet: 'Kelahiran 2024',
  figures: [2810, 3502, 1104, 2467, 3120],
};
const DEATHS: Row = {
  name: 'jumlah-kematian-kecamatan-2024',
  title: 'Jumlah Kematian menurut Kecamatan 2024',
  frequency: 'Tahunan',
  sheet: 'Kematian 2024',
  figures: [1320, 1571, 742, 1098, 1402],
};
const MARRIAGES: Row = {
  name: 'jumlah-perkawinan-kecamatan-2024',
  title: 'Jumlah Perkawinan Tercatat menurut Kecamatan 2024',
  frequency: 'Tahunan',
  sheet: 'Perkawinan 2024',
  figures: [1502, 1788, 611, 1390, 1634],
};

/** A workbook as the template asks: the sheet Katalog, one row per dataset, and a sheet per table. */
async function workbook(rows: Row[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const catalogue = book.addWorksheet('Katalog');
  catalogue.addRow(HEADERS);
  for (const r of rows) catalogue.addRow([r.name, r.title, 'dispendukcapil', 'CC-BY-4.0', r.frequency, 'Terbuka', r.sheet]);
  for (const r of rows) {
    const sheet = book.addWorksheet(r.sheet);
    sheet.addRow(['kecamatan', 'tahun', 'jumlah']);
    for (const [i, kecamatan] of KECAMATAN.entries()) sheet.addRow([kecamatan, 2024, r.figures[i]]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The same as a folder: katalog.csv, a CSV per table, and a note the page leaves out. */
function folder(rows: Row[]): string {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bk-od-import-')), 'impor-dukcapil');
  fs.mkdirSync(dir);
  const catalogue = rows.map((r) => [r.name, r.title, 'dispendukcapil', 'CC-BY-4.0', r.frequency, 'Terbuka', `${r.name}.csv`].join(','));
  fs.writeFileSync(path.join(dir, 'katalog.csv'), `${[HEADERS.join(','), ...catalogue].join('\n')}\n`);
  for (const r of rows) {
    const lines = KECAMATAN.map((kecamatan, i) => `${kecamatan},2024,${r.figures[i]}`);
    fs.writeFileSync(path.join(dir, `${r.name}.csv`), `kecamatan,tahun,jumlah\n${lines.join('\n')}\n`);
  }
  fs.writeFileSync(path.join(dir, 'catatan.txt'), 'Disiapkan oleh Bidang Data.\n');
  return dir;
}

describe.skipIf(missing)('Satu Data bulk import in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let walidata: Account;
  let operator: Account;
  const errors: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const admin = new ApiSession(server.url);
    await admin.login(server.admin.email, server.admin.password);
    walidata = await createStaff(admin, 'walidata', null, 'Walidata Impor');
    operator = await createStaff(admin, 'operator_opd', await opdIdByCode(server.url, 'DISPENDUKCAPIL'), 'Operator Impor Dukcapil');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const signIn = (account: Account) => signInAs(browser, server.url, account, errors);

  const said = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
  const card = (page: Page, title: string) => page.getByRole('region', { name: title });
  const upload = async (page: Page, fileName: string, rows: Row[]) => {
    await page.getByLabel('Buku kerja katalog').setInputFiles({
      name: fileName,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await workbook(rows),
    });
    await page.getByRole('button', { name: 'Mulai impor' }).click();
  };

  it('the walidata downloads the template, is told what to correct, then imports and publishes; a second run skips what exists', async () => {
    const { context, page } = await signIn(walidata);
    // A fresh city: nothing waits for the walidata.
    await expect.poll(() => card(page, 'Dataset menunggu walidata').locator('.stat').innerText()).toBe('0');
    await page.getByRole('navigation', { name: 'Menu konsol' }).getByRole('link', { name: 'Impor data', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Impor data massal', level: 1 }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Kolom wajib di katalog: nama, judul, produsen, lisensi, frekuensi, akses.').isVisible()).toBe(true);
    await expectAccessible(page, 'import page');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Unduh templat' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const template = new ExcelJS.Workbook();
    await template.xlsx.load(fs.readFileSync(await download.path()) as unknown as ArrayBuffer);
    expect(template.getWorksheet('Katalog')?.getRow(1).values).toEqual(expect.arrayContaining(HEADERS));

    // "Kadang" is no frequency: the check names row 2, column frekuensi, and nothing is written.
    await upload(page, 'katalog-salah.xlsx', [{ ...BIRTHS, frequency: 'Kadang' }, DEATHS]);
    await expect.poll(() => page.getByRole('heading', { name: 'Laporan pemeriksaan' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Tidak ada yang diimpor' }).isVisible()).toBe(true);
    const problems = page.getByRole('table', { name: 'Masalah di katalog dan datanya' });
    expect(await problems.getByRole('row').count()).toBe(2);
    const cells = problems.getByRole('row').nth(1).getByRole('cell');
    expect(await cells.allInnerTexts()).toEqual(['2', 'frekuensi', '"Kadang" bukan jadwal pemutakhiran yang dikenal']);
    await expectAccessible(page, 'import refused, with its problems');
    await snap(page, 'data-import-01-problems');

    // Corrected and published at once: both are new, so both are imported.
    await page.getByRole('checkbox', { name: 'Langsung tayangkan' }).check();
    await upload(page, 'katalog.xlsx', [BIRTHS, DEATHS]);
    await expect.poll(() => page.getByRole('heading', { name: 'Laporan impor' }).isVisible()).toBe(true);
    expect(await page.getByRole('progressbar', { name: 'Dataset yang sudah diproses' }).getAttribute('value')).toBe('2');
    expect(await said(page, '2 dari 2 dataset').isVisible()).toBe(true);
    expect(await said(page, 'Selesai: 2 diimpor, 0 dilewati, 0 gagal.').isVisible()).toBe(true);
    expect(await page.getByRole('table', { name: 'Masalah di katalog dan datanya' }).count()).toBe(0);
    const imported = page.getByRole('list', { name: 'Diimpor (2)' });
    for (const row of [BIRTHS, DEATHS]) {
      expect(await imported.getByRole('link', { name: row.name }).getAttribute('href')).toBe(`/data/${row.name}`);
    }
    await expectAccessible(page, 'import report, published');
    await snap(page, 'data-import-02-report');

    // The same catalogue with one more row, as a folder and not published: the two already there are skipped.
    await page.getByRole('checkbox', { name: 'Langsung tayangkan' }).uncheck();
    await page.getByRole('radio', { name: 'Satu folder (katalog dan berkas data)' }).check();
    const dir = folder([BIRTHS, DEATHS, MARRIAGES]);
    await page.getByLabel('Folder impor').setInputFiles(dir);
    await expect
      .poll(() =>
        said(page, '4 berkas CSV/XLSX dari folder impor-dukcapil akan dikirim. 1 berkas lain (bukan CSV/XLSX, atau di subfolder) tidak dikirim.').isVisible(),
      )
      .toBe(true);
    await page.getByRole('button', { name: 'Mulai impor' }).click();
    await expect.poll(() => said(page, 'Selesai: 1 diimpor, 2 dilewati, 0 gagal.').isVisible()).toBe(true);
    expect(await said(page, '3 dari 3 dataset').isVisible()).toBe(true);
    expect(await page.getByRole('listitem').filter({ hasText: 'Baris 2: jumlah-kelahiran-kecamatan-2024 — dilewati, sudah ada' }).count()).toBe(1);
    expect(await page.getByRole('list', { name: 'Dilewati karena sudah ada (2)' }).getByRole('listitem').allInnerTexts()).toEqual([
      `Baris 2: ${BIRTHS.name}`,
      `Baris 3: ${DEATHS.name}`,
    ]);
    // A draft opens on the walidata's review page.
    await page.getByRole('list', { name: 'Diimpor (1)' }).getByRole('link', { name: MARRIAGES.name }).click();
    await expect.poll(() => page.getByRole('heading', { name: MARRIAGES.title, level: 1 }).isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe(`/konsol/data/verifikasi/${MARRIAGES.name}`);
    await expect.poll(() => page.getByText('Draf', { exact: true }).first().isVisible()).toBe(true);
    await expect
      .poll(() =>
        page
          .getByRole('table', { name: /Pratinjau data/ })
          .getByRole('row')
          .count(),
      )
      .toBe(6);
    await context.close();
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  it('a citizen finds a published import in the catalogue, and not the draft', async () => {
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    await page.goto('/data');
    await page.getByLabel('Cari dataset').fill('kelahiran');
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    await expect.poll(() => said(page, '1 dataset untuk “kelahiran”').isVisible()).toBe(true);
    await page.getByRole('link', { name: BIRTHS.title }).click();
    await expect.poll(() => page.getByRole('heading', { name: BIRTHS.title, level: 1 }).isVisible()).toBe(true);
    await expect
      .poll(() =>
        page
          .getByRole('table', { name: /Pratinjau data/ })
          .getByRole('row')
          .count(),
      )
      .toBe(6);

    await page.goto('/data');
    await page.getByLabel('Cari dataset').fill('perkawinan');
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    await expect.poll(() => page.getByText('Tidak ada dataset yang cocok').isVisible()).toBe(true);
    await context.close();
  });

  it('the producer sees its imported draft on the console home; once sent, the walidata counts it in the queue', async () => {
    const producer = await signIn(operator);
    const drafts = card(producer.page, 'Dataset menunggu Anda');
    await expect.poll(() => drafts.locator('.stat').innerText()).toBe('1');
    expect(await drafts.getByRole('link', { name: 'Buka dataset OPD' }).getAttribute('href')).toBe('/konsol/data?tab=draft');
    await expectAccessible(producer.page, 'console home, producer');
    await producer.context.close();

    const api = new ApiSession(server.url);
    await api.login(operator.email, operator.password);
    await api.request('POST', `/api/opendata/datasets/${MARRIAGES.name}/submit`, {});

    const { context, page } = await signIn(walidata);
    const queue = card(page, 'Dataset menunggu walidata');
    await expect.poll(() => queue.locator('.stat').innerText()).toBe('1');
    await expectAccessible(page, 'console home, walidata');
    await snap(page, 'data-import-03-home');
    await queue.getByRole('link', { name: 'Buka verifikasi data' }).click();
    await expect.poll(() => page.getByRole('row').filter({ hasText: MARRIAGES.title }).innerText()).toContain('Menunggu persetujuan');
    await context.close();
    expect(errors).toEqual([]);
  });
});
