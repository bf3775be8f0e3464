import { IdParams, Paged, paging, problems } from '../../platform/http/schemas.js';
import type { App, Platform } from '../../platform/module.js';
import { createTokensService } from './tokens.service.js';
import { CreatedToken, CreateTokenBody, TokenListQuery, TokenViewSchema } from './users.schemas.js';

const tags = ['tokens'];

export function registerTokenRoutes(app: App, platform: Platform): void {
  const tokens = createTokensService(platform);

  app.get(
    '/api/admin/tokens',
    {
      schema: {
        tags,
        summary: 'List API tokens (never their secrets)',
        querystring: TokenListQuery,
        response: { 200: Paged(TokenViewSchema), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const p = paging(request.query);
      const result = await tokens.list(request.ctx, {
        userId: request.query.userId,
        includeRevoked: request.query.includeRevoked ?? false,
        limit: p.limit,
        offset: p.offset,
      });
      return { ...result, page: p.page, pageSize: p.pageSize };
    },
  );

  app.post(
    '/api/admin/tokens',
    {
      schema: {
        tags,
        summary: 'Issue an API token; the secret is shown in this answer only',
        body: CreateTokenBody,
        response: { 201: CreatedToken, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { token, view } = await tokens.create(request.ctx, {
        userId: request.body.userId,
        name: request.body.name,
        scopes: request.body.scopes,
        expiresAt: request.body.expiresAt ? new Date(request.body.expiresAt) : null,
      });
      return reply.code(201).send({ token, info: view });
    },
  );

  app.delete(
    '/api/admin/tokens/:id',
    { schema: { tags, summary: 'Revoke a token at once', params: IdParams, response: { 200: TokenViewSchema, ...problems(401, 403, 404) } } },
    async (request) => tokens.revoke(request.ctx, request.params.id),
  );
}
