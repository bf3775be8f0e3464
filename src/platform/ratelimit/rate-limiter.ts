/**
 * Counters for abuse limits, kept in the database so that every process sees the same count.
 * Fixed windows (a minute, an hour) counted with one upsert per request: cheap, exact across
 * processes, and at worst twice the limit across a window's edge, which is enough to stop floods.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.js';
import { AppError, type LocalizedText } from '../../errors.js';
import { hmac } from '../crypto.js';

export interface LimitRule {
  /** Names the counter; rules with one bucket share it. */
  bucket: string;
  max: number;
  windowSeconds: number;
}

/** One counter to bump: a rule and who it counts (an address, an account, a reporter). */
export interface LimitCheck {
  rule: LimitRule;
  subject: string;
}

export interface Exceeded {
  rule: LimitRule;
  retryAfterSeconds: number;
}

export type ExceededError = (exceeded: Exceeded) => AppError;

/** The answer for a caller over a limit: how long to wait, in the caller's language. */
export function tooManyRequests({ retryAfterSeconds }: Exceeded): AppError {
  return new AppError('rate_limited', 'too_many', waitText(retryAfterSeconds), { retryAfterSeconds });
}

function waitText(seconds: number): LocalizedText {
  if (seconds <= 90) {
    return {
      id: `Terlalu banyak permintaan dalam waktu singkat. Coba lagi dalam ${seconds} detik.`,
      en: `Too many requests in a short time. Try again in ${seconds} seconds.`,
    };
  }
  const minutes = Math.ceil(seconds / 60);
  return {
    id: `Terlalu banyak permintaan dalam waktu singkat. Coba lagi dalam ${minutes} menit.`,
    en: `Too many requests in a short time. Try again in ${minutes} minutes.`,
  };
}

export function createRateLimiter(db: Kysely<Database>, secret: string) {
  return {
    /**
     * Counts one hit on every check and throws when any is over its limit. Pass a transaction to
     * count only what commits (a filing that fails is not held against its reporter).
     */
    async consume(checks: LimitCheck[], onExceeded: ExceededError = tooManyRequests, exec: Kysely<Database> = db): Promise<void> {
      if (checks.length === 0) return;
      const now = Date.now();
      const rows = checks.map(({ rule, subject }) => {
        const windowMs = rule.windowSeconds * 1000;
        const start = Math.floor(now / windowMs) * windowMs;
        return { bucket: rule.bucket, subject: hmac(secret, `${rule.bucket}:${subject}`).slice(0, 40), start, end: start + windowMs };
      });
      // One statement cannot upsert a row twice; the same counter named twice counts once.
      const distinct = rows.filter((r, i) => rows.findIndex((o) => o.bucket === r.bucket && o.subject === r.subject) === i);
      const values = sql.join(distinct.map((r) => sql`(${r.bucket}, ${r.subject}, ${new Date(r.start)}, 1, ${new Date(r.end)})`));
      const { rows: counted } = await sql<{ bucket: string; subject: string; hits: number }>`
        insert into rate_limit_hit (bucket, subject, window_start, hits, expires_at) values ${values}
        on conflict (bucket, subject, window_start) do update set hits = rate_limit_hit.hits + 1
        returning bucket, subject, hits`.execute(exec);
      let worst: Exceeded | undefined;
      for (const [i, { rule }] of checks.entries()) {
        const hits = counted.find((c) => c.bucket === rows[i].bucket && c.subject === rows[i].subject)?.hits ?? 0;
        if (hits <= rule.max) continue;
        const retryAfterSeconds = Math.max(1, Math.ceil((rows[i].end - now) / 1000));
        if (!worst || retryAfterSeconds > worst.retryAfterSeconds) worst = { rule, retryAfterSeconds };
      }
      if (worst) throw onExceeded(worst);
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;

/** Drops counters whose window has passed. */
export async function deleteExpiredCounters(db: Kysely<Database>): Promise<void> {
  await sql`delete from rate_limit_hit where expires_at < now()`.execute(db);
}
