/** Figures as the performance pages write them: two decimals at most, the user's separators. */
import { formatDate, formatNumber } from '../../../i18n/format';

/** "92,5%"; the dash for a figure that does not exist. */
export function percentText(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${formatNumber(value, 2)}%`;
}

/** "Rp 1.250.000.000" in Indonesian (grouped as the user's language groups); the dash for none. */
export function rupiahText(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return `${value < 0 ? '−' : ''}Rp ${formatNumber(Math.abs(value))}`;
}

/** An amount typed in rupiah: "1.250.000" or "1250000" (dots, spaces and "Rp" are only grouping); blank or not whole is invalid. */
export function parseRupiah(text: string): number | 'invalid' {
  const digits = text.replace(/^\s*Rp\.?/i, '').replace(/[\s.]/g, '');
  return /^\d{1,15}$/.test(digits) ? Number(digits) : 'invalid';
}

/** "80%", "10–12 kasus": a target or realization with its unit, a range with both bounds. */
export function figureText(value: number | null | undefined, unit: string, upper?: number | null): string {
  if (value === null || value === undefined) return '—';
  const text = upper !== null && upper !== undefined && upper !== value ? `${formatNumber(value, 2)}–${formatNumber(upper, 2)}` : formatNumber(value, 2);
  if (!unit) return text;
  // "80%" as Indonesians write a percentage; other units after a space ("12 titik").
  return unit === '%' ? `${text}%` : `${text} ${unit}`;
}

/** A number typed in a field: blank is none; a comma is read as the decimal mark Indonesians write. */
export function parseFigure(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed.replace(',', '.'));
  return Number.isFinite(value) ? value : 'invalid';
}

/** A calendar day (YYYY-MM-DD) in words, read at noon UTC so no time zone moves it to the day before. */
export function dayText(day: string): string {
  return formatDate(`${day}T12:00:00Z`);
}
