/** Errors of the SMS channel: stable codes, messages the gateway's operator can act on. */
import { AppError } from '../../../errors.js';

export const smsErrors = {
  notConfigured: () =>
    new AppError('sms.not_configured', 'unavailable', {
      id: 'Pengaduan lewat SMS belum diaktifkan di server ini: admin perlu mengisi SMS_WEBHOOK_SECRET.',
      en: 'SMS complaints are not configured on this server: the administrator needs to set SMS_WEBHOOK_SECRET.',
    }),
  badSignature: () =>
    new AppError('sms.bad_signature', 'unauthenticated', {
      id: 'Tanda tangan X-Signature tidak ada atau tidak cocok dengan isi pesan. Periksa kunci webhook di gateway SMS.',
      en: 'The X-Signature header is missing or does not match the body. Check the webhook key set in the SMS gateway.',
    }),
  staleRequest: () =>
    new AppError('sms.stale_request', 'unauthenticated', {
      id: 'X-Timestamp tidak ada atau selisihnya lebih dari 5 menit dari jam server. Periksa jam gateway SMS.',
      en: 'X-Timestamp is missing or more than 5 minutes away from the server clock. Check the SMS gateway clock.',
    }),
  malformedBody: () =>
    new AppError('malformed_body', 'invalid', {
      id: 'Isi permintaan bukan JSON yang sah. Periksa tanda kurung, koma dan tanda kutip.',
      en: 'The request body is not valid JSON. Check its brackets, commas and quotes.',
    }),
};
