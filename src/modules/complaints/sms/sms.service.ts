/**
 * SAMBAT by SMS: a message "SAMBAT <isi aduan>" files a complaint and is answered with its tracking
 * number; anything else is answered with the format. The gateway's message id is the idempotency
 * key, so a gateway that retries files nothing twice and sends no second reply.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { RequestContext } from '../../../platform/context.js';
import { idempotencyOf, onceForKey } from '../../../platform/idempotency/idempotency.js';
import type { Platform } from '../../../platform/module.js';
import { createIntakeService, type FileComplaintInput } from '../complaint.intake.service.js';
import { findActiveQrPlace } from '../qr/qr.repository.js';
import { enqueueReply } from './sms.outbox.js';
import { filedReply, HELP_REPLY, parseSms, SMS_NO_LOCATION } from './sms.text.js';

export interface InboundSms {
  /** The gateway's message id. */
  id: string;
  /** E.164 phone number of the sender. */
  from: string;
  text: string;
  receivedAt?: string;
}

export interface SmsAnswer {
  accepted: true;
  trackingNo?: string;
}

export function createSmsService(platform: Platform) {
  const { db, config } = platform;

  async function location(): Promise<FileComplaintInput['location']> {
    // A default place that was removed or deactivated must not cost a citizen the complaint.
    if (config.sms.defaultPlace && (await findActiveQrPlace(db, config.sms.defaultPlace))) {
      return { qrPlace: config.sms.defaultPlace, address: SMS_NO_LOCATION };
    }
    return { address: SMS_NO_LOCATION };
  }

  return {
    /** Files the complaint an SMS carries, or queues the format help; once per gateway message id. */
    async receive(ctx: RequestContext, sms: InboundSms): Promise<SmsAnswer> {
      const parsed = parseSms(sms.text);
      const idempotency = idempotencyOf(sms.id, 'sms', { from: sms.from, text: sms.text });
      if (parsed.kind === 'help') {
        const answer = await onceForKey(db, idempotency, (save) =>
          db.transaction().execute(async (trx: Kysely<Database>) => {
            await enqueueReply(platform, trx, { to: sms.from, text: HELP_REPLY, inReplyTo: sms.id });
            const stored = { status: 200, response: { accepted: true } };
            await save(trx, stored);
            return stored;
          }),
        );
        return answer.response as SmsAnswer;
      }

      const filed = await createIntakeService(platform).file(
        ctx,
        {
          kind: 'pengaduan',
          category: config.sms.defaultCategory,
          description: parsed.content,
          location: await location(),
          privacy: 'publik',
          channel: 'sms',
          reporter: { phone: sms.from },
          // Lets the desk trace a complaint back to the gateway's own records.
          attributes: { smsMessageId: sms.id, ...(sms.receivedAt ? { smsReceivedAt: sms.receivedAt } : {}) },
        },
        [],
        idempotency,
        // The receipt is queued with the filing: a filing that rolls back sends none.
        (trx, done) => enqueueReply(platform, trx, { to: sms.from, text: filedReply(config.publicUrl, done.trackingNo), inReplyTo: sms.id }),
      );
      return { accepted: true, trackingNo: filed.trackingNo };
    },
  };
}

export type SmsService = ReturnType<typeof createSmsService>;
