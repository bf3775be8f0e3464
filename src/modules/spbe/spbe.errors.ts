/** The SPBE module's errors: stable codes, messages the coordination team, OPDs and assessors can act on. */
import { AppError } from '../../errors.js';

const field = (name: string, id: string, en: string) => ({ fields: [{ field: name, message: { id, en } }] });

const STATUS_NAMES: Record<string, string> = {
  unassigned: 'belum ditugaskan',
  draft: 'draf',
  submitted: 'diajukan',
  returned: 'dikembalikan',
  confirmed: 'dikukuhkan',
  corrected: 'dikoreksi',
  open: 'terbuka',
  final: 'final',
};
const statusName = (status: string) => STATUS_NAMES[status] ?? status;

export const spbeErrors = {
  frameworkNotFound: (code: string) =>
    new AppError('spbe.framework_not_found', 'not_found', {
      id: `Kerangka penilaian "${code}" tidak ditemukan.`,
      en: `The framework "${code}" was not found.`,
    }),
  frameworkExists: (code: string) =>
    new AppError(
      'spbe.framework_exists',
      'conflict',
      {
        id: `Kerangka "${code}" sudah ada dan tidak diubah. Regulasi baru dimuat sebagai kerangka baru dengan kode lain.`,
        en: `The framework "${code}" exists already and is not changed. A new regulation comes in as a new framework with another code.`,
      },
      field('code', 'sudah dipakai', 'taken'),
    ),
  notAFrameworkFile: () =>
    new AppError(
      'spbe.framework_file',
      'unprocessable',
      {
        id: 'Kirim kerangka sebagai JSON atau buku kerja Excel (.xlsx) dengan lembar Kerangka, Skala, Indikator dan Predikat.',
        en: 'Send the framework as JSON or as an Excel workbook (.xlsx) with the sheets Kerangka, Skala, Indikator and Predikat.',
      },
      field('file', 'bukan JSON atau XLSX', 'not JSON or XLSX'),
    ),
  evaluationNotFound: (year: number) =>
    new AppError('spbe.evaluation_not_found', 'not_found', {
      id: `Evaluasi SPBE tahun ${year} tidak ditemukan.`,
      en: `There is no SPBE evaluation for ${year}.`,
    }),
  evaluationExists: (year: number) =>
    new AppError(
      'spbe.evaluation_exists',
      'conflict',
      { id: `Evaluasi SPBE tahun ${year} sudah ada.`, en: `The SPBE evaluation for ${year} exists already.` },
      field('year', 'sudah ada', 'exists'),
    ),
  yearOutsideFramework: (year: number, from: number, to: number | null) =>
    new AppError(
      'spbe.year_outside_framework',
      'invalid',
      {
        id: `Kerangka ini berlaku ${to === null ? `sejak ${from}` : `${from}–${to}`}; tahun ${year} di luar masa berlakunya.`,
        en: `This framework applies ${to === null ? `from ${from}` : `in ${from}–${to}`}; ${year} lies outside it.`,
      },
      field('year', 'di luar masa berlaku kerangka', 'outside the framework'),
    ),
  evaluationFinal: (year: number) =>
    new AppError('spbe.evaluation_final', 'conflict', {
      id: `Evaluasi SPBE ${year} sudah final; isinya tidak dapat diubah lagi.`,
      en: `The SPBE evaluation for ${year} is final; it cannot be changed any more.`,
    }),
  indicatorNotFound: (number: number) =>
    new AppError('spbe.indicator_not_found', 'not_found', {
      id: `Indikator ${number} tidak ada dalam kerangka evaluasi ini.`,
      en: `Indicator ${number} is not in this evaluation's framework.`,
    }),
  unknownIndicator: (index: number, number: number) =>
    new AppError(
      'spbe.unknown_indicator',
      'invalid',
      { id: `Indikator ${number} tidak ada dalam kerangka evaluasi ini.`, en: `Indicator ${number} is not in this evaluation's framework.` },
      field(`assignments[${index}].indicator`, 'tidak ada', 'unknown'),
    ),
  unknownOpd: (index: number) =>
    new AppError(
      'spbe.unknown_opd',
      'invalid',
      { id: 'Perangkat daerah yang dipilih tidak ditemukan atau sudah tidak aktif.', en: 'The chosen OPD does not exist or is no longer active.' },
      field(`assignments[${index}].opdId`, 'tidak ditemukan', 'not found'),
    ),
  cannotReassign: (number: number, status: string) =>
    new AppError('spbe.cannot_reassign', 'conflict', {
      id: `Indikator ${number} sedang ${statusName(status)}; penugasannya tidak dapat diubah sekarang.`,
      en: `Indicator ${number} is ${status}; its assignment cannot change now.`,
    }),
  notEditable: (number: number, status: string) =>
    new AppError('spbe.not_editable', 'conflict', {
      id: `Indikator ${number} sedang ${statusName(status)}; isian hanya dapat diubah saat draf atau dikembalikan.`,
      en: `Indicator ${number} is ${status}; it can be changed only as a draft or when returned.`,
    }),
  notSubmitted: (number: number, status: string) =>
    new AppError('spbe.not_submitted', 'conflict', {
      id: `Indikator ${number} sedang ${statusName(status)}; hanya isian yang diajukan yang dapat dinilai.`,
      en: `Indicator ${number} is ${status}; only a submitted indicator can be assessed.`,
    }),
  badClaims: (index: number, id: string, en: string) =>
    new AppError(
      'spbe.bad_claims',
      'invalid',
      { id: `Isian tingkat belum benar: ${id}.`, en: `The level claims are not right: ${en}.` },
      field(`claims[${index}].level`, id, en),
    ),
  nothingClaimed: (number: number) =>
    new AppError('spbe.nothing_claimed', 'conflict', {
      id: `Indikator ${number} belum memenuhi tingkat 1 dengan bukti: tandai tingkat yang terpenuhi dan lampirkan buktinya sebelum mengajukan.`,
      en: `Indicator ${number} does not reach level 1 with evidence: mark the levels met and attach their evidence before submitting.`,
    }),
  needsComment: () =>
    new AppError(
      'spbe.needs_comment',
      'invalid',
      { id: 'Tuliskan catatan untuk OPD.', en: 'Write a comment for the OPD.' },
      field('comment', 'wajib diisi', 'required'),
    ),
  needsLevel: () =>
    new AppError(
      'spbe.needs_level',
      'invalid',
      { id: 'Koreksi memerlukan tingkat yang menurut penilai tercapai (0-5).', en: 'A correction needs the level the assessor finds reached (0-5).' },
      field('level', 'wajib diisi', 'required'),
    ),
  notAllReviewed: (left: number) =>
    new AppError('spbe.not_all_reviewed', 'conflict', {
      id: `Masih ada ${left} indikator yang belum dikukuhkan atau dikoreksi penilai; evaluasi belum dapat difinalkan.`,
      en: `${left} indicator(s) have not been confirmed or corrected by an assessor; the evaluation cannot be finalized yet.`,
    }),
  evidenceNotFound: () => new AppError('spbe.evidence_not_found', 'not_found', { id: 'Bukti dukung tidak ditemukan.', en: 'The evidence was not found.' }),
  evidenceLevel: () =>
    new AppError(
      'spbe.evidence_level',
      'invalid',
      { id: 'Sebutkan tingkat (1-5) yang dibuktikan berkas ini.', en: 'Say which level (1-5) this evidence supports.' },
      field('level', 'harus 1 sampai 5', 'must be 1 to 5'),
    ),
  evidenceForm: () =>
    new AppError(
      'spbe.evidence_form',
      'invalid',
      {
        id: 'Kirim bukti sebagai formulir multipart (kolom level dan berkas file) atau JSON {level, url, name} untuk tautan.',
        en: 'Send evidence as a multipart form (field level and a file named file) or as JSON {level, url, name} for a link.',
      },
      field('file', 'wajib diisi', 'required'),
    ),
  evidenceTooLarge: (maxBytes: number) =>
    new AppError(
      'spbe.evidence_too_large',
      'unprocessable',
      {
        id: `Berkas bukti paling besar ${maxBytes / 1024 / 1024} MB. Perkecil atau pecah berkasnya.`,
        en: `An evidence file can be at most ${maxBytes / 1024 / 1024} MB. Make it smaller or split it.`,
      },
      field('file', 'terlalu besar', 'too large'),
    ),
  evidenceKind: () =>
    new AppError(
      'spbe.evidence_type',
      'unprocessable',
      {
        id: 'Isi berkas bukan PDF, JPEG, PNG, XLSX atau DOCX. Kirim bukti dalam salah satu jenis itu.',
        en: 'The file is not a PDF, JPEG, PNG, XLSX or DOCX. Send evidence in one of those kinds.',
      },
      field('file', 'jenis tidak diterima', 'kind not accepted'),
    ),
  tooMuchEvidence: (number: number, max: number) =>
    new AppError('spbe.evidence_limit', 'conflict', {
      id: `Indikator ${number} sudah memiliki ${max} bukti. Hapus salah satu sebelum menambah yang baru.`,
      en: `Indicator ${number} already has ${max} pieces of evidence. Delete one before adding another.`,
    }),
};
