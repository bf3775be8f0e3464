/**
 * Smart city end to end in a real browser (DOMAIN.md section 5). The mayor's smart city team
 * (eksekutif) opens Tahap II 2024, enters Kota Jambi's five indices and sees the final score the
 * ministry's formula gives, 3,475, before saving; adds the dimension indices and the report as
 * evidence, downloads both exports and, once the inspectorate has read the draft (without any
 * form to change it), publishes; records a quick win in the masterplan and keeps
 * the weights at the national guide's. Diskominfo's operator adds a roadmap item serving it (the
 * server's word on an empty field shows beside it), gives it two milestones of equal weight, marks
 * one done and sees 50%. A visitor then finds all of it on /smartcity; last, the operator removes
 * the item. Every page is checked with axe.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Account, ApiSession, createStaff, opdIdByCode } from './support/api.js';
import { chromiumMissing, consoleMenu, expectAccessible, launchBrowser, newContext, signInAs, snap } from './support/browser.js';
import { type RunningServer, startServer } from './support/server.js';

const missing = chromiumMissing();

/** Kota Jambi 2024: 0.10 × 3.84 + 0.20 × 3.18 + 0.30 × 3.53 + 0.20 × 3.63 + 0.20 × 3.35 = 3.475. */
const JAMBI = { Baseline: '3,84', Output: '3,18', Outcome: '3,53', Impact: '3,63', 'Quick Win': '3,35' };
const SCORE = '3,475';
const DIMENSIONS = {
  'Smart Governance': '3,71',
  'Smart Branding': '3,32',
  'Smart Economy': '3,25',
  'Smart Living': '3,48',
  'Smart Society': '3,40',
  'Smart Environment': '3,29',
};
const ITEM = 'Mal Pelayanan Publik digital';
const PROGRAMME = { code: 'QW-01', title: 'Layanan publik terpadu dalam satu aplikasi' };
const MILESTONES = ['Aplikasi antrean daring tayang', 'Sepuluh layanan perizinan terhubung'];

/** The smallest file the server takes for a PDF: it judges evidence by its first bytes. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

const cityDay = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(date);
const YEAR = Number(cityDay(new Date()).slice(0, 4));

describe.skipIf(missing)('smart city in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let team: Account;
  let auditor: Account;
  let operator: Account;
  const errors: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const admin = new ApiSession(server.url);
    await admin.login(server.admin.email, server.admin.password);
    team = await createStaff(admin, 'eksekutif', null, 'Tim Kota Cerdas');
    auditor = await createStaff(admin, 'auditor', null, 'Inspektorat Kota Cerdas');
    operator = await createStaff(admin, 'operator_opd', await opdIdByCode(server.url, 'DISKOMINFO'), 'Operator Roadmap Kominfo');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const signIn = (account: Account) => signInAs(browser, server.url, account, errors);

  const menu = consoleMenu;
  const said = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

  it('the smart city team enters Tahap II 2024, sees the score 3,475 as it types, and publishes', async () => {
    const { context, page } = await signIn(team);
    // The console's first page says there is no evaluation yet.
    await expect.poll(() => page.getByText('Belum ada evaluasi. Buat evaluasi Tahap I atau II.').isVisible()).toBe(true);
    await menu(page, 'Evaluasi kota cerdas').click();
    await expect.poll(() => page.getByText('Belum ada evaluasi', { exact: true }).isVisible()).toBe(true);
    await expectAccessible(page, 'evaluations, empty');
    await page.getByLabel('Tahun').fill('2024');
    await page.getByRole('radio', { name: 'Tahap II' }).check();
    await page.getByRole('button', { name: 'Buat evaluasi' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Evaluasi Tahap II 2024', level: 1 }).isVisible()).toBe(true);
    await expect.poll(() => said(page, 'Evaluasi dibuat sebagai draf.').isVisible()).toBe(true);

    // The score appears once all five are typed, computed as the server will compute it.
    const indices = page.getByRole('group', { name: 'Lima indeks evaluasi' });
    await expect.poll(() => indices.getByText('Nilai akhir terhitung setelah kelima indeks diisi.').isVisible()).toBe(true);
    for (const [name, value] of Object.entries(JAMBI)) await indices.getByLabel(name, { exact: true }).fill(value);
    await expect.poll(() => indices.getByText(SCORE, { exact: true }).isVisible()).toBe(true);
    const dimensions = page.getByRole('group', { name: 'Indeks per dimensi kota cerdas' });
    for (const [name, value] of Object.entries(DIMENSIONS)) await dimensions.getByLabel(name, { exact: true }).fill(value);
    await page.getByRole('button', { name: 'Simpan indeks' }).click();
    await expect.poll(() => said(page, 'Indeks Tahap II 2024 disimpan.').isVisible()).toBe(true);
    // The saved figures: the server's score, with each index's share written out.
    const saved = page.getByRole('table', { name: 'Indeks evaluasi Tahap II 2024, bobot dan nilai akhir' });
    await expect.poll(() => saved.getByRole('row', { name: /Outcome/ }).innerText()).toMatch(/3,53\s+0,3\s+1,059/);
    await expect.poll(() => saved.getByRole('row', { name: /Nilai akhir/ }).innerText()).toContain(SCORE);

    await page.getByLabel('Bukti untuk indeks').selectOption({ label: 'Outcome' });
    await page.getByLabel('Berkas bukti').setInputFiles({ name: 'laporan-evaluasi-2024.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('button', { name: 'Unggah berkas' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Unduh laporan-evaluasi-2024.pdf' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText(/Outcome · \d+ B/).isVisible()).toBe(true);

    for (const [name, type, magic] of [
      ['Unduh XLSX', 'spreadsheetml', 'PK'],
      ['Unduh PDF', 'application/pdf', '%PDF-'],
    ] as const) {
      const href = await page.getByRole('link', { name }).getAttribute('href');
      const response = await page.request.get(href ?? '');
      expect(response.status(), name).toBe(200);
      expect(response.headers()['content-type'], name).toContain(type);
      expect((await response.body()).subarray(0, magic.length).toString(), name).toBe(magic);
    }
    await expectAccessible(page, 'evaluation, draft');
    await snap(page, 'smartcity-01-evaluation-draft');

    // The inspectorate follows the draft, read only: no form, no upload, no publishing.
    const inspector = await signIn(auditor);
    await menu(inspector.page, 'Evaluasi kota cerdas').click();
    expect(await inspector.page.getByRole('button', { name: 'Buat evaluasi' }).count()).toBe(0);
    await inspector.page.getByRole('link', { name: 'Tahap II 2024' }).click();
    const seen = inspector.page.getByRole('table', { name: 'Indeks evaluasi Tahap II 2024, bobot dan nilai akhir' });
    await expect.poll(() => seen.getByRole('row', { name: /Nilai akhir/ }).innerText()).toContain(SCORE);
    await expect.poll(() => inspector.page.getByText('laporan-evaluasi-2024.pdf').isVisible()).toBe(true);
    for (const button of ['Simpan indeks', 'Unggah berkas', 'Terbitkan evaluasi']) {
      expect(await inspector.page.getByRole('button', { name: button }).count(), button).toBe(0);
    }
    await expectAccessible(inspector.page, 'evaluation, draft, read only');
    await inspector.context.close();

    await page.getByRole('button', { name: 'Terbitkan evaluasi' }).click();
    await page.getByRole('button', { name: 'Ya, terbitkan' }).click();
    await expect.poll(() => said(page, 'Tahap II 2024 diterbitkan.').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Diterbitkan', { exact: true }).isVisible()).toBe(true);
    // Published, it cannot change: the form and the upload are gone.
    expect(await page.getByRole('button', { name: 'Simpan indeks' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Unggah berkas' }).count()).toBe(0);
    await context.close();
  });

  it('the team records a quick win in the masterplan, and the weights must make 1', async () => {
    const { context, page } = await signIn(team);
    await menu(page, 'Masterplan kota cerdas').click();
    await expect.poll(() => page.getByText('Belum ada program masterplan', { exact: true }).isVisible()).toBe(true);
    await page.getByLabel('Kode').fill(PROGRAMME.code);
    await page.getByLabel('Nama program').fill(PROGRAMME.title);
    await page.getByLabel('Dimensi', { exact: true }).selectOption({ label: 'Smart Governance' });
    await page.getByLabel('Elemen').selectOption({ label: 'Pelayanan' });
    await page.getByLabel('Jangka').selectOption({ label: 'Quick win' });
    await page.getByLabel('OPD pengampu').selectOption({ label: 'Dinas Komunikasi dan Informatika' });
    await page.getByRole('button', { name: 'Tambah program' }).click();
    await expect.poll(() => said(page, `Program ${PROGRAMME.code} ditambahkan.`).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('row').filter({ hasText: PROGRAMME.code }).innerText()).toMatch(/Smart Governance[\s\S]*Diskominfo/);
    await expectAccessible(page, 'masterplan');

    await menu(page, 'Bobot evaluasi kota cerdas').click();
    await expect.poll(() => page.getByText('Jumlah bobot 1.').isVisible()).toBe(true);
    await page.getByLabel('Baseline', { exact: true }).fill('0,2');
    await expect.poll(() => page.getByText('Jumlah bobot 1,1; harus 1.').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Kembalikan ke pedoman nasional' }).click();
    await expect.poll(() => page.getByText('Jumlah bobot 1.').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Simpan bobot' }).click();
    await expect.poll(() => said(page, 'Bobot disimpan.').isVisible()).toBe(true);
    await expectAccessible(page, 'weights');
    await context.close();
  });

  it("Diskominfo's operator adds a roadmap item with two milestones, marks one done and sees 50%", async () => {
    const { context, page } = await signIn(operator);
    await menu(page, 'Roadmap kota cerdas').click();
    await expect.poll(() => page.getByText('Belum ada item roadmap', { exact: true }).isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Tambah item roadmap' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Item roadmap baru' }).isVisible()).toBe(true);

    await page.getByLabel('Nama item').fill(ITEM);
    await page.getByLabel('Dimensi', { exact: true }).selectOption({ label: 'Smart Governance' });
    // Only the chosen dimension's elements are offered.
    const elements = await page.getByLabel('Elemen').locator('option').allInnerTexts();
    expect(elements).toEqual(['— pilih elemen —', 'Pelayanan', 'Birokrasi', 'Kebijakan']);
    await page.getByLabel('Elemen').selectOption({ label: 'Pelayanan' });
    await page.getByLabel('Jangka').selectOption({ label: 'Quick win' });
    await page.getByLabel('Program masterplan').selectOption({ label: `${PROGRAMME.code} · ${PROGRAMME.title}` });
    await page.getByLabel('Anggaran (rupiah)').fill('1250000000');
    await page.getByLabel('Tahun mulai').focus();
    await expect.poll(() => page.getByLabel('Anggaran (rupiah)').inputValue()).toBe('1.250.000.000');
    await expect.poll(() => page.getByText('Tercatat sebagai Rp 1.250.000.000.').isVisible()).toBe(true);
    // Without an owner the server refuses, and says so beside the field.
    await page.getByRole('button', { name: 'Simpan item' }).click();
    await expect.poll(() => page.getByLabel('Penanggung jawab').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'roadmap form with a problem');
    await page.getByLabel('Penanggung jawab').fill('Bidang Layanan e-Government');
    await page.getByRole('button', { name: 'Simpan item' }).click();

    await expect.poll(() => page.getByRole('heading', { name: ITEM, level: 1 }).isVisible()).toBe(true);
    await expect.poll(() => said(page, 'Item roadmap disimpan.').isVisible()).toBe(true);
    const progress = (percent: string) => page.getByRole('progressbar', { name: `Progres ${ITEM}: ${percent}` });
    await expect.poll(() => progress('0%').isVisible()).toBe(true);

    for (const [index, title] of MILESTONES.entries()) {
      await page.getByLabel('Nama tonggak').fill(title);
      await page.getByLabel('Tanggal target').fill(`${YEAR}-${index === 0 ? '06' : '11'}-30`);
      await page.getByRole('button', { name: 'Tambah tonggak' }).click();
      await expect.poll(() => said(page, `Tonggak "${title}" ditambahkan.`).isVisible()).toBe(true);
    }
    await page.getByRole('button', { name: `Tandai selesai ${MILESTONES[0]}` }).click();
    await expect.poll(() => said(page, `Tonggak "${MILESTONES[0]}" ditandai selesai.`).isVisible()).toBe(true);
    await expect.poll(() => progress('50%').isVisible()).toBe(true);
    await expectAccessible(page, 'roadmap item');
    await snap(page, 'smartcity-02-roadmap-item');

    await page.getByRole('link', { name: '← Kembali ke roadmap' }).click();
    const row = page.getByRole('row').filter({ hasText: ITEM });
    await expect.poll(() => row.innerText()).toMatch(/Smart Governance[\s\S]*Pelayanan[\s\S]*Quick win[\s\S]*Rp 1\.250\.000\.000[\s\S]*50%/);
    await expectAccessible(page, 'roadmap list');
    await context.close();
  });

  it('a visitor finds the published score, its indices and charts, and the roadmap progress on /smartcity', async () => {
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Kota Cerdas' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Kota Cerdas', level: 1 }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Nilai akhir Tahap II 2024').isVisible()).toBe(true);
    await expect.poll(() => page.locator('.sc-score .stat').innerText()).toBe(SCORE);
    const indices = page.getByRole('table', { name: 'Indeks evaluasi Tahap II 2024, bobot dan nilai akhir' });
    await expect.poll(() => indices.getByRole('row', { name: /Baseline/ }).innerText()).toMatch(/3,84\s+0,1\s+0,384/);
    // The index per dimension is drawn, with its figures in a table beside the chart.
    await expect.poll(() => page.getByRole('img', { name: /indeks tiap dimensi kota cerdas pada Tahap II 2024/ }).count()).toBe(1);
    await page.getByText('Lihat angka grafik sebagai tabel').click();
    await expect.poll(() => page.getByRole('row', { name: /Smart Governance 3,71/ }).isVisible()).toBe(true);
    // One published evaluation is no history yet.
    await expect.poll(() => page.getByText('Grafik riwayat nilai tampil setelah ada lebih dari satu evaluasi yang diterbitkan.').isVisible()).toBe(true);

    // The operator's item is the city's only one: Smart Governance, Pelayanan and the city are at 50%.
    await expect.poll(() => page.getByRole('progressbar', { name: 'Progres Smart Governance: 50%' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('progressbar', { name: 'Progres Pelayanan: 50%' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('progressbar', { name: 'Progres roadmap kota: 50%' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('progressbar', { name: 'Progres Smart Living: —' }).isVisible()).toBe(true);
    // The programme it serves shows under its horizon, with the item's progress.
    const quickWins = page.getByRole('region', { name: 'Quick win' });
    await expect.poll(() => quickWins.getByRole('heading', { name: `${PROGRAMME.code} · ${PROGRAMME.title}` }).isVisible()).toBe(true);
    await expect.poll(() => quickWins.getByRole('progressbar', { name: `Progres ${PROGRAMME.title}: 50%` }).isVisible()).toBe(true);
    await expectAccessible(page, '/smartcity');
    await snap(page, 'smartcity-03-public');
    await context.close();
  });

  it('the operator removes an item that will not be carried out, after confirming, and the city has none left', async () => {
    const { context, page } = await signIn(operator);
    await page.goto('/konsol/smartcity');
    // The list is searched by words of an item and by the year it runs in.
    await page.getByLabel('Cari item').fill('jembatan');
    await expect.poll(() => page.getByText('Tidak ada item roadmap yang cocok dengan saringan ini.').isVisible()).toBe(true);
    await page.getByLabel('Cari item').fill('pelayanan publik');
    await page.getByLabel('Berjalan pada tahun').fill(String(YEAR));
    await expect.poll(() => page.getByRole('link', { name: ITEM }).isVisible()).toBe(true);
    await expectAccessible(page, 'roadmap list, searched');
    await page.getByRole('link', { name: ITEM }).click();
    await page.getByRole('button', { name: 'Hapus item ini' }).click();
    await expect.poll(() => page.getByText(`Hapus "${ITEM}" beserta tonggak dan indikatornya?`).isVisible()).toBe(true);
    await expectAccessible(page, 'removing a roadmap item');
    await page.getByRole('button', { name: 'Ya, hapus' }).click();
    await expect.poll(() => page.getByRole('status').innerText()).toBe(`Item "${ITEM}" dihapus.`);
    await expect.poll(() => page.getByRole('link', { name: ITEM }).count()).toBe(0);
    const progress = await (await fetch(`${server.url}/api/smartcity/progress`)).json();
    expect(progress.city).toEqual({ progress: null, items: 0 });
    await context.close();
    expect(errors).toEqual([]);
  });
});
