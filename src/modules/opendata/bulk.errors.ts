/** The errors of a bulk import: the source as a whole, and the list of every problem found in it. */
import { AppError } from '../../errors.js';
import type { BulkProblem } from './bulk.catalogue.js';
import { CATALOGUE_SHEET } from './bulk.columns.js';

/** How many problems an answer lists; the count says how many there are in all. */
export const LISTED_BULK_PROBLEMS = 200;

export const bulkErrors = {
  noCatalogue: () =>
    new AppError('opendata.import_no_catalogue', 'unprocessable', {
      id: 'Folder tidak memuat katalog.xlsx atau katalog.csv. Unduh templat, isi satu baris per dataset, simpan sebagai katalog.xlsx di folder itu.',
      en: 'The folder holds no katalog.xlsx or katalog.csv. Download the template, fill in one row per dataset and save it as katalog.xlsx in that folder.',
    }),
  notAWorkbook: () =>
    new AppError('opendata.import_not_workbook', 'unprocessable', {
      id: `Impor satu berkas memerlukan buku kerja .xlsx dengan lembar "${CATALOGUE_SHEET}". Untuk CSV, pilih foldernya.`,
      en: `Importing one file needs an .xlsx workbook with the sheet "${CATALOGUE_SHEET}". For CSV files, choose their folder.`,
    }),
  emptyCatalogue: () =>
    new AppError('opendata.import_empty', 'unprocessable', {
      id: 'Katalog kosong: baris pertama memuat judul kolom, lalu satu baris per dataset.',
      en: 'The catalogue is empty: the first row holds the headers, then one row per dataset.',
    }),
  missingHeaders: (keys: string[]) =>
    new AppError('opendata.import_missing_headers', 'unprocessable', {
      id: `Katalog tidak memiliki kolom ${keys.join(', ')}. Pakai judul kolom dari templat.`,
      en: `The catalogue has no column ${keys.join(', ')}. Use the headers of the template.`,
    }),
  noFiles: () =>
    new AppError(
      'opendata.import_no_file',
      'invalid',
      {
        id: 'Tidak ada berkas yang dikirim. Pilih buku kerja katalog atau folder berisi katalog.xlsx dan data.',
        en: 'No file was sent. Choose the catalogue workbook, or a folder holding katalog.xlsx and the data.',
      },
      { fields: [{ field: 'file', message: { id: 'wajib diisi', en: 'is required' } }] },
    ),
  tooMuch: (maxBytes: number, maxFiles: number) =>
    new AppError('opendata.import_too_large', 'unprocessable', {
      id: `Kiriman terlalu besar: paling banyak ${maxFiles} berkas dan ${maxBytes / 1_048_576} MB. Bagi foldernya lalu impor bertahap; yang sudah diimpor akan dilewati.`,
      en: `Too much at once: at most ${maxFiles} files and ${maxBytes / 1_048_576} MB. Split the folder and import it in parts; what is already imported is skipped.`,
    }),
  publishNeedsWalidata: () =>
    new AppError('opendata.import_publish_walidata', 'forbidden', {
      id: 'Hanya walidata yang dapat langsung menayangkan dataset hasil impor. Impor tanpa penayangan, lalu walidata memeriksanya.',
      en: 'Only the walidata can publish imported datasets at once. Import without publishing, then the walidata reviews them.',
    }),
  /** Every problem found; nothing was imported. */
  invalid: (problems: BulkProblem[]) => {
    const listed = problems.slice(0, LISTED_BULK_PROBLEMS);
    return new AppError(
      'opendata.import_invalid',
      'unprocessable',
      {
        id: `Tidak ada yang diimpor: ${problems.length} kesalahan di katalog atau datanya. Perbaiki baris yang disebut lalu impor lagi.`,
        en: `Nothing was imported: ${problems.length} problem${problems.length === 1 ? '' : 's'} in the catalogue or its data. Correct the rows named and import again.`,
      },
      { problems: listed, problemCount: problems.length },
    );
  },
};
