/**
 * Turning a row's cells into the JSON values the datastore keeps, by the columns' types: integers
 * and numbers as JSON numbers, dates as 'YYYY-MM-DD', booleans as true/false, empty cells as null.
 * A cell that does not fit its column's type is a problem named by row and column, never guessed
 * around. Pure: no I/O.
 */
import type { LocalizedText } from '../../errors.js';
import { columnLetter } from '../../platform/spreadsheet.js';
import type { ColumnKind } from './opendata.tables.js';
import { isEmptyCell, type NumberStyle, type RawCell, readBoolean, readDate, readNumber } from './table.infer.js';

export type DataValue = string | number | boolean | null;
export type DataRow = Record<string, DataValue>;

/** A column as coercion needs it: its name and type, and how its text numbers are written. */
export interface CoerceColumn {
  name: string;
  type: ColumnKind;
  numberStyle: NumberStyle;
}

/** A problem in one cell, where a spreadsheet shows it: row 5, column C ("Jumlah"). */
export interface CellProblem {
  row: number;
  column: string;
  header: string;
  message: LocalizedText;
}

export { columnLetter };

const shownValue = (cell: RawCell) => {
  const text = String(cell).trim();
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

const EXAMPLE: Record<NumberStyle, { whole: string; decimal: string }> = {
  id: { whole: '1.234', decimal: '1.234,5' },
  en: { whole: '1,234', decimal: '1,234.5' },
};

const misfit: Record<Exclude<ColumnKind, 'text'>, (value: string, style: NumberStyle) => LocalizedText> = {
  integer: (value, style) => ({
    id: `"${value}" bukan bilangan bulat. Tulis angka tanpa desimal, misalnya ${EXAMPLE[style].whole}, atau pilih tipe lain untuk kolom ini.`,
    en: `"${value}" is not a whole number. Write a number without decimals, such as ${EXAMPLE[style].whole}, or choose another type for this column.`,
  }),
  number: (value, style) => ({
    id: `"${value}" bukan angka. Tulis angka seperti ${EXAMPLE[style].decimal}, atau pilih tipe teks untuk kolom ini.`,
    en: `"${value}" is not a number. Write a number such as ${EXAMPLE[style].decimal}, or choose the text type for this column.`,
  }),
  date: (value) => ({
    id: `"${value}" bukan tanggal. Tulis tanggal sebagai 2026-11-22 atau 22/11/2026.`,
    en: `"${value}" is not a date. Write dates as 2026-11-22 or 22/11/2026.`,
  }),
  boolean: (value) => ({
    id: `"${value}" bukan ya/tidak. Tulis ya atau tidak (true atau false).`,
    en: `"${value}" is not yes/no. Write ya or tidak (true or false).`,
  }),
};

type Coerced = { value: DataValue } | { problem: LocalizedText };

/** One cell as the column's type, or why it does not fit. */
export function coerceCell(cell: RawCell, column: Pick<CoerceColumn, 'type' | 'numberStyle'>): Coerced {
  if (isEmptyCell(cell)) return { value: null };
  const raw = cell as string | number | boolean;
  switch (column.type) {
    case 'text':
      return { value: typeof raw === 'string' ? raw.trim() : String(raw) };
    case 'integer':
    case 'number': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? (readNumber(raw, column.numberStyle)?.value ?? null) : null;
      if (n === null || !Number.isFinite(n)) return { problem: misfit[column.type](shownValue(raw), column.numberStyle) };
      if (column.type === 'integer' && !Number.isSafeInteger(n)) return { problem: misfit.integer(shownValue(raw), column.numberStyle) };
      return { value: n };
    }
    case 'date': {
      const day = typeof raw === 'string' ? readDate(raw) : null;
      return day === null ? { problem: misfit.date(shownValue(raw), column.numberStyle) } : { value: day };
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return { value: raw };
      // A producer who says the column is yes/no may have written it as 1 and 0.
      if (raw === 1 || raw === '1') return { value: true };
      if (raw === 0 || raw === '0') return { value: false };
      const b = typeof raw === 'string' ? readBoolean(raw) : null;
      return b === null ? { problem: misfit.boolean(shownValue(raw), column.numberStyle) } : { value: b };
    }
  }
}

/** A row as typed JSON by column name, and the problems of the cells that did not fit. `rowNumber` is where the row is in the file. */
export function coerceRow(cells: readonly RawCell[], columns: readonly CoerceColumn[], rowNumber: number): { data: DataRow; problems: CellProblem[] } {
  const data: DataRow = {};
  const problems: CellProblem[] = [];
  columns.forEach((column, i) => {
    const result = coerceCell(cells[i] ?? null, column);
    if ('problem' in result) {
      problems.push({ row: rowNumber, column: columnLetter(i), header: column.name, message: result.problem });
      data[column.name] = null;
    } else data[column.name] = result.value;
  });
  return { data, problems };
}
