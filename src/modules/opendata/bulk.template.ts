/**
 * The bulk import template: the sheet "Katalog" with its headers and one example row, an example
 * data sheet in Satu Data's long form, and the instructions for every column in both languages.
 */
import { CATALOGUE_COLUMNS, CATALOGUE_SHEET } from './bulk.columns.js';

const EXAMPLE_SHEET = 'Penduduk 2025';

const EXAMPLE_TABLE = [
  ['kode_wilayah', 'kecamatan', 'tahun', 'jumlah_penduduk'],
  ['3573010', 'Kedungkandang', 2025, 208_000],
  ['3573020', 'Sukun', 2025, 203_000],
  ['3573030', 'Klojen', 2025, 96_000],
  ['3573040', 'Blimbing', 2025, 183_000],
  ['3573050', 'Lowokwaru', 2025, 185_000],
];

/** The template as an .xlsx file. The example figures are placeholders, to be replaced by the producer's. */
export async function bulkTemplate(): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const catalogue = book.addWorksheet(CATALOGUE_SHEET);
  catalogue.addRow(CATALOGUE_COLUMNS.map((c) => c.key));
  catalogue.addRow(CATALOGUE_COLUMNS.map((c) => (c.key === 'berkas' ? EXAMPLE_SHEET : c.example)));
  catalogue.getRow(1).font = { bold: true };
  catalogue.views = [{ state: 'frozen', ySplit: 1 }];
  CATALOGUE_COLUMNS.forEach((c, i) => {
    catalogue.getColumn(i + 1).width = Math.max(14, c.key.length + 4);
    // A note on each header says what to write, where the producer is looking.
    catalogue.getCell(1, i + 1).note = `${c.required ? 'Wajib. ' : ''}${c.help.id}`;
  });

  const data = book.addWorksheet(EXAMPLE_SHEET);
  for (const row of EXAMPLE_TABLE) data.addRow(row);
  data.getRow(1).font = { bold: true };

  const help = book.addWorksheet('Petunjuk');
  help.addRow(['kolom / column', 'wajib / required', 'petunjuk', 'instructions']);
  help.getRow(1).font = { bold: true };
  for (const c of CATALOGUE_COLUMNS) help.addRow([c.key, c.required ? 'ya / yes' : '', c.help.id, c.help.en]);
  help.addRow([]);
  help.addRow([
    '',
    '',
    'Satu baris per dataset. Data: nama lembar di buku kerja ini, atau nama berkas CSV/XLSX di folder yang sama dengan katalog.xlsx. Contoh angka hanya contoh.',
    'One row per dataset. Data: a sheet name in this workbook, or a CSV/XLSX file name in the folder that holds katalog.xlsx. The example figures are only examples.',
  ]);
  help.getColumn(3).width = 70;
  help.getColumn(4).width = 70;
  return Buffer.from(await book.xlsx.writeBuffer());
}
