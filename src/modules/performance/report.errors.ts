/** The quarterly reports' errors, each saying what to do about it. */
import { AppError } from '../../errors.js';
import { quarterName } from './report.due.js';

const field = (name: string, id: string, en: string) => ({ fields: [{ field: name, message: { id, en } }] });

export const reportErrors = {
  notFound: () =>
    new AppError('performance.report_not_found', 'not_found', { id: 'Laporan triwulan tidak ditemukan.', en: 'The quarterly report was not found.' }),
  opdNotReachable: () =>
    new AppError('performance.report_opd_not_found', 'not_found', {
      id: 'OPD ini tidak ditemukan di antara OPD yang dapat Anda laporkan.',
      en: 'This OPD is not among the OPDs you report for.',
    }),
  periodNotFound: () =>
    new AppError(
      'performance.period_not_found',
      'invalid',
      { id: 'Periode tidak ditemukan. Pilih periode tahunan yang ada.', en: 'The period was not found. Choose an existing yearly period.' },
      field('periodId', 'periode tidak ditemukan', 'no such period'),
    ),
  notAYear: () =>
    new AppError(
      'performance.report_needs_year',
      'invalid',
      { id: 'Laporan triwulan dibuat untuk satu tahun: pilih periode tahunan.', en: 'A quarterly report belongs to one year: choose a yearly period.' },
      field('periodId', 'bukan periode tahunan', 'is not a yearly period'),
    ),
  exists: (reportId: string, status: string, quarter: number) =>
    new AppError(
      'performance.report_exists',
      'conflict',
      {
        id: `Laporan ${quarterName(quarter)} OPD ini untuk tahun itu sudah ada (${reportId}, berstatus ${status}). Lanjutkan laporan tersebut.`,
        en: `This OPD's ${quarterName(quarter)} report for that year already exists (${reportId}, ${status}). Carry on with that report.`,
      },
      { reportId },
    ),
  noAcceptedOffer: (status: string | null) =>
    new AppError('performance.no_accepted_offer', 'conflict', {
      id: status
        ? `Tawaran kinerja terakhir OPD ini untuk tahun itu berstatus ${status}. Laporan dibuat atas target yang telah disepakati: tunggu sampai tawaran diterima.`
        : 'OPD ini belum menerima tawaran kinerja untuk tahun itu. Laporan dibuat atas target yang telah disepakati.',
      en: status
        ? `This OPD's latest offer for that year is ${status}. Reports are made against agreed targets: wait until the offer is accepted.`
        : 'This OPD has no performance offer for that year yet. Reports are made against agreed targets.',
    }),
  locked: () =>
    new AppError('performance.report_locked', 'conflict', {
      id: 'Laporan ini sudah diverifikasi: angka dan bukti di dalamnya terkunci dan tidak dapat diubah.',
      en: 'This report is verified: its figures and evidence are locked and cannot change.',
    }),
  notEditable: (status: string) =>
    new AppError('performance.report_not_editable', 'conflict', {
      id: `Laporan ini berstatus ${status}. Angka, catatan dan bukti hanya dapat diubah saat draft atau setelah dikembalikan.`,
      en: `This report is ${status}. Figures, notes and evidence can change only while it is a draft or after it was returned.`,
    }),
  notSubmitted: (status: string) =>
    new AppError('performance.report_not_submitted', 'conflict', {
      id: `Hanya laporan yang sudah dikirim (submitted) yang dapat diverifikasi atau dikembalikan; laporan ini berstatus ${status}.`,
      en: `Only a submitted report can be verified or returned; this report is ${status}.`,
    }),
  indicatorNotInReport: (indicatorId: string) =>
    new AppError('performance.indicator_not_in_report', 'not_found', {
      id: `Indikator ${indicatorId} tidak termasuk dalam laporan ini (bukan target yang disepakati OPD tahun ini).`,
      en: `Indicator ${indicatorId} is not part of this report (it is not one of the OPD's agreed targets this year).`,
    }),
  computedIndicator: (code: string) =>
    new AppError('performance.indicator_computed', 'conflict', {
      id: `Indikator ${code} dihitung oleh platform dari datanya sendiri; nilainya diisi otomatis saat laporan dikirim.`,
      en: `Indicator ${code} is computed by the platform from its own data; it is filled in when the report is submitted.`,
    }),
  incomplete: (codes: string[]) =>
    new AppError(
      'performance.report_incomplete',
      'unprocessable',
      {
        id: `Isi realisasi, atau catatan yang menjelaskan mengapa belum ada, untuk indikator: ${codes.join(', ')}.`,
        en: `Give a realization, or a note explaining why there is none, for these indicators: ${codes.join(', ')}.`,
      },
      { fields: codes.map((code) => ({ field: code, message: { id: 'realisasi atau catatan belum diisi', en: 'needs a realization or a note' } })) },
    ),
  commentRequired: () =>
    new AppError(
      'performance.return_needs_comment',
      'invalid',
      {
        id: 'Tuliskan komentar saat mengembalikan laporan: apa yang perlu diperbaiki OPD.',
        en: 'Write a comment when returning a report: what the OPD needs to fix.',
      },
      field('comment', 'wajib diisi saat mengembalikan', 'is required when returning'),
    ),
};

export const evidenceErrors = {
  notFound: () => new AppError('performance.evidence_not_found', 'not_found', { id: 'Berkas bukti tidak ditemukan.', en: 'The evidence file was not found.' }),
  notAForm: () =>
    new AppError('performance.evidence_form', 'invalid', {
      id: 'Kirim bukti sebagai multipart/form-data: isian indicatorId dan satu berkas bernama file.',
      en: 'Send evidence as multipart/form-data: a field indicatorId and one file named file.',
    }),
  brokenForm: () =>
    new AppError('malformed_body', 'invalid', {
      id: 'Isian formulir terpotong atau rusak, mungkin karena unggahan terputus. Kirim ulang berkasnya.',
      en: 'The form data is cut off or damaged, perhaps by an interrupted upload. Send the file again.',
    }),
  missingIndicator: () =>
    new AppError(
      'validation_failed',
      'invalid',
      { id: 'Periksa isian berikut: indicatorId.', en: 'Please correct these fields: indicatorId.' },
      field('indicatorId', 'harus berupa id indikator (UUID)', 'must be an indicator id (UUID)'),
    ),
  missingFile: () =>
    new AppError(
      'validation_failed',
      'invalid',
      { id: 'Periksa isian berikut: file.', en: 'Please correct these fields: file.' },
      field('file', 'lampirkan satu berkas', 'attach one file'),
    ),
  oneFile: () =>
    new AppError(
      'performance.evidence_one_file',
      'unprocessable',
      { id: 'Kirim satu berkas bukti per unggahan.', en: 'Send one evidence file per upload.' },
      field('file', 'satu berkas saja', 'one file only'),
    ),
  tooLarge: (maxBytes: number) =>
    new AppError(
      'performance.evidence_too_large',
      'unprocessable',
      {
        id: `Berkas bukti paling besar ${maxBytes / 1024 / 1024} MB. Perkecil atau pecah berkasnya.`,
        en: `An evidence file can be at most ${maxBytes / 1024 / 1024} MB. Make it smaller or split it.`,
      },
      field('file', 'terlalu besar', 'too large'),
    ),
  wrongKind: () =>
    new AppError(
      'performance.evidence_type',
      'unprocessable',
      {
        id: 'Isi berkas bukan PDF, JPEG, PNG, XLSX atau DOCX. Kirim bukti dalam salah satu jenis itu.',
        en: 'The file is not a PDF, JPEG, PNG, XLSX or DOCX. Send evidence in one of those kinds.',
      },
      field('file', 'jenis tidak diterima', 'kind not accepted'),
    ),
  tooMany: (code: string, max: number) =>
    new AppError('performance.evidence_limit', 'conflict', {
      id: `Indikator ${code} sudah memiliki ${max} berkas bukti. Hapus salah satu sebelum menambah yang baru.`,
      en: `Indicator ${code} already has ${max} evidence files. Delete one before adding another.`,
    }),
};
