/**
 * Guessing each column's type from its cells, before the producer confirms it. Indonesian files
 * write numbers as "1.234,5" (dot between thousands, comma before decimals), others as "1,234.5";
 * a column is read in one style only, the one every cell of it fits, so "1.234" is one thousand
 * two hundred thirty-four in a column where the dot always groups thousands, and 1.234 where some
 * other cell shows the dot is a decimal point ("12.5"). When both styles fit, the Indonesian one
 * wins: these are a city's files. Pure: no I/O.
 */
import type { ColumnKind } from './opendata.tables.js';

/** A cell as read from the file: CSV gives text; XLSX gives numbers and booleans too, and dates as 'YYYY-MM-DD'. */
export type RawCell = string | number | boolean | null;

/** 'id': 1.234,5 (thousands dot, decimal comma). 'en': 1,234.5. */
export type NumberStyle = 'id' | 'en';

const SEPARATORS: Record<NumberStyle, { thousands: string; decimal: string }> = {
  id: { thousands: '.', decimal: ',' },
  en: { thousands: ',', decimal: '.' },
};

/** More digits than this is an identifier (NIK, NPWP, a phone number), not an amount: a double would round it. */
const MAX_DIGITS = 15;

const patterns = Object.fromEntries(
  (Object.keys(SEPARATORS) as NumberStyle[]).map((style) => {
    const t = `\\${SEPARATORS[style].thousands}`;
    const d = `\\${SEPARATORS[style].decimal}`;
    // Either plain digits, or groups of three after a first group that does not start with 0.
    return [style, new RegExp(`^([+-]?)(\\d+|[1-9]\\d{0,2}(?:${t}\\d{3})+)(?:${d}(\\d+))?$`)];
  }),
) as Record<NumberStyle, RegExp>;

export interface ReadNumber {
  value: number;
  /** True when the text has a decimal part ("1,0"): such a column is a number, not an integer. */
  written: 'integer' | 'decimal';
  /** "007" or "+62341...": a code or a phone number, whose leading zero or plus a number would lose. */
  leadingZero: boolean;
  /** Too many digits to be held exactly. */
  tooLong: boolean;
}

/** Reads a number written in the given style, or null when the text is not one. */
export function readNumber(text: string, style: NumberStyle): ReadNumber | null {
  const match = patterns[style].exec(text.trim());
  if (!match) return null;
  const [, sign, whole, fraction] = match;
  const digits = whole.replaceAll(SEPARATORS[style].thousands, '');
  const value = Number(`${sign}${digits}${fraction === undefined ? '' : `.${fraction}`}`);
  return {
    value: Object.is(value, -0) ? 0 : value,
    written: fraction === undefined ? 'integer' : 'decimal',
    leadingZero: (digits.length > 1 && digits.startsWith('0')) || sign === '+',
    tooLong: digits.length > MAX_DIGITS,
  };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Day first, as Indonesians write it: 22/11/2026 or 22-11-2026.
const DAY_FIRST = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/;

/** A date as 'YYYY-MM-DD', or null when the text is not a real date in either accepted form. */
export function readDate(text: string): string | null {
  const trimmed = text.trim();
  const iso = ISO_DATE.exec(trimmed);
  const dayFirst = iso ? null : DAY_FIRST.exec(trimmed);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : null;
  if (!parts) return null;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  if (year < 1000 || month < 1 || month > 12 || day < 1) return null;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > lastDay) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const TRUE_WORDS = new Set(['ya', 'benar', 'true', 'yes']);
const FALSE_WORDS = new Set(['tidak', 'salah', 'false', 'no']);

/** "ya"/"tidak" (and benar/salah, true/false, yes/no), or null. */
export function readBoolean(text: string): boolean | null {
  const word = text.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return null;
}

/** A cell with nothing in it: no value, or only spaces. */
export function isEmptyCell(cell: RawCell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

export interface ColumnGuess {
  type: ColumnKind;
  /** The style its text numbers are read in (also when the producer later chooses a number type). */
  numberStyle: NumberStyle;
  /** The types every non-empty cell of the column can be read as: what a confirmed type may be without errors. */
  fits: Record<ColumnKind, boolean>;
}

/** What is known about one column after some of its cells. */
class ColumnTally {
  private filled = 0;
  /** Per style: every text number so far reads in it, and all of them as whole numbers. */
  private readonly readsIn = { id: true, en: true };
  private readonly wholeIn = { id: true, en: true };
  private numericCells = true;
  private wholeCells = true;
  private leadingZero = false;
  private tooLong = false;
  private dates = true;
  private booleans = true;

  add(cell: RawCell): void {
    if (cell === null || isEmptyCell(cell)) return;
    this.filled++;
    if (typeof cell === 'number') {
      this.dates = false;
      this.booleans = false;
      if (!Number.isInteger(cell) || !Number.isSafeInteger(cell)) this.wholeCells = false;
      return;
    }
    if (typeof cell === 'boolean') {
      this.numericCells = false;
      this.dates = false;
      return;
    }
    if (this.dates && readDate(cell) === null) this.dates = false;
    if (this.booleans && readBoolean(cell) === null) this.booleans = false;
    for (const style of ['id', 'en'] as const) {
      if (!this.readsIn[style]) continue;
      const read = readNumber(cell, style);
      if (!read) {
        this.readsIn[style] = false;
        continue;
      }
      if (read.written === 'decimal') this.wholeIn[style] = false;
      if (read.leadingZero) this.leadingZero = true;
      if (read.tooLong) this.tooLong = true;
    }
  }

  guess(): ColumnGuess {
    const style: NumberStyle | null = this.readsIn.id ? 'id' : this.readsIn.en ? 'en' : null;
    const numeric = this.numericCells && style !== null;
    const whole = numeric && this.wholeCells && this.wholeIn[style as NumberStyle];
    const fits: Record<ColumnKind, boolean> = {
      text: true,
      integer: whole,
      number: numeric,
      date: this.dates,
      boolean: this.booleans,
    };
    if (this.filled === 0) return { type: 'text', numberStyle: 'id', fits };
    // Codes with a leading zero and long identifiers stay text: as numbers they would change.
    const amount = numeric && !this.leadingZero && !this.tooLong;
    const type: ColumnKind = amount && whole ? 'integer' : amount ? 'number' : this.dates ? 'date' : this.booleans ? 'boolean' : 'text';
    return { type, numberStyle: style ?? 'id', fits };
  }
}

/** Takes rows one at a time, so that a large file is read without holding it whole. */
export class TableInference {
  private readonly tallies: ColumnTally[];

  constructor(columnCount: number) {
    this.tallies = Array.from({ length: columnCount }, () => new ColumnTally());
  }

  add(cells: readonly RawCell[]): void {
    this.tallies.forEach((tally, i) => {
      tally.add(cells[i] ?? null);
    });
  }

  guesses(): ColumnGuess[] {
    return this.tallies.map((t) => t.guess());
  }
}

/** Each column's guess from all its rows. */
export function inferColumns(columnCount: number, rows: Iterable<readonly RawCell[]>): ColumnGuess[] {
  const inference = new TableInference(columnCount);
  for (const row of rows) inference.add(row);
  return inference.guesses();
}

/**
 * The key columns when nobody has said: every column but the last. Satu Data tables are long:
 * each row is region, indicator, year ... and one value at the end, so the columns before the
 * value say which figure a row is, and a changed figure is a changed row, not a removed and an
 * added one. A one-column table has no key: its rows are compared whole.
 */
export function defaultKeyColumns(names: readonly string[]): string[] {
  return names.slice(0, -1);
}
