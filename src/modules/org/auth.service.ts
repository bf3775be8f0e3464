/**
 * Signing in and out, changing and resetting passwords. Failed sign-ins are counted per account
 * (a lockout after MAX_FAILED_LOGINS) and per IP address (a throttle), both in the database so
 * they hold across processes.
 */

import { assertStrongPassword, decoyHash, hashPassword, verifyPassword } from '../../platform/auth/passwords.js';
import type { Actor, RequestContext } from '../../platform/context.js';
import { randomToken, sha256 } from '../../platform/crypto.js';
import { MAIL_TOPIC } from '../../platform/mail/mailer.js';
import type { Platform } from '../../platform/module.js';
import { passwordResetMail } from './auth.mail.js';
import { SESSION_IDLE_MS, sessionIdHash } from './identity.service.js';
import { orgErrors } from './org.errors.js';
import * as sessions from './sessions.repository.js';
import { findUserByEmail, findUserById, type UserRow, updateUser } from './users.repository.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60_000;
export const IP_FAILURE_LIMIT = 20;
export const IP_WINDOW_MS = 15 * 60_000;
export const RESET_TTL_MS = 60 * 60_000;

/** The user acting on their own account before a session exists (sign-in, reset by mail). */
function selfActor(user: UserRow): Actor {
  return { userId: user.id, name: user.name, email: user.email, roles: [], via: 'session' };
}

export interface SignedIn {
  sessionToken: string;
  csrfToken: string;
  user: UserRow;
  expiresAt: Date;
}

export function createAuthService(platform: Platform) {
  const { db, audit, outbox, secrets, config } = platform;

  async function throttleIp(ip: string): Promise<void> {
    const since = new Date(Date.now() - IP_WINDOW_MS);
    const { count, oldest } = await sessions.recentFailuresFromIp(db, ip, since);
    if (count >= IP_FAILURE_LIMIT && oldest) {
      throw orgErrors.ipThrottled(Math.max(1, (oldest.getTime() + IP_WINDOW_MS - Date.now()) / 1000));
    }
  }

  async function failed(ctx: RequestContext, email: string, user?: UserRow): Promise<never> {
    await sessions.recordLoginFailure(db, ctx.ip ?? 'unknown', email);
    if (user) {
      const count = user.failed_logins + 1;
      if (count >= MAX_FAILED_LOGINS) {
        await db.transaction().execute(async (trx) => {
          await updateUser(trx, user.id, { failed_logins: 0, locked_until: new Date(Date.now() + LOCKOUT_MS) });
          await audit.record(trx, ctx, { action: 'auth.lockout', recordType: 'user', recordId: user.id, after: { lockedForMinutes: LOCKOUT_MS / 60_000 } });
        });
      } else {
        await updateUser(db, user.id, { failed_logins: count });
      }
    }
    throw orgErrors.badCredentials();
  }

  return {
    /** Checks the password and opens a session; throws on bad credentials, lockout or throttle. */
    async login(ctx: RequestContext, email: string, password: string, userAgent: string | null): Promise<SignedIn> {
      await throttleIp(ctx.ip ?? 'unknown');
      const user = await findUserByEmail(db, email);
      if (!user?.active || !user.password_hash) {
        await verifyPassword(await decoyHash(), password);
        return failed(ctx, email);
      }
      if (user.locked_until && user.locked_until.getTime() > Date.now()) {
        throw orgErrors.accountLocked((user.locked_until.getTime() - Date.now()) / 1000);
      }
      if (!(await verifyPassword(user.password_hash, password))) return failed(ctx, email, user);

      const sessionToken = randomToken(32);
      const csrfToken = randomToken(24);
      const expiresAt = new Date(Date.now() + SESSION_IDLE_MS);
      const signedInCtx = { ...ctx, actor: selfActor(user) };
      const updated = await db.transaction().execute(async (trx) => {
        const row = await updateUser(trx, user.id, { failed_logins: 0, locked_until: null, last_login_at: new Date() });
        await sessions.insertSession(trx, {
          id_hash: sessionIdHash(secrets.sessionSecret, sessionToken),
          user_id: user.id,
          csrf_token: csrfToken,
          expires_at: expiresAt,
          ip: ctx.ip,
          user_agent: userAgent?.slice(0, 300) ?? null,
        });
        await audit.record(trx, signedInCtx, { action: 'auth.login', recordType: 'user', recordId: user.id });
        return row ?? user;
      });
      return { sessionToken, csrfToken, user: updated, expiresAt };
    },

    /** Ends the session the request came with. */
    async logout(ctx: RequestContext, sessionToken: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await sessions.deleteSession(trx, sessionIdHash(secrets.sessionSecret, sessionToken));
        if (ctx.actor) await audit.record(trx, ctx, { action: 'auth.logout', recordType: 'user', recordId: ctx.actor.userId });
      });
    },

    /** Changes the signed-in user's password and ends their other sessions. */
    async changePassword(ctx: RequestContext, sessionToken: string | undefined, currentPassword: string, newPassword: string): Promise<void> {
      const actor = ctx.actor;
      if (!actor) throw orgErrors.badCredentials();
      const user = await findUserById(db, actor.userId);
      if (!user || !(await verifyPassword(user.password_hash, currentPassword))) throw orgErrors.wrongCurrentPassword();
      assertStrongPassword(newPassword, user.email);
      const hash = await hashPassword(newPassword);
      await db.transaction().execute(async (trx) => {
        await updateUser(trx, user.id, { password_hash: hash });
        await sessions.deleteSessionsOfUser(trx, user.id, sessionToken ? sessionIdHash(secrets.sessionSecret, sessionToken) : undefined);
        await audit.record(trx, ctx, { action: 'auth.password_change', recordType: 'user', recordId: user.id });
      });
    },

    /**
     * Mails a one-hour reset link when the address belongs to an active account. The answer is the
     * same either way, so the form does not reveal who has an account.
     */
    async requestPasswordReset(ctx: RequestContext, email: string): Promise<void> {
      await throttleIp(ctx.ip ?? 'unknown');
      const user = await findUserByEmail(db, email);
      if (!user?.active) {
        // Counted like a failed sign-in, so the form cannot be used to probe addresses at speed.
        await sessions.recordLoginFailure(db, ctx.ip ?? 'unknown', email);
        return;
      }
      const token = randomToken(32);
      await db.transaction().execute(async (trx) => {
        await sessions.insertPasswordReset(trx, { token_hash: sha256(token), user_id: user.id, expires_at: new Date(Date.now() + RESET_TTL_MS) });
        await outbox.enqueue(trx, MAIL_TOPIC, { ...passwordResetMail(config.publicUrl, user, token) });
        await audit.record(trx, ctx, { action: 'auth.password_reset_request', recordType: 'user', recordId: user.id });
      });
    },

    /** Sets a new password with a token from the reset mail; ends every session of the user. */
    async confirmPasswordReset(ctx: RequestContext, token: string, newPassword: string): Promise<void> {
      const tokenHash = sha256(token);
      await db.transaction().execute(async (trx) => {
        const reset = await sessions.consumePasswordReset(trx, tokenHash);
        if (!reset) throw orgErrors.resetTokenInvalid();
        const user = await findUserById(trx, reset.user_id);
        if (!user?.active) throw orgErrors.resetTokenInvalid();
        assertStrongPassword(newPassword, user.email);
        await updateUser(trx, user.id, { password_hash: await hashPassword(newPassword), failed_logins: 0, locked_until: null });
        await sessions.deleteSessionsOfUser(trx, user.id);
        await audit.record(trx, { ...ctx, actor: selfActor(user) }, { action: 'auth.password_reset', recordType: 'user', recordId: user.id });
      });
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
