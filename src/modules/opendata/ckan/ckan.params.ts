/**
 * An action's parameters, read the way CKAN reads them: from the query string on GET; from a JSON
 * body, a form, or a multipart form (with the file in the part "upload") on POST. A value from a
 * query string or form is always text, so numbers ("rows=20"), booleans ("include_private=true")
 * and lists ('facet.field=["tags"]') arrive as strings and are read from them here; a JSON body may
 * send them typed. A bad value is a Validation Error naming the parameter.
 */
import { AppError, type LocalizedText } from '../../../errors.js';
import { ckanRequestErrors } from './ckan.envelope.js';

export interface UploadedFile {
  fileName: string;
  bytes: Buffer;
}

export type RawParams = Record<string, unknown>;

export const paramError = (name: string, message: LocalizedText) =>
  new AppError(
    'opendata.ckan_invalid_param',
    'invalid',
    { id: `Parameter ${name} ${message.id}.`, en: `Parameter ${name} ${message.en}.` },
    { fields: [{ field: name, message }] },
  );

const MISSING: LocalizedText = { id: 'wajib diisi', en: 'Missing value' };

const TRUE = new Set(['true', '1', 'yes', 'on', 't', 'y']);
const FALSE = new Set(['false', '0', 'no', 'off', 'f', 'n', '']);

/**
 * The parameters of one call. Unknown parameters are ignored, as CKAN ignores them; a parameter
 * sent twice in a query string is a list.
 */
export class CkanParams {
  constructor(
    readonly raw: RawParams,
    /** The file in the multipart part "upload", if one was sent. */
    readonly upload?: UploadedFile,
  ) {}

  has(name: string): boolean {
    return this.raw[name] !== undefined && this.raw[name] !== null;
  }

  /** A text parameter; numbers and booleans sent in JSON are taken as their text. */
  string(name: string, { maxLength = 10_000 }: { maxLength?: number } = {}): string | undefined {
    const sent = this.raw[name];
    // A parameter repeated in a query string with one distinct value is still that value.
    const value = Array.isArray(sent) && sent.length === 1 ? sent[0] : sent;
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') {
      if (value.length > maxLength) throw paramError(name, { id: `maksimal ${maxLength} karakter`, en: `must be at most ${maxLength} characters` });
      return value;
    }
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    throw paramError(name, { id: 'harus berupa teks', en: 'must be a string' });
  }

  /** A text parameter that must be present and not blank. */
  requiredString(name: string, options?: { maxLength?: number }): string {
    const value = this.string(name, options)?.trim();
    if (!value) throw paramError(name, MISSING);
    return value;
  }

  /** An integer, from a number or from its digits in text; absent gives the default. */
  int(name: string, options: { fallback: number; min?: number; max?: number }): number;
  int(name: string, options: { fallback?: undefined; min?: number; max?: number }): number | undefined;
  int(name: string, { fallback, min = 0, max }: { fallback?: number; min?: number; max?: number }): number | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null || value === '') return fallback;
    const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(n)) throw paramError(name, { id: 'harus bilangan bulat', en: 'Invalid integer' });
    if (n < min) throw paramError(name, { id: `minimal ${min}`, en: `Must be a natural number (at least ${min})` });
    // Above the maximum CKAN quietly gives the maximum (ckan.search.rows_max): clients that ask for
    // more page on with start/offset.
    return max !== undefined ? Math.min(n, max) : n;
  }

  bool(name: string, fallback: boolean): boolean {
    const value = this.raw[name];
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'boolean') return value;
    if (typeof value === 'number' && (value === 0 || value === 1)) return value === 1;
    if (typeof value === 'string') {
      const v = value.trim().toLowerCase();
      if (TRUE.has(v)) return true;
      if (FALSE.has(v)) return false;
    }
    throw paramError(name, { id: 'harus true atau false', en: 'must be true or false' });
  }

  /** A value that CKAN takes as JSON: sent typed in a JSON body, or as JSON text in a query or form. */
  json(name: string): unknown {
    const value = this.raw[name];
    if (typeof value !== 'string') return value ?? undefined;
    try {
      return JSON.parse(value);
    } catch {
      throw paramError(name, { id: 'harus berisi JSON yang sah', en: 'must hold valid JSON' });
    }
  }

  /**
   * A list of strings: a JSON list, JSON list text ('["a","b"]'), a repeated query parameter, or
   * (as CKAN accepts for datastore fields and sort) text with commas.
   */
  stringList(name: string): string[] | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null) return undefined;
    let list: unknown = value;
    if (typeof value === 'string') {
      const trimmed = value.trim();
      list = trimmed.startsWith('[') ? this.json(name) : trimmed === '' ? [] : trimmed.split(',');
    }
    if (!Array.isArray(list) || list.some((item) => typeof item !== 'string')) {
      throw paramError(name, { id: 'harus berupa daftar teks, mis. ["a","b"]', en: 'must be a list of strings, e.g. ["a","b"]' });
    }
    return list.map((item: string) => item.trim()).filter((item) => item !== '');
  }

  /** A JSON object: sent typed in a JSON body, or as JSON text ('{"tahun": 2024}'). */
  object(name: string): Record<string, unknown> | undefined {
    const value = this.json(name);
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'object' || Array.isArray(value)) {
      throw paramError(name, { id: 'harus berupa objek JSON, mis. {"kolom": "nilai"}', en: 'must be a JSON object, e.g. {"column": "value"}' });
    }
    return value as Record<string, unknown>;
  }
}

/** The query string's parameters: a key sent once is a string, sent more often a list (CKAN's "mixed"). */
export function paramsFromQuery(query: unknown): RawParams {
  if (!query || typeof query !== 'object') return {};
  const out: RawParams = {};
  for (const [key, value] of Object.entries(query as Record<string, unknown>)) {
    out[key] = Array.isArray(value) && value.length === 1 ? value[0] : value;
  }
  return out;
}

/**
 * The parameters of a POST body already parsed by the content-type parsers: a JSON object, or a
 * form. A form whose only field is a JSON text with an empty value is what `curl -d '{...}'` sends
 * (it labels JSON as a form); CKAN reads that JSON, and so do we.
 */
export function paramsFromBody(body: unknown): RawParams {
  if (body === undefined || body === null || body === '') return {};
  if (typeof body !== 'object' || Array.isArray(body)) throw ckanRequestErrors.notAnObject();
  return body as RawParams;
}

/** Parses a form-encoded body, or JSON sent under a form's content type (curl -d '{...}'). */
export function parseFormBody(text: string): RawParams {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return parseJsonBody(trimmed);
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const prior = out[key];
    out[key] = prior === undefined ? value : Array.isArray(prior) ? [...prior, value] : [prior, value];
  }
  const keys = Object.keys(out);
  // Old clients send JSON as the name of a form's only field, with the value '' or '1'.
  if (keys.length === 1 && (out[keys[0]] === '' || out[keys[0]] === '1') && keys[0].trim().startsWith('{')) return parseJsonBody(keys[0]);
  return out;
}

/** A JSON body: must be an object of parameters. */
export function parseJsonBody(text: string): RawParams {
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw ckanRequestErrors.malformedJson((error as Error).message);
  }
  return paramsFromBody(parsed);
}
