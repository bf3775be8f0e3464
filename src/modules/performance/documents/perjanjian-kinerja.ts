/**
 * The perjanjian kinerja (PK) of an OPD for a year, in the form OPDs sign every year: the two
 * parties, the commitment, the table of sasaran, indikator and target as its attachment, and the
 * rencana aksi with the quarterly targets. The OPD head is PIHAK PERTAMA, the mayor PIHAK KEDUA.
 */

import {
  fields,
  formatDateTime,
  formatDay,
  formatNumber,
  formatRange,
  newPage,
  paragraph,
  renderPdf,
  type Signatory,
  signatures,
  table,
  titleBlock,
} from '../../../platform/pdf.js';
import type { AgreementFacts, AgreementLine } from './documents.service.js';

const QUARTERS = ['TW I', 'TW II', 'TW III', 'TW IV'];

/** Each target with the number and label of its sasaran, in the order the tables show them. */
function grouped(targets: AgreementLine[]): Array<{ no: string; sasaran: string; target: AgreementLine }> {
  const numbers = new Map<string, number>();
  return targets.map((target) => {
    const key = `${target.goal.code}\u0000${target.goal.title}`;
    if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
    const sasaran = target.goal.code ? `${target.goal.code} - ${target.goal.title}` : target.goal.title;
    return { no: String(numbers.get(key)), sasaran, target };
  });
}

export function perjanjianKinerjaPdf(f: AgreementFacts): Promise<Buffer> {
  const tz = f.city.timeZone;
  const position = `Kepala ${f.opd.name}`;
  const agreedAt = f.approvedAt ?? f.answer.at;
  const rows = grouped(f.targets);
  const title = `PERJANJIAN KINERJA TAHUN ${f.year}`;
  const opdLine = f.opd.name.toUpperCase();
  const parties: Signatory[] = [
    { title: ['PIHAK KEDUA,', f.city.mayor], name: null },
    {
      above: [`${f.city.place}, ${formatDay(agreedAt, tz)}`],
      title: ['PIHAK PERTAMA,', position],
      mark: ['Diterima secara elektronik', formatDateTime(f.answer.at, tz)],
      name: f.head,
    },
  ];
  return renderPdf(
    {
      title: `Perjanjian Kinerja ${f.opd.shortName} ${f.year}`,
      subject: `Perjanjian kinerja dan rencana aksi tahun ${f.year}: ${f.opd.name}`,
      footer: `Perjanjian Kinerja Tahun ${f.year} - ${f.opd.shortName}`,
    },
    (doc) => {
      newPage(doc, 'portrait');
      titleBlock(doc, [title], [opdLine]);
      paragraph(
        doc,
        'Dalam rangka mewujudkan tata kelola pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:',
      );
      fields(doc, [
        ['Nama', f.head],
        ['Jabatan', position],
      ]);
      paragraph(doc, 'selanjutnya disebut PIHAK PERTAMA,');
      fields(doc, [
        ['Nama', '.........................................'],
        ['Jabatan', f.city.mayor],
      ]);
      paragraph(doc, 'selaku atasan PIHAK PERTAMA, selanjutnya disebut PIHAK KEDUA.');
      paragraph(
        doc,
        'PIHAK PERTAMA berjanji mewujudkan target kinerja tahunan yang tercantum dalam lampiran perjanjian ini, sebagai bagian dari pencapaian sasaran jangka menengah dalam dokumen perencanaan daerah. Tercapai atau tidaknya target tersebut menjadi tanggung jawab PIHAK PERTAMA.',
      );
      paragraph(
        doc,
        'PIHAK KEDUA akan memantau dan mengevaluasi capaian kinerja atas perjanjian ini setiap triwulan, serta mengambil langkah yang diperlukan, termasuk memberikan penghargaan dan sanksi.',
      );
      paragraph(
        doc,
        `Target dalam perjanjian ini disepakati melalui lelang kinerja dan diterima PIHAK PERTAMA secara elektronik di Balaikota pada ${formatDateTime(f.answer.at, tz)}${f.approvedAt ? `, dengan persetujuan PIHAK KEDUA atas tawaran baliknya pada ${formatDateTime(f.approvedAt, tz)}` : ''}.`,
      );
      signatures(doc, parties);

      newPage(doc, 'landscape');
      titleBlock(doc, [title], [opdLine]);
      table(doc, {
        columns: [
          { header: 'No', width: 5, align: 'center' },
          { header: 'Sasaran', width: 30 },
          { header: 'Indikator Kinerja', width: 39 },
          { header: 'Satuan', width: 12, align: 'center' },
          { header: `Target ${f.year}`, width: 14, align: 'center' },
        ],
        rows: rows.map((r) => [r.no, r.sasaran, r.target.name, r.target.unit, formatRange(r.target.agreed.target, r.target.agreed.targetUpper)]),
        merge: [0, 1],
      });
      signatures(doc, parties);

      newPage(doc, 'landscape');
      titleBlock(doc, ['RENCANA AKSI', title], [opdLine]);
      table(doc, {
        columns: [
          { header: 'No', width: 4, align: 'center' },
          { header: 'Sasaran', width: 22 },
          { header: 'Indikator Kinerja', width: 30 },
          { header: 'Satuan', width: 9, align: 'center' },
          { header: `Target ${f.year}`, width: 11, align: 'center' },
          ...QUARTERS.map((header) => ({ header, width: 6, align: 'center' as const })),
        ],
        rows: rows.map((r) => [
          r.no,
          r.sasaran,
          r.target.name,
          r.target.unit,
          formatRange(r.target.agreed.target, r.target.agreed.targetUpper),
          ...r.target.quarterly.map((q) => (q === null ? '-' : formatNumber(q))),
        ]),
        merge: [0, 1],
      });
      paragraph(doc, 'Target triwulan (TW) adalah target yang ditawarkan untuk tiap triwulan; tanda "-" berarti triwulan itu tidak bertarget.', {
        size: 9,
        italic: true,
      });
      signatures(doc, [null, parties[1]]);
    },
  );
}
