/** The text of the mails SAMBAT sends: to reporters on each public step, to OPD staff on routing and deadlines. */
import type { Locale } from '../../config.js';
import type { MailMessage } from '../../platform/mail/mailer.js';
import type { ComplaintRow, EventRow } from './complaint.repository.js';
import { STATUS_LABELS } from './complaint.states.js';

export function trackingLink(publicUrl: string, trackingNo: string): string {
  return `${publicUrl}/lacak/${trackingNo}`;
}

/** The complaint's page in the officer console (the web app's /konsol/aduan/:id), where staff act on it. */
export function consoleLink(publicUrl: string, id: string): string {
  return `${publicUrl}/konsol/aduan/${id}`;
}

/** To the reporter: where their complaint stands, with the public note (an answer, a question). */
export function reporterUpdateMail(publicUrl: string, c: ComplaintRow, e: EventRow, publicNote: string | null): MailMessage {
  const status = STATUS_LABELS[c.status].id;
  const link = trackingLink(publicUrl, c.tracking_no);
  const lines =
    e.type === 'submitted'
      ? [
          `Aduan Anda telah kami terima dengan nomor ${c.tracking_no}.`,
          'Gunakan kode rahasia yang tampil saat Anda mengirim aduan untuk membalas, mengonfirmasi atau membuka kembali aduan.',
        ]
      : [`Status aduan ${c.tracking_no} sekarang: ${status}.`, publicNote ? `\n${publicNote}` : ''];
  return {
    to: c.reporter_email ?? '',
    subject: `[SAMBAT] ${c.tracking_no}: ${status}`,
    text: [...lines, '', `Lacak aduan Anda: ${link}`, '', 'SAMBAT, Balaikota'].filter((l, i, all) => l !== '' || all[i - 1] !== '').join('\n'),
  };
}

const STAFF_TEXT: Record<'routed' | 'reopened' | 'overdue' | 'escalated', Record<Locale, (no: string, due: string) => { subject: string; body: string }>> = {
  routed: {
    id: (no, due) => ({ subject: `[SAMBAT] Aduan baru untuk OPD Anda: ${no}`, body: `Aduan ${no} diteruskan ke OPD Anda. Batas waktu tindak lanjut: ${due}.` }),
    en: (no, due) => ({ subject: `[SAMBAT] New complaint for your OPD: ${no}`, body: `Complaint ${no} was routed to your OPD. Follow-up is due by ${due}.` }),
  },
  reopened: {
    id: (no, due) => ({ subject: `[SAMBAT] Aduan dibuka kembali: ${no}`, body: `Pelapor membuka kembali aduan ${no}. Batas waktu tindak lanjut: ${due}.` }),
    en: (no, due) => ({ subject: `[SAMBAT] Complaint reopened: ${no}`, body: `The reporter reopened complaint ${no}. Follow-up is due by ${due}.` }),
  },
  overdue: {
    id: (no, due) => ({ subject: `[SAMBAT] Aduan melewati batas waktu: ${no}`, body: `Aduan ${no} melewati batas waktu (${due}) dan belum ditindaklanjuti.` }),
    en: (no, due) => ({ subject: `[SAMBAT] Complaint overdue: ${no}`, body: `Complaint ${no} passed its deadline (${due}) without follow-up.` }),
  },
  escalated: {
    id: (no, due) => ({
      subject: `[SAMBAT] Eskalasi ke pimpinan: ${no}`,
      body: `Aduan ${no} masih tertunda jauh melewati batas waktu (${due}) dan kini tampil di dasbor pimpinan.`,
    }),
    en: (no, due) => ({
      subject: `[SAMBAT] Escalated to the leadership: ${no}`,
      body: `Complaint ${no} is still pending well past its deadline (${due}) and now shows on the leadership dashboard.`,
    }),
  },
};

/** To OPD staff or the leadership: a complaint that needs them. */
export function staffMail(
  kind: keyof typeof STAFF_TEXT,
  to: { email: string; locale: Locale },
  publicUrl: string,
  c: ComplaintRow,
  timeZone: string,
): MailMessage {
  const due = c.due_at
    ? new Intl.DateTimeFormat(to.locale === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'full', timeStyle: 'short', timeZone }).format(c.due_at)
    : to.locale === 'en'
      ? 'no deadline'
      : 'tanpa batas waktu';
  const { subject, body } = STAFF_TEXT[kind][to.locale](c.tracking_no, due);
  return { to: to.email, subject, text: `${body}\n\n${consoleLink(publicUrl, c.id)}\n\nSAMBAT, Balaikota` };
}
