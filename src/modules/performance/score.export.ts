/**
 * A quarter's results as a workbook: one sheet of OPD scores (the mayor's table) and one of every
 * indicator's target, realization and achievement, so the figures can be checked by hand.
 */
import ExcelJS from 'exceljs';
import type { QuarterScores } from './score.service.js';

const TW = ['I', 'II', 'III', 'IV'];
const REPORT_STATUS: Record<string, string> = { draft: 'Draf', submitted: 'Diajukan', returned: 'Dikembalikan', verified: 'Terverifikasi' };

function header(sheet: ExcelJS.Worksheet, columns: Array<{ header: string; width: number }>): void {
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

export async function quarterWorkbook(scores: QuarterScores): Promise<{ data: Buffer; filename: string }> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Balaikota';
  const opds = book.addWorksheet('Skor OPD');
  header(opds, [
    { header: 'Peringkat', width: 10 },
    { header: 'Kode OPD', width: 14 },
    { header: 'OPD', width: 40 },
    { header: 'Laporan', width: 14 },
    { header: 'Capaian kinerja (%)', width: 18 },
    { header: 'Serapan thd rencana (%)', width: 20 },
    { header: 'Aduan tepat waktu (%)', width: 20 },
    { header: 'Skor komposit', width: 14 },
    { header: 'Predikat', width: 16 },
  ]);
  for (const s of scores.items) {
    opds.addRow([
      s.rank,
      s.opdCode,
      s.opdName,
      s.reportStatus ? REPORT_STATUS[s.reportStatus] : 'Belum dibuka',
      s.performance.value,
      s.absorption.ofPlan,
      s.responsiveness.percent,
      s.composite.value,
      s.predicate,
    ]);
  }
  const indicators = book.addWorksheet('Capaian indikator');
  header(indicators, [
    { header: 'Kode OPD', width: 14 },
    { header: 'Kode', width: 10 },
    { header: 'Indikator', width: 44 },
    { header: 'Satuan', width: 10 },
    { header: 'Target', width: 12 },
    { header: 'Target atas', width: 12 },
    { header: 'Realisasi', width: 12 },
    { header: 'Capaian (%)', width: 12 },
    { header: 'Keterangan', width: 60 },
  ]);
  for (const s of scores.items) {
    for (const i of s.indicators) {
      indicators.addRow([s.opdCode, i.code, i.name, i.unit, i.target, i.targetUpper, i.realization, i.achievement.percent, i.achievement.explanation.id]);
    }
  }
  const data = Buffer.from(await book.xlsx.writeBuffer());
  return { data, filename: `hasil-kinerja-${scores.year}-TW${TW[scores.quarter - 1]}.xlsx` };
}
