import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { type SmtpSink, startSmtpSink } from '../../testing/smtp-sink.js';
import { as, createTestApp, opdId, type Session, type TestApp, userWithRole } from '../../testing/test-app.js';
import { runOfferReminders } from './auction.reminders.js';

describe.each(DATABASE_KINDS)('reminders of unanswered offers on %s', (kind) => {
  let t: TestApp;
  let smtp: SmtpSink;
  let head: Session & { email: string };
  const at = (day: string) => new Date(`${day}T09:00:00+07:00`);

  const reminders = () =>
    smtp.messages
      .filter((m) => m.to.includes(head.email))
      .map((m) => /^Subject: (.*)$/m.exec(m.raw.replace(/=\r?\n/g, ''))?.[1] ?? '')
      .filter((subject) => subject.includes('belum dijawab'));
  async function drain() {
    await sql`update outbox set next_attempt_at = now() where status = 'pending'`.execute(t.platform.db);
    while ((await t.worker.runOnce()) > 0) {}
  }

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await createTestApp(kind, { env: { SMTP_URL: smtp.url } });
    const dinkes = await opdId(t, 'DINKES');
    const team = await userWithRole(t, 'eksekutif');
    head = await userWithRole(t, 'kepala_opd', dinkes);
    const call = async (url: string, payload: object) => (await t.app.inject({ method: 'POST', url, headers: as(team), payload })).json();
    const rpjmd = (await call('/api/performance/periods', { kind: 'rpjmd', name: 'RPJMD 2040-2044', startYear: 2040 })).id;
    const year = (await call('/api/performance/periods', { kind: 'year', name: 'Tahun 2041', startYear: 2041, parentId: rpjmd })).id;
    const goal = (await call('/api/performance/goals', { periodId: rpjmd, code: 'S1', title: 'Sasaran uji' })).id;
    const indicator = (
      await call('/api/performance/indicators', {
        goalId: goal,
        opdId: dinkes,
        code: 'IKU-1',
        name: 'Cakupan imunisasi',
        definition: 'Definisi uji.',
        unit: '%',
        direction: 'higher',
        source: { kind: 'opd' },
        formula: 'Anak diimunisasi ÷ sasaran × 100%',
      })
    ).id;
    await call('/api/performance/offers', { periodId: year, opdId: dinkes, deadline: '2041-01-31', targets: [{ indicatorId: indicator, target: 95 }] });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('reminds the head once, three days before the deadline, and not before', async () => {
    expect(await runOfferReminders(t.platform, at('2041-01-27'))).toBe(0);
    expect(await runOfferReminders(t.platform, at('2041-01-28'))).toBe(1);
    expect(await runOfferReminders(t.platform, at('2041-01-30'))).toBe(0);
    await drain();
    expect(reminders()).toEqual(['[Lelang Kinerja] Tawaran 2041 untuk Dinkes belum dijawab']);
  });

  it('says nothing once the deadline has passed', async () => {
    expect(await runOfferReminders(t.platform, at('2041-02-01'))).toBe(0);
  });
});
