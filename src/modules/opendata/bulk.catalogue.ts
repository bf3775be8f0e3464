/**
 * Reading the catalogue sheet of a bulk import into dataset inputs, with every problem named by
 * its row and header as the spreadsheet shows them. Pure: the service checks what needs the
 * database (producers, groups, names taken) and the data files.
 */
import type { LocalizedText } from '../../errors.js';
import { CATALOGUE_COLUMNS, type CatalogueKey } from './bulk.columns.js';
import { checkDatasetInput, type DatasetInput } from './dataset.input.js';
import type { AccessLevel, Frequency } from './opendata.tables.js';

/** A problem in the import, where the walidata finds it: row 5 of the catalogue, column "lisensi". */
export interface BulkProblem {
  row: number;
  column: string;
  message: LocalizedText;
}

export interface CatalogueRow {
  row: number;
  cells: Partial<Record<CatalogueKey, string>>;
}

export interface ImportItem {
  row: number;
  input: DatasetInput;
  /** The data: a file in the folder or a sheet in the workbook, or a link; or none (metadata only). */
  resource: { name: string; file: string | null; url: string | null };
}

const FREQUENCY_WORDS: Record<string, Frequency> = {
  harian: 'harian',
  mingguan: 'mingguan',
  bulanan: 'bulanan',
  triwulanan: 'triwulanan',
  'empat bulanan': 'empat_bulanan',
  semesteran: 'semesteran',
  tahunan: 'tahunan',
  'dua tahunan': 'dua_tahunan',
  'ad hoc': 'ad_hoc',
};

/** "Empat Bulanan", "empat_bulanan" and "Ad-hoc" all name one frequency. */
export function frequencyOf(text: string): Frequency | null {
  return FREQUENCY_WORDS[text.trim().toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ')] ?? null;
}

export function accessOf(text: string): AccessLevel | null {
  const word = text.trim().toLowerCase();
  return word === 'terbuka' || word === 'terbatas' || word === 'tertutup' ? word : null;
}

const list = (text: string | undefined) =>
  (text ?? '')
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Where a problem of the dataset check shows in the sheet. */
const HEADER_OF_FIELD: Record<string, CatalogueKey> = {
  name: 'nama',
  title: 'judul',
  notes: 'deskripsi',
  producer: 'produsen',
  licenseId: 'lisensi',
  frequency: 'frekuensi',
  accessLevel: 'akses',
  tags: 'tag',
  groups: 'grup',
  concept: 'konsep',
  definition: 'definisi',
  measure: 'ukuran',
  unit: 'satuan',
  presentationLevel: 'tingkat_penyajian',
  'region.code': 'kode_wilayah',
  'region.name': 'cakupan_wilayah',
  temporalStart: 'tanggal_mulai',
  temporalEnd: 'tanggal_selesai',
  'contact.name': 'kontak_nama',
  'contact.email': 'kontak_email',
};

const required: LocalizedText = { id: 'wajib diisi', en: 'is required' };

/** The headers the catalogue sheet must have, missing from this one. */
export function missingHeaders(headers: readonly string[]): CatalogueKey[] {
  return CATALOGUE_COLUMNS.filter((c) => c.required && !headers.includes(c.key)).map((c) => c.key);
}

/** One catalogue row as a dataset input and its data, or the problems that stop it. */
export function readCatalogueRow({ row, cells }: CatalogueRow): { item: ImportItem | null; problems: BulkProblem[] } {
  const problems: BulkProblem[] = [];
  const problem = (column: CatalogueKey, message: LocalizedText) => problems.push({ row, column, message });
  const cell = (key: CatalogueKey) => (cells[key] ?? '').trim();

  const frequency = frequencyOf(cell('frekuensi'));
  if (!frequency) {
    problem(
      'frekuensi',
      cell('frekuensi')
        ? { id: `"${cell('frekuensi')}" bukan jadwal pemutakhiran yang dikenal`, en: `"${cell('frekuensi')}" is not a known frequency` }
        : required,
    );
  }
  const accessLevel = accessOf(cell('akses'));
  if (!accessLevel) {
    problem('akses', cell('akses') ? { id: 'pilih Terbuka, Terbatas atau Tertutup', en: 'choose Terbuka, Terbatas or Tertutup' } : required);
  }
  const regionCode = cell('kode_wilayah');
  const regionName = cell('cakupan_wilayah');
  const contactName = cell('kontak_nama');
  const contactEmail = cell('kontak_email');
  const input: DatasetInput = {
    name: cell('nama').toLowerCase(),
    title: cell('judul'),
    notes: cell('deskripsi'),
    producer: cell('produsen'),
    licenseId: cell('lisensi'),
    tags: list(cells.tag),
    groups: list(cells.grup).map((g) => g.toLowerCase()),
    concept: cell('konsep'),
    definition: cell('definisi'),
    measure: cell('ukuran'),
    unit: cell('satuan'),
    presentationLevel: cell('tingkat_penyajian'),
    region: regionCode || regionName ? { code: regionCode, name: regionName } : null,
    contact: contactName || contactEmail ? { name: contactName, email: contactEmail } : null,
    temporalStart: cell('tanggal_mulai') || null,
    temporalEnd: cell('tanggal_selesai') || null,
    frequency: frequency ?? 'ad_hoc',
    accessLevel: accessLevel ?? 'tertutup',
  };
  for (const p of checkDatasetInput(input).problems) {
    // Frequency and access were read above, in the sheet's words.
    if (p.field === 'frequency' || p.field === 'accessLevel') continue;
    problem(HEADER_OF_FIELD[p.field] ?? 'nama', p.message);
  }

  const file = cell('berkas') || null;
  const url = cell('tautan') || null;
  if (file && url) problem('tautan', { id: 'isi berkas atau tautan, bukan keduanya', en: 'fill in a file or a link, not both' });
  if (problems.length) return { item: null, problems };
  return { item: { row, input, resource: { name: cell('nama_sumber') || input.title, file, url } }, problems };
}

/** Every row read, and the rows that name the same dataset twice refused. */
export function readCatalogue(rows: readonly CatalogueRow[]): { items: ImportItem[]; problems: BulkProblem[] } {
  const items: ImportItem[] = [];
  const problems: BulkProblem[] = [];
  const firstRowOf = new Map<string, number>();
  for (const row of rows) {
    const read = readCatalogueRow(row);
    problems.push(...read.problems);
    if (!read.item) continue;
    const first = firstRowOf.get(read.item.input.name);
    if (first !== undefined) {
      problems.push({
        row: row.row,
        column: 'nama',
        message: {
          id: `nama "${read.item.input.name}" sudah dipakai di baris ${first}`,
          en: `the name "${read.item.input.name}" is already used in row ${first}`,
        },
      });
      continue;
    }
    firstRowOf.set(read.item.input.name, row.row);
    items.push(read.item);
  }
  return { items, problems };
}
