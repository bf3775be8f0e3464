/**
 * Who may call what: for every route of the API (as the OpenAPI document lists them), the callers
 * that get past its permission checks. Everyone else is answered 401 (not signed in) or 403 (not
 * allowed); a record of another OPD may also answer 404, so its existence is not given away.
 *
 * access-matrix.test.ts runs every row for every principal against real records, and fails for a
 * route that is missing here: a new route cannot ship without someone deciding who may call it.
 * The OpenAPI document shows each operation's row (x-balaikota-access).
 */

/**
 * The callers the matrix is written for. operator_a and kepala_a belong to OPD A, which owns the
 * records acted on; operator_b to OPD B. The reporter is not signed in but holds the complaint's
 * secret from the receipt.
 */
export const PRINCIPALS = ['anonymous', 'reporter', 'warga', 'operator_a', 'operator_b', 'kepala_a', 'admin', 'walidata', 'auditor', 'eksekutif'] as const;
export type Principal = (typeof PRINCIPALS)[number];

const EVERYONE = PRINCIPALS;
const SIGNED_IN: readonly Principal[] = ['warga', 'operator_a', 'operator_b', 'kepala_a', 'admin', 'walidata', 'auditor', 'eksekutif'];
const ADMIN: readonly Principal[] = ['admin'];
const ADMIN_AUDITOR: readonly Principal[] = ['admin', 'auditor'];
/** Staff who see complaints: every OPD's own (filtered to it in lists), and the city-wide readers. */
const COMPLAINT_READERS: readonly Principal[] = ['operator_a', 'operator_b', 'kepala_a', 'admin', 'auditor', 'eksekutif'];
/** Reading one complaint of OPD A: its own staff and the city-wide readers, not OPD B. */
const COMPLAINT_READERS_OF_A: readonly Principal[] = ['operator_a', 'kepala_a', 'admin', 'auditor', 'eksekutif'];
/** Working on a complaint of OPD A. */
const HANDLERS_OF_A: readonly Principal[] = ['operator_a', 'kepala_a', 'admin'];
/** The reporter's own steps: with the receipt's secret (or the account that filed). */
const REPORTER: readonly Principal[] = ['reporter'];
/** Open311 POST needs an API token with the write scope; every account here has been issued one. */
const TOKEN_HOLDERS = SIGNED_IN;

/** Satu Data: OPD A's producers (its own staff), and who reads what OPD A has not published. */
const PRODUCERS_OF_A: readonly Principal[] = ['operator_a', 'kepala_a'];
const DATA_READERS_OF_A: readonly Principal[] = ['operator_a', 'kepala_a', 'admin', 'walidata', 'auditor', 'eksekutif'];
const DATA_READERS: readonly Principal[] = ['operator_a', 'operator_b', 'kepala_a', 'admin', 'walidata', 'auditor', 'eksekutif'];
const CATALOGUE_KEEPERS: readonly Principal[] = ['walidata', 'admin'];

/** SPBE: the coordination team; who reads an open evaluation; OPD A's staff, who fill its indicators. */
const SPBE_COORDINATORS: readonly Principal[] = ['admin', 'eksekutif'];
const SPBE_READERS: readonly Principal[] = ['operator_a', 'operator_b', 'kepala_a', 'admin', 'auditor', 'eksekutif'];
const SPBE_READERS_OF_A: readonly Principal[] = ['operator_a', 'kepala_a', 'admin', 'auditor', 'eksekutif'];
const SPBE_FILLERS_OF_A: readonly Principal[] = ['operator_a', 'kepala_a'];

export const ACCESS_MATRIX: Record<string, readonly Principal[]> = {
  'GET /healthz': EVERYONE,
  'GET /readyz': EVERYONE,
  'GET /api/site': EVERYONE,

  'POST /api/auth/login': EVERYONE,
  'POST /api/auth/logout': SIGNED_IN,
  'GET /api/auth/me': SIGNED_IN,
  'GET /api/auth/session': EVERYONE,
  'POST /api/auth/password': SIGNED_IN,
  'POST /api/auth/password-reset/request': EVERYONE,
  'POST /api/auth/password-reset/confirm': EVERYONE,

  'GET /api/audit': ADMIN_AUDITOR,
  'GET /api/admin/outbox/dead': ADMIN,
  'POST /api/admin/outbox/{id}/retry': ADMIN,

  'GET /api/calendar/holidays': EVERYONE,
  'GET /api/calendar/working-days': EVERYONE,
  'POST /api/calendar/holidays': ADMIN,
  'PATCH /api/calendar/holidays/{day}': ADMIN,
  'DELETE /api/calendar/holidays/{day}': ADMIN,

  'GET /api/admin/users': ADMIN_AUDITOR,
  'POST /api/admin/users': ADMIN,
  'GET /api/admin/users/{id}': ADMIN_AUDITOR,
  'PATCH /api/admin/users/{id}': ADMIN,
  'PUT /api/admin/users/{id}/password': ADMIN,
  'GET /api/admin/users/{id}/nik': ADMIN,
  'POST /api/admin/users/{id}/roles': ADMIN,
  'DELETE /api/admin/users/{id}/roles/{grantId}': ADMIN,
  'GET /api/admin/tokens': ADMIN,
  'POST /api/admin/tokens': ADMIN,
  'DELETE /api/admin/tokens/{id}': ADMIN,

  'GET /api/org/opds': EVERYONE,
  'POST /api/org/opds': ADMIN,
  'GET /api/org/opds/{id}': EVERYONE,
  'PATCH /api/org/opds/{id}': ADMIN,
  'PATCH /api/org/opds/{id}/profile': HANDLERS_OF_A,
  'GET /api/org/wilayah': EVERYONE,
  'GET /api/org/wilayah/resolve': EVERYONE,
  'POST /api/org/wilayah/boundaries': ADMIN,

  'GET /api/sambat/categories': EVERYONE,
  'POST /api/sambat/categories': ADMIN,
  'PATCH /api/sambat/categories/{id}': ADMIN,
  'GET /api/sambat/routing-rules': ADMIN,
  'POST /api/sambat/routing-rules': ADMIN,
  'DELETE /api/sambat/routing-rules/{id}': ADMIN,

  'POST /api/sambat/complaints': EVERYONE,
  'GET /api/sambat/complaints': EVERYONE,
  'GET /api/sambat/complaints.geojson': EVERYONE,
  'GET /api/sambat/complaints/nearby': EVERYONE,
  'GET /api/sambat/complaints/{trackingNo}': EVERYONE,
  'POST /api/sambat/complaints/{trackingNo}/support': EVERYONE,
  'POST /api/sambat/complaints/{trackingNo}/replies': REPORTER,
  'POST /api/sambat/complaints/{trackingNo}/info': REPORTER,
  'POST /api/sambat/complaints/{trackingNo}/confirm': REPORTER,
  'POST /api/sambat/complaints/{trackingNo}/reopen': REPORTER,
  'GET /api/sambat/stats': EVERYONE,
  'GET /api/sambat/photos/{id}': EVERYONE,

  'GET /api/sambat/staff/complaints': COMPLAINT_READERS,
  'GET /api/sambat/staff/complaints/export': COMPLAINT_READERS,
  'POST /api/sambat/staff/complaints/bulk': HANDLERS_OF_A,
  'GET /api/sambat/staff/complaints/{id}': COMPLAINT_READERS_OF_A,
  'POST /api/sambat/staff/complaints/{id}/verify': ADMIN,
  'POST /api/sambat/staff/complaints/{id}/redisposition': ADMIN,
  'POST /api/sambat/staff/complaints/{id}/postpone': ADMIN,
  'POST /api/sambat/staff/complaints/{id}/reject': ADMIN,
  'POST /api/sambat/staff/complaints/{id}/accept': HANDLERS_OF_A,
  'POST /api/sambat/staff/complaints/{id}/start': HANDLERS_OF_A,
  'POST /api/sambat/staff/complaints/{id}/respond': HANDLERS_OF_A,
  'POST /api/sambat/staff/complaints/{id}/return': HANDLERS_OF_A,
  'POST /api/sambat/staff/complaints/{id}/notes': HANDLERS_OF_A,

  'POST /api/sambat/webhooks': ['kepala_a', 'admin'],
  'GET /api/sambat/webhooks': ['kepala_a', 'admin'],
  'DELETE /api/sambat/webhooks/{id}': ['kepala_a', 'admin'],
  'POST /api/sambat/qr-places': ADMIN,
  'GET /api/sambat/qr-places': ADMIN,
  'PATCH /api/sambat/qr-places/{code}': ADMIN,
  'GET /api/sambat/qr-places/{code}': EVERYONE,
  // A QR place is printed on a poster in the street: its code, picture and poster are public.
  'GET /api/sambat/qr-places/{code}/qr.svg': EVERYONE,
  'GET /api/sambat/qr-places/{code}/qr.png': EVERYONE,
  'GET /api/sambat/qr-places/{code}/poster.svg': EVERYONE,
  // Signed by the SMS gateway with the shared secret: who sends it is not a role.
  'POST /api/sambat/sms/inbound': EVERYONE,

  // The RPJMD and its indicators are public documents; the mayor's team (eksekutif) and the admins
  // keep them.
  'GET /api/performance/periods': EVERYONE,
  'POST /api/performance/periods': ['admin', 'eksekutif'],
  'GET /api/performance/goals': EVERYONE,
  'POST /api/performance/goals': ['admin', 'eksekutif'],
  'GET /api/performance/indicators': EVERYONE,
  'POST /api/performance/indicators': ['admin', 'eksekutif'],
  // Offers are between the mayor's team and one OPD: the leadership and the auditor see all, an
  // OPD its own (another OPD's list comes back empty); only the head answers.
  'GET /api/performance/offers': COMPLAINT_READERS,
  'POST /api/performance/offers': ['admin', 'eksekutif'],
  'GET /api/performance/offers/{id}': COMPLAINT_READERS_OF_A,
  'POST /api/performance/offers/{id}/answer': ['kepala_a'],
  'POST /api/performance/offers/{id}/decision': ['eksekutif'],
  'POST /api/performance/offers/{id}/amendments': ['admin', 'eksekutif'],
  // Scores: the settings and published quarters are public; live scores and findings go to the
  // leadership and auditors, and to an OPD for its own row; the eksekutif evaluates, decides, publishes.
  'GET /api/performance/settings': EVERYONE,
  'PUT /api/performance/settings': ['admin', 'eksekutif'],
  'GET /api/performance/scores': COMPLAINT_READERS,
  'GET /api/performance/scores.xlsx': COMPLAINT_READERS,
  'POST /api/performance/evaluations': ['eksekutif'],
  'GET /api/performance/rule-results': COMPLAINT_READERS,
  'POST /api/performance/rule-results/{id}/decision': ['eksekutif'],
  'POST /api/performance/rule-results/{id}/publish': ['eksekutif'],
  'POST /api/performance/publications': ['eksekutif'],
  'GET /api/performance/published': EVERYONE,
  'GET /api/performance/published/{periodId}/{quarter}': EVERYONE,
  // performance: documents
  // The pakta integritas and perjanjian kinerja: whoever may read the offer (another OPD gets 404).
  'GET /api/performance/offers/{id}/pakta-integritas.pdf': COMPLAINT_READERS_OF_A,
  'GET /api/performance/periods/{periodId}/opds/{opdId}/perjanjian-kinerja.pdf': COMPLAINT_READERS_OF_A,
  'GET /api/performance/periods/{periodId}/opds/{opdId}/quarters/{quarter}/report-card.pdf': COMPLAINT_READERS_OF_A,
  // performance: quarterly reports
  // Quarterly reports: an OPD's own staff fill and submit them (another OPD gets 404), the leadership,
  // admins and auditors read them all, and auditors or the mayor's team verify or return them.
  'GET /api/performance/reports': COMPLAINT_READERS,
  'POST /api/performance/reports': ['operator_a', 'kepala_a'],
  'GET /api/performance/reports/{id}': COMPLAINT_READERS_OF_A,
  'PUT /api/performance/reports/{id}/realizations/{indicatorId}': ['operator_a', 'kepala_a'],
  'POST /api/performance/reports/{id}/evidence': ['operator_a', 'kepala_a'],
  'GET /api/performance/reports/{id}/evidence/{evidenceId}': COMPLAINT_READERS_OF_A,
  'DELETE /api/performance/reports/{id}/evidence/{evidenceId}': ['operator_a', 'kepala_a'],
  'POST /api/performance/reports/{id}/submit': ['operator_a', 'kepala_a'],
  'POST /api/performance/reports/{id}/review': ['auditor', 'eksekutif'],
  // performance: budget
  'GET /api/performance/budgets': COMPLAINT_READERS,
  'PUT /api/performance/budgets/{periodId}/{opdId}': ['admin', 'eksekutif'],
  'GET /api/performance/budgets/template.xlsx': ['admin', 'eksekutif'],
  'POST /api/performance/budgets/import': ['admin', 'eksekutif'],

  // Satu Data: the public catalogue for everyone; drafts and their data for OPD A and the city-wide readers.
  'GET /api/opendata/datasets': EVERYONE,
  'GET /api/opendata/datasets.csv': EVERYONE,
  'POST /api/opendata/datasets': PRODUCERS_OF_A,
  'GET /api/opendata/datasets/{name}': DATA_READERS_OF_A,
  'PUT /api/opendata/datasets/{name}': PRODUCERS_OF_A,
  'PATCH /api/opendata/datasets/{name}': PRODUCERS_OF_A,
  'GET /api/opendata/datasets/{name}/reviews': DATA_READERS_OF_A,
  'POST /api/opendata/datasets/{name}/{action}': PRODUCERS_OF_A,
  'GET /api/opendata/queue': ['walidata'],
  'GET /api/opendata/freshness': DATA_READERS,
  'GET /api/opendata/producers': EVERYONE,
  'POST /api/opendata/producers': CATALOGUE_KEEPERS,
  'GET /api/opendata/producers/{name}': EVERYONE,
  'GET /api/opendata/groups': EVERYONE,
  'POST /api/opendata/groups': CATALOGUE_KEEPERS,
  'GET /api/opendata/groups/{name}': EVERYONE,
  'GET /api/opendata/licenses': EVERYONE,
  'POST /api/opendata/datasets/{name}/resources': PRODUCERS_OF_A,
  'GET /api/opendata/resources/{id}': DATA_READERS_OF_A,
  'PATCH /api/opendata/resources/{id}': PRODUCERS_OF_A,
  'POST /api/opendata/resources/{id}/versions': PRODUCERS_OF_A,
  'PUT /api/opendata/resources/{id}/versions/{no}/columns': PRODUCERS_OF_A,
  'GET /api/opendata/resources/{id}/rows': DATA_READERS_OF_A,
  'GET /api/opendata/resources/{id}/download.{format}': DATA_READERS_OF_A,
  'GET /api/opendata/resources/{id}/versions/{no}/original': DATA_READERS_OF_A,
  'GET /api/opendata/import/template.xlsx': CATALOGUE_KEEPERS,
  'POST /api/opendata/import': CATALOGUE_KEEPERS,
  // CKAN and DCAT: reads of the public catalogue for everyone (each write action checks its own caller).
  'GET /api/3/action/{action}': EVERYONE,
  'POST /api/3/action/{action}': EVERYONE,
  'GET /api/action/{action}': EVERYONE,
  'POST /api/action/{action}': EVERYONE,
  'GET /datastore/dump/{id}': DATA_READERS_OF_A,
  'GET /catalog.jsonld': EVERYONE,
  'GET /dataset/{file}': EVERYONE,

  'GET /open311/v2/discovery.json': EVERYONE,
  'GET /open311/v2/discovery.xml': EVERYONE,
  'GET /open311/v2/services.json': EVERYONE,
  'GET /open311/v2/services.xml': EVERYONE,
  'GET /open311/v2/services/{file}': EVERYONE,
  'GET /open311/v2/requests.json': EVERYONE,
  'POST /open311/v2/requests.json': TOKEN_HOLDERS,
  'GET /open311/v2/requests.xml': EVERYONE,
  'POST /open311/v2/requests.xml': TOKEN_HOLDERS,
  'GET /open311/v2/requests/{file}': EVERYONE,
  'GET /open311/v2/tokens/{file}': EVERYONE,
  'GET /open311/v2/servicerequestupdates.json': EVERYONE,
  'GET /open311/v2/servicerequestupdates.xml': EVERYONE,

  // SPBE: frameworks, the history and final evaluations are public; an open evaluation is for the
  // coordination team, the assessors and OPD staff (its details for an OPD's own indicators).
  'GET /api/spbe/frameworks': EVERYONE,
  'GET /api/spbe/frameworks/{code}': EVERYONE,
  'GET /api/spbe/frameworks/{code}/workbook.xlsx': EVERYONE,
  'POST /api/spbe/frameworks': ADMIN,
  'GET /api/spbe/history': EVERYONE,
  'GET /api/spbe/evaluations': EVERYONE,
  'POST /api/spbe/evaluations': SPBE_COORDINATORS,
  'GET /api/spbe/evaluations/{year}': SPBE_READERS,
  'PUT /api/spbe/evaluations/{year}/assignments': SPBE_COORDINATORS,
  'GET /api/spbe/evaluations/{year}/indicators/{number}': SPBE_READERS,
  'PUT /api/spbe/evaluations/{year}/indicators/{number}': SPBE_FILLERS_OF_A,
  'POST /api/spbe/evaluations/{year}/indicators/{number}/evidence': SPBE_FILLERS_OF_A,
  'DELETE /api/spbe/evaluations/{year}/indicators/{number}/evidence/{id}': SPBE_FILLERS_OF_A,
  'GET /api/spbe/evidence/{id}': SPBE_READERS_OF_A,
  'POST /api/spbe/evaluations/{year}/indicators/{number}/submit': SPBE_FILLERS_OF_A,
  'POST /api/spbe/evaluations/{year}/indicators/{number}/review': ['auditor'],
  'POST /api/spbe/evaluations/{year}/finalize': SPBE_COORDINATORS,
  'GET /api/spbe/evaluations/{year}/index': SPBE_READERS,
  'GET /api/spbe/evaluations/{year}/gaps': SPBE_READERS,
  'POST /api/spbe/evaluations/{year}/simulate': SPBE_READERS,
  'GET /api/spbe/evaluations/{year}/export.xlsx': SPBE_READERS,
  'GET /api/spbe/evaluations/{year}/export.pdf': SPBE_READERS,

  // Smart city: the masterplan, roadmaps, progress, settings and published evaluations are public;
  // the smart city team (smartcity.plan) keeps the programmes and evaluations, an OPD's staff its
  // roadmap (smartcity.roadmap), and drafts with their evidence go to smartcity.read_internal.
  'GET /api/smartcity/dimensions': EVERYONE,
  'GET /api/smartcity/programmes': EVERYONE,
  'POST /api/smartcity/programmes': ['admin', 'eksekutif'],
  'GET /api/smartcity/programmes/{id}': EVERYONE,
  'PATCH /api/smartcity/programmes/{id}': ['admin', 'eksekutif'],
  'GET /api/smartcity/roadmap': EVERYONE,
  'POST /api/smartcity/roadmap': ['operator_a', 'kepala_a', 'admin'],
  'GET /api/smartcity/roadmap/{id}': EVERYONE,
  'PATCH /api/smartcity/roadmap/{id}': ['operator_a', 'kepala_a', 'admin'],
  'DELETE /api/smartcity/roadmap/{id}': ['operator_a', 'kepala_a', 'admin'],
  'POST /api/smartcity/roadmap/{id}/milestones': ['operator_a', 'kepala_a', 'admin'],
  'PATCH /api/smartcity/milestones/{id}': ['operator_a', 'kepala_a', 'admin'],
  'DELETE /api/smartcity/milestones/{id}': ['operator_a', 'kepala_a', 'admin'],
  'POST /api/smartcity/roadmap/{id}/indicators': ['operator_a', 'kepala_a', 'admin'],
  'PATCH /api/smartcity/indicators/{id}': ['operator_a', 'kepala_a', 'admin'],
  'DELETE /api/smartcity/indicators/{id}': ['operator_a', 'kepala_a', 'admin'],
  'GET /api/smartcity/progress': EVERYONE,
  'GET /api/smartcity/settings': EVERYONE,
  'PUT /api/smartcity/settings': ['admin', 'eksekutif'],
  'GET /api/smartcity/evaluations': EVERYONE,
  'POST /api/smartcity/evaluations': ['admin', 'eksekutif'],
  'GET /api/smartcity/evaluations/{id}': ['operator_a', 'operator_b', 'kepala_a', 'admin', 'auditor', 'eksekutif'],
  'PUT /api/smartcity/evaluations/{id}': ['admin', 'eksekutif'],
  'POST /api/smartcity/evaluations/{id}/publish': ['admin', 'eksekutif'],
  'POST /api/smartcity/evaluations/{id}/evidence': ['admin', 'eksekutif'],
  'GET /api/smartcity/evidence/{id}': ['operator_a', 'operator_b', 'kepala_a', 'admin', 'auditor', 'eksekutif'],
  'DELETE /api/smartcity/evidence/{id}': ['admin', 'eksekutif'],
  'GET /api/smartcity/evaluations/{id}/export.xlsx': ['operator_a', 'operator_b', 'kepala_a', 'admin', 'auditor', 'eksekutif'],
  'GET /api/smartcity/evaluations/{id}/export.pdf': ['operator_a', 'operator_b', 'kepala_a', 'admin', 'auditor', 'eksekutif'],
};

/** The row of one operation, e.g. accessOf('GET', '/api/audit'); undefined when the route has none. */
export function accessOf(method: string, openApiPath: string): readonly Principal[] | undefined {
  return ACCESS_MATRIX[`${method.toUpperCase()} ${openApiPath}`];
}
