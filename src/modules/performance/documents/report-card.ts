/**
 * An OPD's quarterly report card (rapor triwulan): its composite score and predicate with the
 * three parts it is made of, its rank in the city, each indicator's target, realization and
 * achievement with how it was computed, and what the rules found. Drawn from the same scores the
 * mayor's view shows, so the paper and the screen always agree.
 */

import { fields, formatDateTime, formatNumber, formatRange, heading, newPage, paragraph, renderPdf, table, titleBlock } from '../../../platform/pdf.js';
import type { RankedScore } from '../score.service.js';

const TW = ['I', 'II', 'III', 'IV'];
const STATUS: Record<string, string> = {
  draft: 'draf',
  submitted: 'diajukan, menunggu verifikasi',
  returned: 'dikembalikan untuk diperbaiki',
  verified: 'terverifikasi',
};

export interface ReportCardFacts {
  year: number;
  score: RankedScore;
  /** How many OPDs were scored this quarter, for "peringkat 2 dari 14". */
  scored: number;
  findings: Array<{ label: string; status: string; explanation: string }>;
  printedAt: Date;
  timeZone: string;
}

const pct = (value: number | null) => (value === null ? '-' : `${formatNumber(value)}%`);
const figure = (value: number | null) => (value === null ? '-' : formatNumber(value));

export function reportCardPdf(f: ReportCardFacts): Promise<Buffer> {
  const s = f.score;
  const quarter = `TW ${TW[s.quarter - 1]} ${f.year}`;
  return renderPdf(
    {
      title: `Rapor Kinerja ${s.opdCode} ${quarter}`,
      subject: `Rapor kinerja triwulan: ${s.opdName}, ${quarter}`,
      footer: `Rapor Kinerja ${quarter} - ${s.opdCode}`,
    },
    (doc) => {
      newPage(doc, 'landscape');
      titleBlock(doc, ['RAPOR KINERJA TRIWULAN'], [s.opdName.toUpperCase(), quarter]);
      fields(doc, [
        ['Skor komposit', s.composite.value === null ? 'belum dapat dihitung' : `${formatNumber(s.composite.value)} (${s.predicate})`],
        ['Peringkat', s.rank === null ? '-' : `${s.rank} dari ${f.scored} OPD`],
        [
          'Capaian kinerja',
          `${pct(s.performance.value)}${s.performance.missing > 0 ? ` (${s.performance.missing} indikator belum ada realisasi terverifikasi)` : ''}`,
        ],
        ['Serapan anggaran', `${pct(s.absorption.ofPlan)} dari rencana penarikan dana; ${pct(s.absorption.ofPagu)} dari pagu`],
        [
          'Aduan SAMBAT',
          s.responsiveness.percent === null
            ? 'tidak ada aduan yang dijawab'
            : `${pct(s.responsiveness.percent)} dijawab tepat waktu (${s.responsiveness.inTime} dari ${s.responsiveness.answered})`,
        ],
        ['Laporan triwulan', s.reportStatus ? STATUS[s.reportStatus] : 'belum dibuka'],
      ]);
      if (s.composite.coverage < 100 && s.composite.value !== null) {
        paragraph(doc, `Skor komposit dihitung dari ${formatNumber(s.composite.coverage)}% bobot yang datanya tersedia.`, { italic: true, size: 9 });
      }
      heading(doc, 'Capaian indikator');
      table(doc, {
        columns: [
          { header: 'Kode', width: 7 },
          { header: 'Indikator', width: 30 },
          { header: 'Satuan', width: 8 },
          { header: 'Target', width: 10, align: 'right' },
          { header: 'Realisasi', width: 10, align: 'right' },
          { header: 'Capaian', width: 9, align: 'right' },
          { header: 'Keterangan', width: 36 },
        ],
        rows: s.indicators.map((i) => [
          i.code,
          i.name,
          i.unit,
          `${formatRange(i.target, i.targetUpper)}${i.yearlyTarget ? ' *' : ''}`,
          figure(i.realization),
          pct(i.achievement.percent),
          i.achievement.explanation.id,
        ]),
      });
      if (s.indicators.some((i) => i.yearlyTarget)) paragraph(doc, '* Triwulan ini tanpa target rencana aksi; target tahunan yang berlaku.', { size: 9 });
      heading(doc, 'Penghargaan dan sanksi');
      if (f.findings.length === 0) paragraph(doc, 'Tidak ada temuan aturan penghargaan atau sanksi pada triwulan ini.');
      else {
        table(doc, {
          columns: [
            { header: 'Temuan', width: 20 },
            { header: 'Status', width: 14 },
            { header: 'Penjelasan', width: 66 },
          ],
          rows: f.findings.map((x) => [x.label, x.status, x.explanation]),
        });
      }
      paragraph(doc, `Dicetak dari Balaikota pada ${formatDateTime(f.printedAt, f.timeZone)}.`, { italic: true, size: 8.5 });
    },
  );
}
