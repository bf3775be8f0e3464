/**
 * A framework as a workbook, both ways: what the coordination team downloads to see or copy a
 * framework, and what it fills to bring in a new regulation without code. Sheets: Kerangka
 * (key, value), Skala (one scale per row), Indikator (one indicator per row, with its domain and
 * aspect) and Predikat. Cells that cannot be read are listed by sheet and cell, all at once.
 */

import { Value } from '@sinclair/typebox/value';
import type ExcelJS from 'exceljs';
import type { FieldProblem } from '../../errors.js';
import { columnLetter } from '../../platform/spreadsheet.js';
import { type Framework, FrameworkInput, frameworkInput, invalidFramework } from './framework.definition.js';

const LEVEL_COLUMNS = ['tingkat_1', 'tingkat_2', 'tingkat_3', 'tingkat_4', 'tingkat_5'];
const INDICATOR_COLUMNS = ['domain_no', 'domain', 'aspek_no', 'aspek', 'no', 'indikator', 'bobot', 'skala', ...LEVEL_COLUMNS];
const SCALE_COLUMNS = ['kode', 'nama', ...LEVEL_COLUMNS];
const PREDICATE_COLUMNS = ['kode', 'label', 'mulai'];
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6E6E6' } };

export async function frameworkWorkbook(framework: Framework): Promise<Buffer> {
  const { default: Excel } = await import('exceljs');
  const input = frameworkInput(framework);
  const book = new Excel.Workbook();
  const sheet = (name: string, header: string[]) => {
    const s = book.addWorksheet(name);
    s.addRow(header).eachCell((cell) => {
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
    });
    s.views = [{ state: 'frozen', ySplit: 1 }];
    return s;
  };
  const about = sheet('Kerangka', ['kunci', 'nilai']);
  about.addRows([
    ['kode', input.code],
    ['nama', input.name],
    ['regulasi', input.regulation],
    ['tahun_mulai', input.fromYear],
    ['tahun_akhir', input.toYear ?? ''],
    ['catatan', input.notes ?? ''],
  ]);
  about.getColumn(2).width = 90;
  const scales = sheet('Skala', SCALE_COLUMNS);
  for (const s of input.scales) scales.addRow([s.code, s.name, ...s.levels]);
  const indicators = sheet('Indikator', INDICATOR_COLUMNS);
  for (const d of input.domains)
    for (const a of d.aspects)
      for (const i of a.indicators) indicators.addRow([d.number, d.name, a.number, a.name, i.number, i.name, i.weight, i.scale, ...i.levels]);
  indicators.getColumn(6).width = 60;
  const predicates = sheet('Predikat', PREDICATE_COLUMNS);
  for (const p of input.predicates) predicates.addRow([p.code, p.label, p.min]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

type Cell = string | number | null;

function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'object' && 'result' in value) return cellValue(value.result as ExcelJS.CellValue);
  if (typeof value === 'object' && 'richText' in value)
    return (
      value.richText
        .map((r) => r.text)
        .join('')
        .trim() || null
    );
  return String(value);
}

/** The rows of a sheet below its header, as objects by the header's names, each with its row number. */
function rowsOf(sheet: ExcelJS.Worksheet, columns: string[], problems: FieldProblem[]): Array<{ row: number; cells: Record<string, Cell> }> {
  const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map((v) => String(cellValue(v) ?? '').toLowerCase());
  const positions = new Map(columns.map((c) => [c, header.indexOf(c)]));
  const missing = columns.filter((c) => positions.get(c) === -1);
  if (missing.length > 0) {
    problems.push({
      field: `${sheet.name}!1`,
      message: { id: `kolom tidak ada: ${missing.join(', ')}`, en: `missing columns: ${missing.join(', ')}` },
    });
    return [];
  }
  const rows: Array<{ row: number; cells: Record<string, Cell> }> = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const values = row.values as ExcelJS.CellValue[];
    const cells = Object.fromEntries(columns.map((c) => [c, cellValue(values[(positions.get(c) as number) + 1])]));
    if (Object.values(cells).some((v) => v !== null)) rows.push({ row: number, cells });
  });
  return rows;
}

/** Reads a framework workbook into the input form, or fails listing every unreadable cell. */
export async function readFrameworkWorkbook(bytes: Buffer): Promise<FrameworkInput> {
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw invalidFramework([], {
      id: 'Berkas ini bukan buku kerja Excel (.xlsx) yang dapat dibaca.',
      en: 'This file is not a readable Excel workbook (.xlsx).',
    });
  }
  const problems: FieldProblem[] = [];
  const sheetNamed = (name: string) => {
    const sheet = book.getWorksheet(name);
    if (!sheet) problems.push({ field: name, message: { id: `lembar "${name}" tidak ada`, en: `the sheet "${name}" is missing` } });
    return sheet;
  };
  const [about, scaleSheet, indicatorSheet, predicateSheet] = ['Kerangka', 'Skala', 'Indikator', 'Predikat'].map(sheetNamed);
  if (!about || !scaleSheet || !indicatorSheet || !predicateSheet) throw invalidFramework(problems);

  const need = (sheet: string, row: number, columns: string[], cells: Record<string, Cell>, column: string, kind: 'text' | 'number') => {
    const value = cells[column];
    const ok = kind === 'number' ? typeof value === 'number' : value !== null;
    if (!ok) {
      problems.push({
        field: `${sheet}!${columnLetter(columns.indexOf(column))}${row}`,
        message:
          kind === 'number'
            ? { id: `${column} harus berupa angka`, en: `${column} must be a number` }
            : { id: `${column} wajib diisi`, en: `${column} is required` },
      });
    }
    return kind === 'number' ? (typeof value === 'number' ? value : 0) : String(value ?? '');
  };

  const keys = new Map<string, Cell>();
  about.eachRow((row, number) => {
    if (number > 1) keys.set(String(cellValue((row.values as ExcelJS.CellValue[])[1]) ?? '').toLowerCase(), cellValue((row.values as ExcelJS.CellValue[])[2]));
  });
  const aboutCells = Object.fromEntries(['kode', 'nama', 'regulasi', 'tahun_mulai', 'tahun_akhir', 'catatan'].map((k) => [k, keys.get(k) ?? null]));
  for (const key of ['kode', 'nama', 'regulasi', 'tahun_mulai'])
    if (aboutCells[key] === null) problems.push({ field: `Kerangka!${key}`, message: { id: `${key} wajib diisi`, en: `${key} is required` } });

  const scales = rowsOf(scaleSheet, SCALE_COLUMNS, problems).map(({ row, cells }) => ({
    code: need('Skala', row, SCALE_COLUMNS, cells, 'kode', 'text') as string,
    name: need('Skala', row, SCALE_COLUMNS, cells, 'nama', 'text') as string,
    levels: LEVEL_COLUMNS.map((c) => need('Skala', row, SCALE_COLUMNS, cells, c, 'text') as string),
  }));

  const domains: FrameworkInput['domains'] = [];
  for (const { row, cells } of rowsOf(indicatorSheet, INDICATOR_COLUMNS, problems)) {
    const at = (column: string, kind: 'text' | 'number') => need('Indikator', row, INDICATOR_COLUMNS, cells, column, kind);
    const domainNumber = at('domain_no', 'number') as number;
    const aspectNumber = at('aspek_no', 'number') as number;
    let domain = domains.find((d) => d.number === domainNumber);
    if (!domain) {
      domain = { number: domainNumber, name: at('domain', 'text') as string, aspects: [] };
      domains.push(domain);
    }
    let aspect = domain.aspects.find((a) => a.number === aspectNumber);
    if (!aspect) {
      aspect = { number: aspectNumber, name: at('aspek', 'text') as string, indicators: [] };
      domain.aspects.push(aspect);
    }
    aspect.indicators.push({
      number: at('no', 'number') as number,
      name: at('indikator', 'text') as string,
      weight: at('bobot', 'number') as number,
      scale: at('skala', 'text') as string,
      levels: LEVEL_COLUMNS.map((c) => at(c, 'text') as string),
    });
  }
  const predicates = rowsOf(predicateSheet, PREDICATE_COLUMNS, problems).map(({ row, cells }) => ({
    code: need('Predikat', row, PREDICATE_COLUMNS, cells, 'kode', 'text') as string,
    label: need('Predikat', row, PREDICATE_COLUMNS, cells, 'label', 'text') as string,
    min: need('Predikat', row, PREDICATE_COLUMNS, cells, 'mulai', 'number') as number,
  }));
  if (problems.length > 0) throw invalidFramework(problems);

  const toYear = aboutCells.tahun_akhir;
  const input = {
    code: String(aboutCells.kode),
    name: String(aboutCells.nama),
    regulation: String(aboutCells.regulasi),
    fromYear: Number(aboutCells.tahun_mulai),
    toYear: toYear === null ? null : Number(toYear),
    notes: aboutCells.catatan === null ? '' : String(aboutCells.catatan),
    scales,
    domains,
    predicates,
  };
  return checkFrameworkShape(input);
}

/** The input when it has the schema's shape; otherwise every mismatch, named by its path. */
export function checkFrameworkShape(input: unknown): FrameworkInput {
  if (Value.Check(FrameworkInput, input)) return input;
  const problems = [...Value.Errors(FrameworkInput, input)].slice(0, 50).map((e) => ({
    field:
      e.path
        .replace(/^\//, '')
        .replace(/\/(\d+)/g, '[$1]')
        .replace(/\//g, '.') || '(isi)',
    message: { id: e.message, en: e.message },
  }));
  throw invalidFramework(problems);
}
