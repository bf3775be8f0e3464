/**
 * Resolves who is calling (session cookie or API token) into request.ctx, and guards cookie-
 * authenticated writes against cross-site request forgery with a per-session token that the
 * client sends back in the X-CSRF-Token header.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';
import { AppError } from '../../errors.js';
import type { Actor, RequestContext } from '../context.js';
import { safeEqual } from '../crypto.js';
import { negotiateLocale } from '../http/locale.js';
import type { App } from '../module.js';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
    /** Set when the request carried a valid session cookie. */
    session?: { token: string; csrfToken: string };
  }
}

export interface SessionInfo {
  actor: Actor;
  csrfToken: string;
}

/** Implemented by the org module, which owns accounts, sessions and tokens. */
export interface IdentityResolver {
  fromSessionToken(token: string): Promise<SessionInfo | null>;
  fromApiToken(token: string): Promise<Actor | null>;
}

export function sessionCookieName(config: Config): string {
  // The __Host- prefix makes browsers refuse the cookie unless it is Secure, host-only and Path=/.
  return config.publicUrl.startsWith('https:') ? '__Host-bk_session' : 'bk_session';
}

export function sessionCookieOptions(config: Config, maxAgeSeconds: number) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.publicUrl.startsWith('https:'),
    maxAge: maxAgeSeconds,
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const badToken = () =>
  new AppError('auth.invalid_token', 'unauthenticated', {
    id: 'Token API tidak valid, sudah dicabut, atau kedaluwarsa.',
    en: 'The API token is invalid, revoked or expired.',
  });

const csrfRefused = () =>
  new AppError('auth.csrf', 'forbidden', {
    id: 'Token CSRF tidak ada atau tidak cocok. Muat ulang halaman lalu coba lagi.',
    en: 'The CSRF token is missing or does not match. Reload the page and try again.',
  });

/**
 * The API token in Authorization: "Bearer <token>", or the bare token as CKAN clients send it;
 * failing that, in X-CKAN-API-Key, which older CKAN clients (and CKAN's own docs) still use.
 */
export function apiTokenOf(request: Pick<FastifyRequest, 'headers'>): string | undefined {
  const header = request.headers.authorization;
  if (header?.trim()) {
    const match = /^Bearer\s+(.+)$/i.exec(header.trim());
    return (match ? match[1] : header).trim();
  }
  const ckanKey = request.headers['x-ckan-api-key'];
  const key = Array.isArray(ckanKey) ? ckanKey[0] : ckanKey;
  return key?.trim() || undefined;
}

export function registerRequestAuth(app: App, config: Config, identity: IdentityResolver): void {
  const cookieName = sessionCookieName(config);
  app.decorateRequest('ctx', null as unknown as RequestContext);
  app.decorateRequest('session', undefined);

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    request.ctx = {
      actor: null,
      ip: request.ip,
      requestId: String(request.id),
      locale: negotiateLocale(request.headers['accept-language'], config.defaultLocale),
    };
    const apiToken = apiTokenOf(request);
    if (apiToken) {
      const actor = await identity.fromApiToken(apiToken);
      if (!actor) throw badToken();
      request.ctx.actor = actor;
      return;
    }
    const cookie = request.cookies[cookieName];
    if (!cookie) return;
    const session = await identity.fromSessionToken(cookie);
    if (!session) {
      reply.clearCookie(cookieName, { path: '/' });
      return;
    }
    request.ctx.actor = session.actor;
    request.session = { token: cookie, csrfToken: session.csrfToken };
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !safeEqual(sent, session.csrfToken)) throw csrfRefused();
    }
  });
}

/** The signed-in actor, or an AppError asking the caller to sign in. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.ctx.actor) {
    throw new AppError('auth.required', 'unauthenticated', {
      id: 'Silakan masuk terlebih dahulu.',
      en: 'Please sign in first.',
    });
  }
  return request.ctx.actor;
}
