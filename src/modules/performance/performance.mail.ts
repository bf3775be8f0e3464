/**
 * Mail from the performance module: one mail per person in that person's language, all queued in
 * one transaction so that a handler retried by the outbox queues them whole or not at all.
 */
import type { Locale } from '../../config.js';
import { MAIL_TOPIC } from '../../platform/mail/mailer.js';
import type { Platform } from '../../platform/module.js';

export interface Recipient {
  email: string;
  locale: Locale;
}

export type Compose = (locale: Locale) => { subject: string; body: string };

/** Queues the mail for each address once, with the link under its body; returns how many. */
export async function queueMails(platform: Pick<Platform, 'db' | 'outbox'>, people: Recipient[], compose: Compose, link: string): Promise<number> {
  const seen = new Set<string>();
  const mails = people
    .filter((p) => !seen.has(p.email) && !!seen.add(p.email))
    .map((person) => {
      const { subject, body } = compose(person.locale);
      return { to: person.email, subject, text: `${body}\n\n${link}\n\nBalaikota` };
    });
  if (mails.length === 0) return 0;
  await platform.db.transaction().execute(async (trx) => {
    for (const mail of mails) await platform.outbox.enqueue(trx, MAIL_TOPIC, { ...mail });
  });
  return mails.length;
}
