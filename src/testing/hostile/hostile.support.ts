/**
 * What the hostile-input tests share: the inputs an attacker or a broken client sends, the checks
 * every answer must pass (no 5xx; a refusal a person can read, in their language), and the ledger
 * that proves a refused request left nothing behind, in the database or on disk.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { expect } from 'vitest';
import type { TestApp } from '../test-app.js';

// --- The ledger ------------------------------------------------------------------------------

/** Every table a public request writes to. A refused request must leave each count as it was. */
export const LEDGER_TABLES = [
  'complaint',
  'complaint_event',
  'complaint_photo',
  'complaint_supporter',
  'complaint_opd',
  'audit_log',
  'outbox',
  'idempotency_record',
] as const;

export type Ledger = Record<(typeof LEDGER_TABLES)[number] | 'files', number>;

/** Files under a folder, as paths relative to it; none when it does not exist yet. */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((name) => fs.statSync(path.join(dir, name)).isFile()).sort();
}

export function uploadsOf(t: TestApp): string {
  return path.join(t.config.dataDir, 'uploads');
}

/** The row counts of the ledger tables and the number of stored upload files, in one statement. */
export async function ledger(t: TestApp): Promise<Ledger> {
  const columns = LEDGER_TABLES.map((name) => `(select count(*)::int from ${name}) as ${name}`).join(', ');
  const { rows } = await sql.raw<Omit<Ledger, 'files'>>(`select ${columns}`).execute(t.platform.db);
  return { ...rows[0], files: filesUnder(uploadsOf(t)).length };
}

/** How each count moved from `before` to `after`; tables that did not move are left out. */
export function delta(before: Ledger, after: Ledger): Partial<Ledger> {
  const moved: Partial<Ledger> = {};
  for (const key of Object.keys(before) as Array<keyof Ledger>) {
    if (after[key] !== before[key]) moved[key] = after[key] - before[key];
  }
  return moved;
}

// --- What every answer must be ---------------------------------------------------------------

export type Locale = 'id' | 'en';

// The problem titles by language (platform/http/problem.ts): the title tells which language the
// answer was written in without the test knowing every message.
const TITLES: Record<Locale, Set<string>> = {
  id: new Set([
    'Permintaan tidak valid',
    'Belum masuk',
    'Tidak diizinkan',
    'Tidak ditemukan',
    'Metode tidak diizinkan',
    'Konflik',
    'Isi permintaan terlalu besar',
    'Alamat terlalu panjang',
    'Jenis konten tidak didukung',
    'Tidak dapat diproses',
    'Terlalu banyak permintaan',
  ]),
  en: new Set([
    'Bad request',
    'Not signed in',
    'Forbidden',
    'Not found',
    'Method not allowed',
    'Conflict',
    'Content too large',
    'URI too long',
    'Unsupported media type',
    'Unprocessable content',
    'Too many requests',
  ]),
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters looked for.
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|&#x0*(?:[0-8bcef]|1[0-9a-f]);|&#0*(?:[0-8]|1[1245-9]|2\d|3[01]);/i;

function noServerError(res: LightMyRequestResponse): void {
  expect(res.statusCode, `${res.statusCode} ${res.body.slice(0, 400)}`).toBeLessThan(500);
}

/**
 * No server error; a refusal is application/problem+json with a detail to act on, written in
 * `locale` ('any' when the Accept-Language sent is too odd to predict).
 */
export function expectHandled(res: LightMyRequestResponse, locale: Locale | 'any' = 'id'): void {
  noServerError(res);
  if (res.statusCode < 400) return;
  expect(String(res.headers['content-type']), res.body.slice(0, 400)).toMatch(/^application\/problem\+json/);
  const problem = res.json();
  expect(problem.status).toBe(res.statusCode);
  expect(typeof problem.detail === 'string' && problem.detail.trim().length > 0, res.body).toBe(true);
  expect(typeof problem.code === 'string' && problem.code.length > 0, res.body).toBe(true);
  const languages = locale === 'any' ? (['id', 'en'] as const) : [locale];
  expect(
    languages.some((l) => TITLES[l].has(problem.title)),
    `title "${problem.title}" should be ${locale}`,
  ).toBe(true);
}

/**
 * The same for /open311, which answers errors as Open311's list of {code, description}, in JSON or
 * XML. A path with broken percent-encoding or a segment over 100 characters is refused before any
 * route is chosen, as a problem.
 */
export function expectOpen311Handled(res: LightMyRequestResponse, format: 'json' | 'xml'): void {
  if (String(res.headers['content-type']).startsWith('application/problem+json') && ['bad_url', 'url_too_long'].includes(res.json().code)) {
    expectHandled(res, 'any');
    return;
  }
  noServerError(res);
  if (format === 'xml') {
    expect(XMLValidator.validate(res.body), res.body.slice(0, 400)).toBe(true);
    // XML 1.0 has no way to write these, not even as character references: a strict parser stops at them.
    expect(res.body, 'a character XML 1.0 cannot hold').not.toMatch(XML_FORBIDDEN);
  }
  if (res.statusCode < 400) return;
  if (format === 'json') {
    const errors = res.json() as Array<{ code: number; description: string }>;
    expect(Array.isArray(errors) && errors.length > 0, res.body).toBe(true);
    for (const e of errors) {
      expect(e.code).toBe(res.statusCode);
      expect(e.description.trim().length).toBeGreaterThan(0);
    }
  } else {
    expect(res.body).toMatch(/<errors>\s*<error>\s*<code>\d{3}<\/code>\s*<description>[^<]+<\/description>/);
  }
}

// --- Hostile inputs --------------------------------------------------------------------------

export const SQL_INJECTIONS = [
  "'; drop table complaint; --",
  "' or 1=1 --",
  '" or ""="',
  "1'; select pg_sleep(10); --",
  "'); delete from audit_log where ('1'='1",
  '$$; drop table outbox; $$',
  "\\'; truncate complaint cascade; --",
  "%' union select secret_hash, null from complaint --",
  "admin'--",
  '1 or 1=1',
];

export const MARKUP = [
  '<script>alert(document.cookie)</script>',
  '<img src=x onerror="alert(1)">',
  '"><svg onload=alert(1)>',
  "javascript:alert('x')",
  '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
  '{{constructor.constructor("alert(1)")()}}',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">klik</a>',
  ']]><![CDATA[<x>',
  '&lt;b&gt; &amp;amp; &#x3C;',
];

/** Strings that have broken parsers, databases and renderers elsewhere. */
export const ODD_TEXT = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u0001\u0002\u001b[31m',
  '\ud800',
  '\udfff\ud800',
  '\u202e\u202dterbalik',
  '\ufeff',
  '\u200b\u200c\u200d',
  '🏙️‍🔥 👨‍👩‍👧‍👦',
  'İıǅß',
  '\r\n\r\nX-Injected: 1',
  '%00',
  '%',
  '%E0%A4%A',
  '__proto__',
  'constructor',
  '{"$ne":null}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection, sent as plain text.
  '${7*7}',
  '../../etc/passwd',
  '..\\..\\windows\\win.ini',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '9'.repeat(400),
  'SBT-2026-000001',
];

export const hostileConstants = fc.constantFrom(...SQL_INJECTIONS, ...MARKUP, ...ODD_TEXT);

/** Any text: arbitrary code points (lone surrogates included), graphemes, the lists above, and now and then a huge one. */
export function hostileText(maxLength = 300): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength }) },
    { weight: 4, arbitrary: hostileConstants },
    { weight: 2, arbitrary: fc.tuple(fc.string({ maxLength: 20 }), hostileConstants, fc.string({ maxLength: 20 })).map((p) => p.join('')) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 300_000 }).map((n) => 'x'.repeat(n)) },
  );
}

/** An array or object nested `depth` levels around a hostile leaf. */
export const deepValue: fc.Arbitrary<unknown> = fc.tuple(fc.integer({ min: 2, max: 3000 }), fc.boolean(), hostileConstants).map(([depth, arrays, leaf]) => {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = arrays ? [value] : { a: value };
  return value;
});

/** Any JSON value, or a text from the lists: what goes in a field whose type the sender ignores. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileText() },
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: deepValue },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, 0, -1, 1e308, Number.MAX_SAFE_INTEGER + 2) },
);

/** Header values a real client can send: visible ASCII and Latin-1, with spaces and tabs. */
export const headerText = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0x20, max: 0x7e }),
      fc.integer({ min: 0xa0, max: 0xff }),
      fc.constant(0x09),
      fc.constantFrom(...'=;,-_.q0'.split('').map((c) => c.charCodeAt(0))),
    ),
    { maxLength: 120 },
  )
  .map((codes) => String.fromCharCode(...codes).trim());

/** Accept-Language headers with the language the answer must come in; odd ones may come in either. */
export const acceptLanguage: fc.Arbitrary<{ header: string | undefined; locale: Locale | 'any' }> = fc.oneof(
  fc.constantFrom<{ header: string | undefined; locale: Locale }>(
    { header: undefined, locale: 'id' },
    { header: 'id', locale: 'id' },
    { header: 'id-ID,id;q=0.9,en;q=0.8', locale: 'id' },
    { header: 'en', locale: 'en' },
    { header: 'EN-gb', locale: 'en' },
    { header: 'en-US,en;q=0.9', locale: 'en' },
    { header: 'fr-FR,de;q=0.5', locale: 'id' },
    { header: 'en;q=0, id', locale: 'id' },
    { header: 'de;q=0.9, en;q=0.8', locale: 'en' },
    { header: '*', locale: 'id' },
  ),
  headerText.map((header) => ({ header, locale: 'any' as const })),
);

/** Headers for a request, leaving out those given as undefined. */
export function headersOf(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** Percent-encodes every byte, so any bytes (invalid UTF-8 included) can travel in a URL. */
export function percentBytes(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => `%${b.toString(16).padStart(2, '0').toUpperCase()}`).join('');
}

/** Percent-encodes a string's UTF-8 bytes (a lone surrogate travels as U+FFFD, as a browser sends it). */
export function percent(text: string): string {
  return percentBytes(Buffer.from(text, 'utf8'));
}

/** A URL path segment or query value: encoded text, raw bytes, or the bare characters URLs are made of. */
export const urlPiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: hostileText(80).map(percent) },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 40 }).map(percentBytes) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(..."abcXYZ019-_.~!$'()*+,;=:@/%?&".split('')), maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom('%', '%%', '%G0', '%E0%A4%A', '%C0%AF', '%ED%A0%80', '%00', '..', '%2E%2E%2F', '.json', '.xml', '.JSON') },
);

/** A raw query string: known parameter names and made-up ones, with any values, repeated or not. */
export function queryString(names: readonly string[]): fc.Arbitrary<string> {
  const name = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: urlPiece });
  const pair = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(name, urlPiece).map(([n, v]) => `${n}=${v}`) },
    { weight: 1, arbitrary: name },
    { weight: 1, arbitrary: fc.tuple(name, name).map(([n, m]) => `${n}[${m}]=1`) },
  );
  return fc.array(pair, { maxLength: 8 }).map((pairs) => pairs.join('&'));
}

let ipCounter = 0;
/** A fresh client address per request, so per-address limits meet each request once. */
export function nextIp(): string {
  ipCounter++;
  return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
}

/**
 * fast-check settings: moderate runs, so a property takes seconds on a busy 2-core machine. Each
 * run draws new inputs; a failure prints its seed, and FC_SEED=<seed> replays it.
 */
export function runs(numRuns: number): fc.Parameters<unknown> {
  const seed = Number(process.env.FC_SEED);
  return Number.isInteger(seed) && process.env.FC_SEED ? { numRuns, seed } : { numRuns };
}

// --- Multipart bodies, broken as a hostile client would break them ---------------------------

export interface RawPart {
  /** The part's header block, without the blank line that ends it; raw bytes allowed. */
  head: Buffer | string;
  body: Buffer | string;
}

/**
 * A multipart/form-data body from raw parts, so file names may carry quotes, CR LF, NUL or bytes
 * that are not UTF-8. `truncate` cuts the body short of its closing boundary.
 */
let boundaries = 0;
export function rawMultipart(parts: RawPart[], options: { truncate?: number; boundary?: string } = {}) {
  const boundary = options.boundary ?? `----hostile-boundary-${++boundaries}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    chunks.push(Buffer.from(`--${boundary}\r\n`), Buffer.from(part.head), Buffer.from('\r\n\r\n'), Buffer.from(part.body), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  let payload = Buffer.concat(chunks);
  if (options.truncate !== undefined) payload = payload.subarray(0, Math.min(options.truncate, payload.length));
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** The header block of a file part named `field` with the file name given as raw bytes or text. */
export function filePartHead(field: string, fileName: Buffer | string, contentType = 'image/jpeg'): Buffer {
  return Buffer.concat([
    Buffer.from(`Content-Disposition: form-data; name="${field}"; filename="`),
    Buffer.from(fileName),
    Buffer.from(`"\r\nContent-Type: ${contentType}`),
  ]);
}

/** Names that try to climb out of the upload folder or trip up a file system. */
export const PATH_TRICKS: Array<Buffer | string> = [
  '../../etc/passwd',
  '../../../../../../tmp/bk-hostile-escape.jpg',
  '..\\..\\bk-hostile-escape.jpg',
  '/etc/passwd',
  'C:\\Windows\\System32\\bk-hostile.jpg',
  '%2e%2e%2f%2e%2e%2fbk-hostile-escape.jpg',
  'foto.jpg\u0000.php',
  `${'a'.repeat(5000)}.jpg`,
  'con.jpg',
  'NUL',
  '.htaccess',
  "foto.jpg; filename*=UTF-8''..%2F..%2Fbk-hostile-escape.jpg",
  Buffer.from([0x66, 0xff, 0xfe, 0x2e, 0x6a, 0x70, 0x67]),
  '',
];

/** The only shape a stored photo's key may have: our folder, our uuid, our suffix; nothing of the upload's name. */
export const PHOTO_KEY = /^complaints\/[0-9a-f-]{36}\/[0-9a-f-]{36}(?:-original\.(?:jpg|png|webp)|-thumb\.jpg|\.jpg)$/;
