import { requireActor, sessionCookieName, sessionCookieOptions } from '../../platform/auth/request-auth.js';
import { problems } from '../../platform/http/schemas.js';
import type { App, Platform } from '../../platform/module.js';
import { Accepted, ChangePasswordBody, LoginBody, MeAnswer, ResetConfirmBody, ResetRequestBody, SessionAnswer, SessionStateAnswer } from './auth.schemas.js';
import { createAuthService } from './auth.service.js';
import { grantsOf } from './users.repository.js';
import { createUsersService, userView } from './users.service.js';

const tags = ['auth'];

export function registerAuthRoutes(app: App, platform: Platform): void {
  const auth = createAuthService(platform);
  const users = createUsersService(platform);
  const cookieName = sessionCookieName(platform.config);

  app.post(
    '/api/auth/login',
    {
      config: { limits: 'login' },
      schema: { tags, summary: 'Sign in with email and password', body: LoginBody, response: { 200: SessionAnswer, ...problems(400, 401, 429) } },
    },
    async (request, reply) => {
      const signed = await auth.login(request.ctx, request.body.email, request.body.password, request.headers['user-agent'] ?? null);
      reply.setCookie(cookieName, signed.sessionToken, sessionCookieOptions(platform.config, Math.floor((signed.expiresAt.getTime() - Date.now()) / 1000)));
      return {
        user: userView(signed.user, await grantsOf(platform.db, [signed.user.id])),
        csrfToken: signed.csrfToken,
        expiresAt: signed.expiresAt.toISOString(),
      };
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags, summary: 'Sign out of this session', response: { 204: { type: 'null' }, ...problems(401, 403) } } },
    async (request, reply) => {
      requireActor(request);
      if (request.session) await auth.logout(request.ctx, request.session.token);
      reply.clearCookie(cookieName, { path: '/' });
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/auth/me',
    { schema: { tags, summary: 'The signed-in account, its roles and its CSRF token', response: { 200: MeAnswer, ...problems(401) } } },
    async (request) => ({ user: await users.me(request.ctx), csrfToken: request.session?.csrfToken ?? null }),
  );

  // The web app asks on every first page view whether someone is signed in; most visitors are not,
  // and for them "nobody" is an answer, not an error.
  app.get(
    '/api/auth/session',
    { schema: { tags, summary: 'Who is signed in with this cookie, if anyone (always 200)', response: { 200: SessionStateAnswer } } },
    async (request) =>
      request.ctx.actor ? { user: await users.me(request.ctx), csrfToken: request.session?.csrfToken ?? null } : { user: null, csrfToken: null },
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags,
        summary: 'Change your password (ends your other sessions)',
        body: ChangePasswordBody,
        response: { 204: { type: 'null' }, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      requireActor(request);
      await auth.changePassword(request.ctx, request.session?.token, request.body.currentPassword, request.body.newPassword);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/auth/password-reset/request',
    {
      config: { limits: 'public_write' },
      schema: {
        tags,
        summary: 'Mail a password reset link (same answer whether or not the account exists)',
        body: ResetRequestBody,
        response: { 202: Accepted, ...problems(400, 429) },
      },
    },
    async (request, reply) => {
      await auth.requestPasswordReset(request.ctx, request.body.email);
      const message =
        request.ctx.locale === 'en'
          ? 'If the address belongs to an account, a reset link is on its way. It works for one hour.'
          : 'Bila alamat itu terdaftar, tautan atur ulang sedang dikirim. Tautan berlaku satu jam.';
      return reply.code(202).send({ message });
    },
  );

  app.post(
    '/api/auth/password-reset/confirm',
    {
      config: { limits: 'public_write' },
      schema: {
        tags,
        summary: 'Set a new password with the token from the reset mail',
        body: ResetConfirmBody,
        response: { 204: { type: 'null' }, ...problems(400, 429) },
      },
    },
    async (request, reply) => {
      await auth.confirmPasswordReset(request.ctx, request.body.token, request.body.newPassword);
      return reply.code(204).send();
    },
  );
}
