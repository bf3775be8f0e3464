/** How the pages write the API's values: a table cell, a period of years, the formats of a dataset. */
import { formatDate, formatNumber } from '../../../i18n/format';
import type { ColumnKind, DatasetView } from './types';

export const isNumeric = (type: ColumnKind) => type === 'integer' || type === 'number';

/** A column of years ("tahun", "year"): 2024, not 2.024. */
const YEAR_COLUMN = /^(tahun|thn|year)\b|_(tahun|year)$/i;

/**
 * A cell as a person reads it: numbers with the language's separators (years without), dates
 * written out, yes/no.
 */
export function cellText(value: unknown, type: ColumnKind, yes: string, no: string, column = ''): string {
  if (value === null || value === undefined || value === '') return '—';
  if (type === 'integer' && typeof value === 'number' && YEAR_COLUMN.test(column)) return String(value);
  if (isNumeric(type) && typeof value === 'number') return formatNumber(value, type === 'integer' ? 0 : 4);
  if (type === 'boolean' && typeof value === 'boolean') return value ? yes : no;
  if (type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return formatDate(value.slice(0, 10));
  return String(value);
}

/**
 * What a filter typed into the preview means for a column of this type: "1.250,5" or "1250.5" is a
 * number, "ya"/"true" a yes. A value that does not read as its type is sent as typed, and the
 * server says why it matches nothing.
 */
export function typedValue(text: string, type: ColumnKind): string | number | boolean {
  const trimmed = text.trim();
  if (isNumeric(type)) {
    const plain = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(trimmed) ? trimmed.replaceAll('.', '').replace(',', '.') : trimmed.replace(',', '.');
    const number = Number(plain);
    if (plain !== '' && Number.isFinite(number)) return number;
  }
  if (type === 'boolean') {
    const lower = trimmed.toLowerCase();
    if (['ya', 'yes', 'true', 'benar', '1'].includes(lower)) return true;
    if (['tidak', 'no', 'false', 'salah', '0'].includes(lower)) return false;
  }
  return trimmed;
}

/** "2021–2025", "2024", or null when the dataset names no period. */
export function yearsOf(dataset: Pick<DatasetView, 'temporalStart' | 'temporalEnd'>): string | null {
  const start = dataset.temporalStart?.slice(0, 4);
  const end = dataset.temporalEnd?.slice(0, 4);
  if (start && end) return start === end ? start : `${start}–${end}`;
  return start ?? end ?? null;
}

/** The formats of a dataset's resources, once each, as CKAN writes them (CSV, XLSX, ...). */
export function formatsOf(dataset: Pick<DatasetView, 'resources'>): string[] {
  return [...new Set(dataset.resources.map((r) => r.format.toUpperCase()).filter(Boolean))];
}

/** The first sentences of a description, cut at a word, for a list of results. */
export function excerpt(text: string, length = 220): string {
  const plain = text
    .replace(/[#*_`>[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= length) return plain;
  const cut = plain.slice(0, length);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), length - 30))}…`;
}
