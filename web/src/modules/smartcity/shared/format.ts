/** Smart city figures as the pages write them, in the user's separators: "3,475", "Rp 1.250.000", "50%". */
import i18next from 'i18next';
import { formatNumber, formatPercent } from '../../../i18n/format';

/** Always so many decimals, as evaluation reports print them (3,40, not 3,4). */
function fixed(value: number, digits: number): string {
  const locale = i18next.language === 'en' ? 'en-GB' : 'id-ID';
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A final score, to the thousandth the server rounds it to (3,475). */
export function scoreText(score: number | null | undefined): string {
  return score === null || score === undefined ? '—' : fixed(score, 3);
}

/** An index on 1-5, with its two decimals (3,84; 3,40); the dash for one not given. */
export function indexText(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : fixed(value, 2);
}

/** Progress 0-100 as a percentage ("50%"); the dash when nothing counts yet. */
export function progressText(progress: number | null | undefined): string {
  return progress === null || progress === undefined ? '—' : formatPercent(progress / 100);
}

/** "Rp 1.250.000.000"; the dash for none. */
export function rupiahText(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `Rp ${formatNumber(value)}`;
}

/** An amount typed in rupiah: "1.250.000", "1,250,000", "Rp 1250000"; blank is none; anything not whole is invalid. */
export function parseRupiah(text: string): number | null | 'invalid' {
  // Rupiah have no cents: dots, commas and spaces can only be grouping.
  const digits = text.replace(/^\s*Rp\.?/i, '').replace(/[\s.,]/g, '');
  if (digits === '') return null;
  return /^\d{1,15}$/.test(digits) ? Number(digits) : 'invalid';
}

/**
 * A number typed in a field, in the user's language: blank is none. Indonesians write "1.250,5"
 * (a lone "3.84" is still read as a decimal point); in English a comma only groups ("1,250.5").
 */
export function parseFigure(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const english = i18next.language === 'en';
  const normal = english ? trimmed.replace(/,/g, '') : trimmed.includes(',') ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed;
  const value = Number(normal);
  return Number.isFinite(value) ? value : 'invalid';
}

/** A figure put back in a field to be changed, with the user's decimal mark and no grouping ("12,5"). */
export function inputText(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return i18next.language === 'en' ? String(value) : String(value).replace('.', ',');
}

/** "2025–2027", or one year. */
export function yearsText(p: { startYear: number; endYear: number }): string {
  return p.startYear === p.endYear ? String(p.startYear) : `${p.startYear}–${p.endYear}`;
}
