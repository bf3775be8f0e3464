/**
 * Which requests are limited, by what, and how far: the limits on public writes and on signing
 * in. A route names its policy in its config (`config: { limits: 'public_write' }`); the hook
 * counts the request against its caller's network address and, when known, its account.
 */
import type { FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';
import type { LimitCheck } from './rate-limiter.js';

export type LimitPolicy = 'public_write' | 'login';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The abuse limit this route counts against; see rate-limit.policies.ts. */
    limits?: LimitPolicy;
  }
}

const MINUTE = 60;

/** The counters a request bumps under its route's policy; none for trusted callers. */
export function checksFor(policy: LimitPolicy, request: FastifyRequest, config: Config): LimitCheck[] {
  const { actor, ip } = request.ctx;
  const address = `ip:${ip ?? 'unknown'}`;
  if (policy === 'login') {
    const rule = { bucket: 'login', max: config.rateLimits.loginsPerMinute, windowSeconds: MINUTE };
    const email = (request.body as { email?: unknown } | undefined)?.email;
    const checks = [{ rule, subject: address }];
    if (typeof email === 'string') checks.push({ rule, subject: `account:${email.trim().toLowerCase()}` });
    return checks;
  }
  // API tokens are issued by an admin to systems the city trusts (its own app's back end, a
  // partner); they are revoked, not throttled. Their reporters still meet the per-reporter limit.
  if (actor?.token) return [];
  const rule = { bucket: 'public_write', max: config.rateLimits.publicWritesPerMinute, windowSeconds: MINUTE };
  const checks = [{ rule, subject: address }];
  if (actor) checks.push({ rule, subject: `account:${actor.userId}` });
  return checks;
}
