import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cityDay } from '../../platform/calendar/working-days.js';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { type SmtpSink, startSmtpSink } from '../../testing/smtp-sink.js';
import { createTestApp, opdId, type TestApp, userWithRole } from '../../testing/test-app.js';
import { caller, datasetInput, drainOutbox, publishDataset, type Who } from './dataset.testing.js';
import { nextDueDate } from './freshness.rules.js';
import { checkFreshness } from './freshness.service.js';

const DAY = 24 * 3600_000;

describe.each(DATABASE_KINDS)('freshness of published data on %s', (kind) => {
  let t: TestApp;
  let smtp: SmtpSink;
  let call: ReturnType<typeof caller>;
  let opDinkes: Who;
  let opDishub: Who;
  let walidata: Who;
  let dinkes: string;
  const twoMonthsAgo = new Date(Date.now() - 62 * DAY);

  const overdueMails = (who: { email: string }) =>
    smtp.messages
      .filter((m) => m.to.includes(who.email))
      .map((m) => m.raw.replace(/\r?\n(?=[ \t])/g, ''))
      .map((raw) => /^Subject: (.*)$/m.exec(raw)?.[1] ?? '')
      .filter((s) => s.includes('terlambat'));
  /** The data arrived at this moment: what an upload of a new version records. */
  const dataArrived = (name: string, at: Date) => sql`update od_dataset set last_data_at = ${at} where name = ${name}`.execute(t.platform.db);
  const overdueEvents = async () =>
    (await sql<{ n: number }>`select count(*)::int as n from outbox where topic = 'opendata.dataset_overdue'`.execute(t.platform.db)).rows[0].n;
  const freshness = async (who: Who | null) => call('GET', '/api/opendata/freshness', who);

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await createTestApp(kind, { env: { SMTP_URL: smtp.url, PUBLIC_URL: 'http://data.test' } });
    call = caller(t);
    dinkes = await opdId(t, 'DINKES');
    opDinkes = await userWithRole(t, 'operator_opd', dinkes);
    opDishub = await userWithRole(t, 'operator_opd', await opdId(t, 'DISHUB'));
    walidata = await userWithRole(t, 'walidata');
    await publishDataset(t, opDinkes, walidata, datasetInput('kunjungan-bulanan', 'dinkes', { title: 'Kunjungan Puskesmas Bulanan', frequency: 'bulanan' }));
    await publishDataset(t, opDinkes, walidata, datasetInput('stok-obat', 'dinkes', { title: 'Stok Obat Mingguan', frequency: 'mingguan' }));
    await publishDataset(t, opDinkes, walidata, datasetInput('kejadian-luar-biasa', 'dinkes', { title: 'Kejadian Luar Biasa', frequency: 'ad_hoc' }));
    await publishDataset(t, opDishub, walidata, datasetInput('terminal', 'dishub', { title: 'Penumpang Terminal', frequency: 'tahunan' }));
    expect((await call('POST', '/api/opendata/datasets', opDinkes, datasetInput('draf-bulanan', 'dinkes', { frequency: 'bulanan' }))).statusCode).toBe(201);
    await dataArrived('kunjungan-bulanan', twoMonthsAgo);
    await dataArrived('stok-obat', new Date());
    await dataArrived('kejadian-luar-biasa', new Date(Date.now() - 400 * DAY));
    await dataArrived('terminal', new Date(Date.now() - 30 * DAY));
    await dataArrived('draf-bulanan', twoMonthsAgo);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('flags a monthly dataset whose last data is two months old once, and mails its producer\u2019s staff once', async () => {
    expect(await checkFreshness(t.platform)).toMatchObject({ notified: 1 });
    expect(await checkFreshness(t.platform)).toEqual({ updated: 0, notified: 0 });
    expect(await overdueEvents()).toBe(1);
    await drainOutbox(t);
    expect(overdueMails(opDinkes)).toEqual(['[Satu Data] Data terlambat dimutakhirkan: Kunjungan Puskesmas Bulanan']);
    expect(overdueMails(opDishub)).toEqual([]);
    const raw = smtp.messages.find((m) => m.to.includes(opDinkes.email) && m.raw.includes('terlambat'))?.raw.replace(/=\r?\n/g, '') ?? '';
    const due = nextDueDate('bulanan', cityDay(twoMonthsAgo, t.config.cityTimezone));
    expect(raw).toContain(`paling lambat ${due}`);
    expect(raw).toContain('http://data.test/konsol/data/dataset/kunjungan-bulanan');
  });

  it('shows the due date on the dataset and marks it overdue; ad-hoc data is never due', async () => {
    const late = (await call('GET', '/api/opendata/datasets/kunjungan-bulanan', null)).json();
    expect(late).toMatchObject({ overdue: true, nextDueOn: nextDueDate('bulanan', cityDay(twoMonthsAgo, t.config.cityTimezone)) });
    expect((await call('GET', '/api/opendata/datasets/stok-obat', null)).json()).toMatchObject({ overdue: false });
    expect((await call('GET', '/api/opendata/datasets/kejadian-luar-biasa', null)).json()).toMatchObject({ overdue: false, nextDueOn: null });
    const { rows } = await sql<{ name: string; next_due_on: string | null }>`
      select name, next_due_on from od_dataset where status = 'DITAYANGKAN' order by name`.execute(t.platform.db);
    expect(rows.find((r) => r.name === 'kunjungan-bulanan')?.next_due_on).toBe(late.nextDueOn);
    expect(rows.find((r) => r.name === 'kejadian-luar-biasa')?.next_due_on).toBeNull();
  });

  it('counts per OPD: producers, published datasets and overdue ones', async () => {
    const all = await freshness(walidata);
    expect(all.statusCode).toBe(200);
    const ofDinkes = all.json().items.find((c: { opdId: string }) => c.opdId === dinkes);
    expect(ofDinkes).toEqual({ opdId: dinkes, producers: 1, published: 3, overdue: 1 });
    expect(all.json().items.filter((c: { overdue: number }) => c.overdue > 0)).toHaveLength(1);
    const own = await freshness(opDishub);
    expect(own.json().items).toEqual([{ opdId: await opdId(t, 'DISHUB'), producers: 1, published: 1, overdue: 0 }]);
    expect((await freshness(null)).statusCode).toBe(401);
    expect((await freshness(await userWithRole(t, 'warga'))).statusCode).toBe(403);
  });

  it('clears the flag when new data arrives, and flags the next due date once it passes', async () => {
    await dataArrived('kunjungan-bulanan', new Date());
    expect(await checkFreshness(t.platform)).toEqual({ updated: 1, notified: 0 });
    expect((await call('GET', '/api/opendata/datasets/kunjungan-bulanan', null)).json().overdue).toBe(false);
    expect((await freshness(walidata)).json().items.find((c: { opdId: string }) => c.opdId === dinkes).overdue).toBe(0);
    // Seven weeks on, the monthly data is late again, and so is the weekly one.
    const later = new Date(Date.now() + 49 * DAY);
    expect(await checkFreshness(t.platform, later)).toEqual({ updated: 0, notified: 2 });
    expect(await checkFreshness(t.platform, later)).toEqual({ updated: 0, notified: 0 });
    expect(await overdueEvents()).toBe(3);
  });
});
