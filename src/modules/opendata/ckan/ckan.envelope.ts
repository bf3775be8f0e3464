/**
 * CKAN's answer envelope: {help, success: true, result} or {help, success: false, error}, with the
 * error types and statuses CKAN's Action API uses (ckan/views/api.py), so that CKAN clients which
 * switch on error.__type or the status keep working:
 *
 *   Validation Error    409  {__type, field: [message, ...]} (or {__type, message} without fields)
 *   Authorization Error 403  {__type, message: "Access denied: ..."} (also a bad or missing token)
 *   Not Found Error     404  {__type, message: "Not found: ..."}
 *   Bad Request         400  {__type, message: "Bad request - ..."} (unknown action, unreadable body)
 *
 * CKAN answers an unknown action or an unreadable body with a bare JSON string; here it is the same
 * text inside the envelope, because clients (the npm ckanapi among them) read error.message and
 * would otherwise report nothing. Messages are English unless Accept-Language asks for Indonesian:
 * CKAN clients are written for portals everywhere.
 */
import type { Locale } from '../../../config.js';
import { AppError, type FieldProblem, type LocalizedText } from '../../../errors.js';

export type CkanErrorType =
  | 'Validation Error'
  | 'Authorization Error'
  | 'Not Found Error'
  | 'Bad Request'
  | 'Too Many Requests'
  | 'Service Unavailable'
  | 'Internal Server Error';

export interface CkanError {
  __type: CkanErrorType;
  message?: string;
  [field: string]: string | string[] | undefined;
}

export interface CkanSuccess<T = unknown> {
  help: string;
  success: true;
  result: T;
}

export interface CkanFailure {
  help: string;
  success: false;
  error: CkanError;
}

/** The URL CKAN puts in `help`: the action's documentation through help_show. */
export function helpUrl(publicUrl: string, action: string): string {
  return `${publicUrl}/api/3/action/help_show?name=${encodeURIComponent(action)}`;
}

export function ckanSuccess<T>(help: string, result: T): CkanSuccess<T> {
  return { help, success: true, result };
}

/**
 * Marks an AppError as CKAN's "Bad request" (status 400) rather than a Validation Error: for what
 * is wrong with the request itself (no such action, a body that is not a JSON object), not with
 * the values of the action's parameters.
 */
export function ckanBadRequest(code: string, text: LocalizedText): AppError {
  return new AppError(code, 'invalid', text, { ckanBadRequest: true });
}

export const ckanRequestErrors = {
  unknownAction: (name: string) =>
    ckanBadRequest('opendata.ckan_unknown_action', {
      id: `Nama action tidak dikenal: ${name}. Daftar action ada di dokumentasi API (/api/docs).`,
      en: `Action name not known: ${name}`,
    }),
  postRequired: (name: string) =>
    ckanBadRequest('opendata.ckan_post_required', {
      id: `Action ${name} mengubah data: kirim dengan POST, bukan GET.`,
      en: `JSON Error: Invalid request. Please use POST method for your request (${name} changes data)`,
    }),
  methodNotAllowed: (method: string) =>
    ckanBadRequest('opendata.ckan_method', {
      id: `Action API tidak menerima ${method}: gunakan GET (action baca) atau POST.`,
      en: `The Action API does not take ${method}: use GET (read actions) or POST.`,
    }),
  notAnObject: () =>
    ckanBadRequest('opendata.ckan_body_not_object', {
      id: 'Isi permintaan harus berupa objek JSON ({...}) berisi parameter action.',
      en: 'Bad request data: Request data JSON decoded to something that is not a dictionary; send a JSON object of the action parameters.',
    }),
  malformedJson: (detail: string) =>
    ckanBadRequest('opendata.ckan_malformed_json', {
      id: `Isi permintaan bukan JSON yang sah (${detail}). Periksa tanda kurung, koma dan tanda kutip.`,
      en: `JSON Error: Error decoding JSON data (${detail}). Check its brackets, commas and quotes.`,
    }),
};

const STATUS: Record<CkanErrorType, number> = {
  'Validation Error': 409,
  'Authorization Error': 403,
  'Not Found Error': 404,
  'Bad Request': 400,
  'Too Many Requests': 429,
  'Service Unavailable': 503,
  'Internal Server Error': 500,
};

/** Field problems as CKAN's error dict: each field with its list of messages, in the order found. */
export function fieldLists(fields: FieldProblem[], locale: Locale, rename: (field: string) => string = (f) => f): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of fields) {
    const key = rename(f.field);
    if (!out[key]) out[key] = [];
    const message = f.message[locale];
    if (!out[key].includes(message)) out[key].push(message);
  }
  return out;
}

export interface CkanErrorAnswer {
  status: number;
  error: CkanError;
  /** Retry-After, for a rate limit. */
  headers: Record<string, string>;
}

interface FrameworkError {
  statusCode?: number;
  code?: string;
  message?: string;
  validation?: unknown;
}

/**
 * The CKAN error for anything thrown while serving an action: AppErrors by kind, Fastify's own
 * errors (unreadable bodies, size limits) by status, and anything else as a 500 that names only
 * the request id (the cause goes to the log).
 */
export function ckanErrorFor(error: unknown, locale: Locale, requestId: string, rename?: (field: string) => string): CkanErrorAnswer {
  const make = (type: CkanErrorType, body: Omit<CkanError, '__type'>, headers: Record<string, string> = {}): CkanErrorAnswer => ({
    status: STATUS[type],
    error: { __type: type, ...body },
    headers,
  });
  if (error instanceof AppError) {
    const text = error.text[locale];
    if (error.details.ckanBadRequest) return make('Bad Request', { message: `Bad request - ${text}` });
    switch (error.kind) {
      case 'invalid':
      case 'conflict':
      case 'unprocessable': {
        const fields = error.details.fields ?? [];
        // CKAN's ValidationError keeps a plain message as {message: ...}; with fields, the dict is the fields.
        return fields.length > 0 ? make('Validation Error', fieldLists(fields, locale, rename)) : make('Validation Error', { message: text });
      }
      case 'unauthenticated':
      case 'forbidden':
        return make('Authorization Error', { message: `Access denied: ${text}` });
      case 'not_found':
        return make('Not Found Error', { message: `Not found: ${text}` });
      case 'too_many': {
        const retry = error.details.retryAfterSeconds;
        return make('Too Many Requests', { message: text }, retry !== undefined ? { 'retry-after': String(Math.ceil(retry)) } : {});
      }
      case 'unavailable':
        return make('Service Unavailable', { message: text });
    }
  }
  const fe = (error ?? {}) as FrameworkError;
  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
  if (status === 429) {
    return make('Too Many Requests', {
      message: locale === 'id' ? 'Terlalu banyak permintaan. Coba lagi sebentar lagi.' : 'Too many requests. Please try again shortly.',
    });
  }
  if (status === 413) {
    return {
      ...make('Bad Request', {
        message:
          locale === 'id'
            ? 'Bad request - isi permintaan atau berkas melebihi batas ukuran.'
            : 'Bad request - the request body or file is over the size limit.',
      }),
      status: 413,
    };
  }
  if (status >= 400 && status < 500) {
    const detail = fe.message ?? 'the request could not be read';
    return make('Bad Request', { message: `Bad request - ${locale === 'id' ? 'permintaan tidak dapat dibaca' : 'JSON Error'}: ${detail}` });
  }
  return make('Internal Server Error', {
    message:
      locale === 'id'
        ? `Internal Server Error: terjadi kesalahan di server. Sebutkan kode permintaan ${requestId} bila menghubungi admin.`
        : `Internal Server Error: quote request id ${requestId} when you contact the administrator.`,
  });
}

export function ckanFailure(help: string, error: CkanError): CkanFailure {
  return { help, success: false, error };
}
