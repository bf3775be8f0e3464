/**
 * A version's rows as a file to download: CSV (header row, comma, RFC 4180 quoting, numbers in
 * plain machine form), XLSX (typed cells: numbers as numbers, dates as dates; each column's unit
 * as a note on its header, so that the sheet can be uploaded again as it is) or JSON (an array of
 * objects by column name). Rows come in batches and are written as they come.
 */
import { PassThrough } from 'node:stream';
import type { ColumnSpec } from './opendata.tables.js';
import type { DataRow, DataValue } from './table.coerce.js';

export type ExportFormat = 'csv' | 'xlsx' | 'json';

export const EXPORT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
};

type Batches = AsyncIterable<DataRow[]>;

/** A CSV field, quoted when it holds a delimiter, a quote, a line break, or spaces at its ends. */
export function csvField(value: DataValue): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

async function toCsv(columns: readonly ColumnSpec[], batches: Batches): Promise<Buffer> {
  const parts: Buffer[] = [Buffer.from(`${columns.map((c) => csvField(c.name)).join(',')}\r\n`)];
  for await (const rows of batches) {
    parts.push(Buffer.from(rows.map((row) => `${columns.map((c) => csvField(row[c.name] ?? null)).join(',')}\r\n`).join('')));
  }
  return Buffer.concat(parts);
}

async function toJson(columns: readonly ColumnSpec[], batches: Batches): Promise<Buffer> {
  const parts: Buffer[] = [Buffer.from('[')];
  let first = true;
  for await (const rows of batches) {
    const text = rows.map((row) => JSON.stringify(Object.fromEntries(columns.map((c) => [c.name, row[c.name] ?? null])))).join(',');
    if (text === '') continue;
    parts.push(Buffer.from(first ? text : `,${text}`));
    first = false;
  }
  parts.push(Buffer.from(']'));
  return Buffer.concat(parts);
}

async function toXlsx(columns: readonly ColumnSpec[], batches: Batches, title: string): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  // The streaming writer keeps one row at a time; a workbook built whole took a gigabyte for 100,000 rows.
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  book.creator = 'Balaikota';
  book.title = title.slice(0, 200);
  const sheet = book.addWorksheet('Data', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ width: Math.min(Math.max(c.name.length + 2, 10), 40) }));
  const header = sheet.addRow(columns.map((c) => c.name));
  header.font = { bold: true };
  columns.forEach((c, i) => {
    if (c.unit) header.getCell(i + 1).note = `Satuan: ${c.unit}`;
  });
  header.commit();
  const dates = columns.flatMap((c, i) => (c.type === 'date' ? [i + 1] : []));
  for await (const rows of batches) {
    for (const row of rows) {
      const added = sheet.addRow(
        columns.map((c) => {
          const value = row[c.name] ?? null;
          // Dates are kept as 'YYYY-MM-DD'; as a Date at midnight UTC they become a date cell.
          if (c.type === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
          return value;
        }),
      );
      for (const i of dates) added.getCell(i).numFmt = 'yyyy-mm-dd';
      added.commit();
    }
  }
  sheet.commit();
  await book.commit();
  return Buffer.concat(chunks);
}

/** The rows as a file of the format asked for. */
export function exportTable(format: ExportFormat, columns: readonly ColumnSpec[], batches: Batches, title: string): Promise<Buffer> {
  if (format === 'csv') return toCsv(columns, batches);
  if (format === 'json') return toJson(columns, batches);
  return toXlsx(columns, batches, title);
}

/** A file name safe in any header and file system: lower-case letters, digits and dashes. */
export function safeFileName(parts: string[], extension: string): string {
  const stem = parts
    .map((p) =>
      p
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((p) => p !== '')
    .join('_')
    .slice(0, 150);
  return `${stem || 'data'}.${extension}`;
}
