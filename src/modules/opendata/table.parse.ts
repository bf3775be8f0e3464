/**
 * Reading an uploaded table: a CSV file (delimiter , ; or tab, UTF-8 with or without a BOM) or the
 * first sheet of an XLSX workbook, the header in the first row. What a file is comes from its
 * content, never its name: a picture renamed .csv is refused for what it is. Rows are streamed,
 * never held whole, and can be read again (first to guess the columns, then to store them).
 */
import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import type { CellValue } from 'exceljs';
import { AppError, type LocalizedText } from '../../errors.js';
import { LISTED_PROBLEMS, resourceErrors } from './resource.errors.js';
import { type CellProblem, columnLetter } from './table.coerce.js';
import { type ColumnGuess, isEmptyCell, type RawCell, TableInference } from './table.infer.js';
import { inStoredOrder, readZipDirectory, verifyZipEntries } from './zip.directory.js';

export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const TABLE_LIMITS = {
  /** A Satu Data table of a million rows is some 40 MB of CSV. */
  maxBytes: 50 * 1024 * 1024,
  maxRows: 1_000_000,
  /** Long tables have a handful of columns; wide ones should become long. */
  maxColumns: 500,
  maxHeaderLength: 200,
  /** What an XLSX file may unpack to: a zip of XML shrinks some tenfold, a zip bomb a millionfold. */
  maxUnpackedBytes: 400 * 1024 * 1024,
  /** One CSV record, in characters: past this the file is not a table with line breaks. */
  maxRecordChars: 1024 * 1024,
  /** How long the XLSX reader may go without a row before the file counts as damaged. */
  xlsxIdleMs: 60_000,
};
export type TableLimits = typeof TABLE_LIMITS;

export interface FileRow {
  /** Where the row is: the line in a CSV file, the row number in the sheet. */
  row: number;
  cells: RawCell[];
}

export interface TableFile {
  format: 'CSV' | 'XLSX';
  mediaType: string;
  /** Every non-empty row, the header first; each call reads the file again from the start. */
  rows(): AsyncIterable<FileRow>;
}

const SIGNATURES: Array<{ bytes: number[]; found: LocalizedText; advice?: LocalizedText }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], found: { id: 'gambar PNG', en: 'a PNG image' } },
  { bytes: [0xff, 0xd8, 0xff], found: { id: 'gambar JPEG', en: 'a JPEG image' } },
  { bytes: [0x47, 0x49, 0x46, 0x38], found: { id: 'gambar GIF', en: 'a GIF image' } },
  { bytes: [0x25, 0x50, 0x44, 0x46], found: { id: 'dokumen PDF', en: 'a PDF document' }, advice: pdfAdvice() },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0],
    found: { id: 'buku kerja Excel 97-2003 (.xls)', en: 'an Excel 97-2003 workbook (.xls)' },
    advice: { id: 'Buka di Excel lalu simpan sebagai .xlsx atau CSV UTF-8.', en: 'Open it in Excel and save it as .xlsx or CSV UTF-8.' },
  },
  { bytes: [0x1f, 0x8b], found: { id: 'arsip gzip', en: 'a gzip archive' } },
  { bytes: [0x52, 0x61, 0x72, 0x21], found: { id: 'arsip RAR', en: 'a RAR archive' } },
  {
    bytes: [0xff, 0xfe],
    found: { id: 'teks UTF-16', en: 'UTF-16 text' },
    advice: { id: 'Simpan ulang sebagai "CSV UTF-8 (Comma delimited)".', en: 'Save it again as "CSV UTF-8 (Comma delimited)".' },
  },
  {
    bytes: [0xfe, 0xff],
    found: { id: 'teks UTF-16', en: 'UTF-16 text' },
    advice: { id: 'Simpan ulang sebagai "CSV UTF-8 (Comma delimited)".', en: 'Save it again as "CSV UTF-8 (Comma delimited)".' },
  },
];

function pdfAdvice(): LocalizedText {
  return {
    id: 'Dokumen dapat dibagikan sebagai sumber data tautan; tabel diunggah sebagai CSV atau XLSX.',
    en: 'A document can be shared as a link resource; tables are uploaded as CSV or XLSX.',
  };
}

const startsWith = (bytes: Buffer, signature: number[]) => bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

/** Recognises the file by its content and readies its rows; anything that is not a table is refused with what it looks like. */
export function openTable(bytes: Buffer, limits: TableLimits = TABLE_LIMITS): TableFile {
  if (bytes.length > limits.maxBytes) throw resourceErrors.tooLarge(limits.maxBytes);
  if (bytes.length === 0) throw resourceErrors.empty();
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return openWorkbook(bytes, limits);
  for (const { bytes: signature, found, advice } of SIGNATURES) if (startsWith(bytes, signature)) throw resourceErrors.notATable(found, advice);
  const head = bytes.subarray(0, 64 * 1024);
  if (head.includes(0)) throw resourceErrors.notATable(null);
  const start = head
    .toString('utf8')
    .replace(/^\ufeff/, '')
    .trimStart();
  if (start === '') throw resourceErrors.empty();
  if (start.startsWith('{') || start.startsWith('['))
    throw resourceErrors.notATable(
      { id: 'JSON', en: 'JSON' },
      { id: 'Unggah tabelnya sebagai CSV atau XLSX; JSON dapat diunduh dari sini.', en: 'Upload the table as CSV or XLSX; JSON can be downloaded from here.' },
    );
  if (start.startsWith('<')) throw resourceErrors.notATable({ id: 'HTML atau XML', en: 'HTML or XML' });
  return openCsv(bytes, limits);
}

// CSV ------------------------------------------------------------------------------------------

const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter the first lines agree on: present in the header and as often in each line after it. */
export function detectDelimiter(sample: string): string {
  const counts: Array<Record<string, number>> = [];
  let current: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of sample.replace(/^\ufeff/, '')) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') {
      counts.push(current);
      current = { ',': 0, ';': 0, '\t': 0 };
      if (counts.length === 10) break;
    } else if (!quoted && ch in current) current[ch]++;
  }
  if (counts.length < 10 && Object.values(current).some((n) => n > 0)) counts.push(current);
  const header = counts[0];
  if (!header) return ',';
  const score = (d: string) => {
    const steady = counts.slice(1).filter((line) => line[d] === header[d]).length;
    return header[d] === 0 ? -1 : steady * 10_000 + header[d];
  };
  const best = [...DELIMITERS].sort((a, b) => score(b) - score(a))[0];
  return score(best) < 0 ? ',' : best;
}

const CSV_REASONS: Record<string, LocalizedText> = {
  CSV_QUOTE_NOT_CLOSED: {
    id: 'tanda kutip (") dibuka tetapi tidak ditutup. Tutup kutipnya atau hapus.',
    en: 'a quote (") is opened but never closed. Close it or remove it.',
  },
  CSV_INVALID_CLOSING_QUOTE: {
    id: 'ada teks setelah tanda kutip penutup. Tulis kutip di dalam nilai sebagai "".',
    en: 'there is text after a closing quote. Write a quote inside a value as "".',
  },
  CSV_MAX_RECORD_SIZE: {
    id: 'satu baris terlalu panjang, mungkin karena tanda kutip yang tidak ditutup.',
    en: 'one row is too long, perhaps because of a quote that is never closed.',
  },
};

function openCsv(bytes: Buffer, limits: TableLimits): TableFile {
  // Excel on Windows saves "CSV (Comma delimited)" in the Windows code page, not UTF-8; Latin-1
  // reads its letters right, where UTF-8 would turn them into replacement characters.
  const encoding: BufferEncoding = isUtf8(bytes) ? 'utf8' : 'latin1';
  const delimiter = detectDelimiter(bytes.subarray(0, 64 * 1024).toString(encoding));
  return {
    format: 'CSV',
    mediaType: CSV_TYPE,
    async *rows() {
      const { parse } = await import('csv-parse');
      const parser = Readable.from(chunksOf(bytes)).pipe(
        parse({
          delimiter,
          encoding,
          bom: true,
          relax_column_count: true,
          relax_quotes: true,
          // Empty lines are kept (and skipped below) so that the count of records is the row a
          // spreadsheet shows; csv-parse's own line info cost three times the parse itself.
          skip_empty_lines: false,
          max_record_size: limits.maxRecordChars,
        }),
      );
      let row = 0;
      try {
        for await (const record of parser as AsyncIterable<string[]>) {
          row++;
          let filled = false;
          const cells = record.map((value) => {
            const text = value.trim();
            if (text === '') return null;
            filled = true;
            return text;
          });
          if (filled) yield { row, cells };
        }
      } catch (error) {
        const { code, lines } = error as { code?: string; lines?: number };
        if (code && code in CSV_REASONS) throw resourceErrors.csvBroken(lines ?? 1, CSV_REASONS[code]);
        if (code?.startsWith('CSV_')) throw resourceErrors.csvBroken(lines ?? 1, { id: (error as Error).message, en: (error as Error).message });
        throw error;
      } finally {
        parser.destroy();
      }
    },
  };
}

/** The file in pieces, so that the parser streams it and no string of the whole file is made. */
function* chunksOf(bytes: Buffer, size = 256 * 1024): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

// XLSX -----------------------------------------------------------------------------------------

function openWorkbook(bytes: Buffer, limits: TableLimits): TableFile {
  const entries = readZipDirectory(bytes);
  if (!entries) throw resourceErrors.notATable({ id: 'arsip ZIP yang rusak', en: 'a damaged zip archive' });
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('xl/workbook.xml')) {
    if (names.has('word/document.xml')) throw resourceErrors.notATable({ id: 'dokumen Word', en: 'a Word document' }, pdfAdvice());
    if (names.has('content.xml')) throw resourceErrors.notATable({ id: 'dokumen OpenDocument', en: 'an OpenDocument file' });
    throw resourceErrors.notATable({ id: 'arsip ZIP yang tidak memuat buku kerja', en: 'a zip archive that holds no workbook' });
  }
  // Checked from the zip's own directory before anything is unpacked, so a zip bomb never is.
  const unpacked = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (unpacked > limits.maxUnpackedBytes || entries.some((e) => e.uncompressedSize < 0)) throw resourceErrors.unpackedTooLarge(limits.maxUnpackedBytes);
  const damaged = () => resourceErrors.notATable({ id: 'buku kerja yang rusak', en: 'a damaged workbook' });
  let verified: Promise<boolean> | null = null;
  return {
    format: 'XLSX',
    mediaType: XLSX_TYPE,
    async *rows() {
      verified ??= verifyZipEntries(bytes, entries);
      if (!(await verified)) throw damaged();
      const ordered = inStoredOrder(bytes, entries, xlsxReadingRank);
      // exceljs is large and only spreadsheets need it: loaded on first use, not at start. The
      // streaming reader holds one row at a time; loading the whole book took a gigabyte for 100,000 rows.
      const { default: ExcelJS } = await import('exceljs');
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([ordered]), {
        sharedStrings: 'cache',
        styles: 'cache',
        hyperlinks: 'ignore',
        worksheets: 'emit',
        entries: 'ignore',
      });
      try {
        for await (const sheet of idleGuarded(reader, limits.xlsxIdleMs)) {
          for await (const row of idleGuarded(sheet as AsyncIterable<{ number: number; values: CellValue[] }>, limits.xlsxIdleMs)) {
            const values = row.values;
            const cells = Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) => cellOf(values[i + 1]));
            if (cells.some((c) => c !== null)) yield { row: row.number, cells };
          }
          // The first sheet is the table; others are notes and pivots.
          break;
        }
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw damaged();
      }
    },
  };
}

/**
 * The workbook's own parts first, then the worksheets by number: the streaming reader fails on
 * a worksheet it meets before the workbook part, and takes the sheets in the order it meets them.
 */
function xlsxReadingRank(name: string): number {
  const sheet = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(name);
  return sheet ? 1 + Number(sheet[1]) : 0;
}

/**
 * The items of an async iterable, failing when the next one takes longer than `ms`: the
 * streaming reader can wait forever on a broken file, and a request must not.
 */
export async function* idleGuarded<T>(source: AsyncIterable<T>, ms: number): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let finished = false;
  try {
    for (;;) {
      let timer: NodeJS.Timeout | undefined;
      const stalled = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('stalled')), ms);
      });
      let next: IteratorResult<T>;
      try {
        next = await Promise.race([iterator.next(), stalled]);
      } finally {
        // Cleared before the row is handed on: the time the caller takes with it is not the reader's.
        clearTimeout(timer);
      }
      if (next.done) {
        finished = true;
        return;
      }
      yield next.value;
    }
  } finally {
    // Not awaited: a stalled reader would never answer.
    if (!finished) void iterator.return?.()?.catch(() => undefined);
  }
}

/** An XLSX cell as a plain value: a formula's result, a link's text, a date as 'YYYY-MM-DD', an error as its code (#DIV/0!). */
export function cellOf(value: CellValue | undefined): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if ('richText' in value) return cellOf(value.richText.map((r) => r.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) return cellOf((value.result ?? null) as CellValue);
  if ('error' in value) return value.error;
  if ('text' in value) return cellOf(value.text as CellValue);
  return null;
}

// The table: header, guesses, problems ------------------------------------------------------------

const headerText = {
  empty: (letter: string): LocalizedText => ({
    id: `Kolom ${letter} tidak memiliki judul. Beri judul di baris pertama, atau hapus kolomnya.`,
    en: `Column ${letter} has no header. Write one in the first row, or delete the column.`,
  }),
  twice: (name: string, first: string): LocalizedText => ({
    id: `Judul kolom "${name}" sudah dipakai di kolom ${first}. Setiap kolom perlu judul sendiri.`,
    en: `The header "${name}" is already used in column ${first}. Each column needs a header of its own.`,
  }),
  reserved: (name: string): LocalizedText => ({
    id: `Judul kolom "${name}" dipakai sistem untuk nomor baris. Ganti judulnya.`,
    en: `The header "${name}" is used by the system for row numbers. Rename the column.`,
  }),
  tooLong: (max: number): LocalizedText => ({
    id: `Judul kolom lebih dari ${max} karakter. Persingkat; penjelasannya dapat ditulis di deskripsi.`,
    en: `The header is over ${max} characters. Shorten it; the explanation can go in the description.`,
  }),
  noHeaderAbove: (): LocalizedText => ({
    id: 'Sel ini berisi nilai di kolom tanpa judul. Beri judul kolomnya di baris pertama, atau hapus nilainya.',
    en: 'This cell holds a value in a column without a header. Write the column’s header in the first row, or delete the value.',
  }),
};

/** Names the datastore keeps for itself (rows come back with `_id`). */
const RESERVED = new Set(['_id', '_full_text']);

const nameKey = (name: string) => name.replace(/\s+/g, ' ').trim().toLowerCase();

function headerProblem(name: string, index: number, firstOf: Map<string, number>, limits: TableLimits): LocalizedText | null {
  if (name === '') return headerText.empty(columnLetter(index));
  if (name.length > limits.maxHeaderLength) return headerText.tooLong(limits.maxHeaderLength);
  if (RESERVED.has(name.toLowerCase())) return headerText.reserved(name);
  const first = firstOf.get(nameKey(name));
  return first === undefined ? null : headerText.twice(name, columnLetter(first));
}

/** The column names of a header row, and the problems that stop it from being one. */
export function readHeader(cells: readonly RawCell[], row: number, limits: TableLimits = TABLE_LIMITS): { names: string[]; problems: CellProblem[] } {
  const texts = cells.map((c) => (isEmptyCell(c) ? '' : String(c).replace(/\s+/g, ' ').trim()));
  // Empty header cells at the end are the sheet's unused columns, not columns without a name.
  while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();
  if (texts.length > limits.maxColumns) throw resourceErrors.tooManyColumns(texts.length, limits.maxColumns);
  const problems: CellProblem[] = [];
  const firstOf = new Map<string, number>();
  texts.forEach((name, i) => {
    const problem = headerProblem(name, i, firstOf, limits);
    if (problem) problems.push({ row, column: columnLetter(i), header: name, message: problem });
    else firstOf.set(nameKey(name), i);
  });
  return { names: texts, problems };
}

export interface ScannedTable {
  names: string[];
  guesses: ColumnGuess[];
  rowCount: number;
}

/** Reads the whole table once: its header, each column's guess and its row count; every problem found is thrown together. */
export async function scanTable(file: TableFile, limits: TableLimits = TABLE_LIMITS): Promise<ScannedTable> {
  let header: { names: string[] } | null = null;
  let inference: TableInference | null = null;
  const problems: CellProblem[] = [];
  let problemCount = 0;
  let rowCount = 0;
  for await (const { row, cells } of file.rows()) {
    if (!header || !inference) {
      const read = readHeader(cells, row, limits);
      header = { names: read.names };
      problems.push(...read.problems);
      problemCount += read.problems.length;
      inference = new TableInference(read.names.length);
      continue;
    }
    rowCount++;
    if (rowCount > limits.maxRows) throw resourceErrors.tooManyRows(limits.maxRows);
    for (let i = header.names.length; i < cells.length; i++) {
      if (isEmptyCell(cells[i])) continue;
      problemCount++;
      if (problems.length < LISTED_PROBLEMS) problems.push({ row, column: columnLetter(i), header: '', message: headerText.noHeaderAbove() });
    }
    inference.add(cells);
  }
  if (!header || !inference) throw resourceErrors.noHeader();
  if (problemCount > 0) throw resourceErrors.tableInvalid(problems, problemCount);
  if (rowCount === 0) throw resourceErrors.noRows();
  return { names: header.names, guesses: inference.guesses(), rowCount };
}
