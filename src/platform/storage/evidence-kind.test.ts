import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { attachmentHeader, evidenceFileName, evidenceKindOf } from './evidence-kind.js';

/** A stored (uncompressed) ZIP archive holding empty files of these names, as an office file is laid out. */
function zipOf(names: string[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const name of names) {
    const n = Buffer.from(name, 'latin1');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n);
    centrals.push(central, n);
    offset += local.length + n.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('judging evidence files by their content', () => {
  it('knows PDF, JPEG and PNG by their first bytes, whatever they are called', async () => {
    expect(evidenceKindOf(Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj'))?.contentType).toBe('application/pdf');
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    const jpeg = await sharp(png).jpeg().toBuffer();
    expect(evidenceKindOf(png)?.kind).toBe('png');
    expect(evidenceKindOf(jpeg)?.kind).toBe('jpeg');
  });

  it('tells a workbook from a document inside their ZIP archives', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Realisasi').addRow(['IKU-1', 81]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(evidenceKindOf(xlsx)?.kind).toBe('xlsx');
    expect(evidenceKindOf(zipOf(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']))?.kind).toBe('docx');
  });

  it('refuses text, other archives, and files too short to judge', () => {
    expect(evidenceKindOf(Buffer.from('Realisasi IKU-1: 81 persen. Lihat %PDF- terlampir.'))).toBeNull();
    expect(evidenceKindOf(zipOf(['laporan.txt']))).toBeNull();
    expect(evidenceKindOf(zipOf(['[Content_Types].xml', 'ppt/presentation.xml']))).toBeNull();
    expect(evidenceKindOf(Buffer.from([0xff, 0xd8]))).toBeNull();
    // A ZIP signature with no readable directory behind it.
    expect(evidenceKindOf(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40)]))).toBeNull();
  });

  it('keeps the sender\u2019s name without folders or control characters, with the real extension', () => {
    const png = { kind: 'png', contentType: 'image/png', extension: 'png' } as const;
    expect(evidenceFileName('../../etc/Foto Lapangan.pdf', png)).toBe('Foto Lapangan.png');
    expect(evidenceFileName('C:\\Dokumen\\bukti\u0000"x".png', png)).toBe('buktix.png');
    expect(evidenceFileName(undefined, png)).toBe('bukti.png');
    expect(evidenceFileName('.pdf', png)).toBe('bukti.png');
  });

  it('offers a download under a quoted ASCII name and the exact UTF-8 one', () => {
    expect(attachmentHeader('Rekap Jalan "Ijen" é.xlsx')).toBe(
      'attachment; filename="Rekap Jalan _Ijen_ _.xlsx"; filename*=UTF-8\'\'Rekap%20Jalan%20%22Ijen%22%20%C3%A9.xlsx',
    );
  });
});
