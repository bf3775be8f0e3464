/** Errors of scores, settings, rule results and publication: codes and messages the mayor's team can act on. */
import { AppError, type LocalizedText } from '../../errors.js';

const invalidSetting = (field: string, text: LocalizedText) =>
  new AppError('performance.invalid_settings', 'invalid', text, { fields: [{ field, message: text }] });

export const scoreErrors = {
  invalidSetting,
  notAYear: () =>
    new AppError('performance.not_a_year', 'invalid', {
      id: 'Skor dihitung per tahun: pilih periode tahunan, bukan RPJMD.',
      en: 'Scores are per year: choose a yearly period, not an RPJMD.',
    }),
  resultNotFound: () =>
    new AppError('performance.rule_result_not_found', 'not_found', { id: 'Hasil aturan tidak ditemukan.', en: 'The rule result was not found.' }),
  alreadyDecided: (status: string) =>
    new AppError('performance.rule_result_decided', 'conflict', {
      id: `Hasil aturan ini sudah diputuskan (${status === 'confirmed' ? 'dikukuhkan' : 'dikesampingkan'}); keputusan tidak dapat diubah.`,
      en: `This rule result has been decided already (${status}); a decision cannot be changed.`,
    }),
  waiveNeedsReason: () =>
    new AppError(
      'performance.waive_needs_reason',
      'invalid',
      { id: 'Tuliskan alasan mengesampingkan hasil ini.', en: 'Give the reason for waiving this result.' },
      { fields: [{ field: 'reason', message: { id: 'wajib diisi', en: 'required' } }] },
    ),
  publishNeedsConfirmation: (status: string) =>
    new AppError('performance.publish_needs_confirmation', 'conflict', {
      id: `Hanya hasil yang sudah dikukuhkan yang dapat dipublikasikan; status sekarang: ${status}.`,
      en: `Only a confirmed result can be published; it is ${status}.`,
    }),
  nothingToPublish: () =>
    new AppError('performance.nothing_to_publish', 'conflict', {
      id: 'Belum ada skor untuk triwulan ini: belum ada laporan terverifikasi, serapan anggaran, atau jawaban aduan.',
      en: 'There are no scores for this quarter yet: no verified report, budget absorption or complaint answers.',
    }),
  notPublished: () =>
    new AppError('performance.not_published', 'not_found', {
      id: 'Skor triwulan ini belum dipublikasikan.',
      en: 'The scores of this quarter have not been published.',
    }),
};
