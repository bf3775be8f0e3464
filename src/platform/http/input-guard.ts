/**
 * Refuses, for every route, input that passed the schemas and then broke the code behind them:
 *
 * - Text the database cannot store as sent: the NUL character (PostgreSQL's text and jsonb both
 *   reject it) and half of a UTF-16 surrogate pair, which JSON can carry as "\ud800" (jsonb
 *   rejects it; text would quietly keep U+FFFD instead).
 * - Numbers that are not finite. Ajv's type coercion turns a query or form value "Infinity" or
 *   "1e400" into Infinity and then skips minimum and maximum, which it applies to finite numbers
 *   only, so page=Infinity reached OFFSET.
 * - Values nested deeper than MAX_DEPTH. JSON.parse takes 100,000 levels in a 1 MB body, but the
 *   code after it recurses (JSON.stringify, Open311's attribute[CODE] values) and ran out of stack.
 *
 * Each answered 500 before; now the caller gets a 400 that names the field.
 */
import { AppError } from '../../errors.js';
import type { App } from '../module.js';

// A high half not followed by a low half, or a low half not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function storable(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}

/** Far above any body the API takes (a GeoJSON MultiPolygon's coordinates sit 9 levels down). */
export const MAX_DEPTH = 64;

type Problem = 'text' | 'number' | 'depth';

/**
 * The dotted path of the first bad value in `value` ('' when it is `value` itself) and what is
 * wrong with it, or null when all is well. Walks without recursion: a body may nest thousands of
 * levels deep.
 */
export function badInputAt(value: unknown): { path: string; problem: Problem } | null {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value: current, path, depth } = stack.pop()!;
    if (typeof current === 'string') {
      if (!storable(current)) return { path, problem: 'text' };
    } else if (typeof current === 'number') {
      if (!Number.isFinite(current)) return { path, problem: 'number' };
    } else if (current !== null && typeof current === 'object') {
      if (depth >= MAX_DEPTH) return { path, problem: 'depth' };
      const entries = Array.isArray(current) ? current.map((item, i) => [String(i), item] as const) : Object.entries(current);
      // A bad key is not repeated in the message: the field named is the object holding it.
      if (entries.some(([key]) => !storable(key))) return { path, problem: 'text' };
      // Pushed last to first, so the first bad field in the order sent is the one named.
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, item] = entries[i];
        // Past a few levels the path says little and would only grow: the top of it names the field.
        stack.push({ value: item, path: depth < 3 ? (path ? `${path}.${key}` : key) : path, depth: depth + 1 });
      }
    }
  }
  return null;
}

/** Throws a 400 naming the field when `value` holds text that cannot be stored, a number that is not finite, or nests too deep. */
export function refuseBadInput(value: unknown, context: string): void {
  const bad = badInputAt(value);
  if (bad === null) return;
  const field = bad.path || context;
  const { code, text, message } = {
    text: {
      code: 'input.unstorable_text',
      text: {
        id: `Isian ${field} memuat karakter yang tidak dapat disimpan (karakter NUL atau potongan karakter Unicode). Hapus karakter itu lalu kirim lagi.`,
        en: `The field ${field} holds a character that cannot be stored (a NUL character or half of a Unicode character). Remove it and send again.`,
      },
      message: { id: 'memuat karakter yang tidak dapat disimpan', en: 'holds a character that cannot be stored' },
    },
    number: {
      code: 'input.not_finite',
      text: { id: `Isian ${field} harus berupa angka biasa, bukan tak hingga.`, en: `The field ${field} must be an ordinary number, not infinity.` },
      message: { id: 'harus angka yang terhingga', en: 'must be a finite number' },
    },
    depth: {
      code: 'input.too_deep',
      text: {
        id: `Isian ${field} bersarang lebih dari ${MAX_DEPTH} tingkat. Kirim data yang lebih datar.`,
        en: `The field ${field} is nested more than ${MAX_DEPTH} levels deep. Send flatter data.`,
      },
      message: { id: `bersarang lebih dari ${MAX_DEPTH} tingkat`, en: `is nested more than ${MAX_DEPTH} levels deep` },
    },
  }[bad.problem];
  throw new AppError(code, 'invalid', text, { fields: [{ field, message }] });
}

function refuseAll(request: { params: unknown; query: unknown; body: unknown }): void {
  refuseBadInput(request.params, 'params');
  refuseBadInput(request.query, 'querystring');
  refuseBadInput(request.body, 'body');
}

/**
 * Checks the path parameters, query string and parsed body of every request once validation (and
 * its coercion) is done, before any handler sees them. A multipart form's JSON part is parsed in
 * the handler, which checks it with refuseBadInput itself.
 */
export function registerInputGuard(app: App): void {
  app.addHook('preHandler', async (request) => refuseAll(request));
}
