import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.js';
import type { CellProblem } from './budget.errors.js';
import {
  type BudgetOnRecord,
  buildTemplate,
  checkRealization,
  columnLetter,
  HEADERS,
  type ImportContext,
  type KnownOpd,
  readWorkbook,
} from './budget.workbook.js';

const OPDS: KnownOpd[] = [
  { id: 'opd-pu', code: 'DPUPRPKP', name: 'Dinas Pekerjaan Umum, Penataan Ruang, Perumahan dan Kawasan Permukiman', shortName: 'DPUPRPKP' },
  { id: 'opd-dishub', code: 'DISHUB', name: 'Dinas Perhubungan', shortName: 'Dishub' },
  { id: 'opd-dinkes', code: 'DINKES', name: 'Dinas Kesehatan', shortName: 'Dinkes' },
];

const CONTEXT: ImportContext = {
  year: 2026,
  opds: OPDS,
  budgets: new Map<string, BudgetOnRecord>([
    // PU has TW I on record already; Dinkes has no budget this year.
    ['opd-pu', { pagu: 1_000_000_000, realized: [200_000_000, null, null, null] }],
    ['opd-dishub', { pagu: 500_000_000, realized: [null, null, null, null] }],
  ]),
};

/** A workbook as BKAD might send it: the given rows from A1 down, in a sheet of the given name. */
async function workbook(rows: ExcelJS.CellValue[][], sheetName = 'Realisasi'): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value !== undefined) sheet.getCell(r + 1, c + 1).value = value;
    });
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

const check = async (rows: ExcelJS.CellValue[][], sheetName?: string) => checkRealization(await readWorkbook(await workbook(rows, sheetName)), CONTEXT);
const where = (p: CellProblem) => `${p.column}${p.row} ${p.header}`;
const HEADER_ROW = [...HEADERS];

describe('reading a filled realization workbook', () => {
  it('takes numbers, Indonesian-grouped text and computed formulas; an empty cell stays empty', async () => {
    const result = await check([
      HEADER_ROW,
      [
        'DPUPRPKP',
        'Dinas Pekerjaan Umum, Penataan Ruang, Perumahan dan Kawasan Permukiman',
        null,
        '150.000.000',
        { formula: 'C3*2', result: 100_000_000 },
        null,
      ],
      ['dishub', 'Dinas Perhubungan', 'Rp 125000000', 0, undefined, ''],
    ]);
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.rows).toEqual([
      { row: 2, opdId: 'opd-pu', values: [null, 150_000_000, 100_000_000, null] },
      { row: 3, opdId: 'opd-dishub', values: [125_000_000, 0, null, null] },
    ]);
  });

  it('reads the sheet "Realisasi" wherever it is, and otherwise the first sheet', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Catatan BKAD').getCell('A1').value = 'Disusun oleh Bidang Akuntansi';
    const sheet = book.addWorksheet('realisasi');
    sheet.addRow(HEADER_ROW);
    sheet.addRow(['DISHUB', 'Dishub', 1000]);
    const read = await readWorkbook(Buffer.from(await book.xlsx.writeBuffer()));
    expect(read.name).toBe('realisasi');
    expect(checkRealization(read, CONTEXT).rows).toEqual([{ row: 2, opdId: 'opd-dishub', values: [1000, null, null, null] }]);
    expect((await check([HEADER_ROW, ['DISHUB', null, 5]], 'Sheet1')).rows).toHaveLength(1);
  });

  it('names each cell that is not a whole, non-negative amount of rupiah, with what to write instead', async () => {
    const result = await check([
      HEADER_ROW,
      ['DISHUB', 'Dinas Perhubungan', 'seratus juta', -5000, 1250.5, new Date('2026-03-31T00:00:00Z')],
      ['DPUPRPKP', null, { formula: 'X1+1' } as ExcelJS.CellValue, { error: '#N/A' } as ExcelJS.CellValue, '1,5', 2e15],
    ]);
    expect(result.rows).toEqual([]);
    expect(result.problems.map(where)).toEqual([
      'C2 Realisasi TW I',
      'D2 Realisasi TW II',
      'E2 Realisasi TW III',
      'F2 Realisasi TW IV',
      'C3 Realisasi TW I',
      'D3 Realisasi TW II',
      'E3 Realisasi TW III',
      'F3 Realisasi TW IV',
    ]);
    const [text, negative, fraction, date, formula, error, comma, huge] = result.problems.map((p) => p.message.id);
    expect(text).toBe('Isi "seratus juta" bukan angka rupiah. Tulis angka bulat tanpa "Rp" dan tanpa koma, misalnya 1250000.');
    expect(negative).toBe('Realisasi tidak boleh negatif (-5.000).');
    expect(fraction).toBe('Realisasi ditulis dalam rupiah penuh tanpa desimal (1.250,5).');
    expect(date).toContain('berisi tanggal');
    expect(formula).toContain('Paste Values');
    expect(error).toBe('Sel ini berisi galat #N/A. Ganti dengan angka realisasi.');
    expect(comma).toContain('"1,5" bukan angka rupiah');
    expect(huge).toBe('Angka 2.000.000.000.000.000 melebihi batas 1.000.000.000.000.000.');
    expect(result.problems[1].message.en).toBe('A realization cannot be negative (-5,000).');
  });

  it('refuses unknown codes, OPDs without a budget this year, and an OPD listed twice, at the code cell', async () => {
    const result = await check([
      HEADER_ROW,
      ['DISHUB', 'Dinas Perhubungan', 1000],
      ['DPUPR', 'Dinas PU', 1000],
      ['DINKES', 'Dinas Kesehatan', 1000],
      [null, null, null],
      ['Dishub', 'Dinas Perhubungan', 2000],
      [null, 'Baris tanpa kode', 3000],
    ]);
    expect(result.problems.map((p) => [where(p), p.message.id])).toEqual([
      ['A3 Kode OPD', 'Kode OPD "DPUPR" tidak dikenal. Jangan mengubah kode; unduh templat terbaru bila ragu.'],
      ['A4 Kode OPD', 'OPD DINKES (Dinas Kesehatan) belum memiliki pagu untuk tahun 2026. Tetapkan pagunya dahulu, atau hapus baris ini.'],
      ['A6 Kode OPD', 'OPD DISHUB sudah ada di baris 2. Satu OPD hanya satu baris: gabungkan keduanya.'],
      ['A7 Kode OPD', 'Kode OPD kosong, padahal baris ini berisi angka. Isi kodenya seperti di templat, atau hapus barisnya.'],
    ]);
  });

  it('refuses a cumulative realization above the pagu, counting what is on record for empty cells', async () => {
    // PU: pagu 1,000,000,000 with 200,000,000 on record for TW I. TW II 500,000,000 brings 700,000,000;
    // TW III 400,000,000 brings 1,100,000,000, over the pagu at TW III (column E).
    const result = await check([HEADER_ROW, ['DPUPRPKP', null, null, 500_000_000, 400_000_000, null]]);
    expect(result.problems.map(where)).toEqual(['E2 Realisasi TW III']);
    expect(result.problems[0].message.id).toBe(
      'Realisasi kumulatif sampai TW III menjadi Rp1.100.000.000, melebihi pagu Rp1.000.000.000. Sel kosong dihitung dengan realisasi yang sudah tercatat.',
    );
    // Replacing TW I lowers the total instead: 100 + 500 + 400 million is the pagu exactly.
    expect((await check([HEADER_ROW, ['DPUPRPKP', null, 100_000_000, 500_000_000, 400_000_000, null]])).problems).toEqual([]);
  });

  it('imports a row whose name differs from the OPD\u2019s by its code, with a warning', async () => {
    const result = await check([HEADER_ROW, ['DISHUB', 'Dinas Pendidikan', 1000]]);
    expect(result.problems).toEqual([]);
    expect(result.rows).toHaveLength(1);
    expect(result.warnings.map((w) => [where(w), w.message.id])).toEqual([
      [
        'B2 Nama OPD',
        'Nama "Dinas Pendidikan" berbeda dengan nama OPD DISHUB ("Dinas Perhubungan"). Baris ini diimpor menurut kodenya; periksa apakah kodenya benar.',
      ],
    ]);
    // Case, spacing and punctuation are not differences, and the short name counts.
    expect((await check([HEADER_ROW, ['DISHUB', 'dinas  perhubungan', 1], ['DPUPRPKP', 'dpuprpkp', 1]])).warnings).toEqual([]);
  });

  it('reports renamed and missing header columns at row 1, and reads nothing without the code column', async () => {
    const renamed = await check([
      ['Kode OPD', 'Nama OPD', 'Realisasi TW I (Rp)', 'Realisasi Triwulan 2', 'Realisasi TW III'],
      ['DISHUB', null, 1, 2, 3],
    ]);
    expect(renamed.problems.map((p) => [where(p), p.message.id])).toEqual([
      ['D1 Realisasi Triwulan 2', expect.stringContaining('Judul kolom "Realisasi Triwulan 2" tidak dikenal.')],
      ['D1 Realisasi TW II', 'Kolom "Realisasi TW II" tidak ada di baris 1. Jangan mengubah, memindah baris, atau menghapus judul kolom templat.'],
      ['F1 Realisasi TW IV', expect.stringContaining('Kolom "Realisasi TW IV" tidak ada di baris 1.')],
    ]);
    const noCode = await check([
      ['Kode', 'Nama OPD', ...HEADERS.slice(2)],
      ['DISHUB', null, 1],
    ]);
    expect(noCode.problems.map(where)).toEqual(['A1 Kode', 'A1 Kode OPD']);
    const twice = await check([
      [...HEADERS, 'Realisasi TW I'],
      ['DISHUB', null, 1],
    ]);
    expect(twice.problems.map((p) => [where(p), p.message.id])).toEqual([
      ['G1 Realisasi TW I', 'Kolom "Realisasi TW I" sudah ada di kolom C; hapus salah satunya.'],
    ]);
  });

  it('says so when the sheet is empty, or has headers and no OPD rows', async () => {
    const empty = await check([]);
    expect(empty.problems.map((p) => [where(p), p.message.id])).toEqual([
      ['A1 Kode OPD', 'Lembar "Realisasi" tidak berisi baris OPD. Isi realisasi di bawah baris judul kolom, atau unduh templat terbaru.'],
    ]);
    expect((await check([HEADER_ROW])).problems.map(where)).toEqual(['A2 Kode OPD']);
  });

  it('refuses a file that is not an XLSX workbook, saying what it looks like', async () => {
    const refusal = async (bytes: Buffer) => {
      const error = await readWorkbook(bytes).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('performance.budget_import_not_xlsx');
      return (error as AppError).text.id;
    };
    expect(await refusal(Buffer.from('Kode OPD;Realisasi TW I\nDISHUB;1000\n'))).toBe(
      'Berkas ini bukan buku kerja Excel .xlsx (teks biasa atau CSV). Unduh templat, isi, simpan sebagai .xlsx, lalu unggah.',
    );
    expect(await refusal(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]))).toContain('Excel 97-2003 .xls');
    expect(await refusal(Buffer.from('%PDF-1.7\n'))).toContain('(sebuah PDF)');
    expect(await refusal(Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(200)]))).toContain('arsip ZIP yang tidak memuat buku kerja');
    expect(await refusal(Buffer.alloc(0))).toContain('berkasnya kosong');
  });

  it('numbers columns as Excel does', () => {
    expect([0, 5, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'F', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

describe('the template', () => {
  const rows = [
    { code: 'DISHUB', name: 'Dinas Perhubungan', realized: [125_000_000, null, null, null] as [number | null, number | null, number | null, number | null] },
    { code: 'DPUPRPKP', name: 'Dinas Pekerjaan Umum', realized: [null, null, null, null] as [null, null, null, null] },
  ];

  it('has a frozen header, one row per OPD prefilled with what is imported, in rupiah format, and a sheet of instructions', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await buildTemplate({ periodName: 'Tahun 2026', year: 2026, rows })) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Realisasi', 'Petunjuk']);
    const sheet = book.getWorksheet('Realisasi') as ExcelJS.Worksheet;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Kode OPD',
      'Nama OPD',
      'Realisasi TW I',
      'Realisasi TW II',
      'Realisasi TW III',
      'Realisasi TW IV',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(['DISHUB', 'Dinas Perhubungan', 125_000_000]);
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(['DPUPRPKP', 'Dinas Pekerjaan Umum']);
    expect(sheet.rowCount).toBe(3);
    for (const address of ['C2', 'D2', 'E3', 'F3']) expect(sheet.getCell(address).numFmt).toBe('#,##0');
    expect(sheet.getCell('A2').numFmt).toBe('@');

    const guide = (book.getWorksheet('Petunjuk') as ExcelJS.Worksheet).getColumn(1).values.join('\n');
    expect(guide).toContain('Petunjuk pengisian realisasi anggaran Tahun 2026 (tahun 2026)');
    expect(guide).toContain('Biarkan sel kosong untuk triwulan yang belum dilaporkan');
    expect(guide).toContain('rupiah penuh tanpa desimal');
    expect(guide).toContain('Jangan mengubah Kode OPD');
  });

  it('reads back cleanly, so a template sent unchanged imports without a problem', async () => {
    const read = await readWorkbook(await buildTemplate({ periodName: 'Tahun 2026', year: 2026, rows }));
    const result = checkRealization(read, CONTEXT);
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([
      { row: 2, opdId: 'opd-dishub', values: [125_000_000, null, null, null] },
      { row: 3, opdId: 'opd-pu', values: [null, null, null, null] },
    ]);
  });
});
