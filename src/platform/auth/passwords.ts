/** Password hashing with argon2id (OWASP's recommended parameters) and the rules for new passwords. */
import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../../errors.js';

const ARGON2ID = 2;
const PARAMS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, PARAMS);
}

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) return false;
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so timing does not reveal it. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword('decoy password that no account has');
  return decoy;
}

export const PASSWORD_MIN_LENGTH = 10;

/** Throws an AppError saying what to fix when a new password is too weak. */
export function assertStrongPassword(password: string, email: string): void {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push('length');
  if (password.length > 200) problems.push('too_long');
  if (password.toLowerCase().includes(email.split('@')[0].toLowerCase())) problems.push('email');
  if (new Set(password).size < 5) problems.push('variety');
  if (problems.length === 0) return;
  throw new AppError(
    'auth.weak_password',
    'invalid',
    {
      id: `Kata sandi harus ${PASSWORD_MIN_LENGTH}-200 karakter, memuat minimal 5 karakter berbeda, dan tidak mengandung nama email Anda.`,
      en: `The password must be ${PASSWORD_MIN_LENGTH}-200 characters, use at least 5 different characters, and not contain your email name.`,
    },
    {
      fields: [
        {
          field: 'password',
          message: { id: 'terlalu lemah', en: 'is too weak' },
        },
      ],
    },
  );
}
