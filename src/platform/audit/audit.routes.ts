import { Type } from '@sinclair/typebox';
import { problems, Uuid } from '../http/schemas.js';
import type { App, Platform } from '../module.js';

const AuditQuery = Type.Object(
  {
    actorUserId: Type.Optional(Uuid),
    action: Type.Optional(Type.String({ maxLength: 100 })),
    recordType: Type.Optional(Type.String({ maxLength: 100 })),
    recordId: Type.Optional(Type.String({ maxLength: 200 })),
    opdId: Type.Optional(Uuid),
    from: Type.Optional(Type.String({ format: 'date-time' })),
    to: Type.Optional(Type.String({ format: 'date-time' })),
    beforeId: Type.Optional(Type.Integer({ minimum: 1, description: 'Entries older than this id (the next page)' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  },
  { additionalProperties: false },
);

const AuditEntry = Type.Object({
  id: Type.Integer(),
  occurredAt: Type.String({ format: 'date-time' }),
  actorUserId: Type.Union([Type.String(), Type.Null()]),
  actorLabel: Type.String(),
  action: Type.String(),
  recordType: Type.String(),
  recordId: Type.Union([Type.String(), Type.Null()]),
  opdId: Type.Union([Type.String(), Type.Null()]),
  before: Type.Unknown(),
  after: Type.Unknown(),
  ip: Type.Union([Type.String(), Type.Null()]),
  requestId: Type.Union([Type.String(), Type.Null()]),
});

const AuditPage = Type.Object({
  items: Type.Array(AuditEntry),
  nextBeforeId: Type.Union([Type.Integer(), Type.Null()], { description: 'Pass as beforeId for the next page; null at the end' }),
});

export function registerAuditRoutes(app: App, platform: Platform): void {
  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'The audit log, newest first (admin, auditor)',
        querystring: AuditQuery,
        response: { 200: AuditPage, ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const q = request.query;
      const limit = q.limit ?? 100;
      const rows = await platform.audit.read(request.ctx, {
        ...q,
        from: q.from ? new Date(q.from) : undefined,
        to: q.to ? new Date(q.to) : undefined,
        limit,
      });
      return {
        items: rows.map((r) => ({
          id: r.id,
          occurredAt: r.occurred_at.toISOString(),
          actorUserId: r.actor_user_id,
          actorLabel: r.actor_label,
          action: r.action,
          recordType: r.record_type,
          recordId: r.record_id,
          opdId: r.opd_id,
          before: r.before,
          after: r.after,
          ip: r.ip,
          requestId: r.request_id,
        })),
        nextBeforeId: rows.length === limit ? rows[rows.length - 1].id : null,
      };
    },
  );
}
