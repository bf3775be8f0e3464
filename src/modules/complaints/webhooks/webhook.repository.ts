/** SQL for the webhooks OPDs register. */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { ComplaintWebhookTable } from '../complaints.tables.js';

export type WebhookRow = Selectable<ComplaintWebhookTable>;

export async function insertWebhook(
  db: Kysely<Database>,
  row: Pick<WebhookRow, 'opd_id' | 'url' | 'description' | 'secret_encrypted' | 'created_by'>,
): Promise<WebhookRow> {
  return db.insertInto('complaint_webhook').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findWebhook(db: Kysely<Database>, id: string): Promise<WebhookRow | undefined> {
  return db.selectFrom('complaint_webhook').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function activeWebhooksFor(db: Kysely<Database>, opdIds: string[]): Promise<WebhookRow[]> {
  if (opdIds.length === 0) return [];
  return db.selectFrom('complaint_webhook').selectAll().where('opd_id', 'in', opdIds).where('active', '=', true).execute();
}

export async function listWebhooks(db: Kysely<Database>, opdIds: string[] | 'all'): Promise<WebhookRow[]> {
  let query = db.selectFrom('complaint_webhook').selectAll().where('active', '=', true);
  if (opdIds !== 'all') {
    if (opdIds.length === 0) return [];
    query = query.where('opd_id', 'in', opdIds);
  }
  return query.orderBy('created_at').execute();
}

export async function deactivateWebhook(db: Kysely<Database>, id: string): Promise<WebhookRow | undefined> {
  return db.updateTable('complaint_webhook').set({ active: false }).where('id', '=', id).where('active', '=', true).returningAll().executeTakeFirst();
}
