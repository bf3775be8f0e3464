/**
 * The only file that reads process.env. Every setting is declared once below with its default and
 * its rule; a bad value stops the start with one line naming the variable and what is allowed.
 */
import path from 'node:path';

export type Locale = 'id' | 'en';

export interface CityBoundingBox {
  minLat: number;
  minLon: number;
  maxLat: number;
  maxLon: number;
}

export interface Config {
  port: number;
  host: string;
  /** Unset means the embedded PGlite database in DATA_DIR. */
  databaseUrl: string | undefined;
  /** Connections per process to PostgreSQL (PGlite is always one). */
  databasePoolSize: number;
  dataDir: string;
  publicUrl: string;
  /** Unset means one is generated into DATA_DIR on first start. */
  sessionSecret: string | undefined;
  /** Key for personal data encrypted at rest (NIK); generated into DATA_DIR when unset. */
  encryptionKey: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  defaultLocale: Locale;
  /** The city's name as people say it, used in messages ("outside Kota Malang"). */
  cityName: string;
  cityTimezone: string;
  cityBbox: CityBoundingBox;
  bodyLimitBytes: number;
  uploadMaxBytes: number;
  uploadMaxFiles: number;
  logLevel: string;
  trustProxy: boolean;
  runWorker: boolean;
  adminEmail: string;
  /** SAMBAT time limits in working days (DOMAIN.md section 2); categories may override them. */
  sambat: { verifyDays: number; respondDays: number; closeDays: number; escalateAfterDays: number };
  /** The built web app's folder; unset means dist/web of this install. */
  webRoot: string | undefined;
  /** The web app's map background: a Leaflet tile URL template and the credit line it requires. */
  map: { tileUrl: string; tileAttribution: string };
  /** SAMBAT by SMS: the gateway's webhook and where replies go. */
  sms: {
    /** Unset means SMS intake is off: the webhook answers 503. */
    webhookSecret: string | undefined;
    /** Unset means replies are logged, not sent. */
    gatewayUrl: string | undefined;
    gatewayToken: string | undefined;
    defaultCategory: string;
    /** A QR place code whose location SMS complaints take; unset files them with an address only. */
    defaultPlace: string | undefined;
  };
  /** Forwarding to SP4N-LAPOR!, the national complaint system: off while url is unset. */
  lapor: { url: string | undefined; token: string | undefined };
  /** Abuse limits, counted in the database so they hold across processes. */
  rateLimits: {
    /** Complaints, replies, supports and reset mails per minute, per network address and per account. */
    publicWritesPerMinute: number;
    /** Sign-in attempts per minute, per network address and per account. */
    loginsPerMinute: number;
    /** Complaints one reporter (account, email, phone, or else address) may file per hour. */
    complaintsPerReporterPerHour: number;
  };
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly rule: string,
  ) {
    super(`${variable}: ${rule}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** The documented settings: README's configuration table lists exactly these names. */
export const CONFIG_VARIABLES = [
  'PORT',
  'HOST',
  'DATABASE_URL',
  'DATABASE_POOL_SIZE',
  'DATA_DIR',
  'PUBLIC_URL',
  'SESSION_SECRET',
  'ENCRYPTION_KEY',
  'SMTP_URL',
  'MAIL_FROM',
  'DEFAULT_LOCALE',
  'CITY_NAME',
  'CITY_TIMEZONE',
  'CITY_BBOX',
  'BODY_LIMIT_BYTES',
  'UPLOAD_MAX_BYTES',
  'UPLOAD_MAX_FILES',
  'LOG_LEVEL',
  'TRUST_PROXY',
  'RUN_WORKER',
  'ADMIN_EMAIL',
  'SAMBAT_VERIFY_DAYS',
  'SAMBAT_RESPOND_DAYS',
  'SAMBAT_CLOSE_DAYS',
  'SAMBAT_ESCALATE_AFTER_DAYS',
  'SMS_WEBHOOK_SECRET',
  'SMS_GATEWAY_URL',
  'SMS_GATEWAY_TOKEN',
  'SMS_DEFAULT_CATEGORY',
  'SMS_DEFAULT_PLACE',
  'LAPOR_URL',
  'LAPOR_TOKEN',
  'MAP_TILE_URL',
  'MAP_TILE_ATTRIBUTION',
  'WEB_ROOT',
  'RATE_LIMIT_PUBLIC_WRITES_PER_MINUTE',
  'RATE_LIMIT_LOGINS_PER_MINUTE',
  'COMPLAINTS_PER_REPORTER_PER_HOUR',
] as const;

function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === '' ? undefined : value;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = read(env, name);
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `must be a URL (${protocols.join(' or ')}), got "${raw}"`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.join(' or ')}, got "${parsed.protocol}"`);
  }
  return raw;
}

/** A Leaflet tile template: an http(s) URL with {z}, {x} and {y}, and optionally {s} for subdomains. */
function tileTemplate(env: Env, name: string): string | undefined {
  const raw = read(env, name);
  if (raw === undefined) return undefined;
  for (const part of ['{z}', '{x}', '{y}']) {
    if (!raw.includes(part)) throw new ConfigError(name, `must contain ${part}, like https://tile.openstreetmap.org/{z}/{x}/{y}.png`);
  }
  url({ [name]: raw.replaceAll('{s}', 'a').replace(/\{[a-z]+\}/g, '0') }, name, ['http:', 'https:']);
  return raw;
}

function secret(env: Env, name: string): string | undefined {
  const raw = read(env, name);
  if (raw !== undefined && raw.length < 32) {
    throw new ConfigError(name, 'must be at least 32 characters; leave it unset to have one generated');
  }
  return raw;
}

/** Like secret, for keys that have no generated fallback; the value is never echoed. */
function optionalSecret(env: Env, name: string, whenUnset: string): string | undefined {
  const raw = read(env, name);
  // A short key can be guessed offline from one signed message.
  if (raw !== undefined && raw.length < 32) throw new ConfigError(name, `must be at least 32 characters; ${whenUnset}`);
  return raw;
}

function pattern(env: Env, name: string, shape: RegExp, rule: string): string | undefined {
  const raw = read(env, name);
  if (raw !== undefined && !shape.test(raw)) throw new ConfigError(name, `${rule}, got "${raw}"`);
  return raw;
}

function timezone(env: Env, name: string, fallback: string): string {
  const raw = read(env, name) ?? fallback;
  try {
    new Intl.DateTimeFormat('en', { timeZone: raw });
  } catch {
    throw new ConfigError(name, `must be an IANA time zone such as Asia/Jakarta, got "${raw}"`);
  }
  return raw;
}

function boundingBox(env: Env, name: string): CityBoundingBox {
  // Kota Malang, DOMAIN.md section 1.
  const raw = read(env, name) ?? '-8.05,112.57,-7.90,112.70';
  const parts = raw.split(',').map((p) => Number(p.trim()));
  const [minLat, minLon, maxLat, maxLon] = parts;
  const valid =
    parts.length === 4 &&
    parts.every(Number.isFinite) &&
    minLat >= -90 &&
    maxLat <= 90 &&
    minLon >= -180 &&
    maxLon <= 180 &&
    minLat < maxLat &&
    minLon < maxLon;
  if (!valid) {
    throw new ConfigError(name, `must be "minLat,minLon,maxLat,maxLon" with min below max, got "${raw}"`);
  }
  return { minLat, minLon, maxLat, maxLon };
}

function email(env: Env, name: string, fallback: string): string {
  const raw = read(env, name) ?? fallback;
  if (!/^[^\s@<>]+@[^\s@<>]+$/.test(raw.replace(/^.*<(.+)>$/, '$1'))) {
    throw new ConfigError(name, `must be an email address, got "${raw}"`);
  }
  return raw;
}

/** Reads and validates the whole configuration; throws ConfigError naming the first bad variable. */
export function loadConfig(env: Env = process.env): Config {
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const host = read(env, 'HOST') ?? '127.0.0.1';
  const publicUrl = url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`;
  return {
    port,
    host,
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    databasePoolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 500),
    dataDir: path.resolve(read(env, 'DATA_DIR') ?? './data'),
    publicUrl: publicUrl.replace(/\/+$/, ''),
    sessionSecret: secret(env, 'SESSION_SECRET'),
    encryptionKey: secret(env, 'ENCRYPTION_KEY'),
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom: email(env, 'MAIL_FROM', 'Balaikota <no-reply@balaikota.localhost>'),
    defaultLocale: oneOf(env, 'DEFAULT_LOCALE', ['id', 'en'] as const, 'id'),
    cityName: read(env, 'CITY_NAME') ?? 'Kota Malang',
    cityTimezone: timezone(env, 'CITY_TIMEZONE', 'Asia/Jakarta'),
    cityBbox: boundingBox(env, 'CITY_BBOX'),
    bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 1_048_576, 1024, 104_857_600),
    uploadMaxBytes: integer(env, 'UPLOAD_MAX_BYTES', 10_485_760, 1024, 104_857_600),
    uploadMaxFiles: integer(env, 'UPLOAD_MAX_FILES', 5, 1, 50),
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    trustProxy: boolean(env, 'TRUST_PROXY', false),
    runWorker: boolean(env, 'RUN_WORKER', true),
    adminEmail: email(env, 'ADMIN_EMAIL', 'admin@balaikota.localhost'),
    sambat: {
      verifyDays: integer(env, 'SAMBAT_VERIFY_DAYS', 3, 1, 60),
      respondDays: integer(env, 'SAMBAT_RESPOND_DAYS', 5, 1, 60),
      closeDays: integer(env, 'SAMBAT_CLOSE_DAYS', 10, 1, 60),
      escalateAfterDays: integer(env, 'SAMBAT_ESCALATE_AFTER_DAYS', 2, 1, 60),
    },
    sms: {
      webhookSecret: optionalSecret(env, 'SMS_WEBHOOK_SECRET', 'leave it unset to turn SMS intake off'),
      gatewayUrl: url(env, 'SMS_GATEWAY_URL', ['http:', 'https:']),
      gatewayToken: read(env, 'SMS_GATEWAY_TOKEN'),
      defaultCategory: pattern(env, 'SMS_DEFAULT_CATEGORY', /^[A-Za-z0-9_-]{1,60}$/, 'must be a complaint category code such as LAINNYA') ?? 'LAINNYA',
      defaultPlace: pattern(env, 'SMS_DEFAULT_PLACE', /^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$/, 'must be a QR place code: 3-40 of a-z, 0-9 and -'),
    },
    lapor: { url: url(env, 'LAPOR_URL', ['http:', 'https:']), token: read(env, 'LAPOR_TOKEN') },
    rateLimits: {
      publicWritesPerMinute: integer(env, 'RATE_LIMIT_PUBLIC_WRITES_PER_MINUTE', 20, 1, 1_000_000),
      loginsPerMinute: integer(env, 'RATE_LIMIT_LOGINS_PER_MINUTE', 10, 1, 1_000_000),
      complaintsPerReporterPerHour: integer(env, 'COMPLAINTS_PER_REPORTER_PER_HOUR', 10, 1, 1_000_000),
    },
    webRoot: read(env, 'WEB_ROOT') === undefined ? undefined : path.resolve(read(env, 'WEB_ROOT')!),
    map: {
      tileUrl: tileTemplate(env, 'MAP_TILE_URL') ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      tileAttribution: read(env, 'MAP_TILE_ATTRIBUTION') ?? '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
    },
  };
}
