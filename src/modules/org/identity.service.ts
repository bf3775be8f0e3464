/**
 * Turns a session cookie or an API token into the Actor that services check permissions against.
 * Implements the platform's IdentityResolver, so the platform never reads this module's tables.
 */

import type { IdentityResolver } from '../../platform/auth/request-auth.js';
import type { Actor, RoleGrant, TokenScope } from '../../platform/context.js';
import { hmac, sha256 } from '../../platform/crypto.js';
import type { Platform } from '../../platform/module.js';
import { extendSession, findLiveSession } from './sessions.repository.js';
import { findUsableToken, touchToken } from './tokens.repository.js';
import { findUserById, grantsOf, type UserRow } from './users.repository.js';

/** A session lives 8 hours past its last use, and never longer than 7 days from sign-in. */
export const SESSION_IDLE_MS = 8 * 3600_000;
export const SESSION_MAX_MS = 7 * 24 * 3600_000;
/** Last-seen and last-used times are written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60_000;

export const TOKEN_PREFIX = 'bk_';

export function sessionIdHash(secret: string, token: string): string {
  return hmac(secret, `session:${token}`);
}

export function apiTokenHash(token: string): string {
  return sha256(token);
}

async function actorOf(platform: Platform, user: UserRow, via: Actor['via']): Promise<Actor> {
  const grants = await grantsOf(platform.db, [user.id]);
  const roles: RoleGrant[] = grants.map((g) => ({ role: g.role, opdId: g.opd_id }));
  return { userId: user.id, name: user.name, email: user.email, roles, via };
}

export function createIdentity(platform: Platform): IdentityResolver {
  const { db } = platform;
  return {
    async fromSessionToken(token) {
      if (token.length > 200) return null;
      const idHash = sessionIdHash(platform.secrets.sessionSecret, token);
      const session = await findLiveSession(db, idHash);
      if (!session) return null;
      const user = await findUserById(db, session.user_id);
      if (!user?.active) return null;
      const now = Date.now();
      if (now - session.last_seen_at.getTime() > TOUCH_EVERY_MS) {
        const cap = session.created_at.getTime() + SESSION_MAX_MS;
        await extendSession(db, idHash, new Date(Math.min(now + SESSION_IDLE_MS, cap)));
      }
      return { actor: await actorOf(platform, user, 'session'), csrfToken: session.csrf_token };
    },

    async fromApiToken(token) {
      if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
      const row = await findUsableToken(db, apiTokenHash(token));
      if (!row) return null;
      const user = await findUserById(db, row.user_id);
      if (!user?.active) return null;
      if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > TOUCH_EVERY_MS) await touchToken(db, row.id);
      const actor = await actorOf(platform, user, 'token');
      return { ...actor, token: { id: row.id, name: row.name, scopes: row.scopes as TokenScope[] } };
    },
  };
}
