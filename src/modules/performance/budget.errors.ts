/** The budget's errors: pagu and cash plan, and the BKAD workbook as a whole. Cell-level problems are in budget.workbook.ts. */
import { AppError, type LocalizedText } from '../../errors.js';

export const rupiah = (amount: number) => ({ id: `Rp${amount.toLocaleString('id-ID')}`, en: `Rp${amount.toLocaleString('en')}` });

/** A problem in one cell of the workbook, where Excel shows it: row 5, column C ("Realisasi TW I"). */
export interface CellProblem {
  row: number;
  column: string;
  header: string;
  message: LocalizedText;
}

/** How many cell problems an answer lists: a wrong file can have thousands, and the first hundred say what is wrong. */
export const LISTED_PROBLEMS = 100;

export const budgetErrors = {
  notAYear: (field: string) =>
    new AppError(
      'performance.budget_needs_year',
      'unprocessable',
      { id: 'Anggaran ditetapkan per tahun: pilih periode tahunan, bukan RPJMD.', en: 'A budget is set for one year: choose a yearly period, not an RPJMD.' },
      { fields: [{ field, message: { id: 'bukan periode tahunan', en: 'is not a yearly period' } }] },
    ),
  overPagu: (text: LocalizedText) =>
    new AppError('performance.budget_plan_over_pagu', 'unprocessable', text, {
      fields: [{ field: 'plan', message: { id: 'melebihi pagu', en: 'is over the ceiling' } }],
    }),
  paguBelowRealized: (pagu: number, realized: number) =>
    new AppError(
      'performance.budget_pagu_below_realized',
      'unprocessable',
      {
        id: `Realisasi yang sudah tercatat (${rupiah(realized).id}) melebihi pagu baru (${rupiah(pagu).id}). Pagu tidak boleh lebih kecil dari realisasi.`,
        en: `The realization already recorded (${rupiah(realized).en}) is over the new ceiling (${rupiah(pagu).en}). The ceiling cannot be below the realization.`,
      },
      { fields: [{ field: 'pagu', message: { id: 'di bawah realisasi', en: 'is below the realization' } }] },
    ),
  notMultipart: () =>
    new AppError(
      'performance.budget_import_not_multipart',
      'invalid',
      {
        id: 'Kirim berkas XLSX sebagai multipart/form-data, dalam bagian bernama "file".',
        en: 'Send the XLSX file as multipart/form-data, in a part named "file".',
      },
      { fields: [{ field: 'file', message: { id: 'wajib diisi', en: 'is required' } }] },
    ),
  noFile: () =>
    new AppError(
      'performance.budget_import_no_file',
      'invalid',
      {
        id: 'Tidak ada berkas yang dikirim. Lampirkan berkas XLSX dari BKAD di bagian "file".',
        en: 'No file was sent. Attach the XLSX file from BKAD in the part "file".',
      },
      { fields: [{ field: 'file', message: { id: 'wajib diisi', en: 'is required' } }] },
    ),
  tooManyFiles: () =>
    new AppError('performance.budget_import_one_file', 'unprocessable', {
      id: 'Kirim satu berkas saja: satu buku kerja memuat semua OPD.',
      en: 'Send one file only: one workbook holds every OPD.',
    }),
  tooLarge: (maxBytes: number) =>
    new AppError(
      'performance.budget_import_too_large',
      'unprocessable',
      {
        id: `Berkas lebih besar dari ${maxBytes / (1024 * 1024)} MB. Hapus lembar lain dan gambar, lalu kirim lagi.`,
        en: `The file is over ${maxBytes / (1024 * 1024)} MB. Remove other sheets and pictures, then send it again.`,
      },
      { maxBytes },
    ),
  brokenForm: () =>
    new AppError('malformed_body', 'invalid', {
      id: 'Isian formulir terpotong atau rusak, mungkin karena unggahan terputus. Kirim ulang berkasnya.',
      en: 'The form data is cut off or damaged, perhaps by an interrupted upload. Send the file again.',
    }),
  /** `found` says what the content looks like when it is something we recognise. */
  notXlsx: (found: LocalizedText | null) =>
    new AppError('performance.budget_import_not_xlsx', 'unprocessable', {
      id: `Berkas ini bukan buku kerja Excel .xlsx${found ? ` (${found.id})` : ''}. Unduh templat, isi, simpan sebagai .xlsx, lalu unggah.`,
      en: `This file is not an Excel .xlsx workbook${found ? ` (${found.en})` : ''}. Download the template, fill it in, save it as .xlsx and upload it.`,
    }),
  /** Every problem found in the workbook; nothing was written. */
  importInvalid: (problems: CellProblem[]) => {
    const listed = problems.slice(0, LISTED_PROBLEMS);
    const more = problems.length - listed.length;
    return new AppError(
      'performance.budget_import_invalid',
      'unprocessable',
      {
        id: `Berkas tidak diimpor: ${problems.length} kesalahan${more > 0 ? ` (${LISTED_PROBLEMS} pertama ditampilkan)` : ''}. Perbaiki sel yang disebut lalu unggah lagi; tidak ada yang disimpan.`,
        en: `The file was not imported: ${problems.length} problem${problems.length === 1 ? '' : 's'}${more > 0 ? ` (the first ${LISTED_PROBLEMS} shown)` : ''}. Correct the cells named and upload it again; nothing was saved.`,
      },
      { cells: listed },
    );
  },
};

/** The cell problems an error carries, if it is the workbook's list. */
export function cellProblemsOf(error: unknown): CellProblem[] | null {
  return error instanceof AppError && error.code === 'performance.budget_import_invalid' ? (error.details.cells as CellProblem[]) : null;
}
