import { describe, expect, it } from 'vitest';
import { cellText, excerpt, typedValue, yearsOf } from './values';

describe('typedValue', () => {
  it('reads a number as Indonesians and others write it', () => {
    expect(typedValue('1.250,5', 'number')).toBe(1250.5);
    expect(typedValue('1250.5', 'number')).toBe(1250.5);
    expect(typedValue(' 52234 ', 'integer')).toBe(52234);
    expect(typedValue('12,5', 'number')).toBe(12.5);
  });

  it('reads yes and no in either language, and leaves text and odd numbers as typed', () => {
    expect(typedValue('Ya', 'boolean')).toBe(true);
    expect(typedValue('false', 'boolean')).toBe(false);
    expect(typedValue('Klojen', 'text')).toBe('Klojen');
    expect(typedValue('dua ratus', 'integer')).toBe('dua ratus');
  });
});

describe('cellText', () => {
  it('groups the digits of amounts but not of years, and marks an empty cell', () => {
    expect(cellText(102345, 'integer', 'Ya', 'Tidak', 'jumlah')).toBe('102.345');
    expect(cellText(2024, 'integer', 'Ya', 'Tidak', 'tahun')).toBe('2024');
    expect(cellText(null, 'text', 'Ya', 'Tidak')).toBe('—');
    expect(cellText(true, 'boolean', 'Ya', 'Tidak')).toBe('Ya');
  });
});

describe('yearsOf', () => {
  it('names one year or a span, and nothing when the dataset gives no period', () => {
    expect(yearsOf({ temporalStart: '2024-01-01', temporalEnd: '2024-12-31' })).toBe('2024');
    expect(yearsOf({ temporalStart: '2021-01-01', temporalEnd: '2025-12-31' })).toBe('2021–2025');
    expect(yearsOf({ temporalStart: null, temporalEnd: '2023-12-31' })).toBe('2023');
    expect(yearsOf({ temporalStart: null, temporalEnd: null })).toBeNull();
  });
});

describe('excerpt', () => {
  it('keeps a short description whole and cuts a long one at a word', () => {
    expect(excerpt('Jumlah penduduk\nper kecamatan.')).toBe('Jumlah penduduk per kecamatan.');
    const long = 'kata '.repeat(100);
    const cut = excerpt(long, 50);
    expect(cut.endsWith('kata…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(51);
  });
});
