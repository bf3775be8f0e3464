/**
 * Open311 GeoReport v2 on top of SAMBAT: categories are services, complaints are service
 * requests, the public timeline is the update feed. Filing goes through the intake service (so an
 * Open311 complaint is filed exactly as a web one is); reading goes through queries that never
 * see rahasia complaints, and answers are built from an allow-list of fields that holds no
 * reporter detail.
 */
import type { Locale } from '../../../config.js';
import { AppError } from '../../../errors.js';
import { endOfCityDay } from '../../../platform/calendar/working-days.js';
import type { Actor, RequestContext } from '../../../platform/context.js';
import type { IdempotentRequest } from '../../../platform/idempotency/idempotency.js';
import type { Platform } from '../../../platform/module.js';
import { createIdentity, createOpdService } from '../../org/index.js';
import { type CategoryRow, findCategory, listCategories } from '../category.repository.js';
import { limitsFor } from '../complaint.deadlines.js';
import { createIntakeService } from '../complaint.intake.service.js';
import { namesFor } from '../complaint.lookups.js';
import { type ComplaintRow, type EventRow, type PhotoRow, photosOf } from '../complaint.repository.js';
import { OPEN_STATUSES, type Status } from '../complaint.states.js';
import { PUBLIC_NOTES, photoView } from '../complaint.views.js';
import type { CategoryAttribute } from '../complaints.tables.js';
import { isoInZone, open311Status, parseIsoDate, rejectionText, serviceNotice, type UpdateStatus, updateStatusOf } from './open311.format.js';
import * as repo from './open311.repository.js';

/** When this API's behaviour last changed; discovery tells clients so they can notice. */
export const OPEN311_CHANGESET = '2026-11-22T00:00:00+07:00';
export const OPEN311_SPECIFICATION = 'http://wiki.open311.org/GeoReport_v2';

/** The most requests one answer carries (the spec's default cap), and ids one query may name. */
export const MAX_PAGE = 1000;
const DAY_MS = 86_400_000;
/** The spec lets a server refuse date ranges longer than 90 days. */
const MAX_SPAN_MS = 90 * DAY_MS;

const ATTRIBUTE_MAX = 500;

/** Event types whose note explains the status a complaint is in: the desk's question, the rejection, the answer, the reopening. */
const STATUS_NOTE_TYPES = new Set(['postponed', 'rejected', 'responded', 'reopened']);

export interface Discovery {
  changeset: string;
  contact: string;
  key_service: string;
  endpoints: Array<{ specification: string; url: string; changeset: string; type: 'production'; formats: string[] }>;
}

export interface Open311Service {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: 'realtime';
  keywords: string;
  group: string;
}

export interface ServiceDefinition {
  service_code: string;
  attributes: Array<{
    variable: boolean;
    code: string;
    datatype: CategoryAttribute['datatype'];
    required: boolean;
    datatype_description: string;
    order: number;
    description: string;
    values: Array<{ key: string; name: string }>;
  }>;
}

export interface SubmitInput {
  service_code: string;
  lat?: number;
  long?: number;
  address_string?: string;
  address_id?: string;
  email?: string;
  device_id?: string;
  account_id?: string;
  first_name?: string;
  last_name?: string;
  phone?: string;
  description?: string;
  media_url?: string;
  attributes: Record<string, string>;
}

export interface SubmitAnswer {
  service_request_id: string;
  service_notice: string;
  account_id?: string;
}

export interface Open311Request {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string;
  service_name: string;
  service_code: string;
  description: string;
  agency_responsible: string;
  service_notice: string;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string;
  address: string;
  address_id: string;
  zipcode: string;
  lat: number | null;
  long: number | null;
  media_url: string;
  /** extensions=true: the answers to the service's attributes. */
  attributes?: Array<{ code: string; value: string }>;
  /** extensions=true: the public timeline; each note's status is open or closed as the step left it. */
  notes?: Array<{ type: string; datetime: string; description: string; status: 'open' | 'closed' }>;
}

export interface RequestsQuery {
  service_request_id?: string;
  service_code?: string;
  start_date?: string;
  end_date?: string;
  status?: string;
  page?: number;
  page_size?: number;
  extensions?: boolean;
}

export interface UpdatesQuery {
  service_request_id?: string;
  start_date?: string;
  end_date?: string;
  page?: number;
  page_size?: number;
}

export interface RequestUpdate {
  update_id: string;
  service_request_id: string;
  status: UpdateStatus;
  updated_datetime: string;
  description: string;
  media_url: string;
}

const DATATYPE_TEXT: Record<CategoryAttribute['datatype'], { id: string; en: string }> = {
  string: { id: 'Teks singkat', en: 'A short text' },
  text: { id: 'Teks panjang', en: 'A longer text' },
  number: { id: 'Angka, misalnya 3 atau 2.5', en: 'A number, such as 3 or 2.5' },
  datetime: { id: 'Tanggal dan waktu ISO 8601, misalnya 2026-11-22T19:05:00+07:00', en: 'An ISO 8601 date and time, such as 2026-11-22T19:05:00+07:00' },
  singlevaluelist: { id: 'Satu kunci dari daftar nilai', en: 'One key from the list of values' },
  multivaluelist: { id: 'Satu atau beberapa kunci dari daftar nilai', en: 'One or more keys from the list of values' },
};

const invalid = (code: string, id: string, en: string) => new AppError(code, 'invalid', { id, en });

export const open311Errors = {
  apiKeyMissing: () =>
    new AppError('open311.api_key_required', 'forbidden', {
      id: 'api_key wajib dikirim untuk mengajukan laporan. Mintalah token API dengan cakupan write kepada admin SAMBAT.',
      en: 'An api_key is required to file a request. Ask the SAMBAT administrators for an API token with the write scope.',
    }),
  apiKeyInvalid: () =>
    new AppError('open311.api_key_invalid', 'forbidden', {
      id: 'api_key tidak valid, sudah dicabut, atau kedaluwarsa.',
      en: 'The api_key is not valid, or it was revoked or has expired.',
    }),
  apiKeyReadOnly: () =>
    new AppError('open311.api_key_read_only', 'forbidden', {
      id: 'api_key ini hanya untuk membaca. Mengajukan laporan memerlukan token dengan cakupan write.',
      en: 'This api_key may only read. Filing a request needs a token with the write scope.',
    }),
  serviceNotFound: (code: string) =>
    new AppError('open311.service_not_found', 'not_found', {
      id: `Layanan "${code}" tidak ada. Daftar layanan ada di services.json atau services.xml.`,
      en: `There is no service "${code}". The services are listed at services.json or services.xml.`,
    }),
  unknownServiceCode: (code: string) =>
    invalid(
      'open311.unknown_service_code',
      `service_code "${code}" bukan layanan yang aktif. Daftar layanan ada di services.json atau services.xml.`,
      `service_code "${code}" is not an active service. The services are listed at services.json or services.xml.`,
    ),
  locationRequired: () =>
    invalid(
      'open311.location_required',
      'Lokasi wajib diisi: lat dan long, atau address_string, atau address_id.',
      'A location is required: lat and long, or address_string, or address_id.',
    ),
  latLongTogether: () => invalid('open311.lat_long_together', 'lat dan long harus dikirim bersama.', 'lat and long must be sent together.'),
  unknownAttributes: (codes: string[]) =>
    invalid(
      'open311.unknown_attribute',
      `Atribut tidak dikenal untuk layanan ini: ${codes.join(', ')}. Lihat definisi layanan di services/{service_code}.json.`,
      `This service has no attribute ${codes.join(', ')}. See the service definition at services/{service_code}.json.`,
    ),
  attributesRequired: (codes: string[]) =>
    invalid(
      'open311.attribute_required',
      `Atribut wajib belum diisi: ${codes.map((c) => `attribute[${c}]`).join(', ')}.`,
      `Required attributes are missing: ${codes.map((c) => `attribute[${c}]`).join(', ')}.`,
    ),
  attributeInvalid: (code: string, why: { id: string; en: string }) =>
    invalid('open311.attribute_invalid', `attribute[${code}] ${why.id}.`, `attribute[${code}] ${why.en}.`),
  requestNotFound: (id: string) =>
    new AppError('open311.request_not_found', 'not_found', {
      id: `Laporan ${id} tidak ditemukan. Periksa service_request_id, misalnya SBT-2026-000123.`,
      en: `Service request ${id} was not found. Check the service_request_id, e.g. SBT-2026-000123.`,
    }),
  tokensNotIssued: () =>
    new AppError('open311.token_not_found', 'not_found', {
      id: 'Server ini tidak menerbitkan token: POST requests langsung menjawab dengan service_request_id. Gunakan requests/{service_request_id}.json.',
      en: 'This server issues no tokens: POST requests answers with the service_request_id at once. Use requests/{service_request_id}.json instead.',
    }),
  badDate: (field: string, value: string) =>
    invalid(
      'open311.bad_date',
      `${field} "${value}" bukan tanggal ISO 8601, misalnya 2026-11-22T19:05:00+07:00.`,
      `${field} "${value}" is not an ISO 8601 date, such as 2026-11-22T19:05:00+07:00.`,
    ),
  dateOrder: () => invalid('open311.date_order', 'end_date harus sesudah start_date.', 'end_date must come after start_date.'),
  spanTooLong: () =>
    invalid(
      'open311.date_span',
      'Rentang start_date sampai end_date paling lama 90 hari. Bagi pencarian menjadi beberapa bagian.',
      'start_date to end_date may span at most 90 days. Split the search into several.',
    ),
  badStatus: (value: string) =>
    invalid(
      'open311.bad_status',
      `status "${value}" tidak dikenal: gunakan open, closed, atau keduanya.`,
      `status "${value}" is unknown: use open, closed or both.`,
    ),
  tooManyIds: () =>
    invalid(
      'open311.too_many_ids',
      `service_request_id paling banyak ${MAX_PAGE} nomor dalam satu permintaan.`,
      `service_request_id may list at most ${MAX_PAGE} ids in one request.`,
    ),
};

/** The values a category's attribute accepts, checked as the service definition promises. */
function checkAttributes(declared: CategoryAttribute[], given: Record<string, string>, timeZone: string): Record<string, string> {
  const byCode = new Map(declared.map((a) => [a.code, a]));
  const unknown = Object.keys(given).filter((code) => !byCode.has(code));
  if (unknown.length > 0) throw open311Errors.unknownAttributes(unknown);
  const missing = declared.filter((a) => a.required && !given[a.code]?.trim()).map((a) => a.code);
  if (missing.length > 0) throw open311Errors.attributesRequired(missing);
  const checked: Record<string, string> = {};
  for (const [code, raw] of Object.entries(given)) {
    const value = raw.trim();
    if (!value) continue;
    const attribute = byCode.get(code)!;
    if (value.length > ATTRIBUTE_MAX) {
      throw open311Errors.attributeInvalid(code, { id: `maksimal ${ATTRIBUTE_MAX} karakter`, en: `must be at most ${ATTRIBUTE_MAX} characters` });
    }
    const keys = attribute.values?.map((v) => v.key);
    const outside = (v: string) => !!keys?.length && !keys.includes(v);
    if (attribute.datatype === 'number' && !Number.isFinite(Number(value))) {
      throw open311Errors.attributeInvalid(code, { id: 'harus berupa angka', en: 'must be a number' });
    }
    if (attribute.datatype === 'datetime' && !parseIsoDate(value, timeZone)) {
      throw open311Errors.attributeInvalid(code, { id: 'harus berupa tanggal ISO 8601', en: 'must be an ISO 8601 date' });
    }
    if (
      (attribute.datatype === 'singlevaluelist' && outside(value)) ||
      (attribute.datatype === 'multivaluelist' && value.split(',').some((v) => outside(v.trim())))
    ) {
      throw open311Errors.attributeInvalid(code, { id: `harus salah satu dari: ${keys!.join(', ')}`, en: `must be one of: ${keys!.join(', ')}` });
    }
    checked[code] = value;
  }
  return checked;
}

/** Our keywords are space-separated words; Open311 lists them comma-separated. */
function keywordsOf(keywords: string | null): string {
  return (keywords ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .join(',');
}

function idList(value: string | undefined): string[] | undefined {
  const ids = [
    ...new Set(
      (value ?? '')
        .split(',')
        .map((s) => s.trim().toUpperCase())
        .filter(Boolean),
    ),
  ];
  if (ids.length === 0) return undefined;
  if (ids.length > MAX_PAGE) throw open311Errors.tooManyIds();
  return ids;
}

/** Statuses for status=open|closed (comma-separated); undefined when both or none are asked for. */
function statusesOf(value: string | undefined): readonly Status[] | undefined {
  const words = new Set(
    (value ?? '')
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  );
  for (const w of words) if (w !== 'open' && w !== 'closed') throw open311Errors.badStatus(w);
  if (words.size !== 1) return undefined;
  return words.has('open') ? OPEN_STATUSES : ['closed', 'rejected'];
}

/**
 * Page and size: without `page` an answer carries up to 1000 (the spec's default); with it, 50 a
 * page unless page_size says otherwise.
 */
function pageOf(page: number | undefined, pageSize: number | undefined): { limit: number; offset: number } {
  const size = Math.min(pageSize ?? (page ? 50 : MAX_PAGE), MAX_PAGE);
  return { limit: size, offset: ((page ?? 1) - 1) * size };
}

export function createOpen311Service(platform: Platform) {
  const { db, config } = platform;
  const identity = createIdentity(platform);
  const intake = createIntakeService(platform);
  const opds = createOpdService(platform);
  const iso = (at: Date) => isoInZone(at, config.cityTimezone);
  const photoUrl = (photo: PhotoRow) => `${config.publicUrl}${photoView(photo).url}`;

  function parseDate(field: string, value: string) {
    const parsed = parseIsoDate(value, config.cityTimezone);
    if (!parsed) throw open311Errors.badDate(field, value);
    // A date without a time means the whole of that day in the city.
    const endExclusive = parsed.dateOnly
      ? new Date(endOfCityDay(value.trim().slice(0, 10), config.cityTimezone).getTime() + 1)
      : new Date(parsed.at.getTime() + 1);
    return { at: parsed.at, endExclusive };
  }

  /**
   * The filing-time window of a query. Either end alone reaches 90 days from it; neither means
   * the last 90 days, unless the caller named requests by id (then no window applies).
   */
  function rangeOf(start: string | undefined, end: string | undefined, defaultWindow: boolean): { from?: Date; to?: Date } {
    const s = start?.trim() ? parseDate('start_date', start) : undefined;
    const e = end?.trim() ? parseDate('end_date', end) : undefined;
    if (s && e) {
      if (e.at.getTime() < s.at.getTime()) throw open311Errors.dateOrder();
      if (e.at.getTime() - s.at.getTime() > MAX_SPAN_MS) throw open311Errors.spanTooLong();
      return { from: s.at, to: e.endExclusive };
    }
    if (s) return { from: s.at, to: new Date(s.at.getTime() + MAX_SPAN_MS) };
    if (e) return { from: new Date(e.at.getTime() - MAX_SPAN_MS), to: e.endExclusive };
    return defaultWindow ? { from: new Date(Date.now() - MAX_SPAN_MS) } : {};
  }

  async function activeCategory(code: string): Promise<CategoryRow> {
    const category = await findCategory(db, { code });
    if (!category?.active) throw open311Errors.unknownServiceCode(code);
    return category;
  }

  function noticeFor(category: CategoryRow | undefined, locale: Locale): string {
    return category ? serviceNotice(limitsFor(category, config), category.skip_verification, locale) : '';
  }

  /** The note the public may read on this event; a rejection without one still says why. */
  function publicNote(e: EventRow, locale: Locale): string {
    if (!PUBLIC_NOTES.has(e.type)) return '';
    if (e.note) return e.note;
    return e.type === 'rejected' ? rejectionText(e.data?.reason, locale) : '';
  }

  function statusNotes(events: EventRow[], locale: Locale): string {
    for (let i = events.length - 1; i >= 0; i--) {
      if (STATUS_NOTE_TYPES.has(events[i].type)) return publicNote(events[i], locale);
    }
    return '';
  }

  function notesOf(events: EventRow[], locale: Locale): NonNullable<Open311Request['notes']> {
    let status: 'open' | 'closed' = 'open';
    return events.map((e) => {
      if (e.to_status) status = open311Status(e.to_status as Status);
      return { type: e.type, datetime: iso(e.at), description: publicNote(e, locale), status };
    });
  }

  /** Complaints as service requests: the allow-list of fields a public answer may carry. */
  async function describe(rows: ComplaintRow[], locale: Locale, extensions: boolean): Promise<Open311Request[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [names, photos, events] = await Promise.all([namesFor(platform, rows), photosOf(db, ids), repo.publicEventsOf(db, ids)]);
    const eventsOf = new Map<string, EventRow[]>();
    for (const e of events) eventsOf.set(e.complaint_id, [...(eventsOf.get(e.complaint_id) ?? []), e]);
    return rows.map((c) => {
      const category = names.category(c.category_id);
      const timeline = eventsOf.get(c.id) ?? [];
      const photo = photos.find((p) => p.complaint_id === c.id && p.event_id === null);
      const request: Open311Request = {
        service_request_id: c.tracking_no,
        status: open311Status(c.status),
        status_notes: statusNotes(timeline, locale),
        service_name: category?.name ?? '',
        service_code: category?.code ?? '',
        description: c.description,
        agency_responsible: names.opdName(c.opd_id) ?? '',
        service_notice: noticeFor(category, locale),
        requested_datetime: iso(c.created_at),
        updated_datetime: iso(c.updated_at),
        expected_datetime: c.due_at ? iso(c.due_at) : '',
        address: c.address ?? '',
        // No address registry exists: an address_id given on POST is kept as the address text.
        address_id: '',
        zipcode: '',
        lat: c.lat,
        long: c.lon,
        media_url: photo ? photoUrl(photo) : '',
      };
      if (extensions) {
        // jsonb keeps keys in an order of its own: list them as the service definition orders them.
        const order = (Array.isArray(category?.attributes) ? category.attributes : []).map((a) => a.code);
        const rank = (code: string) => (order.includes(code) ? order.indexOf(code) : order.length);
        request.attributes = Object.entries(c.attributes ?? {})
          .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
          .map(([code, value]) => ({ code, value: String(value) }));
        request.notes = notesOf(timeline, locale);
      }
      return request;
    });
  }

  return {
    /** The discovery document: where this endpoint is and what it speaks. */
    discovery(locale: Locale): Discovery {
      return {
        changeset: OPEN311_CHANGESET,
        contact: `SAMBAT ${config.cityName}: ${config.publicUrl}`,
        key_service:
          locale === 'id'
            ? `Membaca tidak memerlukan kunci. Untuk mengajukan laporan, mintalah token API dengan cakupan write kepada admin SAMBAT ${config.cityName}, lalu kirim sebagai api_key.`
            : `Reading needs no key. To file requests, ask the SAMBAT administrators of ${config.cityName} for an API token with the write scope and send it as api_key.`,
        endpoints: [
          {
            specification: OPEN311_SPECIFICATION,
            url: `${config.publicUrl}/open311/v2`,
            changeset: OPEN311_CHANGESET,
            type: 'production',
            formats: ['application/json', 'text/xml'],
          },
        ],
      };
    },

    /** Active categories as services, grouped by the OPD that usually handles them. */
    async services(): Promise<Open311Service[]> {
      const categories = await listCategories(db);
      const opdNames = await opds.shortNames(categories.map((c) => c.default_opd_id).filter((id): id is string => !!id));
      return categories.map((c) => ({
        service_code: c.code,
        service_name: c.name,
        description: c.description ?? '',
        metadata: Array.isArray(c.attributes) && c.attributes.length > 0,
        type: 'realtime' as const,
        keywords: keywordsOf(c.keywords),
        group: (c.default_opd_id && opdNames.get(c.default_opd_id)) || 'SAMBAT',
      }));
    },

    /** A service's attributes, in the order a client should ask them; 404 for an unknown or inactive code. */
    async serviceDefinition(code: string, locale: Locale): Promise<ServiceDefinition> {
      const category = await findCategory(db, { code });
      if (!category?.active) throw open311Errors.serviceNotFound(code);
      const attributes = Array.isArray(category.attributes) ? category.attributes : [];
      return {
        service_code: category.code,
        attributes: attributes.map((a, i) => ({
          variable: true,
          code: a.code,
          datatype: a.datatype,
          required: a.required,
          datatype_description: DATATYPE_TEXT[a.datatype]?.[locale] ?? '',
          order: i + 1,
          description: a.description,
          values: (a.values ?? []).map((v) => ({ key: v.key, name: v.name })),
        })),
      };
    },

    /**
     * The account behind an api_key, which must carry the write or admin scope. Without api_key a
     * token already sent as Authorization: Bearer serves; a session cookie never does.
     */
    async apiKeyActor(apiKey: string | undefined, current: Actor | null): Promise<Actor> {
      const actor = apiKey ? await identity.fromApiToken(apiKey) : current?.via === 'token' ? current : null;
      if (!actor) throw apiKey ? open311Errors.apiKeyInvalid() : open311Errors.apiKeyMissing();
      if (!actor.token?.scopes.some((s) => s === 'write' || s === 'admin')) throw open311Errors.apiKeyReadOnly();
      return actor;
    },

    /**
     * Files a public complaint from an Open311 POST through the intake service (channel api). The
     * reporter's contact goes where every reporter's does and is never part of an answer;
     * device_id and account_id are not stored, as nothing here would use them and they identify people.
     */
    async submit(
      ctx: RequestContext,
      input: SubmitInput,
      locale: Locale,
      idempotency?: IdempotentRequest,
    ): Promise<{ answer: SubmitAnswer[]; replayed: boolean }> {
      const category = await activeCategory(input.service_code);
      const hasPoint = input.lat !== undefined || input.long !== undefined;
      if (hasPoint && (input.lat === undefined || input.long === undefined)) throw open311Errors.latLongTogether();
      // We keep no address registry, so an address_id is taken as the address text it stands for.
      const address = input.address_string?.trim() || input.address_id?.trim() || undefined;
      if (!hasPoint && !address) throw open311Errors.locationRequired();
      const attributes = checkAttributes(Array.isArray(category.attributes) ? category.attributes : [], input.attributes, config.cityTimezone);
      // The photo is not fetched: a URL the client hosts is kept as given.
      if (input.media_url) attributes.media_url = input.media_url;
      const name = [input.first_name, input.last_name]
        .map((n) => n?.trim())
        .filter(Boolean)
        .join(' ');
      const filed = await intake.file(
        ctx,
        {
          kind: 'pengaduan',
          category: category.id,
          description: input.description ?? '',
          location: hasPoint ? { lat: input.lat, lon: input.long, address, source: 'pin' } : { address },
          privacy: 'publik',
          channel: 'api',
          reporter: { name: name || undefined, email: input.email, phone: input.phone },
          attributes,
        },
        [],
        idempotency,
      );
      const answer: SubmitAnswer = { service_request_id: filed.trackingNo, service_notice: noticeFor(category, locale) };
      if (input.account_id) answer.account_id = input.account_id;
      return { answer: [answer], replayed: filed.replayed };
    },

    /** Public service requests by the GeoReport v2 filters; service_request_id overrides the others. */
    async requests(q: RequestsQuery, locale: Locale): Promise<Open311Request[]> {
      const ids = idList(q.service_request_id);
      if (ids) return describe(await repo.listPublicRequests(db, { trackingNos: ids, limit: ids.length, offset: 0 }), locale, q.extensions ?? false);
      const categoryId = q.service_code?.trim() ? (await activeCategory(q.service_code.trim())).id : undefined;
      const range = rangeOf(q.start_date, q.end_date, true);
      const statuses = statusesOf(q.status);
      const rows = await repo.listPublicRequests(db, { categoryId, ...range, statuses, ...pageOf(q.page, q.page_size) });
      return describe(rows, locale, q.extensions ?? false);
    },

    /** One public service request; unknown and rahasia ones are alike not found. */
    async request(id: string, locale: Locale, extensions: boolean): Promise<Open311Request[]> {
      const rows = await repo.listPublicRequests(db, { trackingNos: [id.trim().toUpperCase()], limit: 1, offset: 0 });
      if (rows.length === 0) throw open311Errors.requestNotFound(id);
      return describe(rows, locale, extensions);
    },

    /** Status changes of public requests, oldest first, with the public note and the step's first photo. */
    async updates(q: UpdatesQuery, locale: Locale): Promise<RequestUpdate[]> {
      const ids = idList(q.service_request_id);
      const range = rangeOf(q.start_date, q.end_date, !ids);
      const rows = await repo.listPublicUpdates(db, { trackingNos: ids, ...range, ...pageOf(q.page, q.page_size) });
      const photos = await photosOf(db, [...new Set(rows.map((r) => r.complaint_id))]);
      return rows.map((e) => {
        // The filing's photos belong to the complaint itself; any later step's photos to that step.
        const photo = photos.find((p) => p.complaint_id === e.complaint_id && (e.type === 'submitted' ? p.event_id === null : p.event_id === e.id));
        return {
          update_id: String(e.id),
          service_request_id: e.tracking_no,
          status: updateStatusOf(e) ?? 'OPEN',
          updated_datetime: iso(e.at),
          description: publicNote(e, locale),
          media_url: photo ? photoUrl(photo) : '',
        };
      });
    },
  };
}

export type Open311ServiceApi = ReturnType<typeof createOpen311Service>;
