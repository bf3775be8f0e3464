/**
 * The SPBE self-evaluation end to end in a real browser (DOMAIN.md section 6). A citizen first
 * sees no result, only the ministry's published history, one series per framework. Then, as
 * people: the coordination team opens this year's evaluation and assigns two indicators to Bagian
 * Hukum with the page; the rest is filled at level 1 through the API by Diskominfo and confirmed
 * by the assessor, as a quick stand-in for 44 more OPD visits; Diskominfo's operator attaches
 * SAMBAT's own figures as indicator 42's evidence on its page. Bagian Hukum's operator fills
 * indicator 44 (JDIH) by hand, and the page shows the level that counts as boxes are ticked and
 * files uploaded, the rule at work; the assessor confirms level 3; the coordinator sees the index
 * and predicate the rule gives, the gap analysis and a what-if, downloads the exports and
 * finalizes; the public page shows the result.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Account, ApiSession, createStaff, opdIdByCode } from './support/api.js';
import { chromiumMissing, consoleMenu, expectAccessible, launchBrowser, newContext, signInAs, snap } from './support/browser.js';
import { type RunningServer, startServer } from './support/server.js';
import { fillAllAtLevelOne } from './support/spbe.js';

const missing = chromiumMissing();

const YEAR = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(new Date()));
const HUKUM = { code: 'SETDA-HUK', name: 'Bagian Hukum', short: 'Hukum' };
const KOMINFO = 'DISKOMINFO';
const JDIH = 44;
/** Complaint services: the platform's own SAMBAT figures are offered as its evidence. */
const SAMBAT = 42;
const JDIH_NAME = `${JDIH}. Tingkat Kematangan Layanan Jaringan Dokumentasi dan Informasi Hukum`;
/**
 * 46 indicators at level 1 and indicator 44 (weight 3%) at level 3: the index is
 * (100 × 1 + 3 × 2) / 100 = 1 + 2 × 3 / 100 = 1.06, Kurang (below 1.8). Domain 4, Layanan SPBE
 * (45.5%): (45.5 + 6) / 45.5 = 1.13. With 44 at level 5 instead: 1 + 4 × 3 / 100 = 1.12.
 */
const INDEX = '1,06';
const PREDICATE = 'Kurang';

/** The smallest file the server takes for a PDF: it judges evidence by its first bytes. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe.skipIf(missing)('the SPBE self-evaluation in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  const people = {} as Record<'coordinator' | 'hukum' | 'kominfo' | 'auditor', Account>;
  let hukumId = '';
  let kominfoId = '';
  const errors: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const admin = new ApiSession(server.url);
    await admin.login(server.admin.email, server.admin.password);
    [hukumId, kominfoId] = await Promise.all([opdIdByCode(server.url, HUKUM.code), opdIdByCode(server.url, KOMINFO)]);
    people.coordinator = await createStaff(admin, 'eksekutif', null, 'Tim Koordinasi SPBE');
    people.hukum = await createStaff(admin, 'operator_opd', hukumId, 'Operator SPBE Hukum');
    people.kominfo = await createStaff(admin, 'operator_opd', kominfoId, 'Operator SPBE Kominfo');
    people.auditor = await createStaff(admin, 'auditor', null, 'Asesor Internal SPBE');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const signIn = (account: Account) => signInAs(browser, server.url, account, errors);

  async function api(account: Account): Promise<ApiSession> {
    const session = new ApiSession(server.url);
    await session.login(account.email, account.password);
    return session;
  }

  const menu = consoleMenu;
  const said = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
  const level = (page: Page, n: number) => page.getByRole('region', { name: new RegExp(`^Tingkat ${n} · `) });
  const counted = (page: Page) => page.locator('.spbe-counted');

  it('shows citizens no result before one is final, and the published history by framework', async () => {
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Indeks SPBE' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Indeks SPBE', level: 1 }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Belum ada hasil evaluasi SPBE yang final').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Hasil dari kerangka penilaian yang berbeda tidak dibandingkan dalam satu garis.').isVisible()).toBe(true);
    // Malang's published indices, each framework in a table (and a series) of its own.
    const older = page.getByRole('table', { name: /Riwayat menurut Evaluasi SPBE \(PermenPANRB 5\/2018\)/ });
    const newer = page.getByRole('table', { name: /Riwayat menurut Evaluasi SPBE \(PermenPANRB 59\/2020\)/ });
    await expect.poll(() => older.innerText()).toMatch(/2019\s+2,85/);
    expect(await newer.innerText()).toMatch(/2024\s+4,24\s+Memuaskan/);
    expect(await newer.innerText()).not.toContain('2019');
    await expect.poll(() => page.getByRole('img', { name: /satu seri per kerangka penilaian/ }).count()).toBe(1);
    await expectAccessible(page, 'public SPBE page, nothing final');
    await snap(page, 'spbe-01-public-empty');
    await context.close();
  });

  it('the coordinator opens the year and assigns two indicators to Bagian Hukum', async () => {
    const { context, page } = await signIn(people.coordinator);
    await menu(page, 'Evaluasi SPBE').click();
    await expect.poll(() => page.getByRole('heading', { name: 'Evaluasi SPBE', level: 1 }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Belum ada evaluasi SPBE').isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('link', { name: 'Unduh buku kerja Evaluasi SPBE (PermenPANRB 59/2020) (XLSX)' }).isVisible()).toBe(true);
    await page.getByLabel('Tahun', { exact: true }).fill(String(YEAR));
    // The framework in force this year is chosen already.
    expect(await page.getByLabel('Kerangka penilaian', { exact: true }).locator('option:checked').innerText()).toContain('PermenPANRB 59/2020');
    await expectAccessible(page, 'SPBE console, empty');
    await page.getByRole('button', { name: 'Buka evaluasi' }).click();

    await expect.poll(() => page.getByRole('heading', { name: `Evaluasi SPBE ${YEAR}`, level: 1 }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('0 dari 47 indikator dinilai').isVisible()).toBe(true);
    // Nothing to finalize yet, and the page says why.
    const finalize = page.getByRole('button', { name: 'Tetapkan final' });
    expect(await finalize.isDisabled()).toBe(true);
    expect(await page.getByText('Belum dapat ditetapkan: 47 indikator belum dikonfirmasi atau dikoreksi penilai.').isVisible()).toBe(true);

    await page.getByLabel(`OPD untuk indikator ${JDIH}`).selectOption({ label: HUKUM.name });
    await page.getByLabel('OPD untuk indikator 45').selectOption({ label: HUKUM.name });
    await page.getByRole('button', { name: 'Simpan penugasan (2 perubahan)' }).click();
    await expect.poll(() => said(page, 'Penugasan disimpan: 2 indikator.').isVisible()).toBe(true);
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: JDIH_NAME }) });
    await expect.poll(() => row.innerText()).toContain('Diisi OPD');
    expect(await page.getByLabel(`OPD untuk indikator ${JDIH}`).locator('option:checked').innerText()).toBe(HUKUM.name);
    await expectAccessible(page, 'SPBE evaluation, indicators');
    await snap(page, 'spbe-02-assigned');
    await context.close();
  });

  it("the other 44 indicators and Bagian Hukum's second one are filled at level 1 and confirmed through the API", async () => {
    const [coordinator, auditor, hukum, kominfo] = await Promise.all([api(people.coordinator), api(people.auditor), api(people.hukum), api(people.kominfo)]);
    const filled = await fillAllAtLevelOne({
      year: YEAR,
      coordinator,
      auditor,
      fillers: { [hukumId]: hukum, [kominfoId]: kominfo },
      assignRestTo: kominfoId,
      except: [JDIH, SAMBAT],
    });
    expect(filled).toBe(45);
  });

  it("Diskominfo's operator attaches SAMBAT's own figures as the evidence of indicator 42's level 1", async () => {
    await (await api(people.coordinator)).request('PUT', `/api/spbe/evaluations/${YEAR}/assignments`, {
      assignments: [{ indicator: SAMBAT, opdId: kominfoId }],
    });
    const { context, page } = await signIn(people.kominfo);
    await page.goto(`/konsol/spbe/${YEAR}/indikator/${SAMBAT}`);
    await expect.poll(() => page.getByRole('heading', { name: 'Bukti dari platform: SAMBAT' }).isVisible()).toBe(true);
    const platform = page.getByRole('region', { name: 'Bukti dari platform: SAMBAT' });
    await expect.poll(() => platform.getByText(`SAMBAT ${YEAR}:`, { exact: false }).isVisible()).toBe(true);
    await level(page, 1).getByLabel('Tingkat 1 terpenuhi').check();
    await level(page, 1).getByLabel('Penjelasan tingkat 1').fill('Aduan warga diterima dan dijawab lewat SAMBAT.');
    await platform.getByLabel('Bukti untuk tingkat').selectOption('1');
    await platform.getByRole('button', { name: 'Lampirkan sebagai bukti' }).click();
    await expect.poll(() => said(page, 'Angka platform dilampirkan sebagai bukti tingkat 1.').isVisible()).toBe(true);
    await expect.poll(() => counted(page).innerText()).toContain('Tingkat yang dihitung: 1 (Informasi)');
    await expectAccessible(page, 'indicator 42 with the platform evidence');
    await page.getByRole('button', { name: 'Kirim untuk dinilai' }).click();
    await expect.poll(() => said(page, 'Indikator dikirim kepada penilai internal.').isVisible()).toBe(true);
    await context.close();
    const evidence = (
      await (
        await api(people.auditor)
      ).request<{ evidence: Array<{ level: number; url: string }> }>('GET', `/api/spbe/evaluations/${YEAR}/indicators/${SAMBAT}`)
    ).evidence;
    expect(evidence).toEqual([expect.objectContaining({ level: 1, url: '/aduan' })]);
    await (await api(people.auditor)).request('POST', `/api/spbe/evaluations/${YEAR}/indicators/${SAMBAT}/review`, { decision: 'confirm' });
  });

  it("Bagian Hukum's operator fills indicator 44 level by level, with evidence, and submits it", async () => {
    const { context, page } = await signIn(people.hukum);
    const card = page.getByRole('region', { name: 'Evaluasi SPBE' });
    await expect.poll(() => card.innerText()).toMatch(/^Evaluasi SPBE\s+1\s/);
    await card.getByRole('link', { name: 'Buka evaluasi SPBE' }).click();
    await expect.poll(() => page.getByRole('heading', { name: `Evaluasi SPBE ${YEAR}`, level: 1 }).isVisible()).toBe(true);
    // The card opened the OPD's own indicators.
    expect(await page.getByLabel('Hanya indikator OPD saya').isChecked()).toBe(true);
    await expect.poll(() => said(page, '2 dari 47 indikator ditampilkan').isVisible()).toBe(true);
    await page.getByRole('link', { name: JDIH_NAME }).click();

    await expect.poll(() => page.getByRole('heading', { name: JDIH_NAME, level: 1 }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText(/Sebuah tingkat dihitung hanya bila tingkat itu terpenuhi, memiliki bukti dukung/).isVisible()).toBe(true);
    await expect.poll(() => counted(page).innerText()).toContain('Tingkat yang dihitung: 0');

    const upload = async (n: number) => {
      await level(page, n)
        .getByLabel(`Berkas bukti tingkat ${n}`)
        .setInputFiles({ name: `jdih-tingkat-${n}.pdf`, mimeType: 'application/pdf', buffer: PDF });
      await level(page, n)
        .getByRole('button', { name: `Unggah bukti tingkat ${n}` })
        .click();
      await expect.poll(() => said(page, `Bukti jdih-tingkat-${n}.pdf diunggah untuk tingkat ${n}.`).isVisible()).toBe(true);
      await expect
        .poll(() =>
          level(page, n)
            .getByRole('link', { name: `Unduh jdih-tingkat-${n}.pdf` })
            .isVisible(),
        )
        .toBe(true);
    };
    const claim = async (n: number, text: string) => {
      await level(page, n).getByLabel(`Tingkat ${n} terpenuhi`).check();
      await level(page, n).getByLabel(`Penjelasan tingkat ${n}`).fill(text);
    };

    await claim(1, 'Produk hukum daerah diumumkan di laman JDIH kota.');
    // Met, but without evidence it does not count yet.
    expect(await level(page, 1).getByText('Tidak dihitung: belum ada bukti dukung.').isVisible()).toBe(true);
    await upload(1);
    await expect.poll(() => counted(page).innerText()).toContain('Tingkat yang dihitung: 1 (Informasi)');

    // Level 3 met and proven still does not count while level 2 is not.
    await claim(3, 'Permohonan salinan produk hukum diproses daring sampai salinan terkirim.');
    await upload(3);
    await expect.poll(() => level(page, 3).getByText('Tidak dihitung: tingkat di bawahnya belum dihitung.').isVisible()).toBe(true);
    expect(await counted(page).innerText()).toContain('Tingkat yang dihitung: 1 (Informasi)');

    await claim(2, 'Warga dapat bertanya dan memberi masukan atas rancangan produk hukum melalui JDIH.');
    await upload(2);
    await expect.poll(() => counted(page).innerText()).toContain('Tingkat yang dihitung: 3 (Transaksi)');
    await expectAccessible(page, 'indicator checklist, filled');
    await snap(page, 'spbe-03-indicator-filled');

    await page.getByRole('button', { name: 'Kirim untuk dinilai' }).click();
    await expect.poll(() => said(page, 'Indikator dikirim kepada penilai internal.').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Menunggu penilaian', { exact: true }).first().isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Kirim untuk dinilai' }).count()).toBe(0);
    expect(await page.getByText('Tingkat 3 · Transaksi', { exact: true }).first().isVisible()).toBe(true);
    await context.close();
  });

  it('the assessor finds it waiting, cannot return it without a comment, and confirms level 3', async () => {
    const { context, page } = await signIn(people.auditor);
    const card = page.getByRole('region', { name: 'Evaluasi SPBE' });
    await expect.poll(() => card.innerText()).toMatch(/^Evaluasi SPBE\s+1\s/);
    await card.getByRole('link', { name: 'Buka evaluasi SPBE' }).click();
    await expect.poll(() => said(page, '1 dari 47 indikator ditampilkan').isVisible()).toBe(true);
    await page.getByRole('link', { name: JDIH_NAME }).click();

    await expect.poll(() => page.getByRole('heading', { name: 'Penilaian' }).isVisible()).toBe(true);
    expect(await level(page, 2).getByText('Warga dapat bertanya dan memberi masukan').isVisible()).toBe(true);
    await page.getByLabel('Kembalikan ke OPD untuk diperbaiki').check();
    await page.getByRole('button', { name: 'Kembalikan ke OPD' }).click();
    await expect.poll(() => page.getByText('Tuliskan apa yang perlu diperbaiki OPD sebelum mengembalikan indikator.').isVisible()).toBe(true);
    await expectAccessible(page, 'indicator review');
    await page.getByLabel('Konfirmasi tingkat 3').check();
    await page.getByRole('button', { name: 'Konfirmasi', exact: true }).click();
    await expect.poll(() => said(page, 'Tingkat 3 dikonfirmasi.').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Asesor Internal SPBE mengonfirmasi tingkat 3 (Transaksi)').isVisible()).toBe(true);
    await snap(page, 'spbe-04-confirmed');
    await context.close();
  });

  it('the coordinator sees the index and predicate the levels give, the gaps and a what-if, downloads and finalizes', async () => {
    const { context, page } = await signIn(people.coordinator);
    await menu(page, 'Evaluasi SPBE').click();
    const evaluation = page.getByRole('row').filter({ has: page.getByRole('link', { name: `Buka evaluasi SPBE ${YEAR}` }) });
    await expect.poll(() => evaluation.innerText()).toContain('47 dari 47 indikator dinilai');
    await evaluation.getByRole('link', { name: `Buka evaluasi SPBE ${YEAR}` }).click();

    await page.getByRole('link', { name: 'Indeks', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { name: `Indeks SPBE ${YEAR} (hasil penilaian)` }).isVisible()).toBe(true);
    await expect.poll(() => page.locator('.spbe-score').first().innerText()).toContain(INDEX);
    expect(await page.locator('.spbe-score').first().innerText()).toContain(PREDICATE);
    const layanan = page.getByRole('row').filter({ hasText: 'Domain 4: Layanan SPBE' });
    expect(await layanan.innerText()).toMatch(/45,5%\s+1,13/);
    // The OPDs' own levels give the same here: the assessor confirmed every one.
    // The choice lives in the address, which the router updates a moment after the click.
    await page.getByLabel(/^Penilaian mandiri OPD/).click();
    await expect.poll(() => page.getByRole('heading', { name: `Indeks SPBE ${YEAR} (penilaian mandiri OPD)` }).isVisible()).toBe(true);
    await expect.poll(() => page.locator('.spbe-score').first().innerText()).toContain(INDEX);
    await expectAccessible(page, 'SPBE index tab');
    await snap(page, 'spbe-05-index');

    // Gap analysis: the public-service indicators weigh most (3%); at level 1, 42 comes first.
    await page.getByRole('link', { name: 'Analisis kesenjangan', exact: true }).click();
    const first = page.getByRole('table', { name: 'Analisis kesenjangan' }).getByRole('row').nth(1);
    await expect.poll(() => first.innerText()).toMatch(/^1\s+42\. Tingkat Kematangan Layanan Pengaduan Pelayanan Publik\s+1 → 2\s+\+0,03\s+1,09$/);

    // What if JDIH reached level 5: 1 + 4 × 3 / 100.
    await page.getByRole('link', { name: 'Simulasi', exact: true }).click();
    await page.getByLabel(`Tingkat simulasi indikator ${JDIH}`).selectOption({ label: 'Tingkat 5 · Optimalisasi' });
    await page.getByRole('button', { name: 'Hitung simulasi (1 indikator diubah)' }).click();
    await expect.poll(() => page.getByText('Perubahan indeks: +0,06').isVisible()).toBe(true);
    expect(await page.locator('.spbe-compare .card').nth(1).innerText()).toMatch(/1,12\s+Kurang/);
    await expectAccessible(page, 'SPBE simulation');

    for (const name of ['Unduh XLSX', 'Unduh PDF']) {
      const href = await page.getByRole('link', { name }).getAttribute('href');
      const response = await page.request.get(href ?? '');
      expect(response.status(), name).toBe(200);
      expect(response.headers()['content-type'], name).toContain(name === 'Unduh PDF' ? 'application/pdf' : 'spreadsheetml');
    }

    await page.getByRole('button', { name: 'Tetapkan final' }).click();
    await page.getByRole('button', { name: 'Ya, tetapkan final' }).click();
    await expect.poll(() => said(page, `Evaluasi SPBE ${YEAR} ditetapkan final dan tampil di halaman publik.`).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Final', { exact: true }).first().isVisible()).toBe(true);
    await context.close();
  });

  it('shows citizens the final index and predicate, and the year in the history of its framework', async () => {
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    await page.goto('/spbe');
    await expect.poll(() => page.getByRole('heading', { name: `Indeks SPBE ${YEAR}`, level: 2 }).isVisible()).toBe(true);
    await expect.poll(() => page.locator('.spbe-score').first().innerText()).toContain(INDEX);
    expect(await page.locator('.spbe-score').first().innerText()).toContain(PREDICATE);
    const newer = page.getByRole('table', { name: /Riwayat menurut Evaluasi SPBE \(PermenPANRB 59\/2020\)/ });
    await expect.poll(() => newer.innerText()).toMatch(new RegExp(`${YEAR}\\s+${INDEX}\\s+${PREDICATE}\\s+Evaluasi mandiri kota`));
    await expectAccessible(page, 'public SPBE page, final');
    await snap(page, 'spbe-06-public-final');
    await context.close();
  });

  it('the admin imports a new framework: every problem in the file is listed, then the fixed file is taken', async () => {
    const { context, page } = await signIn(server.admin);
    await menu(page, 'Evaluasi SPBE').click();
    await expect.poll(() => page.getByRole('heading', { name: 'Impor kerangka penilaian' }).isVisible()).toBe(true);
    const levels = ['satu', 'dua', 'tiga', 'empat', 'lima'].map((n) => `Tingkat ${n}.`);
    const framework = (indicators: unknown[]) => ({
      code: 'uji-kerangka-2027',
      name: 'Kerangka uji coba',
      regulation: 'Rancangan peraturan uji coba',
      fromYear: 2027,
      toYear: null,
      scales: [{ code: 'proses', name: 'Kapabilitas proses', levels: ['Rintisan', 'Terkelola', 'Terdefinisi', 'Terpadu', 'Optimum'] }],
      domains: [{ number: 1, name: 'Tata Kelola', aspects: [{ number: 1, name: 'Perencanaan', indicators }] }],
      predicates: [
        { code: 'baik', label: 'Baik', min: 2.6 },
        { code: 'kurang', label: 'Kurang', min: 0 },
      ],
    });
    const upload = async (body: unknown) => {
      await page.getByLabel('Berkas kerangka (JSON atau XLSX)').setInputFiles({
        name: 'kerangka-uji.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(body)),
      });
      await page.getByRole('button', { name: 'Impor kerangka' }).click();
    };
    // A weight with three decimals, a number used twice, a scale that does not exist: 100.56% in all.
    await upload(
      framework([
        { number: 1, name: 'Arsitektur', weight: 60.555, scale: 'proses', levels },
        { number: 1, name: 'Peta rencana', weight: 40, scale: 'layanan', levels },
      ]),
    );
    const problems = page.getByRole('table', { name: 'Masalah dalam berkas kerangka' });
    await expect.poll(() => problems.getByRole('row').count()).toBe(5);
    const text = await problems.innerText();
    expect(text).toMatch(/domains\[0\]\.aspects\[0\]\.indicators\[0\]\.weight\s+bobot paling banyak dua desimal/);
    expect(text).toMatch(/indicators\[1\]\.number\s+indikator 1 sudah ada/);
    expect(text).toMatch(
      /Domain ke-1 › Aspek ke-1 › Indikator ke-2 › scale\s+domains\[0\]\.aspects\[0\]\.indicators\[1\]\.scale\s+skala "layanan" tidak ada di daftar skala/,
    );
    expect(text).toContain('bobot seluruh indikator berjumlah 100.56%, seharusnya 100%');
    expect(await page.getByText('Perbaiki 4 masalah berikut di berkas, lalu impor lagi:').isVisible()).toBe(true);
    await expectAccessible(page, 'framework import with problems');
    await snap(page, 'spbe-07-import-problems');

    await upload(
      framework([
        { number: 1, name: 'Arsitektur', weight: 60, scale: 'proses', levels },
        { number: 2, name: 'Peta rencana', weight: 40, scale: 'proses', levels },
      ]),
    );
    await expect.poll(() => said(page, 'Kerangka Kerangka uji coba diimpor: 2 indikator.').isVisible()).toBe(true);
    expect(await problems.count()).toBe(0);
    await expect
      .poll(() => page.getByRole('row').filter({ hasText: 'Kerangka uji coba' }).innerText())
      .toMatch(/2027–sekarang\s+1 domain · 1 aspek · 2 indikator/);
    await context.close();
    expect(errors).toEqual([]);
  });
});
