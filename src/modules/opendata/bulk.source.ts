/**
 * Where a bulk import's catalogue and data come from: a folder (the CLI reads one from disk; the
 * page sends the files of a folder the walidata picks) holding katalog.xlsx or katalog.csv beside
 * the data files, or one workbook whose sheet "Katalog" lists the datasets and whose other sheets
 * hold their tables.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Worksheet } from 'exceljs';
import { type CatalogueRow, missingHeaders } from './bulk.catalogue.js';
import { CATALOGUE_SHEET, type CatalogueKey } from './bulk.columns.js';
import { bulkErrors } from './bulk.errors.js';
import type { UploadedFile } from './resource.service.js';
import { cellOf, openTable } from './table.parse.js';

export interface BulkSource {
  rows: CatalogueRow[];
  /** The data file or sheet a catalogue row names; null when there is none by that name. */
  file(name: string): Promise<UploadedFile | null>;
  /** What was imported, for the audit log: "katalog.xlsx and 12 files". */
  description: string;
}

/** A folder's files by name; read when asked, so a large folder is not held in memory at once. */
export interface FolderFiles {
  names: string[];
  read(name: string): Promise<Buffer>;
}

const CATALOGUE_FILES = ['katalog.xlsx', 'katalog.csv'];

/** "Tanggal Mulai" and "tanggal_mulai" name the same column. */
const keyOf = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

const textOf = (cell: ReturnType<typeof cellOf>) => (cell === null ? '' : String(cell));

function catalogueRows(table: Array<{ row: number; cells: string[] }>): CatalogueRow[] {
  const [header, ...body] = table;
  if (!header) throw bulkErrors.emptyCatalogue();
  const keys = header.cells.map(keyOf);
  const missing = missingHeaders(keys);
  if (missing.length) throw bulkErrors.missingHeaders(missing);
  return body.map(({ row, cells }) => ({
    row,
    cells: Object.fromEntries(keys.map((key, i) => [key, cells[i] ?? ''])) as Partial<Record<CatalogueKey, string>>,
  }));
}

function sheetRows(sheet: Worksheet): Array<{ row: number; cells: string[] }> {
  const rows: Array<{ row: number; cells: string[] }> = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values = (row.values as unknown[]).slice(1);
    rows.push({ row: number, cells: values.map((v) => textOf(cellOf(v as never))) });
  });
  return rows;
}

/** One sheet as a workbook of its own, values kept typed (a CSV would turn 1.5 into text to guess again). */
async function sheetAsWorkbook(sheet: Worksheet): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const copy = book.addWorksheet(sheet.name.slice(0, 31));
  sheet.eachRow({ includeEmpty: false }, (row) => {
    copy.addRow((row.values as unknown[]).slice(1).map((v) => cellOf(v as never)));
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A workbook with the catalogue in the sheet "Katalog" (or its first sheet) and the tables in the others. */
export async function workbookSource(bytes: Buffer, fileName: string): Promise<BulkSource> {
  // openTable refuses what is not a workbook, and zip bombs, before exceljs unpacks anything.
  const table = openTable(bytes);
  if (table.format !== 'XLSX') throw bulkErrors.notAWorkbook();
  // Reading the first row runs the check that every zip entry is whole.
  for await (const _row of table.rows()) break;
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const catalogue = book.getWorksheet(CATALOGUE_SHEET) ?? book.worksheets[0];
  if (!catalogue) throw bulkErrors.emptyCatalogue();
  const sheets = new Map(book.worksheets.filter((s) => s !== catalogue).map((s) => [s.name.trim().toLowerCase(), s]));
  return {
    rows: catalogueRows(sheetRows(catalogue)),
    description: `${fileName} (${book.worksheets.length} sheets)`,
    async file(name) {
      const sheet = sheets.get(name.trim().toLowerCase());
      return sheet ? { fileName: `${sheet.name}.xlsx`, bytes: await sheetAsWorkbook(sheet) } : null;
    },
  };
}

/** A folder holding katalog.xlsx or katalog.csv and the data files it names. */
export async function folderSource(files: FolderFiles, label: string): Promise<BulkSource> {
  const byName = new Map(files.names.map((n) => [path.basename(n).toLowerCase(), n]));
  const catalogueName = CATALOGUE_FILES.map((n) => byName.get(n)).find((n) => n !== undefined);
  if (!catalogueName) throw bulkErrors.noCatalogue();
  const table = openTable(await files.read(catalogueName));
  const rows: Array<{ row: number; cells: string[] }> = [];
  for await (const { row, cells } of table.rows()) rows.push({ row, cells: cells.map(textOf) });
  return {
    rows: catalogueRows(rows),
    description: `${label}: ${path.basename(catalogueName)} and ${files.names.length - 1} files`,
    async file(name) {
      // Only a file's own name counts: "../x.csv" finds nothing outside the folder.
      const found = byName.get(path.basename(name.trim()).toLowerCase());
      if (!found || found === catalogueName || path.basename(name.trim()) !== name.trim()) return null;
      return { fileName: path.basename(found), bytes: await files.read(found) };
    },
  };
}

/** The files directly inside a folder on disk, for the CLI. */
export async function diskFolder(dir: string): Promise<FolderFiles> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const names = entries.filter((e) => e.isFile()).map((e) => e.name);
  return { names, read: (name) => fs.readFile(path.join(dir, path.basename(name))) };
}

/** Files sent together from a page (a folder picked in the browser), already in memory. */
export function sentFolder(files: UploadedFile[]): FolderFiles {
  const byName = new Map(files.map((f) => [f.fileName, f.bytes]));
  return { names: [...byName.keys()], read: async (name) => byName.get(name) ?? Buffer.alloc(0) };
}
