import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.js';
import { detectDelimiter, type FileRow, idleGuarded, openTable, scanTable, TABLE_LIMITS } from './table.parse.js';
import { inStoredOrder, readZipDirectory, verifyZipEntries } from './zip.directory.js';

const csv = (text: string, encoding: BufferEncoding = 'utf8') => Buffer.from(text, encoding);

async function rowsOf(bytes: Buffer): Promise<FileRow[]> {
  const rows: FileRow[] = [];
  for await (const row of openTable(bytes).rows()) rows.push(row);
  return rows;
}

/** The AppError a promise or function fails with. */
async function failure(run: () => unknown): Promise<AppError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

async function workbook(sheets: Record<string, unknown[][]>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('finding the delimiter', () => {
  it('takes the one the first lines agree on', () => {
    expect(detectDelimiter('Kecamatan;Jumlah;Tahun\nKlojen;1.234,5;2026\n')).toBe(';');
    expect(detectDelimiter('a,b\n1,2\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n1\t2,5\t3\n')).toBe('\t');
    // The commas of Indonesian decimals do not fool it.
    expect(detectDelimiter('Nama;Nilai\n"A";1,5\n"B";2,75\n')).toBe(';');
    expect(detectDelimiter('Nama\nA\n')).toBe(',');
  });
});

describe('reading a CSV file', () => {
  it('reads ; with a UTF-8 BOM, trims cells and skips empty lines', async () => {
    const rows = await rowsOf(csv('\ufeffKecamatan;Jumlah\nKlojen ; 1.234\n\n;;\nBlimbing;"5,5"\n'));
    expect(rows).toEqual([
      { row: 1, cells: ['Kecamatan', 'Jumlah'] },
      { row: 2, cells: ['Klojen', '1.234'] },
      { row: 5, cells: ['Blimbing', '5,5'] },
    ]);
  });

  it('reads a file saved in the Windows code page without garbling its letters', async () => {
    const rows = await rowsOf(csv('Nama,Kota\nJos\u00e9,M\u00e1lang\n', 'latin1'));
    expect(rows[1].cells).toEqual(['Jos\u00e9', 'M\u00e1lang']);
  });

  it('names the line of a quote that is never closed', async () => {
    const error = await failure(() => rowsOf(csv('a,b\n1,2\n"3,4\n')));
    expect(error.code).toBe('opendata.csv_malformed');
    expect(error.text.en).toContain('line 3');
  });
});

describe('refusing what is not a table, by its content', () => {
  it('refuses a PNG picture whatever its name says', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const error = await failure(() => openTable(png));
    expect(error.code).toBe('opendata.file_not_table');
    expect(error.text.en).toContain('a PNG image');
  });

  it('tells an old .xls workbook how to be saved', async () => {
    const error = await failure(() => openTable(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])));
    expect(error.text.id).toContain('Excel 97-2003');
    expect(error.text.en).toContain('save it as .xlsx or CSV UTF-8');
  });

  it('refuses JSON and HTML, empty files and files of nothing but spaces', async () => {
    expect((await failure(() => openTable(csv('[{"a":1}]')))).text.en).toContain('JSON');
    expect((await failure(() => openTable(csv('<!doctype html><html>')))).text.en).toContain('HTML');
    expect((await failure(() => openTable(Buffer.alloc(0)))).code).toBe('opendata.file_empty');
    expect((await failure(() => openTable(csv('  \n\n')))).code).toBe('opendata.file_empty');
  });

  it('refuses a zip that holds no workbook', async () => {
    // An empty zip archive: just the end of its directory.
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)])]);
    expect((await failure(() => openTable(zip))).text.en).toContain('holds no workbook');
  });

  it('refuses a workbook that unpacks to more than the limit, before unpacking it', async () => {
    const book = await workbook({ Data: [['a'], ['x'.repeat(5000)]] });
    const error = await failure(() => openTable(book, { ...TABLE_LIMITS, maxUnpackedBytes: 4000 }));
    expect(error.code).toBe('opendata.file_too_large');
    expect(error.text.en).toContain('unpacks to over');
  });

  it('refuses a file over the size limit', async () => {
    const error = await failure(() => openTable(csv('a,b\n1,2\n'), { ...TABLE_LIMITS, maxBytes: 4 }));
    expect(error.code).toBe('opendata.file_too_large');
  });
});

describe('reading an XLSX workbook', () => {
  it('reads the first sheet only, with numbers, booleans and dates as the cells hold them', async () => {
    const book = await workbook({
      Data: [
        ['Kecamatan', 'Jumlah', 'Tanggal', 'Aktif'],
        ['Klojen', 1234.5, new Date(Date.UTC(2026, 10, 22)), true],
        ['Blimbing', { formula: '1+1', result: 2 }, null, false],
      ],
      Catatan: [['bukan tabel']],
    });
    const rows = await rowsOf(book);
    expect(rows).toEqual([
      { row: 1, cells: ['Kecamatan', 'Jumlah', 'Tanggal', 'Aktif'] },
      { row: 2, cells: ['Klojen', 1234.5, '2026-11-22', true] },
      { row: 3, cells: ['Blimbing', 2, null, false] },
    ]);
    const scanned = await scanTable(openTable(book));
    expect(scanned.guesses.map((g) => g.type)).toEqual(['text', 'number', 'date', 'boolean']);
  });

  it('gives up on a reader that stalls, but not on a caller that takes its time', async () => {
    // A source that answers at once: the caller's pauses, ten times the limit, must not count.
    async function* quick() {
      yield* [1, 2, 3];
    }
    const seen: number[] = [];
    for await (const n of idleGuarded(quick(), 5)) {
      seen.push(n);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(seen).toEqual([1, 2, 3]);
    const stuck: AsyncIterable<number> = { [Symbol.asyncIterator]: () => ({ next: () => new Promise<IteratorResult<number>>(() => undefined) }) };
    await expect(idleGuarded(stuck, 5).next()).rejects.toThrow('stalled');
  });

  it('reads a workbook whose writer stored the worksheets before the workbook part', async () => {
    const book = await workbook({ Data: [['Kecamatan'], ['Klojen']], Catatan: [['bukan tabel']] });
    // Worksheets first, the last sheet first of all: the order exceljs itself now and then writes.
    const worstFirst = (name: string) => {
      const sheet = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(name);
      return sheet ? -Number(sheet[1]) : 0;
    };
    const entries = readZipDirectory(book) ?? [];
    const shuffled = inStoredOrder(book, entries, worstFirst);
    const stored = (bytes: Buffer) =>
      (readZipDirectory(bytes) ?? [])
        .sort((a, b) => a.localOffset - b.localOffset)
        .map((e) => e.name)
        .filter((n) => /^xl\/(workbook|worksheets\/sheet)/.test(n));
    expect(stored(shuffled)).toEqual(['xl/worksheets/sheet2.xml', 'xl/worksheets/sheet1.xml', 'xl/workbook.xml']);
    expect(await verifyZipEntries(shuffled, readZipDirectory(shuffled) ?? [])).toBe(true);
    expect(await rowsOf(shuffled)).toEqual([
      { row: 1, cells: ['Kecamatan'] },
      { row: 2, cells: ['Klojen'] },
    ]);
  });

  it('refuses a workbook whose entries are damaged, at once', async () => {
    const book = await workbook({ Data: [['A'], ...Array.from({ length: 500 }, (_, i) => [`baris ${i}`])] });
    for (const at of [900, Math.floor(book.length / 2)]) {
      const damaged = Buffer.from(book);
      for (let i = at; i < at + 40; i++) damaged[i] ^= 0x5a;
      const error = await failure(() => scanTable(openTable(damaged)));
      expect(error.code).toBe('opendata.file_not_table');
    }
  });
});

describe('checking the table', () => {
  it('refuses a duplicate header, naming it and both columns', async () => {
    const error = await failure(() => scanTable(openTable(csv('Kecamatan,Jumlah,jumlah\nKlojen,1,2\n'))));
    expect(error.code).toBe('opendata.table_invalid');
    const cells = error.details.cells as Array<{ row: number; column: string; message: { en: string } }>;
    expect(cells).toHaveLength(1);
    expect(cells[0]).toMatchObject({ row: 1, column: 'C' });
    expect(cells[0].message.en).toBe('The header "jumlah" is already used in column B. Each column needs a header of its own.');
  });

  it('refuses a header without rows, and a column without a header', async () => {
    expect((await failure(() => scanTable(openTable(csv('Kecamatan;Jumlah\n'))))).code).toBe('opendata.table_no_rows');
    const gap = await failure(() => scanTable(openTable(csv('A,,C\n1,2,3\n'))));
    expect((gap.details.cells as Array<{ column: string }>)[0].column).toBe('B');
    const extra = await failure(() => scanTable(openTable(csv('A,B\n1,2,3\n'))));
    expect(extra.details.cells).toMatchObject([{ row: 2, column: 'C' }]);
  });

  it('keeps `_id` for the row number', async () => {
    const error = await failure(() => scanTable(openTable(csv('_id,Nilai\n1,2\n'))));
    expect((error.details.cells as Array<{ message: { en: string } }>)[0].message.en).toContain('used by the system');
  });

  it('stops at the row limit and the column limit', async () => {
    const rows = await failure(() => scanTable(openTable(csv('A\n1\n2\n3\n')), { ...TABLE_LIMITS, maxRows: 2 }));
    expect(rows.code).toBe('opendata.too_many_rows');
    const wide = await failure(() => scanTable(openTable(csv('A,B,C\n1,2,3\n')), { ...TABLE_LIMITS, maxColumns: 2 }));
    expect(wide.code).toBe('opendata.too_many_columns');
  });

  it('guesses the columns of a long Satu Data table with Indonesian numbers', async () => {
    const scanned = await scanTable(
      openTable(
        csv('Kode Wilayah;Kecamatan;Tahun;Jumlah Penduduk;Kepadatan\n3573010;Kedungkandang;2025;"204.837";5.111,2\n3573020;Sukun;2025;"201.473";10.069,8\n'),
      ),
    );
    expect(scanned.names).toEqual(['Kode Wilayah', 'Kecamatan', 'Tahun', 'Jumlah Penduduk', 'Kepadatan']);
    expect(scanned.guesses.map((g) => g.type)).toEqual(['integer', 'text', 'integer', 'integer', 'number']);
    expect(scanned.rowCount).toBe(2);
  });
});
