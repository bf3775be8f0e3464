/** The complaints module's errors: stable codes, messages a citizen or officer can act on. */
import { AppError } from '../../errors.js';

export const complaintErrors = {
  reporterLimit: (max: number, retryAfterSeconds: number) =>
    new AppError(
      'complaint.reporter_limit',
      'too_many',
      {
        id: `Anda sudah mengirim ${max} aduan dalam satu jam ini. Coba lagi dalam ${Math.ceil(retryAfterSeconds / 60)} menit, atau dukung aduan yang sudah ada.`,
        en: `You have already filed ${max} complaints this hour. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes, or support an existing complaint.`,
      },
      { retryAfterSeconds },
    ),
  notFound: (ref: string) =>
    new AppError('complaint.not_found', 'not_found', {
      id: `Aduan ${ref} tidak ditemukan. Periksa nomor pelacakan Anda.`,
      en: `Complaint ${ref} was not found. Check the tracking number.`,
    }),
  unknownCategory: (ref: string) =>
    new AppError(
      'complaint.unknown_category',
      'invalid',
      {
        id: `Kategori "${ref}" tidak dikenal atau tidak aktif. Pilih kategori dari daftar.`,
        en: `The category "${ref}" is unknown or inactive. Choose one from the list.`,
      },
      { fields: [{ field: 'category', message: { id: 'tidak dikenal', en: 'is unknown' } }] },
    ),
  locationRequired: () =>
    new AppError(
      'complaint.location_required',
      'invalid',
      {
        id: 'Lokasi wajib diisi: pilih titik di peta, gunakan lokasi Anda, tulis alamat, atau unggah foto yang menyimpan lokasi.',
        en: 'A location is required: set a pin on the map, use your location, write an address, or upload a photo that carries its position.',
      },
      { fields: [{ field: 'location', message: { id: 'wajib diisi', en: 'is required' } }] },
    ),
  unknownQrPlace: (code: string) =>
    new AppError(
      'complaint.unknown_place',
      'invalid',
      { id: `Tempat dengan kode QR "${code}" tidak dikenal.`, en: `No place has the QR code "${code}".` },
      { fields: [{ field: 'location.qrPlace', message: { id: 'tidak dikenal', en: 'is unknown' } }] },
    ),
  notReporter: () =>
    new AppError('complaint.not_reporter', 'forbidden', {
      id: 'Hanya pelapor yang dapat melakukan ini. Gunakan kode rahasia dari tanda terima aduan Anda, atau masuk dengan akun yang melaporkannya.',
      en: 'Only the reporter can do this. Use the secret code from your receipt, or sign in with the account that filed it.',
    }),
  opdRequired: () =>
    new AppError(
      'complaint.opd_required',
      'invalid',
      { id: 'Pilih OPD yang akan menangani aduan ini.', en: 'Choose the OPD that will handle this complaint.' },
      { fields: [{ field: 'opdId', message: { id: 'wajib diisi', en: 'is required' } }] },
    ),
  unknownOpd: (id: string) =>
    new AppError(
      'complaint.unknown_opd',
      'invalid',
      { id: `OPD ${id} tidak dikenal.`, en: `OPD ${id} is not known.` },
      { fields: [{ field: 'opdId', message: { id: 'tidak dikenal', en: 'is unknown' } }] },
    ),
  duplicateTarget: () =>
    new AppError(
      'complaint.duplicate_target',
      'invalid',
      {
        id: 'Aduan asli untuk duplikat tidak ditemukan atau sama dengan aduan ini.',
        en: 'The original for this duplicate was not found, or is this complaint itself.',
      },
      { fields: [{ field: 'duplicateOf', message: { id: 'tidak valid', en: 'is not valid' } }] },
    ),
  reopenWindowPassed: () =>
    new AppError('complaint.reopen_window_passed', 'conflict', {
      id: 'Batas waktu untuk membuka kembali aduan ini sudah lewat. Silakan sampaikan aduan baru.',
      en: 'The time to reopen this complaint has passed. Please file a new complaint.',
    }),
  cannotForward: (configured: boolean) =>
    new AppError(
      'complaint.cannot_forward',
      'invalid',
      configured
        ? {
            id: 'Hanya aduan yang bukan wewenang kota yang dapat diteruskan ke SP4N-LAPOR!.',
            en: 'Only complaints outside the city\u2019s authority can be forwarded to SP4N-LAPOR!.',
          }
        : {
            id: 'Penerusan ke SP4N-LAPOR! belum diaktifkan (LAPOR_URL belum diatur).',
            en: 'Forwarding to SP4N-LAPOR! is not turned on (LAPOR_URL is not set).',
          },
      { fields: [{ field: 'forwardToLapor', message: { id: 'tidak dapat dipakai di sini', en: 'cannot be used here' } }] },
    ),
  notPublic: (ref: string) =>
    new AppError('complaint.not_found', 'not_found', {
      id: `Aduan ${ref} tidak ditemukan. Periksa nomor pelacakan Anda.`,
      en: `Complaint ${ref} was not found. Check the tracking number.`,
    }),
};
