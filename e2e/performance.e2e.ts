/**
 * The performance auction end to end in a real browser (DOMAIN.md section 4). The planning cascade
 * is set up through the API by the mayor's team, as Bappeda's system would; then, as people: the
 * eksekutif offers DPUPRPKP its targets with the form; the OPD head accepts and downloads the
 * pakta integritas; the OPD's operator opens the TW I report, enters realizations with a preview
 * of the achievement, attaches evidence and submits; the auditor returns it once with a comment
 * and then verifies it; the eksekutif sees the composite and predicate, runs the rules, confirms
 * and publishes a finding and publishes the quarter. The public page shows nothing until then.
 */
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Account, ApiSession, createStaff, opdIdByCode } from './support/api.js';
import { chromiumMissing, consoleMenu, expectAccessible, launchBrowser, newContext, signInAs, snap } from './support/browser.js';
import { type RunningServer, startServer } from './support/server.js';

const missing = chromiumMissing();

const OPD_CODE = 'DPUPRPKP';
const OPD_NAME = 'Dinas Pekerjaan Umum, Penataan Ruang, Perumahan dan Kawasan Permukiman';
const RETURN_COMMENT = 'Realisasi IKU-3 di bawah target tanpa penjelasan: tambahkan catatan penyebabnya.';
/**
 * TW I: IKU-1 74 of 80 (higher) = 92.5%; IKU-2 12 against 10 (lower) = (20 - 12) / 10 = 80%;
 * IKU-3 40 of 100 = 40%. Without budget figures or answered complaints the composite is their
 * mean, 70.83: Cukup (65 < 70.83 <= 75), an amber light. 40% is under the black vest rule's 50%.
 */
const COMPOSITE = '70,83';
const PREDICATE = 'Cukup';

/** Today in the city (Asia/Jakarta, the default), and a day some days later, as YYYY-MM-DD. */
const cityDay = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(date);
const TODAY = cityDay(new Date());
const YEAR = Number(TODAY.slice(0, 4));
const DEADLINE = cityDay(new Date(Date.now() + 14 * 86_400_000));

/** The smallest file the server takes for a PDF: it judges evidence by its first bytes. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe.skipIf(missing)('the performance auction in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  const people = {} as Record<'eksekutif' | 'kepala' | 'operator' | 'auditor', Account>;
  let reportPath = '';
  const errors: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const admin = new ApiSession(server.url);
    await admin.login(server.admin.email, server.admin.password);
    const opdId = await opdIdByCode(server.url, OPD_CODE);
    people.eksekutif = await createStaff(admin, 'eksekutif', null, 'Tim Wali Kota');
    people.kepala = await createStaff(admin, 'kepala_opd', opdId, 'Kepala Dinas PU');
    people.operator = await createStaff(admin, 'operator_opd', opdId, 'Operator Kinerja PU');
    people.auditor = await createStaff(admin, 'auditor', null, 'Auditor Inspektorat');

    // The planning cascade, as the mayor's team keeps it: the RPJMD, this year, a goal, three indicators.
    const team = new ApiSession(server.url);
    await team.login(people.eksekutif.email, people.eksekutif.password);
    const rpjmd = await team.request<{ id: string }>('POST', '/api/performance/periods', {
      kind: 'rpjmd',
      name: `RPJMD ${YEAR - 1}-${YEAR + 3}`,
      startYear: YEAR - 1,
    });
    const year = await team.request<{ id: string }>('POST', '/api/performance/periods', {
      kind: 'year',
      name: String(YEAR),
      startYear: YEAR,
      parentId: rpjmd.id,
    });
    const goal = await team.request<{ id: string }>('POST', '/api/performance/goals', {
      periodId: year.id,
      code: 'S1',
      title: 'Meningkatnya kualitas infrastruktur kota',
    });
    const indicators = [
      ['IKU-1', 'Persentase jalan kota dalam kondisi mantap', '%', 'higher', 'panjang jalan mantap / panjang jalan kota × 100%'],
      ['IKU-2', 'Jumlah titik genangan saat hujan', 'titik', 'lower', 'jumlah titik genangan lebih dari 30 cm yang tercatat'],
      ['IKU-3', 'Persentase saluran drainase yang dinormalisasi', '%', 'higher', 'panjang saluran dinormalisasi / panjang saluran kota × 100%'],
    ] as const;
    for (const [code, name, unit, direction, formula] of indicators) {
      await team.request('POST', '/api/performance/indicators', {
        goalId: goal.id,
        opdId,
        code,
        name,
        definition: `${name}, diukur oleh ${OPD_CODE} setiap triwulan.`,
        unit,
        direction,
        source: { kind: 'opd' },
        formula,
      });
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const signIn = (account: Account) => signInAs(browser, server.url, account, errors);

  const menu = consoleMenu;
  const said = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

  it('the eksekutif makes DPUPRPKP its offer for the year with the form', async () => {
    const { context, page } = await signIn(people.eksekutif);
    await menu(page, 'Tawaran kinerja').click();
    await expect.poll(() => page.getByText(`Belum ada penawaran untuk tahun ${YEAR}`).isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Buat tawaran' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Buat tawaran kinerja' }).isVisible()).toBe(true);
    await page.getByLabel('Tahun').selectOption({ label: String(YEAR) });
    await page.getByLabel('OPD', { exact: true }).selectOption({ label: OPD_NAME });
    await page.getByLabel('Batas waktu menjawab').fill(DEADLINE);

    const targets = (code: string) => page.getByRole('group', { name: new RegExp(`^${code} `) });
    await expect.poll(() => targets('IKU-3').isVisible()).toBe(true);
    await targets('IKU-1').getByLabel('Target tahunan').fill('80');
    await targets('IKU-1').getByLabel('Target TW I', { exact: true }).fill('80');
    await targets('IKU-2').getByLabel('Target tahunan').fill('10');
    await targets('IKU-3').getByLabel('Target tahunan').fill('100');
    await snap(page, 'kinerja-01-offer-form');
    await page.getByRole('button', { name: 'Kirim tawaran' }).click();

    await expect.poll(() => page.getByRole('heading', { name: `Tawaran kinerja ${OPD_CODE} tahun ${YEAR}` }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Tawaran dikirim kepada OPD.').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Menunggu jawaban', { exact: true }).isVisible()).toBe(true);
    await expectAccessible(page, 'offer page');
    await context.close();
  });

  it('the head of DPUPRPKP accepts it and can download the pakta integritas and perjanjian kinerja', async () => {
    const { context, page } = await signIn(people.kepala);
    await menu(page, 'Tawaran kinerja').click();
    await page.getByRole('link', { name: `Lihat tawaran untuk ${OPD_CODE}` }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Jawab tawaran' }).isVisible()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Terima target ini' }).isChecked()).toBe(true);
    await snap(page, 'kinerja-02-answer');
    await page.getByRole('button', { name: 'Terima tawaran' }).click();
    await expect.poll(() => page.getByText('Jawaban tercatat. Status tawaran sekarang: Diterima.').isVisible()).toBe(true);
    await expect.poll(() => page.getByText(/Kepala Dinas PU menerima target ini pada/).isVisible()).toBe(true);

    for (const name of ['Unduh pakta integritas (PDF)', 'Unduh perjanjian kinerja (PDF)']) {
      const href = await page.getByRole('link', { name }).getAttribute('href');
      const response = await page.request.get(href ?? '');
      expect(response.status(), name).toBe(200);
      expect(response.headers()['content-type'], name).toContain('application/pdf');
      expect((await response.body()).subarray(0, 5).toString(), name).toBe('%PDF-');
    }
    await context.close();
  });

  it("the OPD's operator opens the TW I report, enters the realizations with evidence and submits", async () => {
    const { context, page } = await signIn(people.operator);
    await menu(page, 'Laporan triwulan').click();
    await expect.poll(() => page.getByRole('heading', { name: `Laporan ${OPD_CODE} tahun ${YEAR}` }).isVisible()).toBe(true);
    const tw1 = page.getByRole('row').filter({ hasText: 'TW I' }).first();
    await expect.poll(() => tw1.innerText()).toMatch(/10 April \d{4}[\s\S]*Belum dibuka/);
    await tw1.getByRole('button', { name: 'Buka laporan TW I' }).click();
    await expect.poll(() => page.getByRole('heading', { name: `Laporan TW I ${YEAR}: ${OPD_CODE}` }).isVisible()).toBe(true);
    reportPath = new URL(page.url()).pathname;

    const indicator = (code: string) => page.getByRole('region', { name: new RegExp(`^${code} `) });
    // The achievement shows as it will be computed, before anything is saved.
    await indicator('IKU-1').getByLabel('Realisasi (%)').fill('74');
    await expect.poll(() => indicator('IKU-1').getByText('Capaian dengan angka ini: 92,5% (74 / 80 × 100% = 92.5%)').isVisible()).toBe(true);
    await indicator('IKU-1').getByLabel('Catatan', { exact: true }).fill('Survei kondisi jalan Maret oleh bidang Bina Marga.');
    await indicator('IKU-1').getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => said(page, 'Realisasi IKU-1 disimpan.').isVisible()).toBe(true);
    await indicator('IKU-1')
      .getByLabel('Tambah berkas bukti untuk IKU-1')
      .setInputFiles({ name: 'survei-jalan.pdf', mimeType: 'application/pdf', buffer: PDF });
    await indicator('IKU-1').getByRole('button', { name: 'Unggah berkas' }).click();
    await expect.poll(() => indicator('IKU-1').getByRole('link', { name: 'Unduh survei-jalan.pdf' }).isVisible()).toBe(true);

    await indicator('IKU-2').getByLabel('Realisasi (titik)').fill('12');
    await expect
      .poll(() =>
        indicator('IKU-2')
          .getByText(/Capaian dengan angka ini: 80%/)
          .isVisible(),
      )
      .toBe(true);
    await indicator('IKU-2').getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => said(page, 'Realisasi IKU-2 disimpan.').isVisible()).toBe(true);
    await indicator('IKU-3').getByLabel('Realisasi (%)').fill('40');
    await indicator('IKU-3').getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => said(page, 'Realisasi IKU-3 disimpan.').isVisible()).toBe(true);
    // The saved figure's achievement is the server's, worked out in words.
    await expect.poll(() => indicator('IKU-3').getByText('40 / 100 × 100% = 40%', { exact: true }).isVisible()).toBe(true);
    await expectAccessible(page, 'report page, draft');
    await snap(page, 'kinerja-03-report-draft');

    await page.getByRole('button', { name: 'Kirim laporan untuk diverifikasi' }).click();
    await expect.poll(() => said(page, 'Laporan dikirim untuk diverifikasi.').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Dikirim', { exact: true }).first().isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Simpan' }).count()).toBe(0);
    await context.close();
  });

  it('the auditor returns it with a comment; the operator reads it, explains and submits again', async () => {
    const auditor = await signIn(people.auditor);
    await menu(auditor.page, 'Verifikasi laporan').click();
    await auditor.page.getByRole('link', { name: `Periksa laporan ${OPD_CODE} TW I ${YEAR}` }).click();
    await expect.poll(() => auditor.page.getByRole('heading', { name: 'Periksa laporan' }).isVisible()).toBe(true);
    // A return needs a comment, and says so before anything is sent.
    await auditor.page.getByRole('button', { name: 'Kembalikan ke OPD' }).click();
    await expect.poll(() => auditor.page.getByText('Tuliskan apa yang perlu diperbaiki OPD sebelum mengembalikan laporan.').isVisible()).toBe(true);
    await auditor.page.getByLabel('Komentar untuk OPD').fill(RETURN_COMMENT);
    await auditor.page.getByRole('button', { name: 'Kembalikan ke OPD' }).click();
    await expect.poll(() => said(auditor.page, 'Laporan dikembalikan ke OPD dengan komentar Anda.').isVisible()).toBe(true);
    await auditor.context.close();

    const { context, page } = await signIn(people.operator);
    await page.goto(reportPath);
    await expect.poll(() => page.getByText(/Dikembalikan oleh Auditor Inspektorat pada/).isVisible()).toBe(true);
    await expect.poll(() => page.getByText(RETURN_COMMENT).first().isVisible()).toBe(true);
    await snap(page, 'kinerja-04-report-returned');
    const iku3 = page.getByRole('region', { name: /^IKU-3 / });
    await iku3.getByLabel('Catatan', { exact: true }).fill('Dua paket normalisasi baru dikontrak akhir Maret; pekerjaan fisik mulai TW II.');
    await iku3.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => said(page, 'Realisasi IKU-3 disimpan.').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Kirim laporan untuk diverifikasi' }).click();
    await expect.poll(() => said(page, 'Laporan dikirim untuk diverifikasi.').isVisible()).toBe(true);
    await context.close();
  });

  it('the auditor verifies it, and the public page still shows nothing', async () => {
    const { context, page } = await signIn(people.auditor);
    await menu(page, 'Verifikasi laporan').click();
    await page.getByRole('link', { name: `Periksa laporan ${OPD_CODE} TW I ${YEAR}` }).click();
    await page.getByRole('button', { name: 'Verifikasi laporan' }).click();
    await expect.poll(() => said(page, /Laporan diverifikasi/).isVisible()).toBe(true);
    await expect.poll(() => page.getByText(/Diverifikasi oleh Auditor Inspektorat/).isVisible()).toBe(true);
    await context.close();

    // Verified scores exist now, but citizens see only what the eksekutif publishes.
    const visitor = await newContext(browser, server.url);
    const publicPage = await visitor.newPage();
    await publicPage.goto('/');
    await publicPage.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Kinerja OPD' }).click();
    await expect.poll(() => publicPage.getByRole('heading', { name: 'Kinerja Perangkat Daerah' }).isVisible()).toBe(true);
    await expect.poll(() => publicPage.getByText('Belum ada skor kinerja yang dipublikasikan').isVisible()).toBe(true);
    expect(await publicPage.locator('main').innerText()).not.toContain(OPD_NAME);
    await expectAccessible(publicPage, 'public performance page, empty');
    await visitor.close();
  });

  it("the eksekutif sees DPUPRPKP's composite and predicate for TW I, decides the rules' finding and publishes", async () => {
    const { context, page } = await signIn(people.eksekutif);
    await menu(page, 'Kinerja OPD').click();
    await page.getByLabel('Tahun').selectOption({ label: String(YEAR) });
    await page.getByLabel('Triwulan').selectOption({ label: 'TW I' });
    // The page opened on the last ended quarter; TW I's table replaces it, with the word and the figure beside the light.
    const row = page.getByRole('row').filter({ hasText: OPD_NAME });
    await expect.poll(() => row.locator('td').nth(1).innerText()).toBe(`${PREDICATE} ${COMPOSITE}`);
    const cells = await row.locator('td').allInnerTexts();
    expect(cells[0]).toBe('1');
    expect(cells[2]).toBe(`${COMPOSITE}%`);
    expect(await row.locator('.predicate-amber').count()).toBe(1);

    await row.getByRole('link', { name: `Rincian ${OPD_NAME}` }).click();
    const detail = page.getByRole('region', { name: `${OPD_NAME}, TW I ${YEAR}` });
    await expect.poll(() => detail.getByText('74 / 80 × 100% = 92.5%').isVisible()).toBe(true);
    await expect.poll(() => detail.getByRole('link', { name: 'Unduh survei-jalan.pdf' }).isVisible()).toBe(true);
    await expect.poll(() => detail.getByRole('link', { name: 'Buka laporan TW I' }).isVisible()).toBe(true);
    await expectAccessible(page, "the mayor's view");
    await snap(page, 'kinerja-05-mayor-view');

    const xlsx = await page.request.get((await page.getByRole('link', { name: 'Unduh XLSX' }).getAttribute('href')) ?? '');
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');

    // IKU-3's 40% is under the black vest rule's 50%: a finding to confirm and publish.
    await page.getByRole('button', { name: `Jalankan aturan untuk TW I ${YEAR}` }).click();
    const finding = page.getByRole('listitem').filter({ hasText: 'Rekomendasi rompi hitam' });
    await expect.poll(() => finding.isVisible()).toBe(true);
    await expect.poll(() => finding.innerText()).toContain('Persentase saluran drainase yang dinormalisasi');
    await finding.getByRole('button', { name: 'Kukuhkan' }).click();
    await expect.poll(() => finding.getByText('Dikukuhkan').isVisible()).toBe(true);
    await finding.getByRole('button', { name: 'Publikasikan temuan' }).click();
    await expect.poll(() => finding.getByText(/dipublikasikan/).isVisible()).toBe(true);

    await page.getByRole('button', { name: `Publikasikan skor TW I ${YEAR}` }).click();
    await page.getByRole('button', { name: 'Ya, publikasikan' }).click();
    await expect.poll(() => said(page, `Skor TW I ${YEAR} dipublikasikan pada`).isVisible()).toBe(true);
    await context.close();
  });

  it('the public page shows the published quarter with the same predicate and the published finding', async () => {
    const visitor = await newContext(browser, server.url);
    const page = await visitor.newPage();
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    await page.goto('/kinerja');
    await expect.poll(() => page.getByRole('heading', { name: `Skor OPD TW I ${YEAR}` }).isVisible()).toBe(true);
    const row = page.getByRole('row').filter({ hasText: OPD_NAME });
    const cells = await row.locator('td').allInnerTexts();
    expect(cells[0]).toBe('1');
    expect(cells[1]).toBe(`${PREDICATE} ${COMPOSITE}`);
    expect(await row.locator('.predicate-amber').count()).toBe(1);
    const finding = page.getByRole('listitem').filter({ hasText: 'Rekomendasi rompi hitam' });
    await expect.poll(() => finding.innerText()).toContain(OPD_NAME);
    // The official named by the finding stays internal.
    expect(await page.locator('main').innerText()).not.toContain('Kepala Dinas PU');
    await expectAccessible(page, 'public performance page');
    await snap(page, 'kinerja-06-public');
    await visitor.close();
    expect(errors).toEqual([]);
  });

  it("the eksekutif sets DPUPRPKP's budget, imports BKAD's workbook, is shown the wrong cell, and sees the absorption", async () => {
    const { context, page } = await signIn(people.eksekutif);
    await menu(page, 'Anggaran OPD').click();
    await page.getByLabel('Tahun').selectOption({ label: String(YEAR) });
    await expect.poll(() => page.getByText(`Belum ada anggaran untuk ${YEAR}`).isVisible()).toBe(true);
    await page.getByLabel('OPD', { exact: true }).selectOption({ label: OPD_NAME });
    await page.getByLabel('Pagu', { exact: true }).fill('1.000.000.000');
    for (const quarter of ['TW I', 'TW II', 'TW III', 'TW IV']) await page.getByLabel(`Rencana kas ${quarter}`, { exact: true }).fill('250.000.000');
    await page.getByRole('button', { name: 'Simpan anggaran' }).click();
    await expect.poll(() => said(page, 'disimpan').isVisible()).toBe(true);

    // BKAD fills in the template: TW I spent Rp200 juta, written first as words by mistake.
    const template = await page.request.get((await page.getByRole('link', { name: 'Unduh templat (XLSX)' }).getAttribute('href')) ?? '');
    expect(template.status()).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await template.body()) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Realisasi');
    if (!sheet) throw new Error('the template has no sheet Realisasi');
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe(OPD_CODE);
    row.getCell(3).value = 'dua ratus juta';
    const upload = async (name: string) => {
      await page.getByLabel('Berkas realisasi (XLSX)').setInputFiles({
        name,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(await book.xlsx.writeBuffer()),
      });
      await page.getByRole('button', { name: 'Impor', exact: true }).click();
    };
    await upload('realisasi-salah.xlsx');
    const wrong = page.getByRole('table', { name: 'Sel yang perlu diperbaiki' }).getByRole('row').nth(1);
    await expect.poll(async () => (await wrong.locator('td').allInnerTexts()).slice(0, 2).join(' | ')).toMatch(/^2 \| C/);
    row.getCell(3).value = 200_000_000;
    await upload('realisasi-tw1.xlsx');
    await expect.poll(() => page.getByText('Berkas realisasi-tw1.xlsx diimpor').isVisible()).toBe(true);
    // 200 of the 250 planned to TW I: 80% of plan, Rp50 juta behind.
    const budgetRow = page
      .getByRole('table', { name: `Anggaran dan serapan ${YEAR}` })
      .getByRole('row')
      .nth(1);
    await expect.poll(() => budgetRow.innerText()).toContain('Rp 200.000.000');
    expect(await budgetRow.innerText()).toContain('80% dari rencana s.d. TW I');
    expect(await budgetRow.innerText()).toContain('−Rp 50.000.000');
    await expectAccessible(page, 'the budget page');
    await context.close();
    expect(errors).toEqual([]);
  });
});
