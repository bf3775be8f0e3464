import { IdParams, Paged, paging, problems } from '../../platform/http/schemas.js';
import type { App, Platform } from '../../platform/module.js';
import { UserViewSchema } from './auth.schemas.js';
import { CreateUserBody, GrantBody, GrantParams, NikAnswer, SetPasswordBody, UpdateUserBody, UserListQuery } from './users.schemas.js';
import { createUsersService } from './users.service.js';

const tags = ['users'];

export function registerUserRoutes(app: App, platform: Platform): void {
  const users = createUsersService(platform);

  app.get(
    '/api/admin/users',
    {
      schema: {
        tags,
        summary: 'List accounts with their roles',
        querystring: UserListQuery,
        response: { 200: Paged(UserViewSchema), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const { page, pageSize, ...rest } = request.query;
      const p = paging({ page, pageSize });
      const result = await users.list(request.ctx, { ...rest, limit: p.limit, offset: p.offset });
      return { ...result, page: p.page, pageSize: p.pageSize };
    },
  );

  app.post(
    '/api/admin/users',
    {
      schema: {
        tags,
        summary: 'Create an account, optionally with roles',
        body: CreateUserBody,
        response: { 201: UserViewSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { roles, ...rest } = request.body;
      const created = await users.create(request.ctx, { ...rest, roles: roles?.map((r) => ({ role: r.role, opdId: r.opdId ?? null })) });
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/admin/users/:id',
    { schema: { tags, summary: 'One account', params: IdParams, response: { 200: UserViewSchema, ...problems(401, 403, 404) } } },
    async (request) => users.get(request.ctx, request.params.id),
  );

  app.patch(
    '/api/admin/users/:id',
    {
      schema: {
        tags,
        summary: 'Change an account; active=false deactivates it and ends its sessions',
        params: IdParams,
        body: UpdateUserBody,
        response: { 200: UserViewSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => users.update(request.ctx, request.params.id, request.body),
  );

  app.put(
    '/api/admin/users/:id/password',
    {
      schema: {
        tags,
        summary: "Set an account's password by hand (ends its sessions)",
        params: IdParams,
        body: SetPasswordBody,
        response: { 204: { type: 'null' }, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await users.setPassword(request.ctx, request.params.id, request.body.password);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/admin/users/:id/nik',
    { schema: { tags, summary: 'Reveal the NIK on file (audited)', params: IdParams, response: { 200: NikAnswer, ...problems(401, 403, 404) } } },
    async (request) => ({ nik: await users.revealNik(request.ctx, request.params.id) }),
  );

  app.post(
    '/api/admin/users/:id/roles',
    {
      schema: {
        tags,
        summary: 'Grant a role, scoped to an OPD where the role needs one',
        params: IdParams,
        body: GrantBody,
        response: { 201: UserViewSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await users.grant(request.ctx, request.params.id, { role: request.body.role, opdId: request.body.opdId ?? null })),
  );

  app.delete(
    '/api/admin/users/:id/roles/:grantId',
    { schema: { tags, summary: 'Revoke a role', params: GrantParams, response: { 200: UserViewSchema, ...problems(401, 403, 404, 409) } } },
    async (request) => users.revoke(request.ctx, request.params.id, request.params.grantId),
  );
}
