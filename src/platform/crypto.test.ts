import { describe, expect, it } from 'vitest';
import { decryptField, encryptField } from './crypto.js';

describe('personal data encryption', () => {
  const key = 'a-secret-of-at-least-thirty-two-characters';

  it('round-trips and never stores the plaintext', () => {
    const stored = encryptField(key, '3573051234567890');
    expect(stored).not.toContain('3573051234567890');
    expect(decryptField(key, stored)).toBe('3573051234567890');
  });

  it('gives a different ciphertext each time (fresh nonce)', () => {
    expect(encryptField(key, 'x')).not.toBe(encryptField(key, 'x'));
  });

  it('refuses a tampered value or a wrong key', () => {
    const stored = encryptField(key, '3573051234567890');
    const parts = stored.split('.');
    parts[3] = Buffer.from('tampered').toString('base64url');
    expect(() => decryptField(key, parts.join('.'))).toThrow();
    expect(() => decryptField('another-secret-of-thirty-two-characters!!', stored)).toThrow();
  });
});
