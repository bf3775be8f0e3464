/** The smart city module's errors: stable codes, messages the smart city team and OPDs can act on. */
import { AppError, type LocalizedText } from '../../errors.js';

const unprocessable = (code: string, field: string, text: LocalizedText, message: LocalizedText = text) =>
  new AppError(code, 'unprocessable', text, { fields: [{ field, message }] });

const notFound = (code: string, id: string, en: string) => new AppError(code, 'not_found', { id, en });

export const smartcityErrors = {
  unknownDimension: (dimension: string, field = 'dimension') =>
    unprocessable(
      'smartcity.unknown_dimension',
      field,
      {
        id: `Dimensi "${dimension}" tidak dikenal. Pilih salah satu: governance, branding, economy, living, society, environment.`,
        en: `There is no dimension "${dimension}". Choose one of: governance, branding, economy, living, society, environment.`,
      },
      { id: 'dimensi tidak dikenal', en: 'is not a known dimension' },
    ),
  elementNotInDimension: (element: string, dimension: string, elements: string[]) =>
    unprocessable(
      'smartcity.element_not_in_dimension',
      'element',
      {
        id: `Elemen "${element}" bukan bagian dari dimensi ${dimension}. Elemen dimensi ini: ${elements.join(', ')}.`,
        en: `The element "${element}" is not part of the ${dimension} dimension. Its elements are: ${elements.join(', ')}.`,
      },
      { id: `bukan elemen dimensi ${dimension}`, en: `is not an element of ${dimension}` },
    ),
  endBeforeStart: () =>
    unprocessable(
      'smartcity.end_before_start',
      'endYear',
      { id: 'Tahun selesai tidak boleh sebelum tahun mulai.', en: 'The end year cannot be before the start year.' },
      { id: 'sebelum tahun mulai', en: 'is before the start year' },
    ),
  opdNotFound: (field: string) =>
    new AppError(
      'smartcity.opd_not_found',
      'not_found',
      { id: 'OPD tidak ditemukan.', en: 'The OPD was not found.' },
      { fields: [{ field, message: { id: 'OPD tidak dikenal', en: 'is not a known OPD' } }] },
    ),
  programmeNotFound: () => notFound('smartcity.programme_not_found', 'Program masterplan tidak ditemukan.', 'The masterplan programme was not found.'),
  itemNotFound: () => notFound('smartcity.item_not_found', 'Butir roadmap tidak ditemukan.', 'The roadmap item was not found.'),
  milestoneNotFound: () => notFound('smartcity.milestone_not_found', 'Tonggak (milestone) tidak ditemukan.', 'The milestone was not found.'),
  indicatorNotFound: () => notFound('smartcity.indicator_not_found', 'Indikator tidak ditemukan.', 'The indicator was not found.'),
  codeTaken: (code: string) =>
    new AppError(
      'smartcity.programme_code_taken',
      'conflict',
      { id: `Kode program ${code} sudah dipakai.`, en: `The programme code ${code} is taken already.` },
      { fields: [{ field: 'code', message: { id: 'sudah dipakai', en: 'is taken' } }] },
    ),

  invalidWeights: (field: string, text: LocalizedText) => unprocessable('smartcity.invalid_weights', field, text),
  evaluationNotFound: () => notFound('smartcity.evaluation_not_found', 'Evaluasi smart city tidak ditemukan.', 'The smart city evaluation was not found.'),
  evaluationExists: (year: number, stage: number) =>
    new AppError('smartcity.evaluation_exists', 'conflict', {
      id: `Evaluasi Tahap ${stage === 1 ? 'I' : 'II'} ${year} sudah ada.`,
      en: `The Tahap ${stage === 1 ? 'I' : 'II'} ${year} evaluation exists already.`,
    }),
  published: () =>
    new AppError('smartcity.evaluation_published', 'conflict', {
      id: 'Evaluasi ini sudah dipublikasikan dan bersifat final; angka dan buktinya tidak dapat diubah.',
      en: 'This evaluation is published and final; its figures and evidence cannot change.',
    }),
  tooManyDecimals: (field: string) =>
    unprocessable(
      'smartcity.index_decimals',
      field,
      { id: `Indeks ${field} paling banyak dua angka di belakang koma (mis. 3,84).`, en: `The index ${field} has at most two decimals (e.g. 3.84).` },
      { id: 'paling banyak dua angka desimal', en: 'has at most two decimals' },
    ),
  dimensionTwice: (field: string) =>
    unprocessable(
      'smartcity.dimension_twice',
      field,
      { id: 'Setiap dimensi hanya boleh diberi satu indeks.', en: 'Each dimension takes one index only.' },
      { id: 'dimensi disebut dua kali', en: 'names a dimension twice' },
    ),
  incomplete: (fields: string[]) =>
    new AppError(
      'smartcity.evaluation_incomplete',
      'unprocessable',
      {
        id: `Isi kelima indeks evaluasi sebelum mempublikasikan; yang belum: ${fields.join(', ')}.`,
        en: `Give all five evaluation indices before publishing; missing: ${fields.join(', ')}.`,
      },
      { fields: fields.map((field) => ({ field, message: { id: 'wajib diisi sebelum publikasi', en: 'is required to publish' } })) },
    ),
  evidenceNotFound: () => notFound('smartcity.evidence_not_found', 'Berkas bukti tidak ditemukan.', 'The evidence file was not found.'),
  tooManyEvidence: (max: number) =>
    new AppError('smartcity.evidence_limit', 'conflict', {
      id: `Evaluasi ini sudah memiliki ${max} berkas bukti. Hapus salah satu sebelum menambah yang baru.`,
      en: `This evaluation already has ${max} evidence files. Delete one before adding another.`,
    }),
};

/** Errors of an evidence upload, before any record is touched. */
export const uploadErrors = {
  notAForm: () =>
    new AppError('smartcity.evidence_form', 'invalid', {
      id: 'Kirim bukti sebagai multipart/form-data: satu berkas bernama file, dan bila perlu isian index.',
      en: 'Send evidence as multipart/form-data: one file named file, and a field index if it supports one index.',
    }),
  brokenForm: () =>
    new AppError('malformed_body', 'invalid', {
      id: 'Isian formulir terpotong atau rusak, mungkin karena unggahan terputus. Kirim ulang berkasnya.',
      en: 'The form data is cut off or damaged, perhaps by an interrupted upload. Send the file again.',
    }),
  badIndex: () =>
    new AppError(
      'validation_failed',
      'invalid',
      { id: 'Periksa isian berikut: index.', en: 'Please correct these fields: index.' },
      {
        fields: [
          {
            field: 'index',
            message: {
              id: 'harus salah satu dari: baseline, output, outcome, impact, quickWin',
              en: 'must be one of: baseline, output, outcome, impact, quickWin',
            },
          },
        ],
      },
    ),
  missingFile: () =>
    new AppError(
      'validation_failed',
      'invalid',
      { id: 'Periksa isian berikut: file.', en: 'Please correct these fields: file.' },
      { fields: [{ field: 'file', message: { id: 'lampirkan satu berkas', en: 'attach one file' } }] },
    ),
  oneFile: () =>
    unprocessable(
      'smartcity.evidence_one_file',
      'file',
      { id: 'Kirim satu berkas bukti per unggahan.', en: 'Send one evidence file per upload.' },
      { id: 'satu berkas saja', en: 'one file only' },
    ),
  tooLarge: (maxBytes: number) =>
    unprocessable(
      'smartcity.evidence_too_large',
      'file',
      {
        id: `Berkas bukti paling besar ${maxBytes / 1024 / 1024} MB. Perkecil atau pecah berkasnya.`,
        en: `An evidence file can be at most ${maxBytes / 1024 / 1024} MB. Make it smaller or split it.`,
      },
      { id: 'terlalu besar', en: 'too large' },
    ),
  wrongKind: () =>
    unprocessable(
      'smartcity.evidence_type',
      'file',
      {
        id: 'Isi berkas bukan PDF, JPEG, PNG, XLSX atau DOCX. Kirim bukti dalam salah satu jenis itu.',
        en: 'The file is not a PDF, JPEG, PNG, XLSX or DOCX. Send evidence in one of those kinds.',
      },
      { id: 'jenis tidak diterima', en: 'kind not accepted' },
    ),
};
