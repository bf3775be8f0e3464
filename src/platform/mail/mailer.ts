/**
 * Sends mail through SMTP_URL. Without it, mail is written to the log instead, with a warning, so
 * a first start works without a mail server and nobody is told a mail went out when it did not.
 */

import type { FastifyBaseLogger } from 'fastify';
import nodemailer from 'nodemailer';
import type { Config } from '../../config.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  readonly configured: boolean;
}

export const MAIL_TOPIC = 'mail.send';

export function createMailer(config: Config, log: FastifyBaseLogger): Mailer {
  if (!config.smtpUrl) {
    return {
      configured: false,
      async send(message) {
        log.warn({ to: message.to, subject: message.subject }, 'SMTP_URL is not set: mail logged, not sent');
        log.info({ mail: message }, 'mail content');
      },
    };
  }
  // Well inside the outbox worker's 120-second lease: a mail server that hangs fails the attempt
  // (retried later) instead of outliving the lease and being sent twice by another worker.
  const transport = nodemailer.createTransport({ url: config.smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 45_000 });
  return {
    configured: true,
    async send(message) {
      await transport.sendMail({ from: config.mailFrom, ...message });
    },
  };
}
