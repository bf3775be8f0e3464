/**
 * One well-formed request per API route, for the authorization matrix test: a body that passes
 * validation, aimed at a record that exists, so that the answer is decided by the permission
 * checks alone. A denied caller must get 401, 403 or 404; anyone else must get past them.
 */
import type { InjectOptions } from 'fastify';
import { ALUN_ALUN } from '../modules/complaints/complaints.testing.js';
import { signBody } from '../modules/complaints/sms/sms.text.js';
import { datasetInput } from '../modules/opendata/dataset.testing.js';
import { fileForm, tableForm } from '../modules/opendata/opendata.access-fixture.js';
import { evidenceForm, TINY_PNG } from '../modules/performance/report.testing.js';
import { roadmapItemInput } from '../modules/smartcity/smartcity.access-fixture.js';
import type { AccessFixture, FiledFixture } from './access-fixtures.js';

export const SMS_SECRET = 'access-matrix-sms-secret-0123456789abcdef';

/** What one principal brings: its session's headers, and an API token when it has an account. */
export interface Caller {
  headers: Record<string, string>;
  password?: string;
  apiKey?: string;
  /** True for the reporter: it sends the complaint's secret. */
  holdsSecret: boolean;
}

type RequestFor = (f: AccessFixture, caller: Caller) => InjectOptions;

const secretOf = (caller: Caller, c: FiledFixture) => (caller.holdsSecret ? { secret: c.secret } : {});

function smsInbound(f: AccessFixture, caller: Caller, id: string): InjectOptions {
  const body = JSON.stringify({ id, from: '+6281234500000', text: `SAMBAT lampu jalan mati (putaran ${f.run})` });
  const timestamp = String(Math.floor(Date.now() / 1000));
  return {
    method: 'POST',
    url: '/api/sambat/sms/inbound',
    payload: body,
    headers: { ...caller.headers, 'content-type': 'application/json', 'x-timestamp': timestamp, 'x-signature': signBody(SMS_SECRET, timestamp, body) },
  };
}

function open311Post(format: 'json' | 'xml'): RequestFor {
  return (f, caller) => ({
    method: 'POST',
    url: `/open311/v2/requests.${format}`,
    headers: caller.headers,
    payload: {
      service_code: 'JALAN',
      lat: ALUN_ALUN.lat,
      long: ALUN_ALUN.lon,
      description: `Jalan rusak dilaporkan lewat Open311 (putaran ${f.run}).`,
      ...(caller.apiKey ? { api_key: caller.apiKey } : {}),
    },
  });
}

const get =
  (url: (f: AccessFixture) => string): RequestFor =>
  (f, caller) => ({ method: 'GET', url: url(f), headers: caller.headers });
const send =
  (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: (f: AccessFixture) => string, body?: (f: AccessFixture, caller: Caller) => object): RequestFor =>
  (f, caller) => ({ method, url: url(f), headers: caller.headers, ...(body ? { payload: body(f, caller) } : {}) });
const staff = (id: (f: AccessFixture) => FiledFixture, step: string, body: (f: AccessFixture) => object = () => ({})) =>
  send('POST', (f) => `/api/sambat/staff/complaints/${id(f).id}/${step}`, body);
const reporterStep = (id: (f: AccessFixture) => FiledFixture, step: string, body: object) =>
  send(
    'POST',
    (f) => `/api/sambat/complaints/${id(f).trackingNo}/${step}`,
    (f, caller) => ({ ...body, ...secretOf(caller, id(f)) }),
  );

export const ACCESS_REQUESTS: Record<string, RequestFor> = {
  'GET /healthz': get(() => '/healthz'),
  'GET /readyz': get(() => '/readyz'),
  'GET /api/site': get(() => '/api/site'),

  'POST /api/auth/login': send(
    'POST',
    () => '/api/auth/login',
    (f) => ({ email: `sasaran${f.run}@contoh.id`, password: 'Sandi-Sasaran-2026!' }),
  ),
  'POST /api/auth/logout': send('POST', () => '/api/auth/logout'),
  'GET /api/auth/me': get(() => '/api/auth/me'),
  'GET /api/auth/session': get(() => '/api/auth/session'),
  'POST /api/auth/password': send(
    'POST',
    () => '/api/auth/password',
    (_f, caller) => ({
      currentPassword: caller.password ?? 'Sandi-Uji-2026!',
      newPassword: 'Sandi-Baru-Sekali-2026!',
    }),
  ),
  'POST /api/auth/password-reset/request': send(
    'POST',
    () => '/api/auth/password-reset/request',
    (f) => ({ email: `sasaran${f.run}@contoh.id` }),
  ),
  'POST /api/auth/password-reset/confirm': send(
    'POST',
    () => '/api/auth/password-reset/confirm',
    () => ({
      token: 'token-yang-tidak-pernah-dikirim-0123456789',
      newPassword: 'Sandi-Baru-Sekali-2026!',
    }),
  ),

  'GET /api/audit': get(() => '/api/audit'),
  'GET /api/admin/outbox/dead': get(() => '/api/admin/outbox/dead'),
  'POST /api/admin/outbox/{id}/retry': send('POST', (f) => `/api/admin/outbox/${f.deadOutboxId}/retry`),

  'GET /api/calendar/holidays': get(() => '/api/calendar/holidays'),
  'GET /api/calendar/working-days': get(() => '/api/calendar/working-days?from=2026-11-02&days=3'),
  'POST /api/calendar/holidays': send(
    'POST',
    () => '/api/calendar/holidays',
    (f) => ({
      day: `2032-0${1 + Math.floor(f.run / 28)}-${String(1 + (f.run % 28)).padStart(2, '0')}`,
      name: 'Libur uji',
      kind: 'libur_daerah',
    }),
  ),
  'PATCH /api/calendar/holidays/{day}': send(
    'PATCH',
    (f) => `/api/calendar/holidays/${f.holiday}`,
    () => ({ name: 'Libur uji (diubah)' }),
  ),
  'DELETE /api/calendar/holidays/{day}': send('DELETE', (f) => `/api/calendar/holidays/${f.holiday}`),

  'GET /api/admin/users': get(() => '/api/admin/users'),
  'POST /api/admin/users': send(
    'POST',
    () => '/api/admin/users',
    (f) => ({ email: `baru${f.run}@contoh.id`, name: `Akun Baru ${f.run}` }),
  ),
  'GET /api/admin/users/{id}': get((f) => `/api/admin/users/${f.userId}`),
  'PATCH /api/admin/users/{id}': send(
    'PATCH',
    (f) => `/api/admin/users/${f.userId}`,
    () => ({ name: 'Nama Diubah' }),
  ),
  'PUT /api/admin/users/{id}/password': send(
    'PUT',
    (f) => `/api/admin/users/${f.userId}/password`,
    () => ({ password: 'Sandi-Diatur-Admin-2026!' }),
  ),
  'GET /api/admin/users/{id}/nik': get((f) => `/api/admin/users/${f.userId}/nik`),
  'POST /api/admin/users/{id}/roles': send(
    'POST',
    (f) => `/api/admin/users/${f.userId}/roles`,
    () => ({ role: 'eksekutif' }),
  ),
  'DELETE /api/admin/users/{id}/roles/{grantId}': send('DELETE', (f) => `/api/admin/users/${f.userId}/roles/${f.grantId}`),
  'GET /api/admin/tokens': get(() => '/api/admin/tokens'),
  'POST /api/admin/tokens': send(
    'POST',
    () => '/api/admin/tokens',
    (f) => ({ userId: f.userId, name: 'token baru', scopes: ['read'] }),
  ),
  'DELETE /api/admin/tokens/{id}': send('DELETE', (f) => `/api/admin/tokens/${f.tokenId}`),

  'GET /api/org/opds': get(() => '/api/org/opds'),
  'POST /api/org/opds': send(
    'POST',
    () => '/api/org/opds',
    (f) => ({
      code: `OPDUJI${f.run}`,
      name: `Dinas Uji ${f.run}`,
      shortName: `Uji ${f.run}`,
      kind: 'dinas',
      validFrom: '2026-01-01',
    }),
  ),
  'GET /api/org/opds/{id}': get((f) => `/api/org/opds/${f.opdA}`),
  'PATCH /api/org/opds/{id}': send(
    'PATCH',
    (f) => `/api/org/opds/${f.opdA}`,
    () => ({ shortName: 'DPUPRPKP' }),
  ),
  'PATCH /api/org/opds/{id}/profile': send(
    'PATCH',
    (f) => `/api/org/opds/${f.opdA}/profile`,
    () => ({ phone: '0341-000000' }),
  ),
  'GET /api/org/wilayah': get(() => '/api/org/wilayah'),
  'GET /api/org/wilayah/resolve': get(() => `/api/org/wilayah/resolve?lat=${ALUN_ALUN.lat}&lon=${ALUN_ALUN.lon}`),
  'POST /api/org/wilayah/boundaries': send(
    'POST',
    () => '/api/org/wilayah/boundaries',
    () => ({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { KELURAHAN: 'KAUMAN', KECAMATAN: 'KLOJEN' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [112.625, -7.985],
                [112.627, -7.985],
                [112.627, -7.983],
                [112.625, -7.983],
                [112.625, -7.985],
              ],
            ],
          },
        },
      ],
    }),
  ),

  'GET /api/sambat/categories': get(() => '/api/sambat/categories'),
  'POST /api/sambat/categories': send(
    'POST',
    () => '/api/sambat/categories',
    (f) => ({ code: `BARU${f.run}`, name: `Baru ${f.run}`, nameEn: `New ${f.run}` }),
  ),
  'PATCH /api/sambat/categories/{id}': send(
    'PATCH',
    (f) => `/api/sambat/categories/${f.categoryId}`,
    () => ({ name: 'Uji (diubah)' }),
  ),
  'GET /api/sambat/routing-rules': get(() => '/api/sambat/routing-rules'),
  'POST /api/sambat/routing-rules': send(
    'POST',
    () => '/api/sambat/routing-rules',
    (f) => ({ categoryId: f.categoryId, opdId: f.opdA }),
  ),
  'DELETE /api/sambat/routing-rules/{id}': send('DELETE', (f) => `/api/sambat/routing-rules/${f.ruleId}`),

  'POST /api/sambat/complaints': (f, caller) => ({
    method: 'POST',
    url: '/api/sambat/complaints',
    headers: caller.headers,
    payload: { category: 'JALAN', description: `Trotoar rusak di depan alun-alun (putaran ${f.run}).`, location: ALUN_ALUN },
  }),
  'GET /api/sambat/complaints': get(() => '/api/sambat/complaints'),
  'GET /api/sambat/complaints.geojson': get(() => '/api/sambat/complaints.geojson'),
  'GET /api/sambat/complaints/nearby': get(() => `/api/sambat/complaints/nearby?category=JALAN&lat=${ALUN_ALUN.lat}&lon=${ALUN_ALUN.lon}`),
  'GET /api/sambat/complaints/{trackingNo}': (f, caller) => ({
    method: 'GET',
    url: `/api/sambat/complaints/${f.complaints.open.trackingNo}`,
    headers: { ...caller.headers, ...(caller.holdsSecret ? { 'x-tracking-secret': f.complaints.open.secret } : {}) },
  }),
  'POST /api/sambat/complaints/{trackingNo}/support': send('POST', (f) => `/api/sambat/complaints/${f.complaints.open.trackingNo}/support`),
  'POST /api/sambat/complaints/{trackingNo}/replies': reporterStep((f) => f.complaints.open, 'replies', { message: 'Mohon segera ditangani.' }),
  'POST /api/sambat/complaints/{trackingNo}/info': reporterStep((f) => f.complaints.postponed, 'info', { message: 'Di sisi timur jalan.' }),
  'POST /api/sambat/complaints/{trackingNo}/confirm': reporterStep((f) => f.complaints.responded, 'confirm', { satisfaction: 5 }),
  'POST /api/sambat/complaints/{trackingNo}/reopen': reporterStep((f) => f.complaints.responded2, 'reopen', { reason: 'Lubangnya muncul lagi.' }),
  'GET /api/sambat/stats': get(() => '/api/sambat/stats'),
  'GET /api/sambat/photos/{id}': get((f) => `/api/sambat/photos/${f.photoId}`),

  'GET /api/sambat/staff/complaints': get(() => '/api/sambat/staff/complaints'),
  'GET /api/sambat/staff/complaints/export': get(() => '/api/sambat/staff/complaints/export?format=csv'),
  'POST /api/sambat/staff/complaints/bulk': send(
    'POST',
    () => '/api/sambat/staff/complaints/bulk',
    (f) => ({
      action: 'accept',
      ids: [f.complaints.dispositioned3.id],
    }),
  ),
  'GET /api/sambat/staff/complaints/{id}': get((f) => `/api/sambat/staff/complaints/${f.complaints.dispositioned.id}`),
  'POST /api/sambat/staff/complaints/{id}/verify': staff(
    (f) => f.complaints.submitted,
    'verify',
    (f) => ({ opdId: f.opdA }),
  ),
  'POST /api/sambat/staff/complaints/{id}/redisposition': staff(
    (f) => f.complaints.dispositioned2,
    'redisposition',
    (f) => ({ opdId: f.opdB }),
  ),
  'POST /api/sambat/staff/complaints/{id}/postpone': staff(
    (f) => f.complaints.submitted2,
    'postpone',
    () => ({ question: 'Mohon kirim foto yang lebih jelas.' }),
  ),
  'POST /api/sambat/staff/complaints/{id}/reject': staff(
    (f) => f.complaints.submitted3,
    'reject',
    () => ({ reason: 'spam' }),
  ),
  'POST /api/sambat/staff/complaints/{id}/accept': staff((f) => f.complaints.dispositioned, 'accept'),
  'POST /api/sambat/staff/complaints/{id}/start': staff((f) => f.complaints.accepted, 'start'),
  'POST /api/sambat/staff/complaints/{id}/respond': staff(
    (f) => f.complaints.inProgress,
    'respond',
    () => ({ answer: 'Sudah diperbaiki.' }),
  ),
  'POST /api/sambat/staff/complaints/{id}/return': staff(
    (f) => f.complaints.inProgress2,
    'return',
    () => ({ reason: 'Bukan jalan kota, jalan provinsi.' }),
  ),
  'POST /api/sambat/staff/complaints/{id}/notes': staff(
    (f) => f.complaints.dispositioned,
    'notes',
    () => ({ note: 'Catatan internal.' }),
  ),

  'POST /api/sambat/webhooks': send(
    'POST',
    () => '/api/sambat/webhooks',
    (f) => ({ opdId: f.opdA, url: `https://sistem.contoh.id/${f.run}` }),
  ),
  'GET /api/sambat/webhooks': get((f) => `/api/sambat/webhooks?opdId=${f.opdA}`),
  'DELETE /api/sambat/webhooks/{id}': send('DELETE', (f) => `/api/sambat/webhooks/${f.webhookId}`),
  'POST /api/sambat/qr-places': send(
    'POST',
    () => '/api/sambat/qr-places',
    (f) => ({
      code: `tempat-baru-${f.run}`,
      name: 'Tempat baru',
      lat: ALUN_ALUN.lat,
      lon: ALUN_ALUN.lon,
    }),
  ),
  'GET /api/sambat/qr-places': get(() => '/api/sambat/qr-places'),
  'PATCH /api/sambat/qr-places/{code}': send(
    'PATCH',
    (f) => `/api/sambat/qr-places/${f.qrCode}`,
    () => ({ name: 'Tempat uji (diubah)' }),
  ),
  'GET /api/sambat/qr-places/{code}': get((f) => `/api/sambat/qr-places/${f.qrCode}`),
  'GET /api/sambat/qr-places/{code}/qr.svg': get((f) => `/api/sambat/qr-places/${f.qrCode}/qr.svg`),
  'GET /api/sambat/qr-places/{code}/qr.png': get((f) => `/api/sambat/qr-places/${f.qrCode}/qr.png`),
  'GET /api/sambat/qr-places/{code}/poster.svg': get((f) => `/api/sambat/qr-places/${f.qrCode}/poster.svg`),
  'POST /api/sambat/sms/inbound': (f, caller) => smsInbound(f, caller, `sms-${f.run}-${Math.random().toString(36).slice(2)}`),

  'GET /api/performance/periods': get(() => '/api/performance/periods'),
  'POST /api/performance/periods': send(
    'POST',
    () => '/api/performance/periods',
    (f) => ({
      kind: 'rpjmd',
      name: `RPJMD uji ${f.run}`,
      startYear: 2030 + 5 * f.run,
    }),
  ),
  'GET /api/performance/goals': get((f) => `/api/performance/goals?periodId=${f.periodId}`),
  'POST /api/performance/goals': send(
    'POST',
    () => '/api/performance/goals',
    (f) => ({ periodId: f.periodId, code: `S${f.run}`, title: 'Sasaran uji' }),
  ),
  'GET /api/performance/indicators': get((f) => `/api/performance/indicators?periodId=${f.periodId}`),
  'POST /api/performance/indicators': send(
    'POST',
    () => '/api/performance/indicators',
    (f) => ({
      goalId: f.goalId,
      opdId: f.opdA,
      code: `IKU-${f.run}`,
      name: 'Ketepatan jawaban SAMBAT',
      definition: 'Bagian aduan yang dijawab dalam batas waktu.',
      unit: '%',
      direction: 'higher',
      source: { kind: 'computed', measure: 'sambat_on_time' },
    }),
  ),

  'GET /api/performance/offers': get(() => '/api/performance/offers'),
  'POST /api/performance/offers': send(
    'POST',
    () => '/api/performance/offers',
    (f) => ({
      periodId: f.freeYear,
      opdId: f.opdA,
      deadline: '2099-12-31',
      targets: [{ indicatorId: f.indicatorA, target: 85 }],
    }),
  ),
  'GET /api/performance/offers/{id}': get((f) => `/api/performance/offers/${f.offers.open}`),
  'POST /api/performance/offers/{id}/answer': send(
    'POST',
    (f) => `/api/performance/offers/${f.offers.open}/answer`,
    () => ({ kind: 'accept' }),
  ),
  'POST /api/performance/offers/{id}/decision': send(
    'POST',
    (f) => `/api/performance/offers/${f.offers.awaiting}/decision`,
    () => ({ approved: true }),
  ),
  'POST /api/performance/offers/{id}/amendments': send(
    'POST',
    (f) => `/api/performance/offers/${f.offers.toAmend}/amendments`,
    (f) => ({
      reason: 'Target disesuaikan.',
      deadline: '2099-12-31',
      targets: [{ indicatorId: f.indicatorA, target: 82 }],
    }),
  ),
  'GET /api/performance/settings': get(() => '/api/performance/settings'),
  'PUT /api/performance/settings': send(
    'PUT',
    () => '/api/performance/settings',
    () => ({
      bands: [
        { above: 80, label: 'Baik' },
        { above: null, label: 'Kurang' },
      ],
      weights: { performance: 0.5, absorption: 0.25, responsiveness: 0.25 },
      rules: [],
    }),
  ),
  'GET /api/performance/scores': get((f) => `/api/performance/scores?periodId=${f.agreed.year}&quarter=1`),
  'GET /api/performance/scores.xlsx': get((f) => `/api/performance/scores.xlsx?periodId=${f.agreed.year}&quarter=1`),
  'POST /api/performance/evaluations': send(
    'POST',
    () => '/api/performance/evaluations',
    (f) => ({ periodId: f.agreed.year, quarter: 1 }),
  ),
  'GET /api/performance/rule-results': get((f) => `/api/performance/rule-results?periodId=${f.freeYear}`),
  'POST /api/performance/rule-results/{id}/decision': send(
    'POST',
    (f) => `/api/performance/rule-results/${f.findings.pending}/decision`,
    () => ({ decision: 'confirm' }),
  ),
  'POST /api/performance/rule-results/{id}/publish': send(
    'POST',
    (f) => `/api/performance/rule-results/${f.findings.confirmed}/publish`,
    () => ({}),
  ),
  // Answered 409 while nothing is scored yet: past the permission check all the same.
  'POST /api/performance/publications': send(
    'POST',
    () => '/api/performance/publications',
    (f) => ({ periodId: f.agreed.year, quarter: 1 }),
  ),
  'GET /api/performance/published': get(() => '/api/performance/published'),
  'GET /api/performance/published/{periodId}/{quarter}': get((f) => `/api/performance/published/${f.freeYear}/2`),
  // performance: documents
  'GET /api/performance/offers/{id}/pakta-integritas.pdf': get((f) => `/api/performance/offers/${f.agreed.offer}/pakta-integritas.pdf`),
  'GET /api/performance/periods/{periodId}/opds/{opdId}/perjanjian-kinerja.pdf': get(
    (f) => `/api/performance/periods/${f.agreed.year}/opds/${f.opdA}/perjanjian-kinerja.pdf`,
  ),
  'GET /api/performance/periods/{periodId}/opds/{opdId}/quarters/{quarter}/report-card.pdf': get(
    (f) => `/api/performance/periods/${f.agreed.year}/opds/${f.opdA}/quarters/1/report-card.pdf`,
  ),
  // performance: quarterly reports
  'GET /api/performance/reports': get(() => '/api/performance/reports'),
  'POST /api/performance/reports': send(
    'POST',
    () => '/api/performance/reports',
    (f) => ({ periodId: f.agreed.year, opdId: f.opdA, quarter: 4 }),
  ),
  'GET /api/performance/reports/{id}': get((f) => `/api/performance/reports/${f.reports.draft}`),
  'PUT /api/performance/reports/{id}/realizations/{indicatorId}': send(
    'PUT',
    (f) => `/api/performance/reports/${f.reports.draft}/realizations/${f.indicatorA}`,
    () => ({ value: 21, note: 'Ruas jalan utama selesai.' }),
  ),
  'POST /api/performance/reports/{id}/evidence': (f, caller) => {
    const form = evidenceForm(f.indicatorA, [{ name: 'bukti.png', type: 'image/png', bytes: TINY_PNG }]);
    return {
      method: 'POST',
      url: `/api/performance/reports/${f.reports.draft}/evidence`,
      headers: { ...caller.headers, ...form.headers },
      payload: form.payload,
    };
  },
  'GET /api/performance/reports/{id}/evidence/{evidenceId}': get((f) => `/api/performance/reports/${f.reports.draft}/evidence/${f.reports.evidence}`),
  'DELETE /api/performance/reports/{id}/evidence/{evidenceId}': send(
    'DELETE',
    (f) => `/api/performance/reports/${f.reports.draft}/evidence/${f.reports.evidenceToDelete}`,
  ),
  'POST /api/performance/reports/{id}/submit': send('POST', (f) => `/api/performance/reports/${f.reports.toSubmit}/submit`),
  'POST /api/performance/reports/{id}/review': send(
    'POST',
    (f) => `/api/performance/reports/${f.reports.submitted}/review`,
    () => ({ decision: 'verified' }),
  ),
  // performance: budget
  'GET /api/performance/budgets': get((f) => `/api/performance/budgets?periodId=${f.freeYear}`),
  'PUT /api/performance/budgets/{periodId}/{opdId}': send(
    'PUT',
    (f) => `/api/performance/budgets/${f.freeYear}/${f.opdA}`,
    () => ({ pagu: 1_000_000_000, plan: [250_000_000, 250_000_000, 250_000_000, 250_000_000] }),
  ),
  'GET /api/performance/budgets/template.xlsx': get((f) => `/api/performance/budgets/template.xlsx?periodId=${f.freeYear}`),
  'POST /api/performance/budgets/import': (f, caller) => {
    const boundary = `----anggaran${f.run}`;
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="realisasi.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`;
    return {
      method: 'POST',
      url: `/api/performance/budgets/import?periodId=${f.freeYear}`,
      headers: { ...caller.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([Buffer.from(head), f.budgetWorkbook, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    };
  },

  // Satu Data
  'GET /api/opendata/datasets': get(() => '/api/opendata/datasets?q=akses'),
  'GET /api/opendata/datasets.csv': get(() => '/api/opendata/datasets.csv'),
  'POST /api/opendata/datasets': send(
    'POST',
    () => '/api/opendata/datasets',
    (f) => datasetInput(`akses-baru-${f.run}`, f.opendata.producer),
  ),
  'GET /api/opendata/datasets/{name}': get((f) => `/api/opendata/datasets/${f.opendata.draft}`),
  'PUT /api/opendata/datasets/{name}': send(
    'PUT',
    (f) => `/api/opendata/datasets/${f.opendata.draft}`,
    (f) => datasetInput(f.opendata.draft, f.opendata.producer, { title: 'Judul yang diperbaiki' }),
  ),
  'PATCH /api/opendata/datasets/{name}': send(
    'PATCH',
    (f) => `/api/opendata/datasets/${f.opendata.draft}`,
    () => ({ notes: 'Catatan yang diperbarui.' }),
  ),
  'GET /api/opendata/datasets/{name}/reviews': get((f) => `/api/opendata/datasets/${f.opendata.draft}/reviews`),
  'POST /api/opendata/datasets/{name}/{action}': send(
    'POST',
    (f) => `/api/opendata/datasets/${f.opendata.toSubmit}/submit`,
    () => ({}),
  ),
  'GET /api/opendata/queue': get(() => '/api/opendata/queue'),
  'GET /api/opendata/freshness': get(() => '/api/opendata/freshness'),
  'GET /api/opendata/producers': get(() => '/api/opendata/producers'),
  'POST /api/opendata/producers': send(
    'POST',
    () => '/api/opendata/producers',
    (f) => ({ name: `puskesmas-uji-${f.run}`, title: `Puskesmas Uji ${f.run}`, kind: 'faskes', opdId: f.opdA }),
  ),
  'GET /api/opendata/producers/{name}': get((f) => `/api/opendata/producers/${f.opendata.producer}`),
  'GET /api/opendata/groups': get(() => '/api/opendata/groups'),
  'POST /api/opendata/groups': send(
    'POST',
    () => '/api/opendata/groups',
    (f) => ({ name: `topik-uji-${f.run}`, title: `Topik Uji ${f.run}` }),
  ),
  'GET /api/opendata/groups/{name}': get(() => '/api/opendata/groups/kesehatan'),
  'GET /api/opendata/licenses': get(() => '/api/opendata/licenses'),
  'POST /api/opendata/datasets/{name}/resources': send(
    'POST',
    (f) => `/api/opendata/datasets/${f.opendata.draft}/resources`,
    () => ({ name: 'Tautan lain', url: 'https://data.example.go.id/lain.csv' }),
  ),
  'GET /api/opendata/resources/{id}': get((f) => `/api/opendata/resources/${f.opendata.table}`),
  'PATCH /api/opendata/resources/{id}': send(
    'PATCH',
    (f) => `/api/opendata/resources/${f.opendata.table}`,
    () => ({ description: 'Jumlah per kecamatan.' }),
  ),
  'POST /api/opendata/resources/{id}/versions': (f, caller) => {
    const form = tableForm();
    return {
      method: 'POST',
      url: `/api/opendata/resources/${f.opendata.table}/versions`,
      headers: { ...caller.headers, ...form.headers },
      payload: form.payload,
    };
  },
  'PUT /api/opendata/resources/{id}/versions/{no}/columns': send(
    'PUT',
    (f) => `/api/opendata/resources/${f.opendata.table}/versions/1/columns`,
    () => ({
      columns: [
        { name: 'kecamatan', type: 'text', unit: '' },
        { name: 'jumlah', type: 'integer', unit: 'unit' },
      ],
      keyColumns: ['kecamatan'],
    }),
  ),
  'GET /api/opendata/resources/{id}/rows': get((f) => `/api/opendata/resources/${f.opendata.table}/rows`),
  'GET /api/opendata/resources/{id}/download.{format}': get((f) => `/api/opendata/resources/${f.opendata.table}/download.csv`),
  'GET /api/opendata/resources/{id}/versions/{no}/original': get((f) => `/api/opendata/resources/${f.opendata.table}/versions/1/original`),
  'GET /api/opendata/import/template.xlsx': get(() => '/api/opendata/import/template.xlsx'),
  'POST /api/opendata/import': (f, caller) => {
    const form = fileForm(f.opendata.importWorkbook, 'katalog.xlsx');
    return { method: 'POST', url: '/api/opendata/import', headers: { ...caller.headers, ...form.headers }, payload: form.payload };
  },
  'GET /api/3/action/{action}': get(() => '/api/3/action/status_show'),
  'POST /api/3/action/{action}': send(
    'POST',
    () => '/api/3/action/package_show',
    (f) => ({ id: f.opendata.published }),
  ),
  'GET /api/action/{action}': get((f) => `/api/action/package_show?id=${f.opendata.published}`),
  'POST /api/action/{action}': send(
    'POST',
    () => '/api/action/package_search',
    () => ({ q: 'akses' }),
  ),
  'GET /datastore/dump/{id}': get((f) => `/datastore/dump/${f.opendata.table}`),
  'GET /catalog.jsonld': get(() => '/catalog.jsonld'),
  'GET /dataset/{file}': get((f) => `/dataset/${f.opendata.published}.jsonld`),

  'GET /open311/v2/discovery.json': get(() => '/open311/v2/discovery.json'),
  'GET /open311/v2/discovery.xml': get(() => '/open311/v2/discovery.xml'),
  'GET /open311/v2/services.json': get(() => '/open311/v2/services.json'),
  'GET /open311/v2/services.xml': get(() => '/open311/v2/services.xml'),
  'GET /open311/v2/services/{file}': get(() => '/open311/v2/services/JALAN.json'),
  'GET /open311/v2/requests.json': get(() => '/open311/v2/requests.json'),
  'POST /open311/v2/requests.json': open311Post('json'),
  'GET /open311/v2/requests.xml': get(() => '/open311/v2/requests.xml'),
  'POST /open311/v2/requests.xml': open311Post('xml'),
  'GET /open311/v2/requests/{file}': get((f) => `/open311/v2/requests/${f.complaints.open.trackingNo}.json`),
  'GET /open311/v2/tokens/{file}': get(() => '/open311/v2/tokens/tidak-ada.json'),
  'GET /open311/v2/servicerequestupdates.json': get(() => '/open311/v2/servicerequestupdates.json'),
  'GET /open311/v2/servicerequestupdates.xml': get(() => '/open311/v2/servicerequestupdates.xml'),

  // SPBE (records in src/modules/spbe/spbe.access-fixture.ts).
  'GET /api/spbe/frameworks': get(() => '/api/spbe/frameworks'),
  'GET /api/spbe/frameworks/{code}': get(() => '/api/spbe/frameworks/permenpanrb-59-2020'),
  'GET /api/spbe/frameworks/{code}/workbook.xlsx': get(() => '/api/spbe/frameworks/permenpanrb-5-2018/workbook.xlsx'),
  'POST /api/spbe/frameworks': send(
    'POST',
    () => '/api/spbe/frameworks',
    (f) => f.spbe.framework,
  ),
  'GET /api/spbe/history': get(() => '/api/spbe/history'),
  'GET /api/spbe/evaluations': get(() => '/api/spbe/evaluations'),
  'POST /api/spbe/evaluations': send(
    'POST',
    () => '/api/spbe/evaluations',
    (f) => ({ year: f.spbe.free, frameworkCode: 'permenpanrb-59-2020' }),
  ),
  'GET /api/spbe/evaluations/{year}': get((f) => `/api/spbe/evaluations/${f.spbe.open}`),
  'PUT /api/spbe/evaluations/{year}/assignments': send(
    'PUT',
    (f) => `/api/spbe/evaluations/${f.spbe.open}/assignments`,
    (f) => ({ assignments: [{ indicator: 45, opdId: f.opdA }] }),
  ),
  'GET /api/spbe/evaluations/{year}/indicators/{number}': get((f) => `/api/spbe/evaluations/${f.spbe.open}/indicators/42`),
  'PUT /api/spbe/evaluations/{year}/indicators/{number}': send(
    'PUT',
    (f) => `/api/spbe/evaluations/${f.spbe.open}/indicators/42`,
    () => ({ claims: [{ level: 1, met: true, explanation: 'Diperbarui.' }], explanation: 'Diperbarui.' }),
  ),
  'POST /api/spbe/evaluations/{year}/indicators/{number}/evidence': send(
    'POST',
    (f) => `/api/spbe/evaluations/${f.spbe.open}/indicators/42/evidence`,
    () => ({ level: 2, url: 'https://jdih.example.go.id/lagi', name: 'Lagi' }),
  ),
  'DELETE /api/spbe/evaluations/{year}/indicators/{number}/evidence/{id}': send(
    'DELETE',
    (f) => `/api/spbe/evaluations/${f.spbe.open}/indicators/42/evidence/${f.spbe.evidenceId}`,
  ),
  'GET /api/spbe/evidence/{id}': get((f) => `/api/spbe/evidence/${f.spbe.fileId}`),
  'POST /api/spbe/evaluations/{year}/indicators/{number}/submit': send('POST', (f) => `/api/spbe/evaluations/${f.spbe.open}/indicators/44/submit`),
  'POST /api/spbe/evaluations/{year}/indicators/{number}/review': send(
    'POST',
    (f) => `/api/spbe/evaluations/${f.spbe.open}/indicators/43/review`,
    () => ({ decision: 'confirm' }),
  ),
  'POST /api/spbe/evaluations/{year}/finalize': send('POST', (f) => `/api/spbe/evaluations/${f.spbe.ready}/finalize`),
  'GET /api/spbe/evaluations/{year}/index': get((f) => `/api/spbe/evaluations/${f.spbe.open}/index`),
  'GET /api/spbe/evaluations/{year}/gaps': get((f) => `/api/spbe/evaluations/${f.spbe.open}/gaps`),
  'POST /api/spbe/evaluations/{year}/simulate': send(
    'POST',
    (f) => `/api/spbe/evaluations/${f.spbe.open}/simulate`,
    () => ({ levels: { '42': 3 } }),
  ),
  'GET /api/spbe/evaluations/{year}/export.xlsx': get((f) => `/api/spbe/evaluations/${f.spbe.open}/export.xlsx`),
  'GET /api/spbe/evaluations/{year}/export.pdf': get((f) => `/api/spbe/evaluations/${f.spbe.open}/export.pdf`),

  // Smart city (records in src/modules/smartcity/smartcity.access-fixture.ts; evaluations are drafts where the row says who sees them).
  'GET /api/smartcity/dimensions': get(() => '/api/smartcity/dimensions'),
  'GET /api/smartcity/programmes': get(() => '/api/smartcity/programmes?horizon=quick_win'),
  'POST /api/smartcity/programmes': send(
    'POST',
    () => '/api/smartcity/programmes',
    (f) => ({
      code: `AKSES-BARU-${f.run}`,
      title: 'Program baru',
      dimension: 'living',
      element: 'kesehatan',
      horizon: 'menengah',
      startYear: 2026,
      endYear: 2028,
    }),
  ),
  'GET /api/smartcity/programmes/{id}': get((f) => `/api/smartcity/programmes/${f.smartcity.programme}`),
  'PATCH /api/smartcity/programmes/{id}': send(
    'PATCH',
    (f) => `/api/smartcity/programmes/${f.smartcity.programme}`,
    () => ({ title: 'Program yang diperbaiki' }),
  ),
  'GET /api/smartcity/roadmap': get((f) => `/api/smartcity/roadmap?opdId=${f.opdA}`),
  'POST /api/smartcity/roadmap': send(
    'POST',
    () => '/api/smartcity/roadmap',
    (f) => roadmapItemInput(f.opdA, `Butir baru ${f.run}`),
  ),
  'GET /api/smartcity/roadmap/{id}': get((f) => `/api/smartcity/roadmap/${f.smartcity.item}`),
  'PATCH /api/smartcity/roadmap/{id}': send(
    'PATCH',
    (f) => `/api/smartcity/roadmap/${f.smartcity.item}`,
    () => ({ owner: 'Kepala Bidang' }),
  ),
  'DELETE /api/smartcity/roadmap/{id}': send('DELETE', (f) => `/api/smartcity/roadmap/${f.smartcity.itemToDelete}`),
  'POST /api/smartcity/roadmap/{id}/milestones': send(
    'POST',
    (f) => `/api/smartcity/roadmap/${f.smartcity.item}/milestones`,
    () => ({ title: 'Tonggak baru', due: '2026-09-30' }),
  ),
  'PATCH /api/smartcity/milestones/{id}': send(
    'PATCH',
    (f) => `/api/smartcity/milestones/${f.smartcity.milestone}`,
    () => ({ doneAt: '2026-03-30' }),
  ),
  'DELETE /api/smartcity/milestones/{id}': send('DELETE', (f) => `/api/smartcity/milestones/${f.smartcity.milestoneToDelete}`),
  'POST /api/smartcity/roadmap/{id}/indicators': send(
    'POST',
    (f) => `/api/smartcity/roadmap/${f.smartcity.item}/indicators`,
    () => ({ name: 'Indikator baru', unit: 'layanan', target: 12 }),
  ),
  'PATCH /api/smartcity/indicators/{id}': send(
    'PATCH',
    (f) => `/api/smartcity/indicators/${f.smartcity.indicator}`,
    () => ({ realization: 75 }),
  ),
  'DELETE /api/smartcity/indicators/{id}': send('DELETE', (f) => `/api/smartcity/indicators/${f.smartcity.indicatorToDelete}`),
  'GET /api/smartcity/progress': get(() => '/api/smartcity/progress'),
  'GET /api/smartcity/settings': get(() => '/api/smartcity/settings'),
  'PUT /api/smartcity/settings': send(
    'PUT',
    () => '/api/smartcity/settings',
    () => ({ weights: { baseline: 0.1, output: 0.2, outcome: 0.3, impact: 0.2, quickWin: 0.2 } }),
  ),
  'GET /api/smartcity/evaluations': get(() => '/api/smartcity/evaluations'),
  'POST /api/smartcity/evaluations': send(
    'POST',
    () => '/api/smartcity/evaluations',
    (f) => ({ year: 2050 + f.run, stage: 1 }),
  ),
  'GET /api/smartcity/evaluations/{id}': get((f) => `/api/smartcity/evaluations/${f.smartcity.draft}`),
  'PUT /api/smartcity/evaluations/{id}': send(
    'PUT',
    (f) => `/api/smartcity/evaluations/${f.smartcity.draft}`,
    () => ({ notes: 'Catatan tim smart city.' }),
  ),
  'POST /api/smartcity/evaluations/{id}/publish': send('POST', (f) => `/api/smartcity/evaluations/${f.smartcity.toPublish}/publish`),
  'POST /api/smartcity/evaluations/{id}/evidence': (f, caller) => {
    const form = fileForm(TINY_PNG, 'bukti.png', { index: 'outcome' });
    return {
      method: 'POST',
      url: `/api/smartcity/evaluations/${f.smartcity.draft}/evidence`,
      headers: { ...caller.headers, ...form.headers },
      payload: form.payload,
    };
  },
  'GET /api/smartcity/evidence/{id}': get((f) => `/api/smartcity/evidence/${f.smartcity.evidence}`),
  'DELETE /api/smartcity/evidence/{id}': send('DELETE', (f) => `/api/smartcity/evidence/${f.smartcity.evidenceToDelete}`),
  'GET /api/smartcity/evaluations/{id}/export.xlsx': get((f) => `/api/smartcity/evaluations/${f.smartcity.draft}/export.xlsx`),
  'GET /api/smartcity/evaluations/{id}/export.pdf': get((f) => `/api/smartcity/evaluations/${f.smartcity.draft}/export.pdf`),
};
