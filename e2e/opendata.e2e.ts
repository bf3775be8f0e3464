/**
 * Satu Data end to end in a real browser (DOMAIN.md section 7): Dispendukcapil's operator
 * describes a dataset with the form (the server's word on a wrong field shows beside it), uploads
 * a CSV, corrects the column types the server guessed, gives the units and sends it to the
 * walidata; the walidata finds it in the queue, checks its rows, approves and publishes it; a
 * citizen finds it in the catalogue by a word of its title, sorts and filters its rows, draws a
 * chart and downloads the CSV. Every page is checked with axe-core.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Account, ApiSession, createStaff, opdIdByCode } from './support/api.js';
import { chromiumMissing, consoleMenu, expectAccessible, launchBrowser, newContext, signInAs, snap } from './support/browser.js';
import { type RunningServer, startServer } from './support/server.js';

const missing = chromiumMissing();

const OPD_CODE = 'DISPENDUKCAPIL';
const OPD_NAME = 'Dinas Kependudukan dan Pencatatan Sipil';
const TITLE = 'Jumlah Penduduk menurut Kecamatan dan Jenis Kelamin';
const SLUG = 'jumlah-penduduk-menurut-kecamatan-dan-jenis-kelamin';
const TABLE = 'Penduduk per kecamatan 2024';
const FILE_NAME = 'penduduk-kecamatan-2024.csv';
/** Long format, as Satu Data tables are: region code and name, sex, year, one figure. */
const CSV = [
  'kode_kecamatan,kecamatan,jenis_kelamin,tahun,jumlah',
  '3573010,Kedungkandang,Laki-laki,2024,101234',
  '3573010,Kedungkandang,Perempuan,2024,102345',
  '3573020,Sukun,Laki-laki,2024,95678',
  '3573020,Sukun,Perempuan,2024,96789',
  '3573030,Klojen,Laki-laki,2024,50123',
  '3573030,Klojen,Perempuan,2024,52234',
  '3573040,Blimbing,Laki-laki,2024,88456',
  '3573040,Blimbing,Perempuan,2024,89567',
  '3573050,Lowokwaru,Laki-laki,2024,97890',
  '3573050,Lowokwaru,Perempuan,2024,99001',
].join('\n');
const REJECT_HINT = 'Tuliskan apa yang perlu diperbaiki produsen data sebelum menolak.';

describe.skipIf(missing)('Satu Data in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let operator: Account;
  let walidata: Account;
  let csvPath = '';
  const errors: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const admin = new ApiSession(server.url);
    await admin.login(server.admin.email, server.admin.password);
    operator = await createStaff(admin, 'operator_opd', await opdIdByCode(server.url, OPD_CODE), 'Operator Data Dukcapil');
    walidata = await createStaff(admin, 'walidata', null, 'Walidata Diskominfo');
    csvPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bk-od-')), FILE_NAME);
    fs.writeFileSync(csvPath, `${CSV}\n`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (csvPath) fs.rmSync(path.dirname(csvPath), { recursive: true, force: true });
  });

  const signIn = (account: Account) => signInAs(browser, server.url, account, errors);

  const menu = consoleMenu;
  const said = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

  it('the operator describes a dataset, uploads a CSV, confirms its columns and sends it to the walidata', async () => {
    const { context, page } = await signIn(operator);
    await menu(page, 'Dataset OPD').click();
    await expect.poll(() => page.getByRole('heading', { name: 'Dataset OPD', level: 1 }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText(`Produsen data: ${OPD_NAME}`).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Belum ada dataset').isVisible()).toBe(true);
    await expectAccessible(page, 'producer console, empty');

    await page.getByRole('link', { name: 'Dataset baru' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Dataset baru', level: 1 }).isVisible()).toBe(true);
    await page.getByLabel('Judul', { exact: true }).fill(TITLE);
    // The address follows the title.
    expect(await page.getByLabel('Alamat (slug)').inputValue()).toBe(SLUG);
    await page.getByLabel('Deskripsi').fill('Jumlah penduduk Kota Malang per kecamatan menurut jenis kelamin, dari data administrasi kependudukan.');
    expect(await page.getByLabel('Produsen data').inputValue()).not.toBe('');
    await page.getByLabel('Tag', { exact: true }).fill('penduduk, gender');
    await page.getByRole('checkbox', { name: 'Kependudukan' }).check();
    await page.getByLabel('Konsep', { exact: true }).fill('Penduduk adalah semua orang yang berdomisili di wilayah Kota Malang.');
    await page.getByLabel('Definisi', { exact: true }).fill('Jumlah penduduk yang tercatat dalam database kependudukan pada akhir tahun.');
    await page.getByLabel('Ukuran', { exact: true }).fill('Jumlah');
    await page.getByLabel('Satuan', { exact: true }).fill('jiwa');
    await page.getByLabel('Tingkat penyajian', { exact: true }).fill('Kecamatan');
    await page.getByLabel('Kode wilayah BPS').fill('3573');
    await page.getByLabel('Nama wilayah').fill('Kota Malang');
    await page.getByLabel('Frekuensi / jadwal pemutakhiran').selectOption({ label: 'Tahunan' });
    await page.getByLabel('Data sejak').fill('2024-01-01');
    await page.getByLabel('Data hingga').fill('2024-12-31');
    await page.getByLabel('Nama kontak').fill('Bidang Pengelolaan Informasi Administrasi Kependudukan');
    // A mistyped address: the server's reason shows beside the field, which is marked invalid.
    await page.getByLabel('Email kontak').fill('piak.dispendukcapil');
    await expectAccessible(page, 'new dataset form');
    await page.getByRole('button', { name: 'Simpan sebagai draf' }).click();
    await expect.poll(() => page.getByLabel('Email kontak').getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.locator('#ds-contact-email-error').innerText()).toContain('contact.email');
    await page.getByLabel('Email kontak').fill('piak.dispendukcapil@malangkota.go.id');
    await snap(page, 'data-01-new-dataset');
    await page.getByRole('button', { name: 'Simpan sebagai draf' }).click();

    await expect.poll(() => page.getByRole('heading', { name: TITLE, level: 1 }).isVisible()).toBe(true);
    await expect.poll(() => said(page, 'Dataset dibuat sebagai draf').isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe(`/konsol/data/dataset/${SLUG}`);
    await expect.poll(() => page.getByText('Draf', { exact: true }).first().isVisible()).toBe(true);

    await page.getByLabel('Berkas tabel').setInputFiles(csvPath);
    await page.getByLabel('Nama tabel').fill(TABLE);
    await page.getByRole('button', { name: 'Unggah dan baca kolom' }).click();
    await expect.poll(() => said(page, `Tabel ${TABLE} diunggah`).isVisible()).toBe(true);
    const columns = page.getByRole('table', { name: `Kolom ${TABLE}` });
    await expect.poll(() => columns.isVisible()).toBe(true);
    // The guesses: the year and the figure are whole numbers, the names text.
    expect(await columns.getByLabel('Jenis kolom jumlah').inputValue()).toBe('integer');
    expect(await columns.getByLabel('Jenis kolom kecamatan').inputValue()).toBe('text');
    // The region code is a code, not an amount; the figure counts people.
    await columns.getByLabel('Jenis kolom kode_kecamatan').selectOption({ label: 'Teks' });
    await columns.getByLabel('Satuan kolom jumlah').fill('jiwa');
    await columns.getByLabel('kecamatan adalah kolom kunci', { exact: true }).uncheck();
    await expectAccessible(page, 'column confirmation');
    await snap(page, 'data-02-columns');
    await page.getByRole('button', { name: 'Konfirmasi kolom' }).click();
    await expect.poll(() => said(page, /Kolom versi 1 .* dikonfirmasi/).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Versi 1 berlaku · 10 baris').isVisible()).toBe(true);
    expect(await page.getByRole('table', { name: `Kolom ${TABLE}` }).count()).toBe(0);

    await page.getByLabel('Catatan untuk walidata').fill('Data per 31 Desember 2024.');
    await page.getByRole('button', { name: 'Kirim ke walidata' }).click();
    await expect.poll(() => said(page, 'Dataset dikirim ke walidata. Status: Menunggu persetujuan.').isVisible()).toBe(true);
    await expect.poll(() => page.getByText(/Operator Data Dukcapil mengirim ke walidata/).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Data per 31 Desember 2024.').isVisible()).toBe(true);
    await expectAccessible(page, 'producer dataset page, submitted');
    await snap(page, 'data-03-submitted');
    await context.close();
  });

  it('the walidata finds it in the queue, checks its rows, approves and publishes it', async () => {
    const { context, page } = await signIn(walidata);
    await menu(page, 'Verifikasi data').click();
    await expect.poll(() => page.getByRole('heading', { name: 'Verifikasi data', level: 1 }).isVisible()).toBe(true);
    const row = page.getByRole('row').filter({ hasText: TITLE });
    await expect.poll(() => row.innerText()).toContain('Menunggu persetujuan');
    await expectAccessible(page, 'walidata queue');
    await row.getByRole('link', { name: `Periksa ${TITLE}` }).click();

    await expect.poll(() => page.getByRole('heading', { name: TITLE, level: 1 }).isVisible()).toBe(true);
    await expect
      .poll(() =>
        page
          .getByRole('table', { name: /Pratinjau data/ })
          .getByRole('row')
          .count(),
      )
      .toBe(11);
    await expect.poll(() => page.getByText('Kota Malang (kode BPS 3573)').isVisible()).toBe(true);
    // A rejection needs a comment, and the page says so before anything is sent.
    await page.getByRole('button', { name: 'Tolak', exact: true }).click();
    await expect.poll(() => page.getByText(REJECT_HINT).isVisible()).toBe(true);
    await expectAccessible(page, 'walidata review page');
    await snap(page, 'data-04-review');

    await page.getByRole('button', { name: 'Setujui', exact: true }).click();
    await expect.poll(() => said(page, 'Dataset disetujui. Status: Disetujui.').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Tayangkan', exact: true }).click();
    await expect.poll(() => said(page, /Dataset ditayangkan di katalog Satu Data/).isVisible()).toBe(true);
    await expect.poll(() => page.getByText(/Walidata Diskominfo menayangkan/).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('link', { name: 'Lihat halaman publik' }).isVisible()).toBe(true);
    await context.close();
  });

  it('a citizen finds it by a word of its title, sorts and filters its rows, draws a chart and downloads the CSV', async () => {
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Satu Data' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Satu Data', level: 1 }).isVisible()).toBe(true);

    // A word nothing has: the empty answer says what to try.
    await page.getByLabel('Cari dataset').fill('anggrek');
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    await expect.poll(() => page.getByText('Tidak ada dataset yang cocok').isVisible()).toBe(true);
    await expectAccessible(page, 'catalogue, no results');

    await page.getByLabel('Cari dataset').fill('penduduk');
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    await expect.poll(() => said(page, '1 dataset untuk “penduduk”').isVisible()).toBe(true);
    const result = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: TITLE }) });
    expect(await result.innerText()).toContain(OPD_NAME);
    expect(await result.innerText()).toContain('CSV');
    // The facets count what was found; choosing one narrows the address, and the result stays.
    // On a phone the facets are folded under the search box.
    await page.getByText('Tampilkan saringan').click();
    // A click, not check(): the box's state follows the address, and the list is drawn again
    // with the new result, so the box clicked may be replaced before it reads as checked.
    await page.getByRole('checkbox', { name: 'Kependudukan (1)' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('topik')).toBe('kependudukan');
    await expect.poll(() => result.isVisible()).toBe(true);
    await expectAccessible(page, 'catalogue with results');
    await snap(page, 'data-05-catalogue');

    await result.getByRole('link', { name: TITLE }).click();
    await expect.poll(() => page.getByRole('heading', { name: TITLE, level: 1 }).isVisible()).toBe(true);
    const metadata = page.getByRole('table', { name: `Metadata ${TITLE}` });
    await expect.poll(() => metadata.getByRole('row', { name: /Cakupan wilayah/ }).innerText()).toContain('Kota Malang (kode BPS 3573)');
    expect(await metadata.getByRole('row', { name: /^Satuan/ }).innerText()).toContain('jiwa');
    expect(await metadata.getByRole('row', { name: /Frekuensi/ }).innerText()).toContain('Tahunan');

    const preview = page.getByRole('table', { name: /Pratinjau data/ });
    await expect.poll(() => preview.getByRole('row').count()).toBe(11);
    // Largest figure first: two clicks on the column's heading.
    await preview.getByRole('button', { name: /^jumlah/ }).click();
    await preview.getByRole('button', { name: /^jumlah/ }).click();
    await expect.poll(() => preview.getByRole('row').nth(1).innerText()).toMatch(/Kedungkandang\s+Perempuan\s+2024\s+102.345/);
    await page.getByLabel('Kolom', { exact: true }).selectOption('kecamatan');
    await page.getByLabel('Nilai', { exact: true }).fill('Klojen');
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await expect.poll(() => said(page, '2 baris cocok dengan saringan').isVisible()).toBe(true);
    expect(await preview.getByRole('row').count()).toBe(3);

    // Totals per kecamatan: the chart is named, and its figures are in a table beside it.
    await page.getByLabel('Sumbu X (kategori)').selectOption('kecamatan');
    const chart = page.getByRole('img', { name: 'Grafik batang Total jumlah (jiwa) menurut kecamatan, dari Penduduk per kecamatan 2024' });
    await expect.poll(() => chart.isVisible()).toBe(true);
    await page.getByText('Lihat angka grafik sebagai tabel').click();
    const figures = page.getByRole('table', { name: /^Grafik batang/ });
    await expect.poll(() => figures.getByRole('row', { name: /Kedungkandang/ }).innerText()).toMatch(/203.579/);
    await expectAccessible(page, 'dataset page');
    await snap(page, 'data-06-dataset');

    expect(await page.locator('.od-code').innerText()).toContain(`/api/3/action/package_show?id=${SLUG}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: `Unduh CSV: ${TABLE}` }).click()]);
    const file = await download.path();
    const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const lines = text.trim().split(/\r?\n/);
    expect(lines[0]).toBe('kode_kecamatan,kecamatan,jenis_kelamin,tahun,jumlah');
    expect(lines).toHaveLength(11);
    expect(lines).toContain('3573030,Klojen,Perempuan,2024,52234');
    await context.close();
    expect(errors).toEqual([]);
  });
});
