import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../../platform/context.js';
import { DATABASE_KINDS } from '../../../testing/databases.js';
import { pdfText } from '../../../testing/pdf-text.js';
import { as, createTestApp, opdId, problemOf, type Session, signIn, type TestApp, userWithRole } from '../../../testing/test-app.js';
import { createUsersService } from '../../org/index.js';

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** The day and time in Malang (UTC+7 all year), written as the documents write it. */
function inMalang(iso: string): { day: string; time: string } {
  const at = new Date(Date.parse(iso) + 7 * 3600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return { day: `${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]} ${at.getUTCFullYear()}`, time: `${two(at.getUTCHours())}.${two(at.getUTCMinutes())} WIB` };
}

describe.each(DATABASE_KINDS)('the pakta integritas and perjanjian kinerja PDFs on %s', (kind) => {
  let t: TestApp;
  let team: Session;
  let auditor: Session;
  let headPu: Session;
  let operatorPu: Session;
  let headDishub: Session;
  let pu: string;
  let dishub: string;
  let rpjmd: string;
  const years: Record<number, string> = {};
  const goals: Record<string, string> = {};
  const ind: Record<string, string> = {};

  const call = (method: 'GET' | 'POST', url: string, who: Session | null, payload?: object) =>
    t.app.inject({ method, url, headers: who ? as(who) : {}, ...(payload ? { payload } : {}) });
  const made = async (res: Promise<LightMyRequestResponse>) => {
    const answer = await res;
    if (answer.statusCode >= 300) throw new Error(`set-up failed: ${answer.statusCode} ${answer.body}`);
    return answer.json();
  };
  const head = async (name: string, opd: string) => {
    const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@test.balaikota.localhost`;
    const password = 'Sandi-Uji-2026!';
    await createUsersService(t.platform).create(systemContext(), { email, name, password, roles: [{ role: 'kepala_opd', opdId: opd }] }, { asSystem: true });
    return signIn(t.app, email, password);
  };
  const indicator = async (goal: string, opd: string, code: string, name: string, direction = 'higher', unit = '%') =>
    (
      await made(
        call('POST', '/api/performance/indicators', team, {
          goalId: goal,
          opdId: opd,
          code,
          name,
          definition: 'Definisi indikator uji.',
          unit,
          direction,
          source: { kind: 'opd' },
          formula: 'Realisasi dibagi sasaran dikali 100%',
        }),
      )
    ).id;
  const pakta = (offer: string, who: Session | null) => call('GET', `/api/performance/offers/${offer}/pakta-integritas.pdf`, who);
  const pk = (year: string, opd: string, who: Session | null) => call('GET', `/api/performance/periods/${year}/opds/${opd}/perjanjian-kinerja.pdf`, who);
  const textOf = async (res: LightMyRequestResponse) => {
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    return pdfText(res.rawPayload);
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    pu = await opdId(t, 'DPUPRPKP');
    dishub = await opdId(t, 'DISHUB');
    team = await userWithRole(t, 'eksekutif');
    auditor = await userWithRole(t, 'auditor');
    operatorPu = await userWithRole(t, 'operator_opd', pu);
    headPu = await head('Ir. Bambang Wicaksono, M.T.', pu);
    headDishub = await head('Dra. Sri Rahayu', dishub);
    rpjmd = (await made(call('POST', '/api/performance/periods', team, { kind: 'rpjmd', name: 'RPJMD 2025-2029', startYear: 2025 }))).id;
    for (const year of [2026, 2027, 2028]) {
      years[year] = (await made(call('POST', '/api/performance/periods', team, { kind: 'year', name: `Tahun ${year}`, startYear: year, parentId: rpjmd }))).id;
    }
    goals.s1 = (
      await made(call('POST', '/api/performance/goals', team, { periodId: rpjmd, code: 'S1', title: 'Meningkatnya kualitas infrastruktur kota' }))
    ).id;
    // A goal of the year itself: an offer may name indicators of its year as well as of its RPJMD.
    goals.s2 = (
      await made(call('POST', '/api/performance/goals', team, { periodId: years[2026], code: 'S2', title: 'Berkurangnya genangan di musim hujan' }))
    ).id;
    ind.jalan = await indicator(goals.s1, pu, 'IKU-1', 'Persentase jalan kota dalam kondisi mantap');
    ind.drainase = await indicator(goals.s1, pu, 'IKU-2', 'Indeks kinerja saluran drainase', 'range', 'indeks');
    ind.genangan = await indicator(goals.s2, pu, 'IKU-3', 'Luas genangan yang tersisa', 'lower', 'hektare');
    ind.angkutan = await indicator(goals.s1, dishub, 'IKU-4', 'Jumlah penumpang angkutan kota per hari', 'higher', 'orang');
  });
  afterAll(() => t.close());

  let puOffer: string;
  let puAnsweredAt: string;

  it('has no pakta integritas or perjanjian kinerja while the offer waits for an answer', async () => {
    puOffer = (
      await made(
        call('POST', '/api/performance/offers', team, {
          periodId: years[2026],
          opdId: pu,
          deadline: '2099-12-31',
          targets: [
            { indicatorId: ind.jalan, target: 80, quarterly: [20, 45, 60, 80] },
            { indicatorId: ind.drainase, target: 60, targetUpper: 80, quarterly: [55, 65, 62.5, 70] },
            { indicatorId: ind.genangan, target: 7.5 },
          ],
        }),
      )
    ).id;
    const open = await pakta(puOffer, team);
    expect(open.statusCode).toBe(409);
    expect(problemOf(open).detail).toBe(
      'Tawaran ini belum memiliki jawaban yang diterima (status open: menunggu jawaban kepala OPD), jadi belum ada pakta integritas.',
    );
    const agreement = await pk(years[2026], pu, team);
    expect(agreement.statusCode).toBe(409);
    expect(problemOf(agreement).detail).toContain('berstatus open');
  });

  it('writes the pakta integritas of an accepted offer: the head, the OPD, each agreed target and when it was accepted, in city time', async () => {
    const accepted = await made(call('POST', `/api/performance/offers/${puOffer}/answer`, headPu, { kind: 'accept' }));
    puAnsweredAt = accepted.answer.answeredAt;
    const res = await pakta(puOffer, headPu);
    expect(res.headers['content-disposition']).toBe('attachment; filename="pakta-integritas-DPUPRPKP-2026.pdf"');
    const pdf = await textOf(res);
    const { day, time } = inMalang(puAnsweredAt);
    expect(pdf.pageCount).toBe(1);
    expect(pdf.pages[0].split('\n')[0]).toBe('PAKTA INTEGRITAS KESANGGUPAN');
    expect(pdf.flat).toContain('TARGET KINERJA TAHUN 2026');
    expect(pdf.flat).toContain('Nama : Ir. Bambang Wicaksono, M.T.');
    expect(pdf.flat).toContain('Jabatan : Kepala Dinas Pekerjaan Umum, Penataan Ruang, Perumahan dan Kawasan Permukiman');
    expect(pdf.flat).toContain('Tahun Kinerja : 2026');
    expect(pdf.flat).toContain('sanggup mencapai target kinerja Tahun 2026 yang telah disepakati bersama Tim Wali Kota Malang');
    expect(pdf.flat).toContain('No Kode Indikator Kinerja Satuan Target 2026');
    expect(pdf.flat).toContain('1 IKU-1 Persentase jalan kota dalam kondisi mantap % 80');
    expect(pdf.flat).toContain('2 IKU-2 Indeks kinerja saluran drainase indeks 60 - 80');
    expect(pdf.flat).toContain('3 IKU-3 Luas genangan yang tersisa hektare 7,5');
    expect(pdf.flat).toContain(`Malang, ${day}`);
    expect(pdf.flat).toContain(`diterima secara elektronik di Balaikota pada ${day} pukul ${time} oleh akun atas nama Ir. Bambang Wicaksono, M.T.`);
    expect(pdf.flat).toContain('Halaman 1 dari 1');
    // A version 1 offer says nothing of versions.
    expect(pdf.flat).not.toContain('Versi');
  });

  it('lets the OPD\u2019s own staff and the city-wide readers download it; another OPD is told there is no such offer', async () => {
    expect((await pakta(puOffer, operatorPu)).statusCode).toBe(200);
    expect((await pakta(puOffer, auditor)).statusCode).toBe(200);
    expect((await pakta(puOffer, team)).statusCode).toBe(200);
    const foreign = await pakta(puOffer, headDishub);
    expect(foreign.statusCode).toBe(404);
    expect(problemOf(foreign).code).toBe('performance.offer_not_found');
    const foreignPk = await pk(years[2026], pu, headDishub);
    expect(foreignPk.statusCode).toBe(404);
    expect(problemOf(foreignPk).detail).toBe('Belum ada tawaran kinerja tahun 2026 untuk OPD ini, jadi perjanjian kinerjanya belum dapat dibuat.');
    expect((await pakta(puOffer, null)).statusCode).toBe(401);
    expect((await pk(years[2026], pu, null)).statusCode).toBe(401);
    expect((await pakta('00000000-0000-4000-8000-000000000000', team)).statusCode).toBe(404);
    expect(problemOf(await pakta('not-an-id', team)).code).toBe('validation_failed');
  });

  it('writes the perjanjian kinerja: both parties, the targets by sasaran, the rencana aksi by quarter, and the signatures', async () => {
    const res = await pk(years[2026], pu, operatorPu);
    expect(res.headers['content-disposition']).toBe('attachment; filename="perjanjian-kinerja-DPUPRPKP-2026.pdf"');
    const pdf = await textOf(res);
    const { day } = inMalang(puAnsweredAt);
    expect(pdf.pageCount).toBe(3);
    const [opening, targets, plan] = pdf.pages.map((page) => page.replace(/\s+/g, ' '));
    expect(opening).toContain('PERJANJIAN KINERJA TAHUN 2026 DINAS PEKERJAAN UMUM, PENATAAN RUANG, PERUMAHAN DAN KAWASAN PERMUKIMAN');
    expect(opening).toContain(
      'Nama : Ir. Bambang Wicaksono, M.T. Jabatan : Kepala Dinas Pekerjaan Umum, Penataan Ruang, Perumahan dan Kawasan Permukiman selanjutnya disebut PIHAK PERTAMA',
    );
    expect(opening).toContain('Jabatan : Wali Kota Malang selaku atasan PIHAK PERTAMA, selanjutnya disebut PIHAK KEDUA.');
    // The signature block: the mayor's position with a line for the name, the head's with the place and date.
    expect(opening).toContain(`Malang, ${day}`);
    expect(opening).toContain('PIHAK KEDUA, Wali Kota Malang');
    expect(opening).toContain('PIHAK PERTAMA, Kepala Dinas Pekerjaan Umum');
    expect(opening).toContain('(.........................................)');

    expect(targets).toContain('No Sasaran Indikator Kinerja Satuan Target 2026');
    // Grouped by sasaran: S1 is written once over its two indicators, then S2.
    expect(targets).toContain(
      '1 S1 - Meningkatnya kualitas infrastruktur kota Persentase jalan kota dalam kondisi mantap % 80 Indeks kinerja saluran drainase indeks 60 - 80 2 S2 - Berkurangnya genangan di musim hujan Luas genangan yang tersisa hektare 7,5',
    );
    expect(targets.match(/Meningkatnya kualitas infrastruktur kota/g)).toHaveLength(1);
    expect(targets).toContain('PIHAK PERTAMA, Kepala Dinas Pekerjaan Umum');
    expect(targets).toContain('Ir. Bambang Wicaksono, M.T.');

    expect(plan).toContain('RENCANA AKSI PERJANJIAN KINERJA TAHUN 2026');
    expect(plan).toContain('No Sasaran Indikator Kinerja Satuan Target 2026 TW I TW II TW III TW IV');
    expect(plan).toContain('Persentase jalan kota dalam kondisi mantap % 80 20 45 60 80');
    expect(plan).toContain('Indeks kinerja saluran drainase indeks 60 - 80 55 65 62,5 70');
    // An offer without quarterly targets leaves every quarter empty.
    expect(plan).toContain('Luas genangan yang tersisa hektare 7,5 - - - -');
    expect(plan).toContain('Halaman 3 dari 3');
  });

  it('puts a counter-offer\u2019s targets in the documents, not the offered ones, once the mayor\u2019s team approves it', async () => {
    const first = (
      await made(
        call('POST', '/api/performance/offers', team, {
          periodId: years[2026],
          opdId: dishub,
          deadline: '2099-12-31',
          targets: [{ indicatorId: ind.angkutan, target: 12000, quarterly: [3000, 6000, 9000, 12000] }],
        }),
      )
    ).id;
    const second = (
      await made(
        call('POST', `/api/performance/offers/${first}/amendments`, team, {
          reason: 'Target disesuaikan dengan armada baru.',
          deadline: '2099-12-31',
          targets: [{ indicatorId: ind.angkutan, target: 12500, quarterly: [3000, 6000, 9000, 12500] }],
        }),
      )
    ).id;
    await made(
      call('POST', `/api/performance/offers/${second}/answer`, headDishub, {
        kind: 'counter',
        reason: 'Dua trayek belum beroperasi.',
        targets: [{ indicatorId: ind.angkutan, target: 9875 }],
      }),
    );
    const waiting = await pakta(second, headDishub);
    expect(problemOf(waiting).detail).toContain('status awaiting_approval: tawaran balik menunggu persetujuan Tim Wali Kota');
    const approved = await made(call('POST', `/api/performance/offers/${second}/decision`, team, { approved: true }));

    const res = await pakta(second, headDishub);
    expect(res.headers['content-disposition']).toBe('attachment; filename="pakta-integritas-DISHUB-2026-v2.pdf"');
    const pdf = await textOf(res);
    expect(pdf.flat).toContain('Tawaran Versi 2');
    expect(pdf.flat).toContain('Nama : Dra. Sri Rahayu');
    expect(pdf.flat).toContain('1 IKU-4 Jumlah penumpang angkutan kota per hari orang 9.875');
    expect(pdf.flat).not.toContain('12.500');
    const decided = inMalang(approved.decision.decidedAt);
    expect(pdf.flat).toContain(`tawaran balik Kepala Perangkat Daerah yang telah disetujui Tim Wali Kota Malang pada ${decided.day} pukul ${decided.time}`);

    const agreement = await pdfText((await pk(years[2026], dishub, team)).rawPayload);
    expect(agreement.flat).toContain('Jumlah penumpang angkutan kota per hari orang 9.875 3.000 6.000 9.000 12.500');
    // The yearly target is the countered one on every page; 12.500 appears only as the offered TW IV.
    expect(agreement.flat.match(/12\.500/g)).toHaveLength(1);
    // Dated the day the counter was approved, when the targets came into force.
    expect(agreement.pages[0]).toContain(`Malang, ${decided.day}`);
    // The replaced version keeps no pakta of its own.
    expect(problemOf(await pakta(first, team)).detail).toContain('status superseded');
  });

  it('refuses a perjanjian kinerja for an RPJMD, an unknown period, or a year with no offer, saying what to do', async () => {
    const wholeTerm = await pk(rpjmd, pu, team);
    expect(wholeTerm.statusCode).toBe(400);
    expect(problemOf(wholeTerm).detail).toBe('Perjanjian kinerja dibuat per tahun: pilih periode tahunan, bukan periode RPJMD.');
    expect(problemOf(await pk('00000000-0000-4000-8000-000000000000', pu, team)).code).toBe('performance.period_not_found');
    const none = await pk(years[2028], pu, team);
    expect(none.statusCode).toBe(404);
    expect(problemOf(none).detail).toContain('Belum ada tawaran kinerja tahun 2028');
    const english = await t.app.inject({
      method: 'GET',
      url: `/api/performance/periods/${years[2028]}/opds/${pu}/perjanjian-kinerja.pdf`,
      headers: { ...as(team), 'accept-language': 'en' },
    });
    expect(problemOf(english).detail).toBe('There is no 2028 performance offer to this OPD, so its perjanjian kinerja cannot be made yet.');
  });

  it('carries a long list of targets over several pages, with the table header and the sasaran shown again on each', async () => {
    const s3 = (await made(call('POST', '/api/performance/goals', team, { periodId: rpjmd, code: 'S3', title: 'Meningkatnya layanan air bersih' }))).id;
    const s4 = (
      await made(call('POST', '/api/performance/goals', team, { periodId: years[2027], code: 'S4', title: 'Meningkatnya ruang terbuka hijau ≥ 30%' }))
    ).id;
    const many: string[] = [];
    for (let i = 1; i <= 40; i++) {
      // Long names wrap inside their cells, and three goals give merged sasaran cells that cross pages.
      const goal = i <= 15 ? goals.s1 : i <= 30 ? s3 : s4;
      many.push(
        await indicator(
          goal,
          pu,
          `IKU-L${String(i).padStart(2, '0')}`,
          `Indikator uji nomor ${String(i).padStart(2, '0')} tentang capaian layanan infrastruktur kota yang diukur tiap triwulan`,
        ),
      );
    }
    const offer = (
      await made(
        call('POST', '/api/performance/offers', team, {
          periodId: years[2027],
          opdId: pu,
          deadline: '2099-12-31',
          targets: many.map((indicatorId, i) => ({ indicatorId, target: 100 + i, quarterly: [10 + i, 20 + i, 30 + i, 100 + i] })),
        }),
      )
    ).id;
    await made(call('POST', `/api/performance/offers/${offer}/answer`, headPu, { kind: 'accept' }));

    const agreement = await textOf(await pk(years[2027], pu, team));
    expect(agreement.pageCount).toBeGreaterThan(4);
    expect(agreement.pageCount).toBeLessThan(20);
    const rowPages = agreement.pages.filter((page) => /Indikator uji nomor \d\d/.test(page));
    expect(rowPages.length).toBeGreaterThan(2);
    for (const page of rowPages) {
      expect(page.replace(/\s+/g, ' ')).toMatch(/No Sasaran Indikator Kinerja Satuan Target 2027/);
      // The first row of every page names its sasaran, even when the sasaran began on the page before.
      expect(page).toMatch(/S[134] - Meningkatnya/);
    }
    for (let i = 1; i <= 40; i++) {
      const n = String(i).padStart(2, '0');
      // Each indicator is in the targets table and in the rencana aksi, with its target and TW IV.
      expect(agreement.flat.match(new RegExp(`Indikator uji nomor ${n} `, 'g'))).toHaveLength(2);
      expect(agreement.flat).toContain(
        `nomor ${n} tentang capaian layanan infrastruktur kota yang diukur tiap triwulan % ${99 + i} ${9 + i} ${19 + i} ${29 + i} ${99 + i}`,
      );
    }
    // The standard fonts have no "≥": it is written out rather than printed as a wrong glyph.
    expect(agreement.flat).toContain('S4 - Meningkatnya ruang terbuka hijau >= 30%');
    agreement.pages.forEach((page, i) => {
      expect(page).toContain(`Halaman ${i + 1} dari ${agreement.pageCount}`);
    });

    const paktaText = await textOf(await pakta(offer, headPu));
    expect(paktaText.pageCount).toBeGreaterThan(1);
    const paktaRowPages = paktaText.pages.filter((page) => /Indikator uji nomor \d\d/.test(page));
    expect(paktaRowPages.length).toBeGreaterThan(1);
    for (const page of paktaRowPages) expect(page.replace(/\s+/g, ' ')).toContain('No Kode Indikator Kinerja Satuan Target 2027');
    expect(paktaText.flat).toContain('40 IKU-L40 Indikator uji nomor 40');
  });
});
