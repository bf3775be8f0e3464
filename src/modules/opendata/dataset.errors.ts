/** The catalogue's errors: datasets, their workflow, producers and groups. Each says what to fix. */
import { AppError, type FieldProblem, type LocalizedText } from '../../errors.js';
import { STATUS_LABELS } from './dataset.workflow.js';
import type { DatasetStatus } from './opendata.tables.js';

const field = (name: string, message: LocalizedText): FieldProblem => ({ field: name, message });
const status = (s: DatasetStatus) => ({ id: `${STATUS_LABELS[s].id} (${s})`, en: `${STATUS_LABELS[s].en} (${s})` });

export const datasetErrors = {
  notFound: (ref: string) =>
    new AppError('opendata.dataset_not_found', 'not_found', {
      id: `Dataset "${ref}" tidak ditemukan. Periksa nama atau id-nya.`,
      en: `The dataset "${ref}" was not found. Check its name or id.`,
    }),
  /** Every problem in a dataset's metadata at once, each under its field. */
  invalid: (problems: FieldProblem[]) =>
    new AppError(
      'opendata.dataset_invalid',
      'invalid',
      {
        id: `Periksa isian berikut: ${problems.map((p) => p.field).join(', ')}.`,
        en: `Please correct these fields: ${problems.map((p) => p.field).join(', ')}.`,
      },
      { fields: problems },
    ),
  nameTaken: (name: string) =>
    new AppError(
      'opendata.dataset_name_taken',
      'conflict',
      {
        id: `Nama dataset "${name}" sudah dipakai dataset lain. Pilih nama lain (huruf kecil, angka, - atau _).`,
        en: `The dataset name "${name}" is already used by another dataset. Choose another (lower-case letters, digits, - or _).`,
      },
      { fields: [field('name', { id: 'sudah dipakai', en: 'is already used' })] },
    ),
  producerNotFound: (ref: string) =>
    new AppError(
      'opendata.producer_not_found',
      'not_found',
      {
        id: `Produsen data "${ref}" tidak ditemukan. Lihat daftar di /api/opendata/producers.`,
        en: `The data producer "${ref}" was not found. See the list at /api/opendata/producers.`,
      },
      { fields: [field('producer', { id: 'tidak ditemukan', en: 'was not found' })] },
    ),
  wrongStatus: (action: string, current: DatasetStatus) =>
    new AppError(
      'opendata.dataset_wrong_status',
      'conflict',
      {
        id: `Tindakan "${action}" tidak dapat dilakukan: status dataset saat ini ${status(current).id}.`,
        en: `The action "${action}" cannot be taken: the dataset is now ${status(current).en}.`,
      },
      { status: current },
    ),
  commentRequired: (action: string) =>
    new AppError(
      'opendata.comment_required',
      'unprocessable',
      {
        id: `Tindakan "${action}" memerlukan komentar: tuliskan alasannya agar produsen data tahu apa yang harus diperbaiki.`,
        en: `The action "${action}" needs a comment: say why, so that the producer knows what to correct.`,
      },
      { fields: [field('comment', { id: 'wajib diisi', en: 'is required' })] },
    ),
  noResource: () =>
    new AppError('opendata.submit_no_resource', 'conflict', {
      id: 'Dataset belum memiliki sumber data. Unggah tabel (CSV atau XLSX) atau tambahkan tautan, lalu kirim lagi.',
      en: 'The dataset has no resource yet. Upload a table (CSV or XLSX) or add a link, then submit it again.',
    }),
  unconfirmed: (names: string[]) =>
    new AppError(
      'opendata.submit_unconfirmed',
      'conflict',
      {
        id: `Kolom unggahan terbaru belum dikonfirmasi: ${names.join(', ')}. Periksa jenis dan satuan tiap kolom, konfirmasi, lalu kirim lagi.`,
        en: `The columns of the latest upload are not confirmed yet: ${names.join(', ')}. Check each column's type and unit, confirm them, then submit again.`,
      },
      { resources: names },
    ),
  locked: (current: DatasetStatus) =>
    new AppError(
      'opendata.dataset_locked',
      'conflict',
      {
        id: `Dataset sedang diperiksa walidata (${status(current).id}) dan tidak dapat diubah. Batalkan pengiriman dulu bila perlu mengubahnya.`,
        en: `The dataset is being checked by the walidata (${status(current).en}) and cannot be changed. Withdraw it first if it needs changes.`,
      },
      { status: current },
    ),
  badFilter: (name: string, values: string[], choices?: readonly string[]) =>
    new AppError(
      'opendata.search_bad_filter',
      'invalid',
      {
        id: `Filter ${name} tidak dikenal: ${values.join(', ')}${choices ? `; pilihan: ${choices.join(', ')}` : ''}.`,
        en: `Unknown ${name} filter: ${values.join(', ')}${choices ? `; choose from ${choices.join(', ')}` : ''}.`,
      },
      { fields: [field(name, { id: `tidak dikenal: ${values.join(', ')}`, en: `unknown: ${values.join(', ')}` })] },
    ),
};

export const catalogueErrors = {
  groupNotFound: (ref: string) =>
    new AppError('opendata.group_not_found', 'not_found', {
      id: `Kelompok data "${ref}" tidak ditemukan. Lihat daftar di /api/opendata/groups.`,
      en: `The data group "${ref}" was not found. See the list at /api/opendata/groups.`,
    }),
  nameTaken: (what: 'producer' | 'group', name: string) =>
    new AppError(
      `opendata.${what}_name_taken`,
      'conflict',
      {
        id: `Nama ${what === 'producer' ? 'produsen data' : 'kelompok data'} "${name}" sudah dipakai. Pilih nama lain.`,
        en: `The ${what === 'producer' ? 'producer' : 'group'} name "${name}" is already used. Choose another.`,
      },
      { fields: [field('name', { id: 'sudah dipakai', en: 'is already used' })] },
    ),
  opdNotFound: (opdId: string) =>
    new AppError(
      'opendata.producer_opd_not_found',
      'not_found',
      { id: `OPD ${opdId} tidak ditemukan. Pilih OPD dari /api/org/opds.`, en: `The OPD ${opdId} was not found. Choose an OPD from /api/org/opds.` },
      { fields: [field('opdId', { id: 'tidak ditemukan', en: 'was not found' })] },
    ),
};
