/** The text of the mails the org module sends, in the recipient's language. */
import type { MailMessage } from '../../platform/mail/mailer.js';
import { RESET_PAGE_PATH } from './reset-page.js';
import type { UserRow } from './users.repository.js';

export function passwordResetMail(publicUrl: string, user: Pick<UserRow, 'email' | 'name' | 'locale'>, token: string): MailMessage {
  const link = `${publicUrl}${RESET_PAGE_PATH}?token=${encodeURIComponent(token)}`;
  if (user.locale === 'en') {
    return {
      to: user.email,
      subject: 'Reset your Balaikota password',
      text: `Hello ${user.name},\n\nSomeone asked to reset the password of this account. To choose a new password, open this link within an hour:\n\n${link}\n\nIf it was not you, ignore this mail: your password stays as it is.\n\nBalaikota`,
    };
  }
  return {
    to: user.email,
    subject: 'Atur ulang kata sandi Balaikota',
    text: `Halo ${user.name},\n\nAda permintaan untuk mengatur ulang kata sandi akun ini. Untuk membuat kata sandi baru, buka tautan berikut dalam satu jam:\n\n${link}\n\nBila bukan Anda yang meminta, abaikan email ini: kata sandi Anda tidak berubah.\n\nBalaikota`,
  };
}
