/** The auction's errors. */
import { AppError } from '../../errors.js';

export const auctionErrors = {
  notFound: () =>
    new AppError('performance.offer_not_found', 'not_found', { id: 'Tawaran kinerja tidak ditemukan.', en: 'The performance offer was not found.' }),
  notAYear: () =>
    new AppError(
      'performance.offer_needs_year',
      'invalid',
      { id: 'Tawaran kinerja dibuat untuk satu tahun: pilih periode tahunan.', en: 'An offer is made for one year: choose a yearly period.' },
      { fields: [{ field: 'periodId', message: { id: 'bukan periode tahunan', en: 'is not a yearly period' } }] },
    ),
  indicatorNotOffered: (id: string) =>
    new AppError(
      'performance.indicator_not_offered',
      'invalid',
      {
        id: `Indikator ${id} bukan milik OPD ini atau bukan dari periode ini.`,
        en: `Indicator ${id} does not belong to this OPD or to this period.`,
      },
      { fields: [{ field: 'targets', message: { id: 'indikator tidak sesuai', en: 'indicator does not fit' } }] },
    ),
  rangeNeedsUpper: (id: string) =>
    new AppError(
      'performance.range_needs_upper',
      'invalid',
      {
        id: `Indikator ${id} bertarget rentang: isi targetUpper tidak kurang dari target.`,
        en: `Indicator ${id} has a range target: give targetUpper, not below target.`,
      },
      { fields: [{ field: 'targets', message: { id: 'rentang tidak lengkap', en: 'range incomplete' } }] },
    ),
  alreadyOffered: () =>
    new AppError('performance.already_offered', 'conflict', {
      id: 'OPD ini sudah menerima tawaran untuk tahun ini. Ubah tawaran itu dengan amandemen.',
      en: 'This OPD already has an offer for this year. Change it with an amendment.',
    }),
  notOpen: (status: string) =>
    new AppError('performance.offer_not_open', 'conflict', {
      id: `Tawaran ini berstatus ${status}; jawaban sudah tercatat dan tidak dapat diubah.`,
      en: `This offer is ${status}; its answer is recorded and cannot change.`,
    }),
  deadlinePassed: (deadline: string) =>
    new AppError('performance.deadline_passed', 'conflict', {
      id: `Batas waktu menjawab (${deadline}) sudah lewat. Minta amandemen dengan batas waktu baru.`,
      en: `The deadline to answer (${deadline}) has passed. Ask for an amendment with a new deadline.`,
    }),
  counterMismatch: () =>
    new AppError(
      'performance.counter_mismatch',
      'invalid',
      { id: 'Tawaran balik harus memuat setiap indikator yang ditawarkan, sekali saja.', en: 'A counter-offer must name every offered indicator, once each.' },
      { fields: [{ field: 'targets', message: { id: 'tidak sesuai tawaran', en: 'does not match the offer' } }] },
    ),
  notAwaitingApproval: (status: string) =>
    new AppError('performance.not_awaiting_approval', 'conflict', {
      id: `Tawaran ini berstatus ${status}, tidak menunggu persetujuan.`,
      en: `This offer is ${status}, not awaiting approval.`,
    }),
  superseded: () =>
    new AppError('performance.offer_superseded', 'conflict', {
      id: 'Tawaran ini sudah diganti oleh versi yang lebih baru.',
      en: 'This offer has been replaced by a newer version.',
    }),
};
