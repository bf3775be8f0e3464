/**
 * Records for the authorization matrix test to act on: for one principal's run, a fresh complaint
 * in the state each step needs (so no step finds its record already moved by another), an account,
 * a token, a holiday, a category, a routing rule, a QR place, a webhook and a dead outbox row.
 * Everything is made by an admin through the API, as it would be in use.
 */
import { sql } from 'kysely';
import { ALUN_ALUN } from '../modules/complaints/complaints.testing.js';
import { type OpendataFixture, opendataFixture } from '../modules/opendata/opendata.access-fixture.js';
import { type ReportFixture, reportFixture } from '../modules/performance/report.testing.js';
import { type SmartcityFixture, smartcityFixture } from '../modules/smartcity/smartcity.access-fixture.js';
import { type SpbeFixture, spbeFixture } from '../modules/spbe/spbe.access-fixture.js';
import { as, type Session, type TestApp } from './test-app.js';

export interface FiledFixture {
  id: string;
  trackingNo: string;
  secret: string;
}

export interface AccessFixture {
  opdA: string;
  opdB: string;
  /** Unique within the app: makes codes, days and emails of this run its own. */
  run: number;
  /** A photo of a public complaint. */
  photoId: string;
  /** An RPJMD period with one goal, for the performance routes. */
  periodId: string;
  goalId: string;
  /** The head of OPD A, who answers the offers below. */
  headA: Session;
  /** Offers to OPD A: one open, one whose counter awaits the mayor's team, one to amend. */
  offers: { open: string; awaiting: string; toAmend: string };
  /** The fifth year, whose offer to OPD A its head accepted: it has a pakta integritas and a perjanjian kinerja. */
  agreed: { offer: string; year: string };
  /** Quarterly reports of OPD A in the agreed year, one per state a step needs. */
  reports: ReportFixture;
  /** A year with no offer to OPD A yet, and an indicator of OPD A to offer in it. */
  freeYear: string;
  /** BKAD's template for the free year, where OPD A has a budget: sent back unchanged, it imports cleanly. */
  budgetWorkbook: Buffer;
  /** What the rules found for OPD A in the free year: one awaiting the eksekutif's decision, one confirmed. */
  findings: { pending: string; confirmed: string };
  indicatorA: string;
  /** Satu Data records of OPD A's producer. */
  opendata: OpendataFixture;
  complaints: Record<
    | 'submitted'
    | 'submitted2'
    | 'submitted3'
    | 'dispositioned'
    | 'dispositioned2'
    | 'dispositioned3'
    | 'accepted'
    | 'inProgress'
    | 'inProgress2'
    | 'postponed'
    | 'responded'
    | 'responded2'
    | 'open',
    FiledFixture
  >;
  userId: string;
  grantId: string;
  tokenId: string;
  holiday: string;
  categoryId: string;
  ruleId: string;
  qrCode: string;
  webhookId: string;
  deadOutboxId: number;
  /** SPBE evaluations: an open one with OPD A's indicators, one ready to finalize, a free year. */
  spbe: SpbeFixture;
  // Smart city
  /** Smart city records: a programme, OPD A's roadmap items, draft evaluations of the run's year. */
  smartcity: SmartcityFixture;
}

// biome-ignore lint/suspicious/noExplicitAny: fixtures read the few fields they need from each answer.
type Call = (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'GET', url: string, payload?: object, expected?: number[], who?: Session) => Promise<any>;

/**
 * A five-year RPJMD of this run's own (runs take turns through 2000-2049) with five years: three
 * carry an offer to OPD A in the state a step needs, the fourth is free for a new offer, the fifth
 * holds an accepted offer.
 */
async function auctionFixture(call: Call, shared: SharedFixture, run: number) {
  const start = 2000 + 5 * (run - 1);
  const rpjmd = (await call('POST', '/api/performance/periods', { kind: 'rpjmd', name: `RPJMD ${start}`, startYear: start })).id;
  const years: string[] = [];
  for (let i = 0; i < 4; i++)
    years.push((await call('POST', '/api/performance/periods', { kind: 'year', name: `Tahun ${start + i}`, startYear: start + i, parentId: rpjmd })).id);
  const goal = (await call('POST', '/api/performance/goals', { periodId: rpjmd, code: 'S1', title: 'Sasaran uji' })).id;
  const indicatorA = (
    await call('POST', '/api/performance/indicators', {
      goalId: goal,
      opdId: shared.opdA,
      code: 'IKU-1',
      name: 'Jalan mantap',
      definition: 'Jalan dalam kondisi baik.',
      unit: '%',
      direction: 'higher',
      source: { kind: 'opd' },
      formula: 'Jalan mantap ÷ jalan kota × 100%',
    })
  ).id;
  const offer = async (year: string) =>
    (
      await call('POST', '/api/performance/offers', {
        periodId: year,
        opdId: shared.opdA,
        deadline: '2099-12-31',
        targets: [{ indicatorId: indicatorA, target: 80 }],
      })
    ).id;
  const [open, awaiting, toAmend] = [await offer(years[0]), await offer(years[1]), await offer(years[2])];
  await call(
    'POST',
    `/api/performance/offers/${awaiting}/answer`,
    { kind: 'counter', targets: [{ indicatorId: indicatorA, target: 70 }] },
    [200],
    shared.headA,
  );
  const agreedYear = (await call('POST', '/api/performance/periods', { kind: 'year', name: `Tahun ${start + 4}`, startYear: start + 4, parentId: rpjmd })).id;
  const agreed = await offer(agreedYear);
  await call('POST', `/api/performance/offers/${agreed}/answer`, { kind: 'accept' }, [200], shared.headA);
  return { offers: { open, awaiting, toAmend }, agreed: { offer: agreed, year: agreedYear }, freeYear: years[3], indicatorA };
}

export type SharedFixture = Pick<AccessFixture, 'opdA' | 'opdB' | 'photoId' | 'periodId' | 'goalId' | 'headA'>;

export async function makeAccessFixture(t: TestApp, admin: Session, shared: SharedFixture, run: number): Promise<AccessFixture> {
  const { opdA, opdB } = shared;
  const call = async (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'GET', url: string, payload?: object, expected = [200, 201, 204], who = admin) => {
    const res = await t.app.inject({ method, url, headers: as(who), ...(payload ? { payload } : {}) });
    if (!expected.includes(res.statusCode)) throw new Error(`fixture ${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.statusCode === 204 ? undefined : res.json();
  };
  const file = async (label: string): Promise<FiledFixture> => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/sambat/complaints',
      remoteAddress: `10.99.${run % 250}.1`,
      payload: {
        category: 'JALAN',
        description: `Jalan berlubang (${label}, putaran ${run}) di depan alun-alun.`,
        location: ALUN_ALUN,
        reporter: { email: `pelapor${run}@contoh.id` },
      },
    });
    if (res.statusCode !== 201) throw new Error(`filing ${label}: ${res.statusCode} ${res.body}`);
    const filed = res.json();
    const found = await call('GET', `/api/sambat/staff/complaints?q=${filed.trackingNo}`);
    return { id: found.items[0].id, trackingNo: filed.trackingNo, secret: filed.secret };
  };
  const step = (c: FiledFixture, action: string, payload: object = {}) => call('POST', `/api/sambat/staff/complaints/${c.id}/${action}`, payload);
  const dispositioned = async (label: string) => {
    const c = await file(label);
    await step(c, 'verify', { opdId: opdA });
    return c;
  };
  const accepted = async (label: string) => {
    const c = await dispositioned(label);
    await step(c, 'accept');
    return c;
  };
  const inProgress = async (label: string) => {
    const c = await accepted(label);
    await step(c, 'start');
    return c;
  };
  const responded = async (label: string) => {
    const c = await inProgress(label);
    await step(c, 'respond', { answer: 'Lubang sudah ditambal oleh tim lapangan.' });
    return c;
  };
  const postponed = await file('postponed');
  await step(postponed, 'postpone', { question: 'Di sisi jalan yang mana tepatnya?' });

  const complaints: AccessFixture['complaints'] = {
    submitted: await file('submitted'),
    submitted2: await file('submitted2'),
    submitted3: await file('submitted3'),
    dispositioned: await dispositioned('dispositioned'),
    dispositioned2: await dispositioned('dispositioned2'),
    dispositioned3: await dispositioned('dispositioned3'),
    accepted: await accepted('accepted'),
    inProgress: await inProgress('inProgress'),
    inProgress2: await inProgress('inProgress2'),
    postponed,
    responded: await responded('responded'),
    responded2: await responded('responded2'),
    open: await file('open'),
  };

  const user = await call('POST', '/api/admin/users', { email: `sasaran${run}@contoh.id`, name: `Sasaran ${run}`, password: 'Sandi-Sasaran-2026!' });
  const grant = await call('POST', `/api/admin/users/${user.id}/roles`, { role: 'auditor' });
  const token = await call('POST', '/api/admin/tokens', { userId: user.id, name: `uji ${run}`, scopes: ['read'] });
  const holiday = `2031-0${1 + Math.floor(run / 28)}-${String(1 + (run % 28)).padStart(2, '0')}`;
  await call('POST', '/api/calendar/holidays', { day: holiday, name: `Libur uji ${run}`, kind: 'libur_daerah' });
  const category = await call('POST', '/api/sambat/categories', { code: `UJI${run}`, name: `Uji ${run}`, nameEn: `Test ${run}`, defaultOpdId: opdA });
  const rule = await call('POST', '/api/sambat/routing-rules', { categoryId: category.id, opdId: opdB });
  const qrCode = `tempat-uji-${run}`;
  await call('POST', '/api/sambat/qr-places', { code: qrCode, name: `Tempat uji ${run}`, lat: ALUN_ALUN.lat, lon: ALUN_ALUN.lon });
  const webhook = await call('POST', '/api/sambat/webhooks', { opdId: opdA, url: `https://penerima.contoh.id/${run}` });
  const { rows: dead } = await sql<{ id: number }>`
    insert into outbox (topic, payload, status) values ('mail.send', '{}'::jsonb, 'dead') returning id`.execute(t.platform.db);

  const performance = await auctionFixture(call, shared, run);
  const reports = await reportFixture(t, shared.headA, opdA, performance.agreed.year, performance.indicatorA);
  await call('PUT', `/api/performance/budgets/${performance.freeYear}/${opdA}`, {
    pagu: 1_000_000_000,
    plan: [250_000_000, 250_000_000, 250_000_000, 250_000_000],
  });
  const template = await t.app.inject({ method: 'GET', url: `/api/performance/budgets/template.xlsx?periodId=${performance.freeYear}`, headers: as(admin) });
  if (template.statusCode !== 200) throw new Error(`fixture budget template: ${template.statusCode} ${template.body}`);
  // What the rules found, one waiting for the eksekutif's decision and one confirmed, to publish.
  const finding = async (ruleId: string, status: 'pending' | 'confirmed') =>
    (
      await sql<{ id: string }>`
        insert into perf_rule_result (period_id, quarter, rule_id, label, outcome, opd_id, figures, explanation, status, decided_at)
        values (${performance.freeYear}, 3, ${ruleId}, 'Bendera hitam', 'punishment', ${opdA}, '{"threshold %": 75}'::jsonb,
                '{"id": "uji", "en": "test"}'::jsonb, ${status}, ${status === 'pending' ? null : new Date()})
        returning id`.execute(t.platform.db)
    ).rows[0].id;
  const findings = { pending: await finding('uji-tunggu', 'pending'), confirmed: await finding('uji-kukuh', 'confirmed') };
  await sql`
    insert into perf_publication (period_id, quarter, scores, published_by)
    values (${performance.freeYear}, 2, '[]'::jsonb, ${shared.headA.userId})`.execute(t.platform.db);

  const opendata = await opendataFixture(t, shared.headA, opdA, run);

  return {
    ...shared,
    ...performance,
    opendata,
    reports,
    budgetWorkbook: template.rawPayload,
    findings,
    run,
    complaints,
    userId: user.id,
    grantId: grant.roles.find((r: { role: string }) => r.role === 'auditor').id,
    tokenId: token.info.id,
    holiday,
    categoryId: category.id,
    ruleId: rule.id,
    qrCode,
    webhookId: webhook.webhook.id,
    deadOutboxId: dead[0].id,
    spbe: await spbeFixture(t, admin, shared.headA, opdA, run),
    // Smart city
    smartcity: await smartcityFixture(t, admin, opdA, run),
  };
}
