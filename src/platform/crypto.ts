/**
 * Small cryptographic helpers: random tokens, keyed hashes for stored tokens, and AES-256-GCM for
 * personal data kept at rest (NIK, under UU 27/2022).
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function hmac(secret: string, value: string): string {
  return createHmac('sha256', secret).update(value).digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function aesKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'balaikota', 'personal-data-v1', 32));
}

/** Encrypts with AES-256-GCM; the output carries a version, the nonce and the tag. */
export function encryptField(secret: string, plaintext: string): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', aesKey(secret), nonce);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', nonce.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
}

export function decryptField(secret: string, stored: string): string {
  const [version, nonce, tag, body] = stored.split('.');
  if (version !== 'v1' || !nonce || !tag || body === undefined) throw new Error('Unknown encrypted field format');
  const decipher = createDecipheriv('aes-256-gcm', aesKey(secret), Buffer.from(nonce, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}
