/**
 * Why a complaint photo was refused. All of them are 'unprocessable' (422): the upload arrived
 * whole, but it is not a photo we can publish. Each message tells the citizen what to send instead.
 */
import { AppError } from '../../errors.js';

const ACCEPTED = { id: 'JPEG, PNG atau WebP', en: 'JPEG, PNG or WebP' };

function megabytes(bytes: number, locale: 'id-ID' | 'en'): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));
}

function megapixels(pixels: number, locale: 'id-ID' | 'en'): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(pixels / 1_000_000);
}

export const photoErrors = {
  /** The upload holds no bytes at all (an aborted pick on a phone, usually). */
  empty: () =>
    new AppError('photo.empty', 'unprocessable', {
      id: `Berkas foto kosong. Pilih ulang fotonya (${ACCEPTED.id}) lalu kirim lagi.`,
      en: `The photo file is empty. Choose the photo (${ACCEPTED.en}) again and resend it.`,
    }),

  /** The upload is bigger than the configured limit; `maxBytes` is that limit. */
  tooLarge: (actualBytes: number, maxBytes: number) =>
    new AppError(
      'photo.too_large',
      'unprocessable',
      {
        id: `Foto terlalu besar (${megabytes(actualBytes, 'id-ID')} MB). Batasnya ${megabytes(maxBytes, 'id-ID')} MB: kecilkan resolusi fotonya lalu kirim lagi.`,
        en: `The photo is too large (${megabytes(actualBytes, 'en')} MB). The limit is ${megabytes(maxBytes, 'en')} MB: lower its resolution and send it again.`,
      },
      { actualBytes, maxBytes },
    ),

  /**
   * The content is not JPEG, PNG or WebP. `detected` names what it reads as (e.g. 'PDF', 'HEIC'),
   * or is null when it is nothing we recognise.
   */
  unsupportedType: (detected: string | null) => {
    const what =
      detected === null
        ? { id: 'Berkas ini tidak dikenali sebagai gambar.', en: 'This file is not recognised as an image.' }
        : { id: `Berkas ini terbaca sebagai ${detected}.`, en: `This file reads as ${detected}.` };
    // iPhones save HEIC by default: say how to get a JPEG instead of only saying no.
    const hint =
      detected === 'HEIC' || detected === 'AVIF'
        ? {
            id: ' Di iPhone, pilih Pengaturan > Kamera > Format > Paling Kompatibel, atau kirim tangkapan layarnya.',
            en: ' On an iPhone, choose Settings > Camera > Formats > Most Compatible, or send a screenshot of it.',
          }
        : { id: '', en: '' };
    return new AppError(
      'photo.unsupported_type',
      'unprocessable',
      {
        id: `Berkas foto harus ${ACCEPTED.id}. ${what.id}${hint.id}`,
        en: `The photo must be ${ACCEPTED.en}. ${what.en}${hint.en}`,
      },
      { detected },
    );
  },

  /** The content starts like an accepted image but cannot be read through (cut off, damaged). */
  corrupt: () =>
    new AppError('photo.corrupt', 'unprocessable', {
      id: `Berkas foto rusak atau terpotong, mungkin karena unggahan terputus. Kirim ulang fotonya dalam format ${ACCEPTED.id}.`,
      en: `The photo file is damaged or cut off, perhaps by an interrupted upload. Send the photo again as ${ACCEPTED.en}.`,
    }),

  /** width x height is more than the limit: a decompression bomb or an absurdly large picture. */
  tooManyPixels: (width: number, height: number, maxPixels: number) =>
    new AppError(
      'photo.too_many_pixels',
      'unprocessable',
      {
        id: `Ukuran gambar ${width}x${height} piksel melebihi batas ${megapixels(maxPixels, 'id-ID')} megapiksel. Kecilkan resolusi fotonya lalu kirim lagi.`,
        en: `The image is ${width}x${height} pixels, more than the limit of ${megapixels(maxPixels, 'en')} megapixels. Lower its resolution and send it again.`,
      },
      { width, height, maxPixels },
    ),
};
