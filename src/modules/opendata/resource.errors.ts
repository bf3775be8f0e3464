/** The errors of resources, uploads, versions and the datastore, each saying what to do about it. */
import { AppError, type LocalizedText } from '../../errors.js';
import type { CellProblem } from './table.coerce.js';

/** How many cell problems an answer lists: a wrong file can have thousands, and the first hundred say what is wrong. */
export const LISTED_PROBLEMS = 100;

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
const count = (n: number, locale: 'id' | 'en') => n.toLocaleString(locale === 'id' ? 'id-ID' : 'en');

export const resourceErrors = {
  datasetNotFound: () =>
    new AppError('opendata.dataset_not_found', 'not_found', {
      id: 'Dataset tidak ditemukan. Periksa nama atau id-nya.',
      en: 'The dataset was not found. Check its name or id.',
    }),
  notFound: () =>
    new AppError('opendata.resource_not_found', 'not_found', {
      id: 'Sumber data (resource) tidak ditemukan. Periksa id-nya.',
      en: 'The resource was not found. Check its id.',
    }),
  versionNotFound: (versionNo: number) =>
    new AppError('opendata.version_not_found', 'not_found', {
      id: `Versi ${versionNo} dari sumber data ini tidak ada.`,
      en: `Version ${versionNo} of this resource does not exist.`,
    }),
  noData: () =>
    new AppError('opendata.no_data_yet', 'not_found', {
      id: 'Sumber data ini belum memiliki data yang dikonfirmasi produsen.',
      en: 'This resource has no data confirmed by its producer yet.',
    }),
  dataRestricted: () =>
    new AppError('opendata.data_restricted', 'forbidden', {
      id: 'Data dataset ini berakses Terbatas: hanya dapat dibaca oleh akun yang diberi izin. Masuk dengan akun tersebut atau hubungi produsen datanya.',
      en: 'This dataset’s data is Terbatas (restricted): only permitted accounts may read it. Sign in with such an account or contact the data producer.',
    }),
  awaitingApproval: () =>
    new AppError('opendata.dataset_awaiting_approval', 'conflict', {
      id: 'Dataset sedang menunggu persetujuan walidata; datanya tidak dapat diubah. Batalkan pengajuan dahulu bila perlu mengubahnya.',
      en: 'The dataset is awaiting the walidata’s approval; its data cannot be changed. Cancel the submission first if it needs changing.',
    }),
  isLink: () =>
    new AppError('opendata.resource_is_link', 'conflict', {
      id: 'Sumber data ini berupa tautan, bukan tabel yang diunggah: buka alamat tautannya.',
      en: 'This resource is a link, not an uploaded table: open its URL.',
    }),
  notLink: (field: string) =>
    new AppError(
      'opendata.resource_not_link',
      'unprocessable',
      {
        id: `"${field}" hanya dapat diubah pada sumber data berupa tautan; sumber data unggahan diubah dengan mengunggah versi baru.`,
        en: `"${field}" can only be changed on a link resource; an uploaded resource changes by uploading a new version.`,
      },
      { fields: [{ field, message: { id: 'hanya untuk tautan', en: 'is for links only' } }] },
    ),
  badUrl: (reason: LocalizedText) =>
    new AppError(
      'opendata.resource_bad_url',
      'unprocessable',
      { id: `Alamat tautan tidak dapat dipakai: ${reason.id}`, en: `The link cannot be used: ${reason.en}` },
      { fields: [{ field: 'url', message: reason }] },
    ),
  versionSuperseded: (versionNo: number, currentNo: number) =>
    new AppError('opendata.version_superseded', 'conflict', {
      id: `Versi ${versionNo} sudah digantikan oleh versi ${currentNo}. Unggah perbaikan sebagai versi baru.`,
      en: `Version ${versionNo} has been superseded by version ${currentNo}. Upload corrections as a new version.`,
    }),
  columnsMismatch: (expected: string[]) =>
    new AppError(
      'opendata.columns_mismatch',
      'unprocessable',
      {
        id: `Kolom harus sama dengan kolom berkas, dengan urutan yang sama: ${expected.join(', ')}. Yang dapat diubah hanya tipe dan satuannya.`,
        en: `The columns must be the file’s columns, in the same order: ${expected.join(', ')}. Only their types and units can be changed.`,
      },
      { fields: [{ field: 'columns', message: { id: 'tidak sama dengan kolom berkas', en: 'differ from the file’s columns' } }] },
    ),
  unknownKeyColumn: (name: string) =>
    new AppError(
      'opendata.key_column_unknown',
      'unprocessable',
      { id: `Kolom kunci "${name}" tidak ada di tabel.`, en: `The key column "${name}" is not in the table.` },
      { fields: [{ field: 'keyColumns', message: { id: `"${name}" tidak ada`, en: `"${name}" is not a column` } }] },
    ),
  originalMissing: () =>
    new AppError('opendata.original_missing', 'unavailable', {
      id: 'Berkas asli versi ini tidak ditemukan di penyimpanan. Hubungi admin, atau unggah berkasnya lagi sebagai versi baru.',
      en: 'The original file of this version is missing from storage. Contact the administrator, or upload the file again as a new version.',
    }),

  nameRequired: () =>
    new AppError(
      'opendata.resource_name_required',
      'unprocessable',
      { id: 'Beri nama sumber data, misalnya "Jumlah penduduk per kecamatan 2026".', en: 'Give the resource a name, such as "Population per kecamatan 2026".' },
      { fields: [{ field: 'name', message: { id: 'wajib diisi', en: 'is required' } }] },
    ),

  // The datastore's search.
  unknownFields: (problems: { field: string; name: string }[], known: string[]) => {
    const names = problems.map((p) => `"${p.name}"`).join(', ');
    const list = known.slice(0, 30).join(', ');
    return new AppError(
      'opendata.datastore_unknown_field',
      'invalid',
      {
        id: `Kolom ${names} tidak ada di tabel ini. Kolomnya: ${list}.`,
        en: `The field${problems.length === 1 ? '' : 's'} ${names} ${problems.length === 1 ? 'is' : 'are'} not in this table. Its fields: ${list}.`,
      },
      {
        fields: problems.map((p) => ({ field: p.field, message: { id: `"${p.name}" bukan kolom tabel ini`, en: `"${p.name}" is not a field of this table` } })),
      },
    );
  },
  badQuery: (field: string, reason: LocalizedText) =>
    new AppError(
      'opendata.datastore_bad_query',
      'invalid',
      { id: `Parameter ${field} tidak dapat dipakai: ${reason.id}`, en: `The parameter ${field} cannot be used: ${reason.en}` },
      { fields: [{ field, message: reason }] },
    ),

  // The upload itself.
  notMultipart: () =>
    new AppError(
      'opendata.upload_not_multipart',
      'invalid',
      {
        id: 'Kirim berkas CSV atau XLSX sebagai multipart/form-data, dalam bagian bernama "file".',
        en: 'Send the CSV or XLSX file as multipart/form-data, in a part named "file".',
      },
      { fields: [{ field: 'file', message: { id: 'wajib diisi', en: 'is required' } }] },
    ),
  noFile: () =>
    new AppError(
      'opendata.upload_no_file',
      'invalid',
      {
        id: 'Tidak ada berkas yang dikirim. Lampirkan berkas CSV atau XLSX di bagian "file".',
        en: 'No file was sent. Attach a CSV or XLSX file in the part "file".',
      },
      { fields: [{ field: 'file', message: { id: 'wajib diisi', en: 'is required' } }] },
    ),
  oneFile: () =>
    new AppError('opendata.upload_one_file', 'unprocessable', {
      id: 'Kirim satu berkas saja: satu berkas menjadi satu sumber data.',
      en: 'Send one file only: one file makes one resource.',
    }),
  brokenForm: () =>
    new AppError('malformed_body', 'invalid', {
      id: 'Isian formulir terpotong atau rusak, mungkin karena unggahan terputus. Kirim ulang berkasnya.',
      en: 'The form data is cut off or damaged, perhaps by an interrupted upload. Send the file again.',
    }),
  tooLarge: (maxBytes: number) =>
    new AppError(
      'opendata.file_too_large',
      'unprocessable',
      {
        id: `Berkas lebih besar dari ${megabytes(maxBytes)}. Bagi tabelnya menjadi beberapa sumber data, misalnya per tahun.`,
        en: `The file is over ${megabytes(maxBytes)}. Split the table into several resources, for example one per year.`,
      },
      { maxBytes },
    ),
  unpackedTooLarge: (maxBytes: number) =>
    new AppError(
      'opendata.file_too_large',
      'unprocessable',
      {
        id: `Isi buku kerja XLSX ini melebihi ${megabytes(maxBytes)} setelah dibuka. Simpan tabelnya sebagai CSV UTF-8, atau bagi menjadi beberapa berkas.`,
        en: `This XLSX workbook unpacks to over ${megabytes(maxBytes)}. Save the table as CSV UTF-8, or split it into several files.`,
      },
      { maxBytes },
    ),
  empty: () =>
    new AppError('opendata.file_empty', 'unprocessable', {
      id: 'Berkas kosong. Unggah tabel CSV atau XLSX dengan baris judul kolom dan baris data.',
      en: 'The file is empty. Upload a CSV or XLSX table with a header row and data rows.',
    }),
  /** `found` says what the content looks like when it is something we recognise. */
  notATable: (found: LocalizedText | null, advice?: LocalizedText) =>
    new AppError('opendata.file_not_table', 'unprocessable', {
      id: `Berkas ini bukan tabel CSV atau XLSX${found ? ` (isinya ${found.id})` : ''}. ${advice?.id ?? 'Simpan tabelnya sebagai CSV UTF-8 atau buku kerja Excel .xlsx, lalu unggah lagi.'}`,
      en: `This file is not a CSV or XLSX table${found ? ` (it holds ${found.en})` : ''}. ${advice?.en ?? 'Save the table as CSV UTF-8 or as an Excel .xlsx workbook and upload it again.'}`,
    }),
  csvBroken: (line: number, reason: LocalizedText) =>
    new AppError('opendata.csv_malformed', 'unprocessable', {
      id: `Berkas CSV rusak di baris ${line}: ${reason.id}`,
      en: `The CSV file is broken at line ${line}: ${reason.en}`,
    }),
  noRows: () =>
    new AppError('opendata.table_no_rows', 'unprocessable', {
      id: 'Tabel hanya berisi baris judul kolom, tanpa baris data. Isi datanya di bawah baris judul, lalu unggah lagi.',
      en: 'The table holds only its header row, no data rows. Fill in the data below the header and upload it again.',
    }),
  noHeader: () =>
    new AppError('opendata.table_no_header', 'unprocessable', {
      id: 'Tabel tidak berisi apa pun. Baris pertama harus berisi judul kolom, baris berikutnya datanya.',
      en: 'The table holds nothing. The first row must hold the column headers, the rows after it the data.',
    }),
  tooManyRows: (max: number) =>
    new AppError(
      'opendata.too_many_rows',
      'unprocessable',
      {
        id: `Tabel melebihi ${count(max, 'id')} baris. Bagi menjadi beberapa sumber data, misalnya per tahun.`,
        en: `The table has over ${count(max, 'en')} rows. Split it into several resources, for example one per year.`,
      },
      { max },
    ),
  tooManyColumns: (found: number, max: number) =>
    new AppError(
      'opendata.too_many_columns',
      'unprocessable',
      {
        id: `Tabel memiliki ${found} kolom; paling banyak ${max}. Tabel Satu Data berbentuk panjang: satu kolom nilai, dengan kolom wilayah, indikator dan tahun.`,
        en: `The table has ${found} columns; at most ${max} are taken. Satu Data tables are long: one value column, beside region, indicator and year columns.`,
      },
      { max },
    ),
  /** Every problem found in the table's cells; nothing was saved. */
  tableInvalid: (problems: CellProblem[], total = problems.length) => {
    const listed = problems.slice(0, LISTED_PROBLEMS);
    const more = total > listed.length;
    return new AppError(
      'opendata.table_invalid',
      'unprocessable',
      {
        id: `Tabel tidak disimpan: ${count(total, 'id')} kesalahan${more ? ` (${LISTED_PROBLEMS} pertama ditampilkan)` : ''}. Perbaiki sel yang disebut atau pilih tipe kolom lain; tidak ada yang diubah.`,
        en: `The table was not saved: ${count(total, 'en')} problem${total === 1 ? '' : 's'}${more ? ` (the first ${LISTED_PROBLEMS} shown)` : ''}. Correct the cells named or choose other column types; nothing was changed.`,
      },
      { cells: listed, total },
    );
  },
};

/** The cell problems an error carries, if it is a table's list. */
export function cellProblemsOf(error: unknown): CellProblem[] | null {
  return error instanceof AppError && error.code === 'opendata.table_invalid' ? (error.details.cells as CellProblem[]) : null;
}
