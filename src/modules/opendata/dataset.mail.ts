/**
 * The catalogue's mail: a producer's staff hear of the walidata's decisions and of data past its
 * due date; the walidata hears of datasets sent for approval. One mail per person, in that
 * person's language, all queued in one transaction so that a retried handler queues them whole.
 */
import type { Locale } from '../../config.js';
import { MAIL_TOPIC } from '../../platform/mail/mailer.js';
import type { Platform } from '../../platform/module.js';
import type { DatasetAction } from './dataset.workflow.js';

export interface Recipient {
  email: string;
  locale: Locale;
}

interface Facts {
  title: string;
  producer: string;
  comment: string;
  due: string;
  frequency: string;
}

type Text = Record<Locale, (f: Facts) => { subject: string; body: string }>;

const said = (f: Facts, label: string) => (f.comment ? `\n\n${label}: ${f.comment}` : '');

/** The steps someone is told of; cancel and reopen are the producer's own and tell nobody. */
export const REVIEW_TEXT: Partial<Record<DatasetAction, Text>> = {
  submit: {
    id: (f) => ({
      subject: `[Satu Data] Dataset menunggu persetujuan: ${f.title}`,
      body: `${f.producer} mengirim dataset "${f.title}" untuk diperiksa. Periksa metadata dan datanya, lalu setujui atau tolak dengan komentar.${said(f, 'Catatan produsen')}`,
    }),
    en: (f) => ({
      subject: `[Satu Data] Dataset awaiting approval: ${f.title}`,
      body: `${f.producer} sent the dataset "${f.title}" to be checked. Check its metadata and data, then approve it or reject it with a comment.${said(f, "The producer's note")}`,
    }),
  },
  approve: {
    id: (f) => ({
      subject: `[Satu Data] Dataset disetujui: ${f.title}`,
      body: `Walidata menyetujui dataset "${f.title}". Dataset akan tampil di katalog setelah ditayangkan.${said(f, 'Komentar walidata')}`,
    }),
    en: (f) => ({
      subject: `[Satu Data] Dataset approved: ${f.title}`,
      body: `The walidata approved the dataset "${f.title}". It appears in the catalogue once published.${said(f, "The walidata's comment")}`,
    }),
  },
  reject: {
    id: (f) => ({
      subject: `[Satu Data] Dataset ditolak: ${f.title}`,
      body: `Walidata menolak dataset "${f.title}".${said(f, 'Komentar walidata')}\n\nPerbaiki dataset, lalu kirim kembali.`,
    }),
    en: (f) => ({
      subject: `[Satu Data] Dataset rejected: ${f.title}`,
      body: `The walidata rejected the dataset "${f.title}".${said(f, "The walidata's comment")}\n\nCorrect the dataset, then submit it again.`,
    }),
  },
  publish: {
    id: (f) => ({
      subject: `[Satu Data] Dataset ditayangkan: ${f.title}`,
      body: `Dataset "${f.title}" kini tampil di katalog Satu Data.${said(f, 'Komentar walidata')}`,
    }),
    en: (f) => ({
      subject: `[Satu Data] Dataset published: ${f.title}`,
      body: `The dataset "${f.title}" is now in the Satu Data catalogue.${said(f, "The walidata's comment")}`,
    }),
  },
  unpublish: {
    id: (f) => ({
      subject: `[Satu Data] Dataset tidak ditayangkan: ${f.title}`,
      body: `Walidata menurunkan dataset "${f.title}" dari katalog.${said(f, 'Alasan')}`,
    }),
    en: (f) => ({
      subject: `[Satu Data] Dataset unpublished: ${f.title}`,
      body: `The walidata took the dataset "${f.title}" out of the catalogue.${said(f, 'Reason')}`,
    }),
  },
};

export const OVERDUE_TEXT: Text = {
  id: (f) => ({
    subject: `[Satu Data] Data terlambat dimutakhirkan: ${f.title}`,
    body: `Data "${f.title}" (jadwal pemutakhiran: ${f.frequency}) seharusnya diperbarui paling lambat ${f.due}. Unggah data terbaru sebagai versi baru.`,
  }),
  en: (f) => ({
    subject: `[Satu Data] Data overdue for update: ${f.title}`,
    body: `The data "${f.title}" (updated ${f.frequency.toLowerCase()}) was due for an update by ${f.due}. Upload the latest data as a new version.`,
  }),
};

/** Queues one mail per address, with the link under its body; returns how many. */
export async function queueMails(platform: Pick<Platform, 'db' | 'outbox'>, people: Recipient[], text: Text, facts: Facts, link: string): Promise<number> {
  const seen = new Set<string>();
  const mails = people
    .filter((p) => !seen.has(p.email) && !!seen.add(p.email))
    .map((person) => {
      const { subject, body } = text[person.locale](facts);
      return { to: person.email, subject, text: `${body}\n\n${link}\n\nSatu Data, Balaikota` };
    });
  if (mails.length === 0) return 0;
  await platform.db.transaction().execute(async (trx) => {
    for (const mail of mails) await platform.outbox.enqueue(trx, MAIL_TOPIC, { ...mail });
  });
  return mails.length;
}
