/**
 * The one error handler: maps AppError kinds and Fastify's own errors to HTTP statuses and answers
 * application/problem+json (RFC 9457) in the request's language. A 5xx says only that something
 * failed and which request id to quote; the cause goes to the log under that id.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Locale } from '../../config.js';
import { AppError, type ErrorKind, type FieldProblem, type LocalizedText } from '../../errors.js';
import { negotiateLocale } from './locale.js';
import { fieldProblems } from './validation-messages.js';

const STATUS_OF_KIND: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  too_many: 429,
  unavailable: 503,
};

const TITLES: Record<number, LocalizedText> = {
  400: { id: 'Permintaan tidak valid', en: 'Bad request' },
  401: { id: 'Belum masuk', en: 'Not signed in' },
  403: { id: 'Tidak diizinkan', en: 'Forbidden' },
  404: { id: 'Tidak ditemukan', en: 'Not found' },
  405: { id: 'Metode tidak diizinkan', en: 'Method not allowed' },
  409: { id: 'Konflik', en: 'Conflict' },
  413: { id: 'Isi permintaan terlalu besar', en: 'Content too large' },
  414: { id: 'Alamat terlalu panjang', en: 'URI too long' },
  415: { id: 'Jenis konten tidak didukung', en: 'Unsupported media type' },
  422: { id: 'Tidak dapat diproses', en: 'Unprocessable content' },
  429: { id: 'Terlalu banyak permintaan', en: 'Too many requests' },
  500: { id: 'Kesalahan server', en: 'Internal server error' },
  503: { id: 'Layanan belum siap', en: 'Service unavailable' },
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance: string;
  requestId: string;
  errors?: Array<{ field: string; message: string }>;
}

function problem(request: FastifyRequest, locale: Locale, status: number, code: string, detail: LocalizedText, fields?: FieldProblem[]): Problem {
  const body: Problem = {
    type: `urn:balaikota:problem:${code}`,
    title: (TITLES[status] ?? TITLES[status >= 500 ? 500 : 400])[locale],
    status,
    detail: detail[locale],
    code,
    instance: request.url.split('?')[0],
    requestId: String(request.id),
  };
  if (fields && fields.length > 0) {
    body.errors = fields.map((f) => ({ field: f.field, message: `${f.field} ${f.message[locale]}` }));
  }
  return body;
}

export function sendProblem(reply: FastifyReply, body: Problem, headers: Record<string, string> = {}): FastifyReply {
  return reply.code(body.status).headers(headers).type('application/problem+json; charset=utf-8').send(body);
}

function localeOf(request: FastifyRequest, fallback: Locale): Locale {
  return request.ctx?.locale ?? negotiateLocale(request.headers['accept-language'], fallback);
}

/** Builds the answer for any thrown error. */
export function problemFor(error: unknown, request: FastifyRequest, fallback: Locale): { body: Problem; headers: Record<string, string> } {
  const locale = localeOf(request, fallback);
  if (error instanceof AppError) {
    const status = STATUS_OF_KIND[error.kind];
    const headers: Record<string, string> = {};
    if (error.details.retryAfterSeconds !== undefined) headers['retry-after'] = String(Math.ceil(error.details.retryAfterSeconds));
    return { body: problem(request, locale, status, error.code, error.text, error.details.fields), headers };
  }
  const fe = error as FastifyError & { validationContext?: string };
  if (fe.validation) {
    const fields = fieldProblems(fe.validation as never, fe.validationContext ?? 'body');
    const names = fields.map((f) => f.field).join(', ');
    return {
      body: problem(
        request,
        locale,
        400,
        'validation_failed',
        { id: `Periksa isian berikut: ${names}.`, en: `Please correct these fields: ${names}.` },
        fields,
      ),
      headers: {},
    };
  }
  switch (fe.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        body: problem(request, locale, 413, 'body_too_large', {
          id: 'Isi permintaan melebihi batas ukuran. Perkecil data atau berkas yang dikirim.',
          en: 'The request body is over the size limit. Send less data or a smaller file.',
        }),
        headers: {},
      };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        body: problem(request, locale, 415, 'unsupported_media_type', {
          id: `Jenis konten ${request.headers['content-type'] ?? '(kosong)'} tidak diterima di sini. Gunakan application/json.`,
          en: `Content type ${request.headers['content-type'] ?? '(none)'} is not accepted here. Use application/json.`,
        }),
        headers: {},
      };
    case 'FST_ERR_BAD_URL':
      return {
        body: problem(request, locale, 400, 'bad_url', {
          id: 'Alamat permintaan memuat kode persen (%) yang rusak. Tulis tanda % sebagai %25.',
          en: 'The request address holds a broken percent-encoding. Write a % sign as %25.',
        }),
        headers: {},
      };
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return {
        body: problem(request, locale, 414, 'url_too_long', {
          id: 'Salah satu bagian alamat permintaan terlalu panjang (lebih dari 100 karakter). Periksa alamatnya.',
          en: 'A part of the request address is too long (over 100 characters). Check the address.',
        }),
        headers: {},
      };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return {
        body: problem(request, locale, 400, 'malformed_body', {
          id: 'Isi permintaan bukan JSON yang sah. Periksa tanda kurung, koma dan tanda kutip.',
          en: 'The request body is not valid JSON. Check its brackets, commas and quotes.',
        }),
        headers: {},
      };
  }
  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
  if (status === 429) {
    return {
      body: problem(request, locale, 429, 'rate_limited', {
        id: 'Terlalu banyak permintaan. Coba lagi sebentar lagi.',
        en: 'Too many requests. Please try again shortly.',
      }),
      headers: {},
    };
  }
  if (status >= 400 && status < 500) {
    return {
      body: problem(request, locale, status, 'bad_request', { id: 'Permintaan tidak dapat diterima.', en: 'The request could not be accepted.' }),
      headers: {},
    };
  }
  return {
    body: problem(request, locale, 500, 'internal_error', {
      id: `Terjadi kesalahan di server. Sebutkan kode permintaan ${request.id} bila menghubungi admin.`,
      en: `Something went wrong on the server. Quote request id ${request.id} when you contact the administrator.`,
    }),
    headers: {},
  };
}

/** The answer for a path or method that no route serves. */
export function routeNotFound(request: FastifyRequest, fallback: Locale): Problem {
  const path = request.url.split('?')[0];
  return problem(request, localeOf(request, fallback), 404, 'route_not_found', {
    id: `Tidak ada ${request.method} ${path}. Daftar API ada di /api/docs.`,
    en: `There is no ${request.method} ${path}. The API is described at /api/docs.`,
  });
}
