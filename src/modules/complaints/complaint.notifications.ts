/**
 * What happens after a complaint changes: one outbox item per mail and per webhook delivery, made
 * in one transaction from the `complaint.changed` event, so each is retried on its own and a dead
 * mail server never holds up a webhook (or the other way round).
 */

import { decryptField } from '../../platform/crypto.js';
import { MAIL_TOPIC, type MailMessage } from '../../platform/mail/mailer.js';
import type { Platform } from '../../platform/module.js';
import type { OutboxHandler } from '../../platform/outbox/outbox.service.js';
import { createOpdService, createUsersService } from '../org/index.js';
import { COMPLAINT_CHANGED } from './complaint.intake.service.js';
import { reporterUpdateMail, staffMail } from './complaint.mail.js';
import * as repo from './complaint.repository.js';
import { PUBLIC_NOTES } from './complaint.views.js';
import { activeWebhooksFor, findWebhook } from './webhooks/webhook.repository.js';
import { signDelivery } from './webhooks/webhook.signing.js';

export const WEBHOOK_TOPIC = 'complaint.webhook';

/** Events that put a complaint in an OPD's hands, and the mail the OPD's staff get for each. */
const STAFF_NOTICE: Record<string, 'routed' | 'reopened' | 'overdue' | 'escalated'> = {
  verified: 'routed',
  redispositioned: 'routed',
  reopened: 'reopened',
  overdue: 'overdue',
  escalated: 'escalated',
};

export function complaintOutboxHandlers(platform: Platform): Record<string, OutboxHandler> {
  const { db, outbox, config } = platform;
  const users = createUsersService(platform);
  const opds = createOpdService(platform);

  async function fanOut(payload: Record<string, unknown>): Promise<void> {
    const complaint = await repo.findComplaint(db, { id: String(payload.complaintId) });
    // Filing names its event by type (it is written in one statement, before its id is known); later steps by id.
    const events = complaint ? await repo.listEvents(db, complaint.id, { publicOnly: false }) : [];
    const event = payload.eventId !== undefined ? events.find((e) => e.id === Number(payload.eventId)) : events.find((e) => e.type === payload.eventType);
    if (!complaint || !event) return;

    const mails: MailMessage[] = [];
    // The reporter hears of every public step taken by others, and gets a receipt for filing.
    const tellsReporter = event.visibility === 'public' && (event.actor_party !== 'reporter' || event.type === 'submitted');
    if (complaint.reporter_email && tellsReporter) {
      mails.push(reporterUpdateMail(config.publicUrl, complaint, event, PUBLIC_NOTES.has(event.type) ? event.note : null));
    }
    const notice = STAFF_NOTICE[event.type];
    if (notice === 'overdue' && !complaint.opd_id) {
      // Late at the admin desk itself: the desk's admins hear of it.
      for (const person of await users.contacts(['admin'], null)) mails.push(staffMail(notice, person, config.publicUrl, complaint, config.cityTimezone));
    } else if (notice && complaint.opd_id) {
      // Routing and reopening go to the OPD's operators and head; lateness to the head; escalation to the leadership.
      const roles = notice === 'routed' || notice === 'reopened' ? (['operator_opd', 'kepala_opd'] as const) : (['kepala_opd'] as const);
      const level2 = notice === 'escalated';
      const people = level2 ? await users.contacts(['eksekutif'], null) : await users.contacts([...roles], complaint.opd_id);
      for (const person of people) mails.push(staffMail(notice, person, config.publicUrl, complaint, config.cityTimezone));
    }
    const hooks = event.to_status
      ? await activeWebhooksFor(
          db,
          [complaint.opd_id, ...(await repo.coOpdsOf(db, complaint.id))].filter((o): o is string => !!o),
        )
      : [];
    if (mails.length === 0 && hooks.length === 0) return;
    const body = hooks.length
      ? {
          event: event.type,
          at: event.at.toISOString(),
          complaint: {
            trackingNo: complaint.tracking_no,
            status: complaint.status,
            category: complaint.category_id,
            opd: (await opds.shortNames(complaint.opd_id ? [complaint.opd_id] : [])).get(complaint.opd_id ?? '') ?? null,
            description: complaint.privacy === 'rahasia' ? null : complaint.description,
            dueAt: complaint.due_at?.toISOString() ?? null,
            lat: complaint.lat,
            lon: complaint.lon,
          },
        }
      : null;
    await db.transaction().execute(async (trx) => {
      for (const mail of mails) await outbox.enqueue(trx, MAIL_TOPIC, { ...mail });
      for (const hook of hooks) await outbox.enqueue(trx, WEBHOOK_TOPIC, { webhookId: hook.id, body });
    });
  }

  async function deliver(payload: Record<string, unknown>, event: { id: number }): Promise<void> {
    const hook = await findWebhook(db, String(payload.webhookId));
    // A webhook stopped since the event was queued gets nothing.
    if (!hook?.active) return;
    const body = JSON.stringify(payload.body);
    const timestamp = Math.floor(Date.now() / 1000);
    const secret = decryptField(platform.secrets.encryptionKey, hook.secret_encrypted);
    const res = await fetch(hook.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        // The outbox id, the same on every retry: a receiver that saw it already has this event
        // (delivery is at least once: a timeout after the receiver acted means a second try).
        'x-balaikota-delivery': String(event.id),
        'x-balaikota-event': String((payload.body as { event?: string })?.event ?? 'complaint.changed'),
        'x-balaikota-timestamp': String(timestamp),
        'x-balaikota-signature': signDelivery(secret, timestamp, body),
      },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) throw new Error(`webhook ${hook.url} answered ${res.status}`);
  }

  return { [COMPLAINT_CHANGED]: fanOut, [WEBHOOK_TOPIC]: deliver };
}
