/**
 * BKAD's realization workbook: the template the city hands out, and the reading and checking of a
 * filled one. Checking is pure (no database): it is given the OPDs and the year's budgets, and it
 * lists every problem with the row and column Excel shows, so one round of corrections is enough.
 * The OPD code is the key; the name is there for people, so a name that differs only warns.
 */
import type { CellValue } from 'exceljs';
import type { LocalizedText } from '../../errors.js';
import { columnLetter } from '../../platform/spreadsheet.js';
import { QUARTERS } from './absorption.js';
import { budgetErrors, type CellProblem, rupiah } from './budget.errors.js';

export const REALIZATION_SHEET = 'Realisasi';
export const GUIDE_SHEET = 'Petunjuk';
export const HEADERS = ['Kode OPD', 'Nama OPD', 'Realisasi TW I', 'Realisasi TW II', 'Realisasi TW III', 'Realisasi TW IV'] as const;
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The largest amount taken, in rupiah: far above any city's budget, and exact as a JavaScript number. */
export const MAX_AMOUNT = 1e15;
/** A city's workbook of a hundred OPDs is some 20 KB; 5 MB leaves room for BKAD's own sheets beside it. */
export const MAX_WORKBOOK_BYTES = 5 * 1024 * 1024;
const CODE = 0;
const NAME = 1;
const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const RUPIAH_FORMAT = '#,##0';

export type Quarterly = [number | null, number | null, number | null, number | null];

export interface TemplateRow {
  code: string;
  name: string;
  realized: Quarterly;
}

/** The template for one year: one row per OPD with a budget, prefilled with what is already imported. */
export async function buildTemplate(input: { periodName: string; year: number; rows: TemplateRow[] }): Promise<Buffer> {
  // exceljs is large and only the budget's spreadsheets need it: loaded on first use, not at start.
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Balaikota';
  book.title = `Realisasi anggaran ${input.year}`;
  const sheet = book.addWorksheet(REALIZATION_SHEET, { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  sheet.columns = HEADERS.map((header, i) => ({
    header,
    width: i === CODE ? 18 : i === NAME ? 48 : 20,
    // Codes stay text, so that Excel never turns one into a number or a date.
    style: i === CODE ? { numFmt: '@' } : i === NAME ? {} : { numFmt: RUPIAH_FORMAT },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
  header.numFmt = '@';
  for (const row of input.rows) {
    const added = sheet.addRow([row.code, row.name, ...row.realized.map((v) => v ?? undefined)]);
    for (const q of QUARTERS) {
      const cell = added.getCell(NAME + 1 + q);
      cell.numFmt = RUPIAH_FORMAT;
      cell.dataValidation = {
        type: 'whole',
        operator: 'between',
        formulae: [0, MAX_AMOUNT],
        allowBlank: true,
        showErrorMessage: true,
        errorTitle: 'Realisasi',
        error: 'Isi rupiah penuh tanpa desimal, tidak negatif; kosongkan bila triwulan belum dilaporkan.',
      };
    }
  }

  const guide = book.addWorksheet(GUIDE_SHEET);
  guide.getColumn(1).width = 110;
  const lines = [
    `Petunjuk pengisian realisasi anggaran ${input.periodName} (tahun ${input.year})`,
    '',
    `1. Isi lembar "${REALIZATION_SHEET}": satu baris per OPD, realisasi belanja tiap triwulan (TW I sampai TW IV).`,
    '2. Angka realisasi adalah belanja dalam triwulan itu saja, bukan jumlah kumulatif sejak awal tahun.',
    '3. Tulis rupiah penuh tanpa desimal dan tanpa tanda "Rp", misalnya 1250000000. Angka tidak boleh negatif.',
    '4. Biarkan sel kosong untuk triwulan yang belum dilaporkan: sel kosong tidak mengubah realisasi yang sudah tercatat. Tulis 0 bila memang tidak ada belanja.',
    '5. Jangan mengubah Kode OPD, judul kolom, atau nama lembar. Kode OPD menjadi kunci; Nama OPD hanya untuk dibaca.',
    '6. Satu OPD hanya satu baris. OPD yang belum memiliki pagu untuk tahun ini tidak dapat diimpor: minta admin menetapkan pagunya dahulu.',
    '7. Realisasi kumulatif sampai triwulan mana pun tidak boleh melebihi pagu OPD.',
    '8. Simpan sebagai .xlsx (paling besar 5 MB) lalu unggah. Bila ada kesalahan, tidak ada yang disimpan: setiap kesalahan disebut dengan baris dan kolomnya. Perbaiki, lalu unggah lagi.',
  ];
  for (const line of lines) guide.addRow([line]).getCell(1).alignment = { wrapText: true, vertical: 'top' };
  guide.getRow(1).font = { bold: true, size: 13 };
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The cells of one sheet, as read: cells[0] is column A. Only rows holding something are listed. */
export interface SheetContent {
  name: string;
  rows: Array<{ number: number; cells: CellValue[] }>;
}

/** What a file that is not an XLSX workbook looks like, judged by its first bytes. */
function lookOf(bytes: Buffer): LocalizedText | null {
  if (bytes.length === 0) return { id: 'berkasnya kosong', en: 'the file is empty' };
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    return { id: 'format Excel 97-2003 .xls, atau berkas berkata sandi', en: 'the Excel 97-2003 .xls format, or a password-protected file' };
  }
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return { id: 'sebuah PDF', en: 'a PDF' };
  if (!bytes.subarray(0, 512).includes(0)) return { id: 'teks biasa atau CSV', en: 'plain text or CSV' };
  return null;
}

/** Opens an XLSX workbook and returns its sheet "Realisasi" (or its first sheet); anything else is refused whole. */
export async function readWorkbook(bytes: Buffer): Promise<SheetContent> {
  // An XLSX file is a zip archive: it starts with a zip entry, whatever its name says.
  if (bytes.length < 4 || !bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) throw budgetErrors.notXlsx(lookOf(bytes));
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const notAWorkbook = { id: 'arsip ZIP yang tidak memuat buku kerja', en: 'a zip archive that holds no workbook' };
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw budgetErrors.notXlsx(notAWorkbook);
  }
  const sheet = book.worksheets.find((s) => s.name.trim().toLowerCase() === REALIZATION_SHEET.toLowerCase()) ?? book.worksheets[0];
  if (!sheet) throw budgetErrors.notXlsx(notAWorkbook);
  const rows: SheetContent['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values = row.values as CellValue[];
    rows.push({ number, cells: Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) => values[i + 1]) });
  });
  return { name: sheet.name, rows };
}

export interface KnownOpd {
  id: string;
  code: string;
  name: string;
  shortName: string;
}

export interface BudgetOnRecord {
  pagu: number;
  /** What is stored now; an empty cell keeps it. */
  realized: Quarterly;
}

export interface ImportContext {
  year: number;
  opds: KnownOpd[];
  /** The year's budgets by OPD id. */
  budgets: Map<string, BudgetOnRecord>;
}

export interface FileRow {
  row: number;
  opdId: string;
  /** The file's amounts; null for an empty cell, which leaves the stored figure. */
  values: Quarterly;
}

export interface CheckedImport {
  rows: FileRow[];
  problems: CellProblem[];
  /** Worth a look but not in the way: a name that differs from the OPD's. */
  warnings: CellProblem[];
}

export { columnLetter };

function textOf(value: CellValue): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value)
    return (
      value.richText
        .map((r) => r.text)
        .join('')
        .trim() || null
    );
  if ('formula' in value || 'sharedFormula' in value) return textOf((value.result ?? null) as CellValue);
  if ('error' in value) return value.error;
  if ('text' in value) return textOf(value.text as CellValue);
  return null;
}

/** Header and name comparisons ignore case, spacing and a unit in brackets: "Realisasi TW I (Rp)" is "Realisasi TW I". */
const headerKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/\(.*?\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const nameKey = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

const shown = (n: number) => ({
  id: n.toLocaleString('id-ID', { maximumFractionDigits: 6 }),
  en: n.toLocaleString('en', { maximumFractionDigits: 6 }),
});

const amountText = {
  notNumber: (found: string): LocalizedText => ({
    id: `Isi "${found}" bukan angka rupiah. Tulis angka bulat tanpa "Rp" dan tanpa koma, misalnya 1250000.`,
    en: `"${found}" is not an amount in rupiah. Write a whole number without "Rp" or commas, e.g. 1250000.`,
  }),
  negative: (n: number): LocalizedText => ({
    id: `Realisasi tidak boleh negatif (${shown(n).id}).`,
    en: `A realization cannot be negative (${shown(n).en}).`,
  }),
  fractional: (n: number): LocalizedText => ({
    id: `Realisasi ditulis dalam rupiah penuh tanpa desimal (${shown(n).id}).`,
    en: `A realization is in whole rupiah, without decimals (${shown(n).en}).`,
  }),
  tooLarge: (n: number): LocalizedText => ({
    id: `Angka ${shown(n).id} melebihi batas ${shown(MAX_AMOUNT).id}.`,
    en: `${shown(n).en} is over the limit of ${shown(MAX_AMOUNT).en}.`,
  }),
  date: (): LocalizedText => ({
    id: 'Sel ini berisi tanggal, bukan angka rupiah. Ubah format selnya menjadi angka.',
    en: 'This cell holds a date, not an amount. Format the cell as a number.',
  }),
  formulaWithoutResult: (): LocalizedText => ({
    id: 'Rumus di sel ini belum memiliki hasil. Salin lalu tempel sebagai nilai (Paste Values).',
    en: 'The formula in this cell has no computed result. Copy it and paste it as values.',
  }),
  errorValue: (error: string): LocalizedText => ({
    id: `Sel ini berisi galat ${error}. Ganti dengan angka realisasi.`,
    en: `This cell holds the error ${error}. Replace it with the realization.`,
  }),
};

type Amount = { value: number | null } | { problem: LocalizedText };

function checkedNumber(n: number): Amount {
  if (!Number.isFinite(n)) return { problem: amountText.notNumber(String(n)) };
  if (n < 0) return { problem: amountText.negative(n) };
  if (!Number.isInteger(n)) return { problem: amountText.fractional(n) };
  if (n > MAX_AMOUNT) return { problem: amountText.tooLarge(n) };
  return { value: n };
}

// Digits, or digits grouped by dots in the Indonesian way ("1.250.000"); an optional "Rp" before them.
const DIGITS = /^\d+$/;
const DOTTED = /^\d{1,3}(\.\d{3})+$/;

function amountOf(value: CellValue): Amount {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === 'number') return checkedNumber(value);
  if (typeof value === 'string' || (typeof value === 'object' && ('richText' in value || 'text' in value))) {
    const text = textOf(value);
    if (text === null) return { value: null };
    const plain = text.replace(/^rp\.?/i, '').replace(/\s+/g, '');
    if (DIGITS.test(plain) || DOTTED.test(plain)) return checkedNumber(Number(plain.replace(/\./g, '')));
    return { problem: amountText.notNumber(text.slice(0, 40)) };
  }
  if (typeof value === 'boolean') return { problem: amountText.notNumber(String(value)) };
  if (value instanceof Date) return { problem: amountText.date() };
  if ('formula' in value || 'sharedFormula' in value) {
    if (value.result === undefined || value.result === null) return { problem: amountText.formulaWithoutResult() };
    return amountOf(value.result as CellValue);
  }
  if ('error' in value) return { problem: amountText.errorValue(value.error) };
  return { problem: amountText.notNumber('?') };
}

const rowText = {
  emptySheet: (sheet: string): LocalizedText => ({
    id: `Lembar "${sheet}" tidak berisi baris OPD. Isi realisasi di bawah baris judul kolom, atau unduh templat terbaru.`,
    en: `The sheet "${sheet}" holds no OPD rows. Fill in the realization below the header row, or download the latest template.`,
  }),
  headerMissing: (header: string): LocalizedText => ({
    id: `Kolom "${header}" tidak ada di baris 1. Jangan mengubah, memindah baris, atau menghapus judul kolom templat.`,
    en: `The column "${header}" is not in row 1. Do not change, move or delete the template's column headers.`,
  }),
  headerUnknown: (found: string): LocalizedText => ({
    id: `Judul kolom "${found}" tidak dikenal. Judul yang diharapkan: ${HEADERS.join(', ')}.`,
    en: `The column header "${found}" is not one we know. Expected: ${HEADERS.join(', ')}.`,
  }),
  headerTwice: (header: string, first: string): LocalizedText => ({
    id: `Kolom "${header}" sudah ada di kolom ${first}; hapus salah satunya.`,
    en: `The column "${header}" is already in column ${first}; delete one of them.`,
  }),
  codeMissing: (): LocalizedText => ({
    id: 'Kode OPD kosong, padahal baris ini berisi angka. Isi kodenya seperti di templat, atau hapus barisnya.',
    en: 'The OPD code is empty, yet this row holds figures. Write the code as in the template, or delete the row.',
  }),
  unknownCode: (code: string): LocalizedText => ({
    id: `Kode OPD "${code}" tidak dikenal. Jangan mengubah kode; unduh templat terbaru bila ragu.`,
    en: `The OPD code "${code}" is not known. Do not change codes; download the latest template if in doubt.`,
  }),
  noBudget: (code: string, name: string, year: number): LocalizedText => ({
    id: `OPD ${code} (${name}) belum memiliki pagu untuk tahun ${year}. Tetapkan pagunya dahulu, atau hapus baris ini.`,
    en: `OPD ${code} (${name}) has no budget ceiling for ${year}. Set its ceiling first, or delete this row.`,
  }),
  duplicate: (code: string, first: number): LocalizedText => ({
    id: `OPD ${code} sudah ada di baris ${first}. Satu OPD hanya satu baris: gabungkan keduanya.`,
    en: `OPD ${code} is already in row ${first}. One OPD takes one row: merge the two.`,
  }),
  nameDiffers: (found: string, code: string, name: string): LocalizedText => ({
    id: `Nama "${found}" berbeda dengan nama OPD ${code} ("${name}"). Baris ini diimpor menurut kodenya; periksa apakah kodenya benar.`,
    en: `The name "${found}" differs from that of OPD ${code} ("${name}"). The row is imported by its code; check that the code is right.`,
  }),
  overPagu: (quarter: number, cumulative: number, pagu: number, usedRecorded: boolean): LocalizedText => ({
    id: `Realisasi kumulatif sampai TW ${ROMAN[quarter - 1]} menjadi ${rupiah(cumulative).id}, melebihi pagu ${rupiah(pagu).id}.${usedRecorded ? ' Sel kosong dihitung dengan realisasi yang sudah tercatat.' : ''}`,
    en: `The cumulative realization to TW ${ROMAN[quarter - 1]} comes to ${rupiah(cumulative).en}, over the ceiling of ${rupiah(pagu).en}.${usedRecorded ? ' Empty cells count with the realization already recorded.' : ''}`,
  }),
};

/** Checks a filled sheet against the OPDs and the year's budgets: the rows to write, or every problem. */
export function checkRealization(sheet: SheetContent, context: ImportContext): CheckedImport {
  const problems: CellProblem[] = [];
  const warnings: CellProblem[] = [];
  const rows: FileRow[] = [];
  /** Column index of each of HEADERS, once found in row 1. */
  const columnOf: Array<number | undefined> = HEADERS.map(() => undefined);
  const headerOf = new Map<number, string>();
  const cell = (row: number, column: number, message: LocalizedText): CellProblem => ({
    row,
    column: columnLetter(column),
    header: headerOf.get(column) ?? '',
    message,
  });

  if (sheet.rows.length === 0) return { rows, problems: [{ row: 1, column: 'A', header: HEADERS[CODE], message: rowText.emptySheet(sheet.name) }], warnings };

  const headerRow = sheet.rows[0].number === 1 ? sheet.rows[0].cells : [];
  headerRow.forEach((value, column) => {
    const text = textOf(value);
    if (text === null) return;
    const index = HEADERS.findIndex((h) => headerKey(h) === headerKey(text));
    headerOf.set(column, index >= 0 ? HEADERS[index] : text);
    if (index < 0) problems.push(cell(1, column, rowText.headerUnknown(text.slice(0, 60))));
    else if (columnOf[index] !== undefined) problems.push(cell(1, column, rowText.headerTwice(HEADERS[index], columnLetter(columnOf[index] as number))));
    else columnOf[index] = column;
  });
  HEADERS.forEach((header, index) => {
    if (columnOf[index] === undefined) problems.push({ row: 1, column: columnLetter(index), header, message: rowText.headerMissing(header) });
  });
  const codeColumn = columnOf[CODE];
  // Without the code column no row can be told apart; the header problems say what to fix.
  if (codeColumn === undefined) return { rows, problems: sortProblems(problems), warnings };
  const nameColumn = columnOf[NAME];

  const byCode = new Map(context.opds.map((o) => [o.code.toUpperCase(), o]));
  const firstRowOf = new Map<string, number>();
  let dataRows = 0;
  for (const { number, cells } of sheet.rows) {
    if (number === 1) continue;
    const code = textOf(cells[codeColumn]);
    const name = nameColumn === undefined ? null : textOf(cells[nameColumn]);
    const amounts = QUARTERS.map((q) => {
      const column = columnOf[NAME + q];
      return { column, amount: column === undefined ? { value: null } : amountOf(cells[column]) };
    });
    const hasFigures = amounts.some(({ amount }) => !('value' in amount) || amount.value !== null);
    if (code === null && name === null && !hasFigures) continue;
    dataRows++;
    const before = problems.length;
    const at = (column: number, message: LocalizedText) => problems.push(cell(number, column, message));

    let opd: KnownOpd | undefined;
    let budget: BudgetOnRecord | undefined;
    if (code === null) {
      if (hasFigures) at(codeColumn, rowText.codeMissing());
    } else {
      opd = byCode.get(code.toUpperCase());
      const first = firstRowOf.get(code.toUpperCase());
      if (!opd) at(codeColumn, rowText.unknownCode(code.slice(0, 40)));
      else if (first !== undefined) at(codeColumn, rowText.duplicate(opd.code, first));
      else {
        budget = context.budgets.get(opd.id);
        if (!budget) at(codeColumn, rowText.noBudget(opd.code, opd.name, context.year));
      }
      if (first === undefined) firstRowOf.set(code.toUpperCase(), number);
      if (opd && name !== null && nameColumn !== undefined && nameKey(name) !== nameKey(opd.name) && nameKey(name) !== nameKey(opd.shortName)) {
        warnings.push(cell(number, nameColumn, rowText.nameDiffers(name.slice(0, 80), opd.code, opd.name)));
      }
    }
    for (const { column, amount } of amounts) if (column !== undefined && 'problem' in amount) at(column, amount.problem);
    if (problems.length > before || !opd || !budget) continue;

    const values = amounts.map(({ amount }) => ('value' in amount ? amount.value : null)) as Quarterly;
    let cumulative = 0;
    let lastGiven: number | undefined;
    let usedRecorded = false;
    for (const q of QUARTERS) {
      const given = values[q - 1];
      if (given !== null) lastGiven = amounts[q - 1].column;
      else if (budget.realized[q - 1] !== null) usedRecorded = true;
      cumulative += given ?? budget.realized[q - 1] ?? 0;
      if (cumulative > budget.pagu) {
        at(lastGiven ?? amounts[q - 1].column ?? codeColumn, rowText.overPagu(q, cumulative, budget.pagu, usedRecorded));
        break;
      }
    }
    if (problems.length === before) rows.push({ row: number, opdId: opd.id, values });
  }
  if (dataRows === 0) problems.push({ row: 2, column: columnLetter(codeColumn), header: HEADERS[CODE], message: rowText.emptySheet(sheet.name) });
  return { rows, problems: sortProblems(problems), warnings };
}

/** Row by row, left to right, as a person works down the sheet. */
function sortProblems(problems: CellProblem[]): CellProblem[] {
  const index = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  return problems.sort((a, b) => a.row - b.row || index(a.column) - index(b.column));
}
