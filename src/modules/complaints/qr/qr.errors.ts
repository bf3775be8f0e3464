/** Errors of QR places: stable codes, messages an admin can act on. */
import { AppError } from '../../../errors.js';

export const qrErrors = {
  notFound: (code: string) =>
    new AppError('qr_place.not_found', 'not_found', {
      id: `Tempat dengan kode QR "${code}" tidak ditemukan atau sudah tidak aktif.`,
      en: `No active place has the QR code "${code}".`,
    }),
  codeTaken: (code: string) =>
    new AppError(
      'qr_place.code_taken',
      'conflict',
      {
        id: `Kode "${code}" sudah dipakai tempat lain. Kode tercetak di poster, jadi pilih kode lain.`,
        en: `The code "${code}" is already used by another place. Codes are printed on posters, so choose another.`,
      },
      { fields: [{ field: 'code', message: { id: 'sudah dipakai', en: 'is already used' } }] },
    ),
  unknownCategory: (code: string) =>
    new AppError(
      'complaint.unknown_category',
      'invalid',
      {
        id: `Kategori "${code}" tidak dikenal atau tidak aktif. Pilih kategori dari daftar.`,
        en: `The category "${code}" is unknown or inactive. Choose one from the list.`,
      },
      { fields: [{ field: 'categoryCode', message: { id: 'tidak dikenal', en: 'is unknown' } }] },
    ),
};
