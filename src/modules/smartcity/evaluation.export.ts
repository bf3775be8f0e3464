/**
 * One evaluation as a workbook and as a PDF: the five indices with their weights and weighted
 * parts, the score, the index per dimension and the evidence list. Drawn from the same view the
 * pages show, so paper, spreadsheet and screen agree.
 */
import ExcelJS from 'exceljs';
import { fields, formatDateTime, heading, newPage, paragraph, renderPdf, table, titleBlock } from '../../platform/pdf.js';
import type { EvaluationView } from './evaluation.schemas.js';
import { formatScore, INDEX_KEYS, INDEX_NAMES } from './smartcity.score.js';

const STATUS = { draft: 'Draf (belum dipublikasikan)', published: 'Dipublikasikan' } as const;

const slug = (e: EvaluationView) => `evaluasi-smart-city-${e.year}-tahap-${e.stage === 1 ? 'I' : 'II'}`;
const two = (value: number | null) => (value === null ? '-' : value.toFixed(2).replace('.', ','));
const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
/** A weighted part: the index times its weight, to three decimals (as the score adds them). */
const part = (index: number | null, weight: number) => (index === null ? null : Math.round(index * weight * 1000) / 1000);
const indexName = (key: string | null) => (key ? INDEX_NAMES[key as keyof typeof INDEX_NAMES] : 'Umum');

function header(sheet: ExcelJS.Worksheet, columns: Array<{ header: string; width: number }>): void {
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

export async function evaluationWorkbook(e: EvaluationView, cityName: string): Promise<{ data: Buffer; filename: string }> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Balaikota';
  const sheet = book.addWorksheet('Evaluasi');
  header(sheet, [
    { header: 'Indeks evaluasi', width: 24 },
    { header: 'Nilai (1-5)', width: 12 },
    { header: 'Bobot', width: 10 },
    { header: 'Nilai x bobot', width: 14 },
  ]);
  for (const key of INDEX_KEYS) sheet.addRow([INDEX_NAMES[key], e.indices[key], e.weights[key], part(e.indices[key], e.weights[key])]);
  const total = sheet.addRow(['Skor akhir', e.score, INDEX_KEYS.reduce((sum, key) => sum + e.weights[key], 0), e.score]);
  total.font = { bold: true };
  for (const column of [2, 4]) sheet.getColumn(column).numFmt = '0.000';
  sheet.getColumn(3).numFmt = '0.00';
  sheet.addRow([]);
  sheet.addRow(['Kota', cityName]);
  sheet.addRow(['Evaluasi', e.label]);
  sheet.addRow(['Status', STATUS[e.status]]);
  sheet.addRow(['Dipublikasikan', e.publishedAt ?? '-']);
  sheet.addRow(['Catatan', e.notes]);
  sheet.addRow(['Pembulatan', 'Skor akhir = jumlah nilai x bobot, dibulatkan setengah ke atas pada tiga angka desimal.']);

  const dimensions = book.addWorksheet('Dimensi');
  header(dimensions, [
    { header: 'Dimensi', width: 24 },
    { header: 'Indeks (1-5)', width: 14 },
  ]);
  for (const d of e.dimensions) dimensions.addRow([d.name, d.index]);
  dimensions.getColumn(2).numFmt = '0.00';

  const evidence = book.addWorksheet('Bukti');
  header(evidence, [
    { header: 'Berkas', width: 40 },
    { header: 'Mendukung', width: 14 },
    { header: 'Jenis', width: 30 },
    { header: 'Ukuran (bita)', width: 14 },
    { header: 'Diunggah', width: 26 },
  ]);
  for (const f of e.evidence) evidence.addRow([f.name, indexName(f.index), f.contentType, f.size, f.uploadedAt]);
  return { data: Buffer.from(await book.xlsx.writeBuffer()), filename: `${slug(e)}.xlsx` };
}

export function evaluationPdf(e: EvaluationView, f: { cityName: string; printedAt: Date; timeZone: string }): Promise<{ data: Buffer; filename: string }> {
  return renderPdf(
    { title: `Evaluasi Smart City ${e.label}`, subject: `Evaluasi smart city ${f.cityName}, ${e.label}`, footer: `Evaluasi Smart City ${e.label}` },
    (doc) => {
      newPage(doc, 'portrait');
      titleBlock(doc, ['EVALUASI SMART CITY'], [f.cityName.toUpperCase(), e.label.toUpperCase()]);
      fields(doc, [
        ['Skor akhir', e.score === null ? 'belum dapat dihitung: kelima indeks belum lengkap' : formatScore(e.score)],
        ['Status', STATUS[e.status]],
        ...(e.publishedAt ? ([['Dipublikasikan', formatDateTime(new Date(e.publishedAt), f.timeZone)]] as Array<[string, string]>) : []),
      ]);
      heading(doc, 'Indeks evaluasi');
      table(doc, {
        columns: [
          { header: 'Indeks', width: 40 },
          { header: 'Nilai (1-5)', width: 20, align: 'right' },
          { header: 'Bobot', width: 20, align: 'right' },
          { header: 'Nilai x bobot', width: 20, align: 'right' },
        ],
        rows: [
          ...INDEX_KEYS.map((key) => {
            const p = part(e.indices[key], e.weights[key]);
            return [INDEX_NAMES[key], two(e.indices[key]), two(e.weights[key]), p === null ? '-' : formatScore(p)];
          }),
          ['Skor akhir', '', '', e.score === null ? '-' : formatScore(e.score)],
        ],
      });
      paragraph(doc, 'Skor akhir adalah jumlah nilai x bobot kelima indeks, dibulatkan setengah ke atas pada tiga angka desimal.', { italic: true, size: 9 });
      heading(doc, 'Indeks per dimensi smart city');
      table(doc, {
        columns: [
          { header: 'Dimensi', width: 70 },
          { header: 'Indeks (1-5)', width: 30, align: 'right' },
        ],
        rows: e.dimensions.map((d) => [d.name, two(d.index)]),
      });
      if (e.notes.trim()) {
        heading(doc, 'Catatan');
        paragraph(doc, e.notes);
      }
      heading(doc, 'Bukti dukung');
      if (e.evidence.length === 0) paragraph(doc, 'Belum ada berkas bukti.');
      else {
        table(doc, {
          columns: [
            { header: 'No', width: 6, align: 'right' },
            { header: 'Berkas', width: 54 },
            { header: 'Mendukung', width: 20 },
            { header: 'Ukuran', width: 20, align: 'right' },
          ],
          rows: e.evidence.map((x, i) => [String(i + 1), x.name, indexName(x.index), sizeText(x.size)]),
        });
      }
      paragraph(doc, `Dicetak dari Balaikota pada ${formatDateTime(f.printedAt, f.timeZone)}.`, { italic: true, size: 8.5 });
    },
  ).then((data) => ({ data, filename: `${slug(e)}.pdf` }));
}
