import { Type } from '@sinclair/typebox';
import { IdParams, problems, Uuid } from '../../../platform/http/schemas.js';
import type { App, Platform } from '../../../platform/module.js';
import { createWebhookService } from './webhook.service.js';

const WebhookSchema = Type.Object({
  id: Type.String(),
  opdId: Type.String(),
  url: Type.String(),
  description: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
});

export function registerWebhookRoutes(app: App, platform: Platform): void {
  const webhooks = createWebhookService(platform);
  const tags = ['sambat-staff'];

  app.post(
    '/api/sambat/webhooks',
    {
      schema: {
        tags,
        summary: "Register a system of the OPD's to receive signed JSON events about its complaints",
        description:
          'Each delivery is POSTed with X-Balaikota-Event, X-Balaikota-Timestamp and X-Balaikota-Signature: sha256=HMAC-SHA256(secret, "<timestamp>.<body>"), and X-Balaikota-Delivery: an id that stays the same when a delivery is retried, so a receiver can ignore one it has already handled.',
        body: Type.Object(
          {
            opdId: Uuid,
            url: Type.String({ format: 'uri', pattern: '^https?://', maxLength: 500 }),
            description: Type.Optional(Type.String({ maxLength: 300 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ webhook: WebhookSchema, secret: Type.String({ description: 'Shown once' }) }), ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => reply.code(201).send(await webhooks.create(request.ctx, request.body)),
  );

  app.get(
    '/api/sambat/webhooks',
    {
      schema: {
        tags,
        summary: 'The webhooks of the OPDs you manage (never their secrets)',
        response: { 200: Type.Object({ items: Type.Array(WebhookSchema) }), ...problems(401, 403) },
      },
    },
    async (request) => ({ items: await webhooks.list(request.ctx) }),
  );

  app.delete(
    '/api/sambat/webhooks/:id',
    { schema: { tags, summary: 'Stop a webhook', params: IdParams, response: { 204: { type: 'null' }, ...problems(401, 403, 404) } } },
    async (request, reply) => {
      await webhooks.remove(request.ctx, request.params.id);
      return reply.code(204).send();
    },
  );
}
