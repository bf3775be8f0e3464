/**
 * Who hears of a quarterly report, by mail through the outbox: the reviewers (auditors and the
 * mayor's team) when an OPD submits; the OPD's head and operators when it is verified or returned,
 * and before its due date; the OPD and the mayor's team once it is late.
 */
import type { Locale } from '../../config.js';
import type { Platform } from '../../platform/module.js';
import type { OutboxHandler } from '../../platform/outbox/outbox.service.js';
import { createOpdService, createUsersService } from '../org/index.js';
import { queueMails } from './performance.mail.js';
import { findPeriod } from './planning.repository.js';
import { quarterName } from './report.due.js';
import { findReport } from './report.repository.js';

export const REPORT_CHANGED = 'performance.report.changed';
export const REPORT_REMINDER = 'performance.report.reminder';

export type ReportStep = 'submitted' | 'verified' | 'returned';
type Notice = ReportStep | 'before' | 'after';

interface Facts {
  opd: string;
  tw: string;
  year: string;
  due: string;
  comment: string;
}

type Text = Record<Locale, (f: Facts) => { subject: string; body: string }>;

const TEXT: Record<Notice, Text> = {
  submitted: {
    id: (f) => ({
      subject: `[Lelang Kinerja] Laporan ${f.tw} ${f.year} ${f.opd} menunggu verifikasi`,
      body: `${f.opd} telah mengirim laporan kinerja ${f.tw} ${f.year}. Periksa angka dan buktinya, lalu verifikasi atau kembalikan dengan komentar.`,
    }),
    en: (f) => ({
      subject: `[Performance auction] ${f.opd}'s ${f.tw} ${f.year} report awaits verification`,
      body: `${f.opd} submitted its ${f.tw} ${f.year} performance report. Check its figures and evidence, then verify it or return it with a comment.`,
    }),
  },
  verified: {
    id: (f) => ({
      subject: `[Lelang Kinerja] Laporan ${f.tw} ${f.year} ${f.opd} telah diverifikasi`,
      body: `Laporan kinerja ${f.tw} ${f.year} telah diverifikasi. Angka di dalamnya kini terkunci.`,
    }),
    en: (f) => ({
      subject: `[Performance auction] ${f.opd}'s ${f.tw} ${f.year} report is verified`,
      body: `The ${f.tw} ${f.year} performance report is verified. Its figures are now locked.`,
    }),
  },
  returned: {
    id: (f) => ({
      subject: `[Lelang Kinerja] Laporan ${f.tw} ${f.year} ${f.opd} dikembalikan`,
      body: `Laporan kinerja ${f.tw} ${f.year} dikembalikan untuk diperbaiki.\n\nKomentar pemeriksa: ${f.comment}\n\nPerbaiki, lalu kirim kembali.`,
    }),
    en: (f) => ({
      subject: `[Performance auction] ${f.opd}'s ${f.tw} ${f.year} report was returned`,
      body: `The ${f.tw} ${f.year} performance report was returned for correction.\n\nThe reviewer's comment: ${f.comment}\n\nCorrect it, then submit it again.`,
    }),
  },
  before: {
    id: (f) => ({
      subject: `[Lelang Kinerja] Laporan ${f.tw} ${f.year} ${f.opd} jatuh tempo ${f.due}`,
      body: `Laporan kinerja ${f.tw} ${f.year} ${f.opd} belum dikirim. Kirim paling lambat ${f.due}.`,
    }),
    en: (f) => ({
      subject: `[Performance auction] ${f.opd}'s ${f.tw} ${f.year} report is due on ${f.due}`,
      body: `${f.opd}'s ${f.tw} ${f.year} performance report has not been submitted. Submit it by ${f.due}.`,
    }),
  },
  after: {
    id: (f) => ({
      subject: `[Lelang Kinerja] Laporan ${f.tw} ${f.year} ${f.opd} terlambat`,
      body: `Laporan kinerja ${f.tw} ${f.year} ${f.opd} belum dikirim, padahal jatuh tempo ${f.due}.`,
    }),
    en: (f) => ({
      subject: `[Performance auction] ${f.opd}'s ${f.tw} ${f.year} report is late`,
      body: `${f.opd}'s ${f.tw} ${f.year} performance report has not been submitted; it was due on ${f.due}.`,
    }),
  },
};

export function reportOutboxHandlers(platform: Platform): Record<string, OutboxHandler> {
  const { db, config } = platform;
  const users = createUsersService(platform);
  const opds = createOpdService(platform);

  const facts = async (periodId: string, opdId: string, quarter: number, due: string, comment = ''): Promise<Facts> => ({
    opd: (await opds.shortNames([opdId])).get(opdId) ?? '',
    tw: quarterName(quarter),
    year: String((await findPeriod(db, periodId))?.start_year ?? ''),
    due,
    comment,
  });
  const staffOf = (opdId: string) => users.contacts(['kepala_opd', 'operator_opd'], opdId);

  return {
    [REPORT_CHANGED]: async (payload) => {
      const report = await findReport(db, String(payload.reportId));
      if (!report) return;
      const step = payload.step as ReportStep;
      const f = await facts(report.period_id, report.opd_id, report.quarter, report.due_date, String(payload.comment ?? ''));
      const people = step === 'submitted' ? await users.contacts(['auditor', 'eksekutif'], null) : await staffOf(report.opd_id);
      await queueMails(platform, people, (locale) => TEXT[step][locale](f), `${config.publicUrl}/api/performance/reports/${report.id}`);
    },
    [REPORT_REMINDER]: async (payload) => {
      const kind = payload.kind as 'before' | 'after';
      const opdId = String(payload.opdId);
      const periodId = String(payload.periodId);
      const quarter = Number(payload.quarter);
      const f = await facts(periodId, opdId, quarter, String(payload.dueDate));
      const people = [...(await staffOf(opdId)), ...(kind === 'after' ? await users.contacts(['eksekutif'], null) : [])];
      const link = `${config.publicUrl}/api/performance/reports?periodId=${periodId}&opdId=${opdId}&quarter=${quarter}`;
      await queueMails(platform, people, (locale) => TEXT[kind][locale](f), link);
    },
  };
}
