/** The org module's errors, each with a stable code and a message a person can act on. */
import { AppError } from '../../errors.js';

export const orgErrors = {
  badCredentials: () =>
    new AppError('auth.bad_credentials', 'unauthenticated', {
      id: 'Email atau kata sandi salah.',
      en: 'The email or password is wrong.',
    }),
  accountLocked: (retryAfterSeconds: number) =>
    new AppError(
      'auth.locked',
      'too_many',
      {
        id: `Akun dikunci sementara karena terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${Math.ceil(retryAfterSeconds / 60)} menit atau atur ulang kata sandi.`,
        en: `The account is locked for now after too many failed sign-ins. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes or reset the password.`,
      },
      { retryAfterSeconds },
    ),
  ipThrottled: (retryAfterSeconds: number) =>
    new AppError(
      'auth.throttled',
      'too_many',
      {
        id: 'Terlalu banyak percobaan masuk yang gagal dari alamat ini. Tunggu sebentar lalu coba lagi.',
        en: 'Too many failed sign-ins from this address. Wait a while and try again.',
      },
      { retryAfterSeconds },
    ),
  wrongCurrentPassword: () =>
    new AppError(
      'auth.wrong_password',
      'invalid',
      { id: 'Kata sandi saat ini salah.', en: 'The current password is wrong.' },
      { fields: [{ field: 'currentPassword', message: { id: 'salah', en: 'is wrong' } }] },
    ),
  resetTokenInvalid: () =>
    new AppError('auth.reset_invalid', 'invalid', {
      id: 'Tautan atur ulang kata sandi tidak valid, sudah dipakai, atau kedaluwarsa. Minta tautan baru.',
      en: 'The password reset link is invalid, used or expired. Ask for a new one.',
    }),
  userNotFound: (id: string) => new AppError('user.not_found', 'not_found', { id: `Pengguna ${id} tidak ditemukan.`, en: `User ${id} was not found.` }),
  emailTaken: (email: string) =>
    new AppError(
      'user.email_taken',
      'conflict',
      { id: `Email ${email} sudah dipakai akun lain.`, en: `The email ${email} is already used by another account.` },
      { fields: [{ field: 'email', message: { id: 'sudah dipakai', en: 'is already used' } }] },
    ),
  invalidNik: () =>
    new AppError(
      'user.invalid_nik',
      'invalid',
      { id: 'NIK harus 16 digit angka.', en: 'The NIK must be 16 digits.' },
      { fields: [{ field: 'nik', message: { id: 'harus 16 digit angka', en: 'must be 16 digits' } }] },
    ),
  roleNeedsOpd: (role: string) =>
    new AppError(
      'role.needs_opd',
      'invalid',
      { id: `Peran ${role} harus terikat pada satu OPD; isi opdId.`, en: `The role ${role} must be scoped to one OPD; give an opdId.` },
      { fields: [{ field: 'opdId', message: { id: 'wajib untuk peran ini', en: 'is required for this role' } }] },
    ),
  opdNotFound: (id: string) => new AppError('opd.not_found', 'not_found', { id: `OPD ${id} tidak ditemukan.`, en: `OPD ${id} was not found.` }),
  grantExists: () => new AppError('role.exists', 'conflict', { id: 'Pengguna sudah memiliki peran ini.', en: 'The user already has this role.' }),
  grantNotFound: (id: string) =>
    new AppError('role.not_found', 'not_found', { id: `Peran ${id} tidak ditemukan pada pengguna ini.`, en: `Role grant ${id} was not found on this user.` }),
  lastAdmin: () =>
    new AppError('user.last_admin', 'conflict', {
      id: 'Ini admin aktif terakhir; tambahkan admin lain terlebih dahulu.',
      en: 'This is the last active admin; add another admin first.',
    }),
  tokenNotFound: (id: string) =>
    new AppError('token.not_found', 'not_found', {
      id: `Token ${id} tidak ditemukan atau sudah dicabut.`,
      en: `Token ${id} was not found or is already revoked.`,
    }),
};
