/**
 * An evaluation as a workbook and as a printable PDF: the index and predicate, the index of each
 * domain and aspect, and every indicator with its OPD, status and levels, so the figures can be
 * checked by hand (sum of weight x level over 100). Both show what the caller may see.
 */
import ExcelJS from 'exceljs';
import { fields, formatNumber, heading, newPage, paragraph, renderPdf, table, titleBlock } from '../../platform/pdf.js';
import type { AssessmentView } from './evaluation.view.js';
import type { SpbeIndex } from './spbe.index.js';

export interface EvaluationExport {
  year: number;
  frameworkName: string;
  status: 'open' | 'final';
  basis: 'self' | 'final';
  index: SpbeIndex;
  indicators: AssessmentView[];
}

const STATUS: Record<string, string> = {
  unassigned: 'Belum ditugaskan',
  draft: 'Draf',
  submitted: 'Diajukan',
  returned: 'Dikembalikan',
  confirmed: 'Dikukuhkan',
  corrected: 'Dikoreksi',
};
const BASIS = { self: 'penilaian mandiri OPD', final: 'setelah penilaian asesor internal' };
const filename = (e: EvaluationExport, ext: string) => `evaluasi-spbe-${e.year}.${ext}`;
const levelText = (level: number | null) => (level === null ? '-' : String(level));

export async function evaluationWorkbook(e: EvaluationExport): Promise<{ data: Buffer; filename: string }> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Balaikota';
  const sheet = (name: string, columns: Array<{ header: string; width: number }>) => {
    const s = book.addWorksheet(name);
    s.columns = columns.map((c) => ({ header: c.header, width: c.width }));
    s.getRow(1).font = { bold: true };
    s.views = [{ state: 'frozen', ySplit: 1 }];
    return s;
  };
  const summary = sheet('Ringkasan', [
    { header: 'Butir', width: 28 },
    { header: 'Nilai', width: 60 },
  ]);
  summary.addRows([
    ['Tahun', e.year],
    ['Kerangka', e.frameworkName],
    ['Status', e.status === 'final' ? 'Final' : 'Berjalan'],
    ['Dasar penilaian', BASIS[e.basis]],
    ['Indeks SPBE', e.index.total],
    ['Predikat', e.index.predicate.label],
    ['Indikator terisi', `${e.index.filled} dari ${e.index.indicators}`],
  ]);
  const groups = sheet('Indeks', [
    { header: 'Jenis', width: 10 },
    { header: 'No', width: 6 },
    { header: 'Nama', width: 55 },
    { header: 'Bobot (%)', width: 10 },
    { header: 'Indeks', width: 10 },
  ]);
  for (const d of e.index.domains) {
    groups.addRow(['Domain', d.number, d.name, d.weight, d.index]);
    for (const a of e.index.aspects.filter((x) => x.domainNumber === d.number)) groups.addRow(['Aspek', a.number, a.name, a.weight, a.index]);
  }
  const indicators = sheet('Indikator', [
    { header: 'No', width: 6 },
    { header: 'Domain', width: 8 },
    { header: 'Aspek', width: 8 },
    { header: 'Indikator', width: 60 },
    { header: 'Bobot (%)', width: 10 },
    { header: 'OPD', width: 20 },
    { header: 'Status', width: 16 },
    { header: 'Tingkat mandiri', width: 14 },
    { header: 'Tingkat asesor', width: 14 },
    { header: 'Tingkat akhir', width: 12 },
    { header: 'Bobot x tingkat', width: 14 },
    { header: 'Bukti', width: 8 },
  ]);
  for (const i of e.indicators) {
    const level = e.basis === 'final' ? (i.status === 'confirmed' || i.status === 'corrected' ? i.finalLevel : 0) : i.selfLevel;
    indicators.addRow([
      i.number,
      i.domainNumber,
      i.aspectNumber,
      i.name,
      i.weight,
      i.opdName ?? '',
      STATUS[i.status],
      i.selfLevel,
      i.assessedLevel ?? '',
      i.finalLevel,
      Math.round(i.weight * level * 100) / 100,
      i.evidence.length,
    ]);
  }
  return { data: Buffer.from(await book.xlsx.writeBuffer()), filename: filename(e, 'xlsx') };
}

export async function evaluationPdf(e: EvaluationExport): Promise<{ data: Buffer; filename: string }> {
  const data = await renderPdf(
    { title: `Evaluasi SPBE ${e.year}`, subject: `Evaluasi mandiri SPBE tahun ${e.year}: ${e.frameworkName}`, footer: `Evaluasi SPBE ${e.year}` },
    (doc) => {
      newPage(doc, 'portrait');
      titleBlock(doc, ['EVALUASI MANDIRI SPBE'], [`TAHUN ${e.year}`, e.frameworkName.toUpperCase()]);
      fields(doc, [
        ['Indeks SPBE', `${formatNumber(e.index.total)} (${e.index.predicate.label})`],
        ['Dasar penilaian', BASIS[e.basis]],
        ['Status', e.status === 'final' ? 'final' : 'masih berjalan; angka dapat berubah'],
        ['Indikator terisi', `${e.index.filled} dari ${e.index.indicators}`],
      ]);
      heading(doc, 'Indeks domain dan aspek');
      table(doc, {
        columns: [
          { header: 'Domain / aspek', width: 70 },
          { header: 'Bobot (%)', width: 15, align: 'right' },
          { header: 'Indeks', width: 15, align: 'right' },
        ],
        rows: e.index.domains.flatMap((d) => [
          [`Domain ${d.number}. ${d.name}`, formatNumber(d.weight), formatNumber(d.index)],
          ...e.index.aspects
            .filter((a) => a.domainNumber === d.number)
            .map((a) => [`    Aspek ${a.number}. ${a.name}`, formatNumber(a.weight), formatNumber(a.index)]),
        ]),
      });
      heading(doc, 'Indikator');
      table(doc, {
        columns: [
          { header: 'No', width: 5, align: 'right' },
          { header: 'Indikator', width: 43 },
          { header: 'Bobot', width: 8, align: 'right' },
          { header: 'OPD', width: 16 },
          { header: 'Status', width: 13 },
          { header: 'Mandiri', width: 8, align: 'right' },
          { header: 'Asesor', width: 8, align: 'right' },
        ],
        rows: e.indicators.map((i) => [
          String(i.number),
          i.name,
          formatNumber(i.weight),
          i.opdName ?? '-',
          STATUS[i.status],
          String(i.selfLevel),
          levelText(i.assessedLevel),
        ]),
        fontSize: 8,
      });
      paragraph(doc, 'Indeks = jumlah (bobot x tingkat) seluruh indikator dibagi 100; indeks domain dan aspek = jumlah (bobot x tingkat) dibagi bobotnya.', {
        italic: true,
        size: 8,
      });
    },
  );
  return { data, filename: filename(e, 'pdf') };
}
