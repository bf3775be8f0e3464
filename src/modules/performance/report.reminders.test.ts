import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { type SmtpSink, startSmtpSink } from '../../testing/smtp-sink.js';
import { as, createTestApp, opdId, type Session, type TestApp, userWithRole } from '../../testing/test-app.js';
import { runReportReminders } from './report.reminders.js';

type Who = Session & { email: string };

describe.each(DATABASE_KINDS)('reminders of quarterly reports on %s', (kind) => {
  let t: TestApp;
  let smtp: SmtpSink;
  let team: Who;
  let auditor: Who;
  let headPu: Who;
  let operatorPu: Who;
  let headDishub: Who;
  let year: string;
  let pu: string;
  const ind: Record<string, string> = {};
  /** A moment of a day in the city (UTC+7). */
  const at = (day: string) => new Date(`${day}T09:00:00+07:00`);

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, who: Session, payload?: object) =>
    t.app.inject({ method, url, headers: as(who), ...(payload ? { payload } : {}) });
  const mailsTo = (who: { email: string }) =>
    smtp.messages
      .filter((m) => m.to.includes(who.email))
      .map((m) => m.raw.replace(/=\r?\n/g, ''))
      .map((raw) => /^Subject: (.*)$/m.exec(raw)?.[1] ?? raw)
      // The auction's own mails (offers and answers) are not this test's business.
      .filter((subject) => subject.includes(' Laporan '))
      .sort();
  async function drain() {
    await sql`update outbox set next_attempt_at = now() where status = 'pending'`.execute(t.platform.db);
    while ((await t.worker.runOnce()) > 0) {}
  }

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await createTestApp(kind, { env: { SMTP_URL: smtp.url, PUBLIC_URL: 'http://kinerja.test' } });
    pu = await opdId(t, 'DPUPRPKP');
    const dishub = await opdId(t, 'DISHUB');
    const dinkes = await opdId(t, 'DINKES');
    team = await userWithRole(t, 'eksekutif');
    auditor = await userWithRole(t, 'auditor');
    headPu = await userWithRole(t, 'kepala_opd', pu);
    operatorPu = await userWithRole(t, 'operator_opd', pu);
    headDishub = await userWithRole(t, 'kepala_opd', dishub);
    const rpjmd = (await call('POST', '/api/performance/periods', team, { kind: 'rpjmd', name: 'RPJMD 2030-2034', startYear: 2030 })).json().id;
    year = (await call('POST', '/api/performance/periods', team, { kind: 'year', name: 'Tahun 2031', startYear: 2031, parentId: rpjmd })).json().id;
    const goal = (await call('POST', '/api/performance/goals', team, { periodId: rpjmd, code: 'S1', title: 'Sasaran uji' })).json().id;
    const offer = async (opd: string, code: string, head: Session | null) => {
      ind[code] = (
        await call('POST', '/api/performance/indicators', team, {
          goalId: goal,
          opdId: opd,
          code,
          name: `Indikator ${code}`,
          definition: 'Definisi uji.',
          unit: '%',
          direction: 'higher',
          source: { kind: 'opd' },
          formula: 'Realisasi ÷ sasaran × 100%',
        })
      ).json().id;
      const made = await call('POST', '/api/performance/offers', team, {
        periodId: year,
        opdId: opd,
        deadline: '2199-12-31',
        targets: [{ indicatorId: ind[code], target: 80 }],
      });
      if (head) expect((await call('POST', `/api/performance/offers/${made.json().id}/answer`, head, { kind: 'accept' })).json().status).toBe('accepted');
    };
    await offer(pu, 'IKU-PU', headPu);
    await offer(dishub, 'IKU-DISHUB', headDishub);
    // An offer not yet answered: nothing to report, so nobody is reminded.
    await offer(dinkes, 'IKU-DINKES', null);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('reminds each OPD with agreed targets once, five days before the due date', async () => {
    expect(await runReportReminders(t.platform, at('2031-04-04'))).toEqual({ before: 0, after: 0 });
    expect(await runReportReminders(t.platform, at('2031-04-05'))).toEqual({ before: 2, after: 0 });
    expect(await runReportReminders(t.platform, at('2031-04-05'))).toEqual({ before: 0, after: 0 });
    expect(await runReportReminders(t.platform, at('2031-04-09'))).toEqual({ before: 0, after: 0 });
    await drain();
    const before = '[Lelang Kinerja] Laporan TW I 2031 DPUPRPKP jatuh tempo 2031-04-10';
    expect(mailsTo(headPu)).toEqual([before]);
    expect(mailsTo(operatorPu)).toEqual([before]);
    expect(mailsTo(headDishub)).toEqual(['[Lelang Kinerja] Laporan TW I 2031 Dishub jatuh tempo 2031-04-10']);
    expect(mailsTo(team)).toEqual([]);
    const raw =
      smtp.messages
        .find((m) => m.to.includes(headPu.email) && m.raw.includes('jatuh tempo'))
        ?.raw.replace(/=\r?\n/g, '')
        .replace(/=3D/g, '=') ?? '';
    expect(raw).toContain('Kirim paling lambat 2031-04-10.');
    expect(raw).toContain(`http://kinerja.test/api/performance/reports?periodId=${year}&opdId=${pu}&quarter=1`);
  });

  it('tells the OPD and the mayor\u2019s team once when a report is late, and leaves alone an OPD that submitted', async () => {
    const report = (await call('POST', '/api/performance/reports', operatorPu, { periodId: year, opdId: pu, quarter: 1 })).json().id;
    await call('PUT', `/api/performance/reports/${report}/realizations/${ind['IKU-PU']}`, operatorPu, { value: 21 });
    expect((await call('POST', `/api/performance/reports/${report}/submit`, operatorPu)).json().status).toBe('submitted');
    expect(await runReportReminders(t.platform, at('2031-04-11'))).toEqual({ before: 0, after: 1 });
    expect(await runReportReminders(t.platform, at('2031-04-12'))).toEqual({ before: 0, after: 0 });
    // A month past the due date the clock no longer looks back.
    expect(await runReportReminders(t.platform, at('2031-05-20'))).toEqual({ before: 0, after: 0 });
    await drain();
    const late = '[Lelang Kinerja] Laporan TW I 2031 Dishub terlambat';
    expect(mailsTo(headDishub)).toContain(late);
    expect(mailsTo(team)).toEqual([late, '[Lelang Kinerja] Laporan TW I 2031 DPUPRPKP menunggu verifikasi'].sort());
    expect(mailsTo(headPu).filter((s) => s.includes('terlambat'))).toEqual([]);
    expect(mailsTo(auditor)).toEqual(['[Lelang Kinerja] Laporan TW I 2031 DPUPRPKP menunggu verifikasi']);
  });

  it('reminds of TW IV in the January after the year, and keeps a record of every reminder sent', async () => {
    expect(await runReportReminders(t.platform, at('2032-01-05'))).toEqual({ before: 2, after: 0 });
    const { rows } = await sql<{ report_key: string; kind: string }>`select report_key, kind from perf_reminder order by sent_at, kind`.execute(t.platform.db);
    expect(rows.map((r) => `${r.report_key.split(':')[2]}:${r.kind}`).sort()).toEqual(['1:after', '1:before', '1:before', '4:before', '4:before']);
    const { rows: audit } = await sql<{ n: number }>`select count(*)::int as n from audit_log where action like 'performance.report.remind_%'`.execute(
      t.platform.db,
    );
    expect(audit[0].n).toBe(5);
    // The module's hourly housekeeping runs the same clock, on today's date: nothing is due for 2031.
    await t.housekeeping();
    expect((await sql<{ n: number }>`select count(*)::int as n from perf_reminder`.execute(t.platform.db)).rows[0].n).toBe(5);
  });
});
