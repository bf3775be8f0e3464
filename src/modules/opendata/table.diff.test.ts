import { describe, expect, it } from 'vitest';
import type { DataRow } from './table.coerce.js';
import { diffRows } from './table.diff.js';

const columns = ['Kecamatan', 'Tahun', 'Jumlah'];
const keyColumns = ['Kecamatan', 'Tahun'];
const row = (Kecamatan: string, Tahun: number, Jumlah: number | null): DataRow => ({ Kecamatan, Tahun, Jumlah });

const v1 = [row('Klojen', 2025, 100), row('Blimbing', 2025, 200), row('Sukun', 2025, 300), row('Lowokwaru', 2025, 400)];

describe('what changed between two versions', () => {
  it('counts one changed, one added, one removed and the rest unchanged, by the key columns', () => {
    const v2 = [row('Klojen', 2025, 100), row('Blimbing', 2025, 250), row('Sukun', 2025, 300), row('Kedungkandang', 2025, 500)];
    expect(diffRows({ versionNo: 1, rows: v1, columns }, { rows: v2, columns, keyColumns })).toEqual({
      previousVersionNo: 1,
      added: 1,
      removed: 1,
      changed: 1,
      unchanged: 2,
    });
  });

  it('counts every row as added for a first version', () => {
    expect(diffRows(null, { rows: v1, columns, keyColumns })).toEqual({ previousVersionNo: null, added: 4, removed: 0, changed: 0, unchanged: 0 });
  });

  it('does not care about the order of rows', () => {
    expect(diffRows({ versionNo: 3, rows: v1, columns }, { rows: [...v1].reverse(), columns, keyColumns })).toMatchObject({ changed: 0, unchanged: 4 });
  });

  it('tells the number 12 from the text "12" and a value from an empty cell', () => {
    const before = [
      { Kode: 'A', Nilai: 12 },
      { Kode: 'B', Nilai: 5 },
    ];
    const after = [
      { Kode: 'A', Nilai: '12' },
      { Kode: 'B', Nilai: null },
    ];
    expect(
      diffRows({ versionNo: 1, rows: before, columns: ['Kode', 'Nilai'] }, { rows: after, columns: ['Kode', 'Nilai'], keyColumns: ['Kode'] }),
    ).toMatchObject({
      changed: 2,
    });
  });

  it('matches rows with the same key occurrence by occurrence', () => {
    const before = [row('Klojen', 2025, 1), row('Klojen', 2025, 2)];
    const after = [row('Klojen', 2025, 1), row('Klojen', 2025, 2), row('Klojen', 2025, 3)];
    expect(diffRows({ versionNo: 1, rows: before, columns }, { rows: after, columns, keyColumns })).toMatchObject({
      added: 1,
      removed: 0,
      changed: 0,
      unchanged: 2,
    });
  });

  it('compares whole rows when there are no key columns: rows are added or removed, never changed', () => {
    const before = [{ Nama: 'a' }, { Nama: 'b' }];
    const after = [{ Nama: 'a' }, { Nama: 'c' }];
    expect(diffRows({ versionNo: 1, rows: before, columns: ['Nama'] }, { rows: after, columns: ['Nama'], keyColumns: [] })).toMatchObject({
      added: 1,
      removed: 1,
      changed: 0,
      unchanged: 1,
    });
  });

  it('counts a row as changed when a column was added', () => {
    const after = v1.map((r) => ({ ...r, Catatan: 'baru' }));
    expect(diffRows({ versionNo: 1, rows: v1, columns }, { rows: after, columns: [...columns, 'Catatan'], keyColumns })).toMatchObject({ changed: 4 });
  });
});
