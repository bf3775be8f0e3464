import { describe, expect, it } from 'vitest';
import { coerceCell, coerceRow } from './table.coerce.js';
import { defaultKeyColumns, inferColumns, type RawCell, readDate, readNumber } from './table.infer.js';

/** The guessed type of one column with these cells. */
const typeOf = (...cells: RawCell[]) =>
  inferColumns(
    1,
    cells.map((c) => [c]),
  )[0];

describe('reading numbers in the Indonesian and the English style', () => {
  it('reads 1.234,5 as Indonesian and 1,234.5 as English', () => {
    expect(readNumber('1.234,5', 'id')?.value).toBe(1234.5);
    expect(readNumber('1.234,5', 'en')).toBeNull();
    expect(readNumber('1,234.5', 'en')?.value).toBe(1234.5);
    expect(readNumber('1.234.567', 'id')?.value).toBe(1_234_567);
    expect(readNumber('-12,75', 'id')?.value).toBe(-12.75);
  });

  it('refuses groups that are not thousands', () => {
    expect(readNumber('12.34', 'id')).toBeNull();
    expect(readNumber('1.2345', 'id')).toBeNull();
    expect(readNumber('0.500', 'id')).toBeNull();
    expect(readNumber('1..234', 'id')).toBeNull();
  });
});

describe('guessing a column’s type', () => {
  it('reads "1.234" as one thousand two hundred thirty-four where the dot always groups thousands', () => {
    expect(typeOf('1.234', '987', '12.345.678')).toMatchObject({ type: 'integer', numberStyle: 'id' });
    expect(coerceCell('1.234', { type: 'integer', numberStyle: 'id' })).toEqual({ value: 1234 });
  });

  it('reads Indonesian decimals: 1.234,5 is 1234.5', () => {
    const guess = typeOf('1.234,5', '17,25', '3');
    expect(guess).toMatchObject({ type: 'number', numberStyle: 'id' });
    expect(coerceCell('1.234,5', guess)).toEqual({ value: 1234.5 });
    expect(coerceCell('17,25', guess)).toEqual({ value: 17.25 });
  });

  it('reads the dot as a decimal point when another cell of the column shows it is one', () => {
    const guess = typeOf('1.234', '12.5');
    expect(guess).toMatchObject({ type: 'number', numberStyle: 'en' });
    expect(coerceCell('1.234', guess)).toEqual({ value: 1.234 });
  });

  it('keeps a column text when its cells mix the two styles', () => {
    expect(typeOf('1.234,5', '1,234.5').type).toBe('text');
  });

  it('makes a column integer only if every non-empty value is whole', () => {
    expect(typeOf('10', '', '20', null).type).toBe('integer');
    expect(typeOf('10', '20', '2,5').type).toBe('number');
    expect(typeOf('10', '20', '1,0').type).toBe('number');
    expect(typeOf(2024, 2025).type).toBe('integer');
    expect(typeOf(2024, 0.5).type).toBe('number');
  });

  it('keeps codes with a leading zero and long identifiers as text', () => {
    expect(typeOf('007', '012').type).toBe('text');
    expect(typeOf('3573010001000001').type).toBe('text');
    expect(typeOf('+6281234567', '+62341551234').type).toBe('text');
    expect(typeOf('0', '0,5').type).toBe('number');
  });

  it('recognises dates written 2026-11-22 and 22/11/2026, and nothing that is not a real day', () => {
    expect(typeOf('2026-11-22', '22/11/2026', '1-2-2026').type).toBe('date');
    expect(readDate('22/11/2026')).toBe('2026-11-22');
    expect(readDate('31/02/2026')).toBeNull();
    expect(readDate('2026-13-01')).toBeNull();
    expect(typeOf('2026-11-22', 'kemarin').type).toBe('text');
  });

  it('recognises ya/tidak and true/false as booleans, but not 1 and 0', () => {
    expect(typeOf('Ya', 'tidak', 'TRUE').type).toBe('boolean');
    expect(typeOf(true, false).type).toBe('boolean');
    expect(typeOf('1', '0').type).toBe('integer');
  });

  it('treats empty cells as null and an all-empty column as text', () => {
    expect(typeOf(null, '  ', '').type).toBe('text');
    expect(coerceCell('  ', { type: 'integer', numberStyle: 'id' })).toEqual({ value: null });
  });

  it('says which types every cell fits, for a producer choosing another one', () => {
    expect(typeOf('2024', '2025').fits).toEqual({ text: true, integer: true, number: true, date: false, boolean: false });
    expect(typeOf('007').fits.integer).toBe(true);
  });
});

describe('coercing a row to confirmed types', () => {
  it('names every cell that does not fit by row, column letter and header', () => {
    const columns = [
      { name: 'Kecamatan', type: 'text' as const, numberStyle: 'id' as const },
      { name: 'Jumlah', type: 'integer' as const, numberStyle: 'id' as const },
      { name: 'Tanggal', type: 'date' as const, numberStyle: 'id' as const },
    ];
    const { data, problems } = coerceRow(['Klojen', 'banyak', '30/02/2026'], columns, 7);
    expect(data).toEqual({ Kecamatan: 'Klojen', Jumlah: null, Tanggal: null });
    expect(problems.map((p) => ({ row: p.row, column: p.column, header: p.header }))).toEqual([
      { row: 7, column: 'B', header: 'Jumlah' },
      { row: 7, column: 'C', header: 'Tanggal' },
    ]);
    expect(problems[0].message.id).toContain('"banyak" bukan bilangan bulat');
  });
});

describe('default key columns', () => {
  it('are every column but the last, the value of a long table', () => {
    expect(defaultKeyColumns(['Kecamatan', 'Tahun', 'Jumlah'])).toEqual(['Kecamatan', 'Tahun']);
    expect(defaultKeyColumns(['Jumlah'])).toEqual([]);
  });
});
