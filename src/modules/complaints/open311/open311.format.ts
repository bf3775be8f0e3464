/**
 * The Open311 GeoReport v2 wire format, as pure functions: JSON and XML bodies, ISO 8601 datetimes
 * with the city's offset, status words, and the Open311 error list.
 *
 * XML element names (the JSON body is the same value with the root element dropped):
 *   discovery.xml              <discovery> changeset, contact, key_service,
 *                                <endpoints><endpoint> specification, url, changeset, type,
 *                                <formats><format>
 *   services.xml               <services><service>
 *   services/{code}.xml        <service_definition> service_code,
 *                                <attributes><attribute> ... <values><value> key, name
 *   requests.xml, requests/{id}.xml, POST requests.xml
 *                              <service_requests><request>
 *                                (extensions=true: <attributes><attribute> code, value and
 *                                <notes><note> type, datetime, description, status)
 *   servicerequestupdates.xml  <service_requests_updates><request_update>
 *   any error                  <errors><error> code, description
 * These are the names of the GeoReport v2 specification and of the servicerequestupdates
 * extension as FixMyStreet publishes it, so existing clients read them without configuration.
 */

import { XMLBuilder } from 'fast-xml-parser';
import type { FastifyError } from 'fastify';
import type { Locale } from '../../../config.js';
import { AppError, type ErrorKind, type LocalizedText } from '../../../errors.js';
import { wallClock, zoneOffsetMs } from '../../../platform/calendar/working-days.js';
import { fieldProblems } from '../../../platform/http/validation-messages.js';
import type { Status } from '../complaint.states.js';

export type Format = 'json' | 'xml';
export const FORMATS: readonly Format[] = ['json', 'xml'];

export const CONTENT_TYPES: Record<Format, string> = {
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
};

/** Splits a last path segment such as "SBT-2026-000123.json" into the id and its format; null without a served suffix. */
export function splitFormat(segment: string): { id: string; format: Format } | null {
  const dot = segment.lastIndexOf('.');
  if (dot <= 0) return null;
  const format = segment.slice(dot + 1).toLowerCase();
  if (format !== 'json' && format !== 'xml') return null;
  return { id: segment.slice(0, dot), format };
}

/** The format a URL asks for by its suffix; JSON when it names none we serve, since an error still needs a body. */
export function formatOfUrl(url: string): Format {
  const path = url.split('?')[0].toLowerCase();
  return path.endsWith('.xml') ? 'xml' : 'json';
}

// --- Rendering -------------------------------------------------------------------------------

/** The element each list's items take in XML, by the list's own element name. */
const ITEM_ELEMENT: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  service_requests_updates: 'request_update',
  errors: 'error',
  endpoints: 'endpoint',
  formats: 'format',
  attributes: 'attribute',
  values: 'value',
  notes: 'note',
};

const builder = new XMLBuilder({ ignoreAttributes: false, format: true, indentBy: '  ', suppressEmptyNode: false, processEntities: true });

// XML 1.0 cannot carry most control characters or unpaired surrogates, even escaped; a citizen's
// text may hold them (pasted from a phone), so they are dropped rather than breaking the document.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function xmlValue(value: unknown, element: string): unknown {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    const item = ITEM_ELEMENT[element] ?? 'item';
    // An empty list still shows its element (<values></values>), as clients look for it.
    return value.length === 0 ? '' : { [item]: value.map((v) => xmlValue(v, item)) };
  }
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, xmlValue(v, k)]));
  }
  if (typeof value === 'string') return value.replace(NOT_XML_CHAR, '');
  return String(value);
}

/** The body of an answer: `value` as JSON, or in XML under the root element `root` with the XML declaration. */
export function render(format: Format, root: string, value: unknown): string {
  if (format === 'json') return JSON.stringify(value);
  return builder.build({ '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' }, [root]: xmlValue(value, root) });
}

// --- Datetimes -------------------------------------------------------------------------------

/** Minutes the zone's clock is ahead of UTC at this instant. */
function offsetMinutes(instant: number, timeZone: string): number {
  return Math.round(zoneOffsetMs(instant, timeZone) / 60_000);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An instant as ISO 8601 in the zone's wall-clock time with its offset, e.g. 2026-11-22T19:05:00+07:00 (the spec requires a zone). */
export function isoInZone(at: Date, timeZone: string): string {
  const instant = at.getTime();
  const w = wallClock(instant, timeZone);
  const offset = offsetMinutes(instant, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

// A "+" in an unencoded query string arrives as a space, so "+07:00" may come as " 07:00".
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+\- ]\d{2}(?::?\d{2})?)?)?$/;

/**
 * An ISO 8601 date or datetime from a query; a value without a zone is the city's wall-clock time.
 * dateOnly tells the caller that "2026-11-30" means the whole day. Null when it is not a real date.
 */
export function parseIsoDate(value: string, timeZone: string): { at: Date; dateOnly: boolean } | null {
  const m = ISO_DATE.exec(value.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  const ms = m[7] ? Number(`0.${m[7]}`) * 1000 : 0;
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null;
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute, second, Math.floor(ms));
  const check = new Date(wallAsUtc);
  // Date.UTC rolls 31 November over into December; a real day survives the round trip.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const zone = m[8];
  let instant: number;
  if (zone) {
    if (zone === 'Z' || zone === 'z') instant = wallAsUtc;
    else {
      const digits = zone.slice(1).replace(':', '');
      const hh = Number(digits.slice(0, 2));
      const mm = Number(digits.slice(2) || 0);
      if (hh > 14 || mm > 59) return null;
      const offset = (hh * 60 + mm) * (zone[0] === '-' ? -1 : 1);
      instant = wallAsUtc - offset * 60_000;
    }
  } else {
    // Two passes, for zones whose offset changes between the guess and the answer.
    instant = wallAsUtc - offsetMinutes(wallAsUtc, timeZone) * 60_000;
    instant = wallAsUtc - offsetMinutes(instant, timeZone) * 60_000;
  }
  return { at: new Date(instant), dateOnly: m[4] === undefined };
}

// --- Statuses --------------------------------------------------------------------------------

/** GeoReport v2 knows two statuses: a complaint is closed when it is finished or rejected. */
export function open311Status(status: Status): 'open' | 'closed' {
  return status === 'closed' || status === 'rejected' ? 'closed' : 'open';
}

export const UPDATE_STATUSES = [
  'OPEN',
  'INVESTIGATING',
  'IN_PROGRESS',
  'INTERNAL_REFERRAL',
  'FIXED',
  'DUPLICATE',
  'NOT_COUNCILS_RESPONSIBILITY',
  'NO_FURTHER_ACTION',
  'CLOSED',
  'REOPEN',
] as const;
export type UpdateStatus = (typeof UPDATE_STATUSES)[number];

const REJECTION_STATUS: Record<string, UpdateStatus> = {
  duplicate: 'DUPLICATE',
  bukan_wewenang: 'NOT_COUNCILS_RESPONSIBILITY',
  spam: 'NO_FURTHER_ACTION',
};

/**
 * The servicerequestupdates status of a timeline event that moved a complaint:
 *   submitted (filed, or information supplied)     OPEN
 *   postponed (the desk asks the reporter)         INVESTIGATING
 *   dispositioned, first routing                    OPEN
 *   dispositioned by redisposition, or routed again
 *     after the OPD returned it                     INTERNAL_REFERRAL
 *   accepted by the OPD                             OPEN
 *   in_progress                                     IN_PROGRESS
 *   responded (the OPD answered)                    FIXED
 *   returned to the desk (never public)             INTERNAL_REFERRAL
 *   rejected: duplicate / bukan_wewenang / spam     DUPLICATE / NOT_COUNCILS_RESPONSIBILITY / NO_FURTHER_ACTION
 *   closed (confirmed or closed by the clock)       CLOSED
 *   reopened by the reporter                        REOPEN
 * Null for an event that changed no status.
 */
export function updateStatusOf(event: {
  type: string;
  from_status: string | null;
  to_status: string | null;
  data: Record<string, unknown>;
}): UpdateStatus | null {
  switch (event.to_status as Status | null) {
    case null:
      return null;
    case 'submitted':
      return 'OPEN';
    case 'postponed':
      return 'INVESTIGATING';
    case 'dispositioned':
      return event.type === 'redispositioned' || event.from_status === 'returned' ? 'INTERNAL_REFERRAL' : 'OPEN';
    case 'accepted':
      return 'OPEN';
    case 'in_progress':
      return 'IN_PROGRESS';
    case 'responded':
      return 'FIXED';
    case 'returned':
      return 'INTERNAL_REFERRAL';
    case 'rejected':
      return REJECTION_STATUS[String(event.data.reason)] ?? 'NO_FURTHER_ACTION';
    case 'closed':
      return 'CLOSED';
    case 'reopened':
      return 'REOPEN';
    default:
      return 'OPEN';
  }
}

const REJECTION_TEXT: Record<string, LocalizedText> = {
  duplicate: { id: 'Ditolak: aduan ini duplikat dari aduan lain.', en: 'Rejected: this is a duplicate of another report.' },
  bukan_wewenang: { id: 'Ditolak: bukan wewenang Pemerintah Kota.', en: 'Rejected: not the responsibility of the city government.' },
  spam: { id: 'Ditolak: tidak dapat ditindaklanjuti.', en: 'Rejected: no further action can be taken.' },
};

/** The words of a rejection without a note, so status_notes still says why. */
export function rejectionText(reason: unknown, locale: Locale): string {
  return (REJECTION_TEXT[String(reason)] ?? REJECTION_TEXT.spam)[locale];
}

/** What a client may tell the reporter about the time to an answer, in working days. */
export function serviceNotice(limits: { verifyDays: number; respondDays: number }, skipVerification: boolean, locale: Locale): string {
  const { verifyDays: v, respondDays: r } = limits;
  if (skipVerification) {
    return locale === 'id'
      ? `Aduan langsung diteruskan ke OPD yang berwenang, yang menindaklanjuti dalam ${r} hari kerja.`
      : `The report goes straight to the responsible OPD (city agency), which follows it up within ${r} working days.`;
  }
  return locale === 'id'
    ? `Aduan diverifikasi dalam ${v} hari kerja, lalu OPD yang berwenang menindaklanjuti dalam ${r} hari kerja setelah diteruskan.`
    : `The report is verified within ${v} working days; the responsible OPD (city agency) then follows it up within ${r} working days.`;
}

// --- Request attributes ----------------------------------------------------------------------

const ATTRIBUTE_KEY = /^attribute\[([^\]]+)\](?:\[\])?$/;

function scalar(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.map((v) => scalar(v) ?? '').join(',');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * The attribute[CODE]=value pairs of a POST body (a form, or JSON with the same keys or an
 * "attribute" object). A repeated key (multivaluelist) becomes one comma-separated value.
 */
export function attributesOf(body: Record<string, unknown>): Record<string, string> {
  const found: Record<string, string> = {};
  const nested = body.attribute;
  if (nested && typeof nested === 'object' && !Array.isArray(nested)) {
    for (const [code, value] of Object.entries(nested)) {
      const v = scalar(value);
      if (v !== undefined) found[code] = v;
    }
  }
  for (const [key, value] of Object.entries(body)) {
    const m = ATTRIBUTE_KEY.exec(key);
    const v = m ? scalar(value) : undefined;
    if (m && v !== undefined) found[m[1]] = v;
  }
  return found;
}

// --- Errors ----------------------------------------------------------------------------------

export interface Open311Error {
  code: number;
  description: string;
}

/**
 * GeoReport v2 has three error statuses: 404 for what does not exist, 403 for a missing or bad
 * api_key, 400 for everything else the client did. Too-many and server-side errors keep theirs,
 * since a client should retry those rather than change its request.
 */
const STATUS_OF_KIND: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 400,
  unprocessable: 400,
  too_many: 429,
  unavailable: 503,
};

/** The HTTP status and Open311 error list for anything a handler threw; a 5xx names only the request id. */
export function errorsFor(error: unknown, locale: Locale, requestId: string): { status: number; errors: Open311Error[] } {
  const one = (status: number, text: LocalizedText) => ({ status, errors: [{ code: status, description: text[locale] }] });
  if (error instanceof AppError) return one(STATUS_OF_KIND[error.kind], error.text);
  const fe = error as Partial<FastifyError> & { validationContext?: string };
  if (fe.validation) {
    const fields = fieldProblems(fe.validation as never, fe.validationContext ?? 'body');
    if (fields.length === 0) return one(400, { id: 'Permintaan tidak valid.', en: 'The request is not valid.' });
    return { status: 400, errors: fields.map((f) => ({ code: 400, description: `${f.field} ${f.message[locale]}` })) };
  }
  switch (fe.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return one(400, {
        id: 'Kirim isian sebagai application/x-www-form-urlencoded atau application/json.',
        en: 'Send the fields as application/x-www-form-urlencoded or application/json.',
      });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return one(400, { id: 'Isi permintaan melebihi batas ukuran.', en: 'The request body is over the size limit.' });
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return one(400, { id: 'Isi permintaan bukan JSON yang sah.', en: 'The request body is not valid JSON.' });
  }
  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
  if (status === 429) return one(429, { id: 'Terlalu banyak permintaan. Coba lagi sebentar lagi.', en: 'Too many requests. Please try again shortly.' });
  if (status === 403 || status === 404) return one(status, { id: 'Permintaan ditolak.', en: 'The request was refused.' });
  if (status >= 400 && status < 500) return one(400, { id: 'Permintaan tidak dapat diterima.', en: 'The request could not be accepted.' });
  return one(status >= 500 && status < 600 ? status : 500, {
    id: `Terjadi kesalahan di server. Sebutkan kode permintaan ${requestId} bila menghubungi admin.`,
    en: `Something went wrong on the server. Quote request id ${requestId} when you contact the administrator.`,
  });
}
