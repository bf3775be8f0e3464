import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cityDay } from '../../platform/calendar/working-days.js';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { as, createTestApp, opdId, problemOf, type Session, type TestApp, userWithRole } from '../../testing/test-app.js';
import { fileComplaint } from '../complaints/complaints.testing.js';
import { type Quarter, reportDueDate } from './report.due.js';
import { evidenceForm, TINY_PNG } from './report.testing.js';

type Who = Session & { email: string };
type Line = {
  code: string;
  indicatorId: string;
  formula: string;
  target: Record<string, unknown>;
  realization: Record<string, unknown>;
  achievement: Record<string, unknown>;
  evidence: unknown[];
};

describe.each(DATABASE_KINDS)('quarterly performance reports on %s', (kind) => {
  let t: TestApp;
  let team: Who;
  let auditor: Who;
  let headPu: Who;
  let operatorPu: Who;
  let headDishub: Who;
  let operatorDishub: Who;
  let pu: string;
  let dishub: string;
  let rpjmd: string;
  let year: string;
  const ind: Record<string, string> = {};
  // The computed indicator counts answers given now, so the year and quarter are today's (city time).
  const today = cityDay(new Date(), 'Asia/Jakarta');
  const thisYear = Number(today.slice(0, 4));
  const thisQuarter = (Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1) as Quarter;
  const flowQuarter: Quarter = thisQuarter === 1 ? 2 : 1;

  const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, who: Session | null, payload?: object) =>
    t.app.inject({ method, url, headers: who ? as(who) : {}, ...(payload ? { payload } : {}) });
  const upload = (report: string, who: Session, form: ReturnType<typeof evidenceForm>) =>
    t.app.inject({ method: 'POST', url: `/api/performance/reports/${report}/evidence`, headers: { ...as(who), ...form.headers }, payload: form.payload });
  const lineOf = (body: { indicators: Line[] }, code: string) => body.indicators.find((l) => l.code === code) as Line;
  const fill = (report: string, indicator: string, who: Session, payload: object) =>
    call('PUT', `/api/performance/reports/${report}/realizations/${indicator}`, who, payload);

  beforeAll(async () => {
    t = await createTestApp(kind);
    pu = await opdId(t, 'DPUPRPKP');
    dishub = await opdId(t, 'DISHUB');
    team = await userWithRole(t, 'eksekutif');
    auditor = await userWithRole(t, 'auditor');
    headPu = await userWithRole(t, 'kepala_opd', pu);
    operatorPu = await userWithRole(t, 'operator_opd', pu);
    headDishub = await userWithRole(t, 'kepala_opd', dishub);
    operatorDishub = await userWithRole(t, 'operator_opd', dishub);
    rpjmd = (await call('POST', '/api/performance/periods', team, { kind: 'rpjmd', name: 'RPJMD uji', startYear: thisYear - 1 })).json().id;
    year = (await call('POST', '/api/performance/periods', team, { kind: 'year', name: `Tahun ${thisYear}`, startYear: thisYear, parentId: rpjmd })).json().id;
    const goal = (await call('POST', '/api/performance/goals', team, { periodId: rpjmd, code: 'S1', title: 'Infrastruktur dan layanan yang andal' })).json().id;
    const indicator = async (code: string, opd: string, direction: string, source: object = { kind: 'opd' }) => {
      const res = await call('POST', '/api/performance/indicators', team, {
        goalId: goal,
        opdId: opd,
        code,
        name: `Indikator ${code}`,
        definition: 'Definisi indikator uji.',
        unit: '%',
        direction,
        source,
        ...((source as { kind: string }).kind === 'opd' ? { formula: 'Realisasi ÷ sasaran × 100%' } : {}),
      });
      return res.json().id as string;
    };
    ind.jalan = await indicator('IKU-1', pu, 'higher');
    ind.drainase = await indicator('IKU-2', pu, 'range');
    ind.genangan = await indicator('IKU-3', pu, 'lower');
    ind.sambat = await indicator('IKU-4', pu, 'higher', { kind: 'computed', measure: 'sambat_on_time' });
    ind.angkutan = await indicator('IKU-9', dishub, 'higher');
    const offer = await call('POST', '/api/performance/offers', team, {
      periodId: year,
      opdId: pu,
      deadline: '2199-12-31',
      targets: [
        { indicatorId: ind.jalan, target: 80, quarterly: [20, 40, 60, 80] },
        { indicatorId: ind.drainase, target: 60, targetUpper: 80 },
        { indicatorId: ind.genangan, target: 10 },
        { indicatorId: ind.sambat, target: 90 },
      ],
    });
    // The head counters with a bolder target for IKU-3 (lower is better): in force at once.
    const answered = await call('POST', `/api/performance/offers/${offer.json().id}/answer`, headPu, {
      kind: 'counter',
      targets: [
        { indicatorId: ind.jalan, target: 80 },
        { indicatorId: ind.drainase, target: 60, targetUpper: 80 },
        { indicatorId: ind.genangan, target: 8 },
        { indicatorId: ind.sambat, target: 90 },
      ],
    });
    expect(answered.json().status).toBe('accepted');
    await call('POST', '/api/performance/offers', team, {
      periodId: year,
      opdId: dishub,
      deadline: '2199-12-31',
      targets: [{ indicatorId: ind.angkutan, target: 50 }],
    });
  });
  afterAll(() => t.close());

  let report: string;

  it('opens a report only for the OPD\u2019s own agreed targets, once per quarter', async () => {
    const open = (who: Session, body: object) => call('POST', '/api/performance/reports', who, body);
    const notAccepted = await open(headDishub, { periodId: year, opdId: dishub, quarter: flowQuarter });
    expect(problemOf(notAccepted)).toMatchObject({ status: 409, code: 'performance.no_accepted_offer' });
    expect(problemOf(notAccepted).detail).toContain('berstatus open');
    expect(problemOf(await open(operatorDishub, { periodId: year, opdId: pu, quarter: flowQuarter })).status).toBe(404);
    expect(problemOf(await open(auditor, { periodId: year, opdId: pu, quarter: flowQuarter })).status).toBe(403);
    expect((await call('POST', '/api/performance/reports', null, { periodId: year, opdId: pu, quarter: 1 })).statusCode).toBe(401);
    const badQuarter = problemOf(await open(operatorPu, { periodId: year, opdId: pu, quarter: 5 }));
    expect(badQuarter).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(badQuarter.errors?.map((e) => e.field)).toEqual(['quarter']);
    expect(problemOf(await open(operatorPu, { periodId: rpjmd, opdId: pu, quarter: flowQuarter })).code).toBe('performance.report_needs_year');

    const opened = await open(operatorPu, { periodId: year, opdId: pu, quarter: flowQuarter });
    expect(opened.statusCode).toBe(201);
    expect(opened.json()).toMatchObject({
      status: 'draft',
      year: thisYear,
      opd: 'DPUPRPKP',
      quarter: flowQuarter,
      quarterName: flowQuarter === 1 ? 'TW I' : 'TW II',
      dueDate: reportDueDate(thisYear, flowQuarter),
      targetsAgreed: true,
      reviews: [],
    });
    report = opened.json().id;
    const twice = problemOf(await open(headPu, { periodId: year, opdId: pu, quarter: flowQuarter }));
    expect(twice).toMatchObject({ status: 409, code: 'performance.report_exists' });
    expect(twice.detail).toContain(report);
  });

  it('shows each indicator\u2019s agreed target, the counter-offer\u2019s included, and the quarter\u2019s target', async () => {
    const body = (await call('GET', `/api/performance/reports/${report}`, headPu)).json();
    expect(body.indicators.map((l: Line) => l.code)).toEqual(['IKU-1', 'IKU-2', 'IKU-3', 'IKU-4']);
    expect(lineOf(body, 'IKU-1')).toMatchObject({
      name: 'Indikator IKU-1',
      unit: '%',
      direction: 'higher',
      source: 'opd',
      target: { yearly: 80, quarter: flowQuarter === 1 ? 20 : 40, quarterFromYear: false },
      achievement: { percent: null, basis: 'missing' },
    });
    expect(lineOf(body, 'IKU-2').target).toEqual({ yearly: 60, yearlyUpper: 80, quarter: 60, quarterUpper: 80, quarterFromYear: true });
    // The head's counter (8) is the target, not the offer's 10; the rencana aksi has no quarterly figure.
    expect(lineOf(body, 'IKU-3').target).toMatchObject({ yearly: 8, quarter: 8, quarterFromYear: true });
    const computed = lineOf(body, 'IKU-4');
    expect(computed).toMatchObject({ source: 'computed', realization: { computed: true, provisional: true, value: null } });
    expect(computed.formula).toContain('SAMBAT');
    expect(computed.realization.note).toContain('tidak ada yang dapat diukur');
  });

  it('keeps another OPD out of the report, and lists each caller only what it may see', async () => {
    expect((await call('GET', `/api/performance/reports/${report}`, headDishub)).statusCode).toBe(404);
    expect((await fill(report, ind.jalan, headDishub, { value: 20 })).statusCode).toBe(404);
    expect((await call('GET', '/api/performance/reports', headDishub)).json()).toMatchObject({ items: [], total: 0 });
    expect((await call('GET', '/api/performance/reports', operatorPu)).json().items.map((r: { id: string }) => r.id)).toEqual([report]);
    expect((await call('GET', `/api/performance/reports?opdId=${pu}&quarter=${flowQuarter}`, auditor)).json().total).toBe(1);
    expect((await call('GET', '/api/performance/reports?status=verified', auditor)).json().total).toBe(0);
    expect(problemOf(await call('GET', '/api/performance/reports?status=done', auditor)).code).toBe('validation_failed');
    expect((await call('GET', '/api/performance/reports', null)).statusCode).toBe(401);
  });

  it('takes figures from the OPD\u2019s operator and head, showing the achievement, and from nobody else', async () => {
    const filled = await fill(report, ind.jalan, operatorPu, { value: flowQuarter === 1 ? 22 : 44, note: 'Ruas Jl. Ijen selesai diperbaiki.' });
    expect(filled.statusCode).toBe(200);
    expect(lineOf(filled.json(), 'IKU-1')).toMatchObject({
      realization: { value: flowQuarter === 1 ? 22 : 44, note: 'Ruas Jl. Ijen selesai diperbaiki.', computed: false },
      achievement: { percent: 110, basis: 'formula' },
    });
    const lower = await fill(report, ind.genangan, headPu, { value: 9 });
    expect(lineOf(lower.json(), 'IKU-3').achievement).toEqual({ percent: 87.5, basis: 'formula', explanation: '(2 × 8 − 9) / 8 × 100% = 87.5%' });
    const english = await t.app.inject({ method: 'GET', url: `/api/performance/reports/${report}`, headers: { ...as(headPu), 'accept-language': 'en' } });
    expect(lineOf(english.json(), 'IKU-2').achievement).toEqual({
      percent: null,
      basis: 'missing',
      explanation: 'No realization reported; achievement not computed.',
    });
    expect(problemOf(await fill(report, ind.sambat, operatorPu, { value: 100 })).code).toBe('performance.indicator_computed');
    expect(problemOf(await fill(report, ind.angkutan, operatorPu, { value: 1 })).code).toBe('performance.indicator_not_in_report');
    const bad = problemOf(await fill(report, ind.jalan, operatorPu, { value: 'banyak' }));
    expect(bad).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(bad.errors?.[0].field).toBe('value');
    expect((await fill(report, ind.jalan, auditor, { value: 1 })).statusCode).toBe(403);
    expect((await fill(report, ind.jalan, team, { value: 1 })).statusCode).toBe(403);
  });

  let evidenceId: string;

  it('keeps evidence judged by its content, for the report\u2019s readers only', async () => {
    const png = await upload(report, operatorPu, evidenceForm(ind.jalan, [{ name: 'laporan.pdf', type: 'application/pdf', bytes: TINY_PNG }]));
    expect(png.statusCode).toBe(201);
    expect(png.json()).toMatchObject({ indicatorId: ind.jalan, fileName: 'laporan.png', contentType: 'image/png', sizeBytes: TINY_PNG.length });
    evidenceId = png.json().id;
    const download = await call('GET', png.json().url, auditor);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['content-disposition']).toBe(`attachment; filename="laporan.png"; filename*=UTF-8''laporan.png`);
    expect(download.rawPayload.equals(TINY_PNG)).toBe(true);
    expect((await call('GET', png.json().url, headDishub)).statusCode).toBe(404);
    expect((await call('GET', png.json().url, null)).statusCode).toBe(401);

    const text = problemOf(
      await upload(
        report,
        operatorPu,
        evidenceForm(ind.jalan, [{ name: 'bukti.pdf', type: 'application/pdf', bytes: Buffer.from('Bukti: jalan sudah mulus.') }]),
      ),
    );
    expect(text).toMatchObject({ status: 422, code: 'performance.evidence_type' });
    expect(text.detail).toContain('PDF, JPEG, PNG, XLSX atau DOCX');
    const noIndicator = problemOf(await upload(report, operatorPu, evidenceForm(undefined, [{ name: 'a.png', type: 'image/png', bytes: TINY_PNG }])));
    expect(noIndicator.errors?.[0].field).toBe('indicatorId');
    const two = evidenceForm(ind.jalan, [
      { name: 'a.png', type: 'image/png', bytes: TINY_PNG },
      { name: 'b.png', type: 'image/png', bytes: TINY_PNG },
    ]);
    expect(problemOf(await upload(report, operatorPu, two)).code).toBe('performance.evidence_one_file');
    expect(problemOf(await call('POST', `/api/performance/reports/${report}/evidence`, operatorPu, { indicatorId: ind.jalan })).code).toBe(
      'performance.evidence_form',
    );
    expect((await upload(report, headDishub, evidenceForm(ind.jalan, [{ name: 'a.png', type: 'image/png', bytes: TINY_PNG }]))).statusCode).toBe(404);

    const extra = (await upload(report, headPu, evidenceForm(ind.genangan, [{ name: 'genangan.png', type: 'image/png', bytes: TINY_PNG }]))).json();
    expect((await call('DELETE', extra.url, headDishub)).statusCode).toBe(404);
    expect((await call('DELETE', extra.url, headPu)).statusCode).toBe(204);
    expect((await call('GET', extra.url, headPu)).statusCode).toBe(404);
    const body = (await call('GET', `/api/performance/reports/${report}`, headPu)).json();
    expect(lineOf(body, 'IKU-1').evidence).toHaveLength(1);
    expect(lineOf(body, 'IKU-3').evidence).toEqual([]);
  });

  it('refuses a submission that leaves a figure out without a note, then submits with the computed one filled in', async () => {
    const incomplete = problemOf(await call('POST', `/api/performance/reports/${report}/submit`, operatorPu));
    expect(incomplete).toMatchObject({ status: 422, code: 'performance.report_incomplete' });
    expect(incomplete.detail).toContain('IKU-2');
    expect(incomplete.detail).not.toContain('IKU-1');
    expect(incomplete.detail).not.toContain('IKU-4');
    // A realization of 0 is a figure, and null with a note is an explained gap: neither turns into the other.
    expect(lineOf((await fill(report, ind.drainase, operatorPu, { value: 0 })).json(), 'IKU-2').realization.value).toBe(0);
    const explained = await fill(report, ind.drainase, operatorPu, { value: null, note: 'Data survei drainase belum diterima dari konsultan.' });
    expect(lineOf(explained.json(), 'IKU-2').realization).toMatchObject({ value: null, note: 'Data survei drainase belum diterima dari konsultan.' });
    expect((await call('POST', `/api/performance/reports/${report}/submit`, auditor)).statusCode).toBe(403);
    const submitted = await call('POST', `/api/performance/reports/${report}/submit`, operatorPu);
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'submitted', submittedBy: { id: operatorPu.userId, name: 'Test operator_opd' } });
    expect(lineOf(submitted.json(), 'IKU-4').realization).toMatchObject({ computed: true, provisional: false, value: null });
    const late = problemOf(await fill(report, ind.jalan, operatorPu, { value: 30 }));
    expect(late).toMatchObject({ status: 409, code: 'performance.report_not_editable' });
    expect(late.detail).toContain('berstatus submitted');
  });

  it('lets a reviewer return it with a comment, and verify it once corrected', async () => {
    const review = (who: Session, body: object) => call('POST', `/api/performance/reports/${report}/review`, who, body);
    expect((await review(headPu, { decision: 'verified' })).statusCode).toBe(403);
    expect((await review(operatorDishub, { decision: 'verified' })).statusCode).toBe(404);
    expect(problemOf(await review(auditor, { decision: 'returned' })).code).toBe('performance.return_needs_comment');
    expect(problemOf(await review(auditor, { decision: 'approved' })).code).toBe('validation_failed');
    const returned = await review(auditor, { decision: 'returned', comment: 'Lampirkan foto ruas jalan yang diperbaiki untuk IKU-3.' });
    expect(returned.json()).toMatchObject({
      status: 'returned',
      reviews: [
        { decision: 'returned', comment: 'Lampirkan foto ruas jalan yang diperbaiki untuk IKU-3.', reviewer: { id: auditor.userId, name: 'Test auditor' } },
      ],
    });
    expect(problemOf(await review(auditor, { decision: 'verified' })).detail).toContain('berstatus returned');

    expect((await upload(report, operatorPu, evidenceForm(ind.genangan, [{ name: 'foto.png', type: 'image/png', bytes: TINY_PNG }]))).statusCode).toBe(201);
    expect((await call('POST', `/api/performance/reports/${report}/submit`, headPu)).json().status).toBe('submitted');
    const verified = await review(team, { decision: 'verified' });
    expect(verified.json()).toMatchObject({ status: 'verified', verifiedBy: { id: team.userId, name: 'Test eksekutif' } });
    expect(verified.json().reviews.map((r: { decision: string }) => r.decision)).toEqual(['returned', 'verified']);
  });

  it('never changes a verified report\u2019s figures, through any route or by SQL', async () => {
    const locked = async (res: Awaited<ReturnType<typeof call>>) => expect(problemOf(res).code).toBe('performance.report_locked');
    await locked(await fill(report, ind.jalan, operatorPu, { value: 99 }));
    await locked(await upload(report, operatorPu, evidenceForm(ind.jalan, [{ name: 'a.png', type: 'image/png', bytes: TINY_PNG }])));
    await locked(await call('DELETE', `/api/performance/reports/${report}/evidence/${evidenceId}`, operatorPu));
    await locked(await call('POST', `/api/performance/reports/${report}/submit`, operatorPu));
    expect(problemOf(await call('POST', `/api/performance/reports/${report}/review`, auditor, { decision: 'returned', comment: 'Lagi.' })).code).toBe(
      'performance.report_not_submitted',
    );
    await expect(sql`update perf_realization set value = 99 where report_id = ${report}`.execute(t.platform.db)).rejects.toThrow(/figures are locked/);
    await expect(sql`delete from perf_evidence where report_id = ${report}`.execute(t.platform.db)).rejects.toThrow(/figures are locked/);
    const body = (await call('GET', `/api/performance/reports/${report}`, team)).json();
    expect(lineOf(body, 'IKU-1').realization.value).toBe(flowQuarter === 1 ? 22 : 44);
    const { rows } = await sql<{ action: string }>`
      select action from audit_log where record_type = 'perf_report' and record_id = ${report} order by id`.execute(t.platform.db);
    expect(rows.map((r) => r.action)).toEqual([
      'performance.report.open',
      'performance.report.realization',
      'performance.report.realization',
      'performance.report.evidence_add',
      'performance.report.evidence_add',
      'performance.report.evidence_delete',
      'performance.report.realization',
      'performance.report.realization',
      'performance.report.submit',
      'performance.report.return',
      'performance.report.evidence_add',
      'performance.report.submit',
      'performance.report.verify',
    ]);
  });

  it('fills a computed indicator with the share of SAMBAT complaints the OPD answered in time that quarter', async () => {
    const admin = await userWithRole(t, 'admin');
    const answer = async (late: boolean) => {
      const c = await fileComplaint(t, admin);
      await call('POST', `/api/sambat/staff/complaints/${c.id}/verify`, admin, { opdId: pu });
      await call('POST', `/api/sambat/staff/complaints/${c.id}/accept`, operatorPu);
      if (late) await sql`update complaint set due_at = now() - interval '1 day' where id = ${c.id}`.execute(t.platform.db);
      expect((await call('POST', `/api/sambat/staff/complaints/${c.id}/respond`, operatorPu, { answer: 'Sudah ditangani tim lapangan.' })).statusCode).toBe(
        200,
      );
    };
    await answer(false);
    await answer(true);
    const now = (await call('POST', '/api/performance/reports', headPu, { periodId: year, opdId: pu, quarter: thisQuarter })).json();
    expect(lineOf(now, 'IKU-4')).toMatchObject({ realization: { value: 50, computed: true, provisional: true }, achievement: { percent: 55.56 } });
    expect(lineOf(now, 'IKU-4').realization.note).toContain('1 dari 2 aduan SAMBAT');
    for (const [indicator, value] of [
      [ind.jalan, 80],
      [ind.drainase, 70],
      [ind.genangan, 8],
    ] as const)
      await fill(now.id, indicator, operatorPu, { value });
    // Ten files per indicator at most, and none over 10 MB.
    const png = () => evidenceForm(ind.jalan, [{ name: 'foto.png', type: 'image/png', bytes: TINY_PNG }]);
    for (let i = 0; i < 10; i++) expect((await upload(now.id, operatorPu, png())).statusCode).toBe(201);
    const eleventh = problemOf(await upload(now.id, operatorPu, png()));
    expect(eleventh).toMatchObject({ status: 409, code: 'performance.evidence_limit' });
    expect(eleventh.detail).toContain('IKU-1 sudah memiliki 10 berkas bukti');
    const huge = Buffer.concat([TINY_PNG, Buffer.alloc(10 * 1024 * 1024)]);
    const tooLarge = problemOf(await upload(now.id, operatorPu, evidenceForm(ind.genangan, [{ name: 'besar.png', type: 'image/png', bytes: huge }])));
    expect(tooLarge).toMatchObject({ status: 422, code: 'performance.evidence_too_large' });
    expect(tooLarge.detail).toContain('10 MB');
    const submitted = (await call('POST', `/api/performance/reports/${now.id}/submit`, operatorPu)).json();
    expect(lineOf(submitted, 'IKU-4').realization).toMatchObject({ value: 50, computed: true, provisional: false });
    const { rows } = await sql<{ value: number; computed: boolean }>`
      select value::float8 as value, computed from perf_realization where report_id = ${now.id} and indicator_id = ${ind.sambat}`.execute(t.platform.db);
    expect(rows).toEqual([{ value: 50, computed: true }]);
  });

  it('mails the reviewers of each submission and the OPD of each return and verification', async () => {
    await sql`update outbox set next_attempt_at = now() where status = 'pending'`.execute(t.platform.db);
    while ((await t.worker.runOnce()) > 0) {}
    const { rows } = await sql<{ to: string; subject: string; text: string }>`
      select payload->>'to' as to, payload->>'subject' as subject, payload->>'text' as text from outbox where topic = 'mail.send' order by id`.execute(
      t.platform.db,
    );
    const tw = flowQuarter === 1 ? 'TW I' : 'TW II';
    const to = (who: { email: string }) =>
      rows
        .filter((r) => r.to === who.email && r.subject.includes(`${tw} ${thisYear}`))
        .map((r) => r.subject)
        .sort();
    const waiting = `[Lelang Kinerja] Laporan ${tw} ${thisYear} DPUPRPKP menunggu verifikasi`;
    expect(to(auditor)).toEqual([waiting, waiting]);
    expect(to(team)).toEqual([waiting, waiting]);
    const forOpd = [
      `[Lelang Kinerja] Laporan ${tw} ${thisYear} DPUPRPKP dikembalikan`,
      `[Lelang Kinerja] Laporan ${tw} ${thisYear} DPUPRPKP telah diverifikasi`,
    ];
    expect(to(operatorPu)).toEqual(forOpd);
    expect(to(headPu)).toEqual(forOpd);
    expect(to(headDishub)).toEqual([]);
    expect(rows.find((r) => r.to === headPu.email && r.subject.includes('dikembalikan'))?.text).toContain('Lampirkan foto ruas jalan');
  });
});
