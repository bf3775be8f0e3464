/** OPDs register their systems to receive signed complaint events; admins and OPD heads manage them. */
import { AppError, commonErrors } from '../../../errors.js';
import { authorize } from '../../../platform/auth/authorize.js';
import { reachableOpds } from '../../../platform/auth/permissions.js';
import type { RequestContext } from '../../../platform/context.js';
import { encryptField, randomToken } from '../../../platform/crypto.js';
import type { Platform } from '../../../platform/module.js';
import type { WebhookRow } from './webhook.repository.js';
import * as repo from './webhook.repository.js';

export interface WebhookView {
  id: string;
  opdId: string;
  url: string;
  description: string | null;
  createdAt: string;
}

const view = (w: WebhookRow): WebhookView => ({ id: w.id, opdId: w.opd_id, url: w.url, description: w.description, createdAt: w.created_at.toISOString() });

const notFound = (id: string) => new AppError('webhook.not_found', 'not_found', { id: `Webhook ${id} tidak ditemukan.`, en: `Webhook ${id} was not found.` });

export function createWebhookService(platform: Platform) {
  const { db, audit, secrets } = platform;
  return {
    /** Registers a receiver for an OPD; the signing secret is in this answer only. */
    async create(ctx: RequestContext, input: { opdId: string; url: string; description?: string }): Promise<{ webhook: WebhookView; secret: string }> {
      authorize(ctx, 'webhook.manage', input.opdId);
      const secret = `whsec_${randomToken(24)}`;
      return db.transaction().execute(async (trx) => {
        const row = await repo.insertWebhook(trx, {
          opd_id: input.opdId,
          url: input.url,
          description: input.description ?? null,
          secret_encrypted: encryptField(secrets.encryptionKey, secret),
          created_by: ctx.actor?.userId ?? null,
        });
        await audit.record(trx, ctx, {
          action: 'webhook.create',
          recordType: 'complaint_webhook',
          recordId: row.id,
          opdId: row.opd_id,
          after: { url: row.url },
        });
        return { webhook: view(row), secret };
      });
    },

    /** The receivers of the OPDs this person manages. */
    async list(ctx: RequestContext): Promise<WebhookView[]> {
      if (!ctx.actor) throw commonErrors.unauthenticated();
      const reach = reachableOpds(ctx.actor, 'webhook.manage');
      if (reach !== 'all' && reach.length === 0) throw commonErrors.forbidden();
      return (await repo.listWebhooks(db, reach)).map(view);
    },

    async remove(ctx: RequestContext, id: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const found = await repo.findWebhook(trx, id);
        if (!found?.active) throw notFound(id);
        authorize(ctx, 'webhook.manage', found.opd_id);
        await repo.deactivateWebhook(trx, id);
        await audit.record(trx, ctx, {
          action: 'webhook.delete',
          recordType: 'complaint_webhook',
          recordId: id,
          opdId: found.opd_id,
          before: { url: found.url },
        });
      });
    },
  };
}
