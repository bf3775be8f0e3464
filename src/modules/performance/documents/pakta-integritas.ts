/**
 * The pakta integritas kesanggupan: the OPD head's written undertaking to reach the targets agreed
 * in the auction. The head accepted in Balaikota, signed in to an account, so the document says
 * when and by which account instead of showing a drawn signature.
 */

import {
  fields,
  formatDateTime,
  formatDay,
  formatRange,
  newPage,
  numbered,
  paragraph,
  renderPdf,
  signatures,
  table,
  titleBlock,
} from '../../../platform/pdf.js';
import type { AgreementFacts } from './documents.service.js';

const PROMISES = [
  'melaksanakan program dan kegiatan perangkat daerah dengan sungguh-sungguh, jujur, transparan, dan akuntabel untuk mencapai target tersebut;',
  'melaporkan realisasi capaian setiap triwulan beserta data dukungnya secara benar dan tepat waktu;',
  'tidak melakukan korupsi, kolusi, dan nepotisme dalam pelaksanaannya;',
  'bersedia dievaluasi dan menerima penghargaan maupun sanksi sesuai ketentuan yang berlaku atas capaian target tersebut.',
];

/** Why the targets are the head's own figures, when the head countered. */
function counterNote(f: AgreementFacts): string | null {
  if (f.answer.kind !== 'counter') return null;
  if (f.approvedAt) {
    return `Target di atas adalah tawaran balik Kepala Perangkat Daerah yang telah disetujui Tim ${f.city.mayor} pada ${formatDateTime(f.approvedAt, f.city.timeZone)}.`;
  }
  return 'Target di atas adalah tawaran balik Kepala Perangkat Daerah yang tidak lebih rendah dari tawaran, sehingga langsung berlaku.';
}

export function paktaIntegritasPdf(f: AgreementFacts): Promise<Buffer> {
  const position = `Kepala ${f.opd.name}`;
  const answeredAt = formatDateTime(f.answer.at, f.city.timeZone);
  const version = f.version > 1 ? ` (versi ${f.version})` : '';
  return renderPdf(
    {
      title: `Pakta Integritas Kesanggupan ${f.opd.shortName} ${f.year}`,
      subject: `Target kinerja tahun ${f.year} yang disanggupi Kepala ${f.opd.name}`,
      footer: `Pakta Integritas Kesanggupan - ${f.opd.shortName} - Tahun ${f.year}${version}`,
    },
    (doc) => {
      newPage(doc, 'portrait');
      titleBlock(doc, ['PAKTA INTEGRITAS KESANGGUPAN'], [`TARGET KINERJA TAHUN ${f.year}`, ...(f.version > 1 ? [`Tawaran Versi ${f.version}`] : [])]);
      paragraph(doc, 'Yang bertanda tangan di bawah ini:');
      fields(doc, [
        ['Nama', f.head],
        ['Jabatan', position],
        ['Perangkat Daerah', `${f.opd.name} (${f.opd.shortName})`],
        ['Tahun Kinerja', String(f.year)],
      ]);
      paragraph(
        doc,
        `dengan ini menyatakan sanggup mencapai target kinerja Tahun ${f.year} yang telah disepakati bersama Tim ${f.city.mayor} melalui lelang kinerja, sebagaimana tercantum dalam tabel berikut:`,
      );
      table(doc, {
        columns: [
          { header: 'No', width: 5, align: 'center' },
          { header: 'Kode', width: 12 },
          { header: 'Indikator Kinerja', width: 49 },
          { header: 'Satuan', width: 14, align: 'center' },
          { header: `Target ${f.year}`, width: 14, align: 'center' },
        ],
        rows: f.targets.map((t, i) => [String(i + 1), t.code, t.name, t.unit, formatRange(t.agreed.target, t.agreed.targetUpper)]),
      });
      const note = counterNote(f);
      if (note) paragraph(doc, note);
      paragraph(doc, 'Untuk itu, saya berjanji akan:');
      numbered(doc, PROMISES);
      paragraph(
        doc,
        `Pakta integritas ini diterima secara elektronik di Balaikota pada ${answeredAt} oleh akun atas nama ${f.head}, sebagai jawaban atas tawaran kinerja ${f.offerId}${version}, sehingga sah tanpa tanda tangan basah.`,
        { italic: true, size: 9 },
      );
      signatures(doc, [
        null,
        {
          above: [`${f.city.place}, ${formatDay(f.answer.at, f.city.timeZone)}`],
          title: ['Yang menyatakan,', position],
          mark: ['Diterima secara elektronik', answeredAt],
          name: f.head,
        },
      ]);
    },
  );
}
