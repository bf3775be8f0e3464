import { Type } from '@sinclair/typebox';
import { problems } from '../http/schemas.js';
import type { App, Platform } from '../module.js';
import type { OutboxRow } from './outbox.repository.js';

const OutboxEvent = Type.Object({
  id: Type.Integer(),
  topic: Type.String(),
  status: Type.String(),
  attempts: Type.Integer(),
  lastError: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  processedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

function view(row: OutboxRow) {
  // The payload is left out: it may carry personal data (mail addresses, reporters' contacts).
  return {
    id: row.id,
    topic: row.topic,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    createdAt: row.created_at.toISOString(),
    processedAt: row.processed_at?.toISOString() ?? null,
  };
}

export function registerOutboxRoutes(app: App, platform: Platform): void {
  const tags = ['outbox'];
  app.get(
    '/api/admin/outbox/dead',
    {
      schema: {
        tags,
        summary: 'Deliveries that failed every retry (dead letters)',
        querystring: Type.Object(
          { beforeId: Type.Optional(Type.Integer({ minimum: 1 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(OutboxEvent) }), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const rows = await platform.outbox.listDead(request.ctx, request.query.limit ?? 50, request.query.beforeId);
      return { items: rows.map(view) };
    },
  );

  app.post(
    '/api/admin/outbox/:id/retry',
    {
      schema: {
        tags,
        summary: 'Send a dead letter again',
        params: Type.Object({ id: Type.Integer({ minimum: 1 }) }),
        response: { 200: OutboxEvent, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => {
      return view(await platform.outbox.retryDead(request.ctx, request.params.id));
    },
  );
}
