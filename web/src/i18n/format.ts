/**
 * Dates, times and numbers as Indonesians write them (id-ID), in the city's own time zone with its
 * abbreviation (WIB, WITA, WIT), whatever zone the viewer's device is set to.
 */
import i18next from 'i18next';

const ZONE_ABBREVIATIONS: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

let cityTimeZone = 'Asia/Jakarta';

export function setCityTimeZone(zone: string): void {
  cityTimeZone = zone;
}

export function zoneAbbreviation(zone = cityTimeZone): string {
  return ZONE_ABBREVIATIONS[zone] ?? zone;
}

function intlLocale(): string {
  return i18next.language === 'en' ? 'en-GB' : 'id-ID';
}

/** 22 November 2026 */
export function formatDate(iso: string | Date): string {
  return new Intl.DateTimeFormat(intlLocale(), { timeZone: cityTimeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
}

/** 22 Nov 2026 14.05 WIB */
export function formatDateTime(iso: string | Date): string {
  const text = new Intl.DateTimeFormat(intlLocale(), {
    timeZone: cityTimeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
  return `${text} ${zoneAbbreviation()}`;
}

/** 1.234,5 in Indonesian, 1,234.5 in English */
export function formatNumber(value: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(intlLocale(), { maximumFractionDigits: fractionDigits, minimumFractionDigits: 0 }).format(value);
}

export function formatPercent(share: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(intlLocale(), { style: 'percent', maximumFractionDigits: fractionDigits }).format(share);
}

/** The city's calendar day of an instant, as YYYY-MM-DD. */
export function cityDay(iso: string | Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: cityTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}
