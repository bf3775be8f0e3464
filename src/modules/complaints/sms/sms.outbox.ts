/**
 * Replies to SMS senders leave through the outbox (topic 'sms.reply') so a gateway that is down
 * delays a reply and loses none; the worker retries with backoff and lists dead ones for admins.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import pino from 'pino';
import type { Database } from '../../../db/schema.js';
import type { Platform } from '../../../platform/module.js';
import type { OutboxHandler } from '../../../platform/outbox/outbox.service.js';

export const SMS_REPLY_TOPIC = 'sms.reply';

/** How long one delivery may take before it counts as failed and is retried later. */
const GATEWAY_TIMEOUT_MS = 10_000;

export interface SmsReply {
  to: string;
  text: string;
  /** The gateway's id of the message this answers. */
  inReplyTo: string;
}

type Log = Pick<FastifyBaseLogger, 'warn' | 'info'>;

/** Queues a reply in the caller's transaction, so it exists only if what it reports does. */
export function enqueueReply(platform: Platform, trx: Kysely<Database>, reply: SmsReply): Promise<number> {
  return platform.outbox.enqueue(trx, SMS_REPLY_TOPIC, { ...reply });
}

function replyOf(payload: Record<string, unknown>): SmsReply {
  const { to, text, inReplyTo } = payload;
  // A malformed event can never succeed; failing it sends it to the dead-letter list for a person.
  if (typeof to !== 'string' || typeof text !== 'string' || typeof inReplyTo !== 'string') throw new Error('sms.reply event lacks to, text or inReplyTo');
  return { to, text, inReplyTo };
}

/**
 * The outbox handlers of the SMS channel: 'sms.reply' POSTs {to, text, reference} to
 * SMS_GATEWAY_URL; without it the reply is logged with a warning, as mail is without SMTP_URL.
 */
export function smsOutboxHandlers(platform: Platform, log: Log = pino({ level: platform.config.logLevel, name: 'sms' })): Record<string, OutboxHandler> {
  const { gatewayUrl, gatewayToken } = platform.config.sms;
  return {
    [SMS_REPLY_TOPIC]: async (payload) => {
      const reply = replyOf(payload);
      if (!gatewayUrl) {
        log.warn({ inReplyTo: reply.inReplyTo }, 'SMS_GATEWAY_URL is not set: SMS reply logged, not sent');
        log.info({ sms: reply }, 'sms reply content');
        return;
      }
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (gatewayToken) headers.authorization = `Bearer ${gatewayToken}`;
      const res = await fetch(gatewayUrl, {
        method: 'POST',
        headers,
        body: JSON.stringify({ to: reply.to, text: reply.text, reference: reply.inReplyTo }),
        signal: AbortSignal.timeout(GATEWAY_TIMEOUT_MS),
      });
      // Drain the body so the connection is reused. It stays out of the error, which admins see in
      // the dead-letter list: a gateway may echo the citizen's number back.
      await res.arrayBuffer().catch(() => undefined);
      if (!res.ok) throw new Error(`SMS gateway answered ${res.status} ${res.statusText}`.trim());
    },
  };
}
