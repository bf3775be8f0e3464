/**
 * The SMS channel's pure rules: what a message asks for, the replies it gets, and the check of the
 * gateway's signature. No database, no clock of its own: the caller passes the time.
 */
import { createHmac } from 'node:crypto';
import { safeEqual } from '../../../platform/crypto.js';
import { smsErrors } from './sms.errors.js';

/** Content shorter than this tells the desk nothing it could act on. */
export const MIN_CONTENT = 10;
/** The complaint form's own limit for a description. */
export const MAX_CONTENT = 4000;
/** A replayed request older or newer than this is refused. */
export const MAX_CLOCK_SKEW_SECONDS = 300;
/** One SMS segment in the GSM 7-bit alphabet; longer replies cost the city two. */
export const SMS_SEGMENT = 160;

export const HELP_REPLY = 'Format: SAMBAT <isi aduan>. Contoh: SAMBAT Lampu jalan mati di Jl. Ijen depan no. 25';

/** Where a complaint filed by SMS is, when the message cannot say: the desk pins it later. */
export const SMS_NO_LOCATION = 'Lokasi tidak disebutkan (SMS)';

export type ParsedSms = { kind: 'complaint'; content: string } | { kind: 'help' };

// The keyword must stand alone: "SAMBATAN ..." is not a complaint. People often type a colon.
const KEYWORD = /^sambat(?:[\s:]+|$)/i;

/** Reads "SAMBAT <isi aduan>" (keyword in any case, any whitespace); anything else asks for help. */
export function parseSms(text: string): ParsedSms {
  const trimmed = text.trim();
  const match = KEYWORD.exec(trimmed);
  if (!match) return { kind: 'help' };
  // Phones break long messages with line feeds and double spaces; one space reads the same.
  const content = trimmed.slice(match[0].length).replace(/\s+/g, ' ').trim();
  if (content.length < MIN_CONTENT) return { kind: 'help' };
  return { kind: 'complaint', content: content.slice(0, MAX_CONTENT) };
}

/** The receipt for a filed complaint, in one SMS segment when the public address allows. */
export function filedReply(publicUrl: string, trackingNo: string): string {
  const link = `${publicUrl}/lacak/${trackingNo}`;
  const full = `Aduan Anda diterima dengan nomor ${trackingNo}. Lacak di ${link}`;
  if (full.length <= SMS_SEGMENT) return full;
  const short = `Aduan diterima: ${trackingNo}. Lacak di ${link}`;
  // A very long address still goes out whole: a receipt without its link helps nobody track.
  return short.length <= SMS_SEGMENT ? short : full;
}

/**
 * The X-Signature value the gateway sends: "sha256=" and the hex HMAC-SHA256 of "<X-Timestamp>.<raw
 * body>". The timestamp is signed too, so a captured message cannot be replayed with a fresh one.
 */
export function signBody(secret: string, timestamp: string, body: Buffer | string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex')}`;
}

/** Throws unless the timestamp is within five minutes of now and the signature matches it and the raw body. */
export function verifySignature(
  secret: string,
  headers: { signature: string | string[] | undefined; timestamp: string | string[] | undefined },
  body: Buffer,
  now: Date,
): void {
  const timestamp = typeof headers.timestamp === 'string' ? headers.timestamp.trim() : '';
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(now.getTime() / 1000 - Number(timestamp)) > MAX_CLOCK_SKEW_SECONDS) {
    throw smsErrors.staleRequest();
  }
  const signature = typeof headers.signature === 'string' ? headers.signature.trim().toLowerCase() : '';
  // Constant-time: an attacker learns nothing from how long a wrong guess takes.
  if (!signature.startsWith('sha256=') || !safeEqual(signature, signBody(secret, timestamp, body))) throw smsErrors.badSignature();
}
