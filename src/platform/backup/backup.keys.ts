/**
 * The keys the data depends on: ENCRYPTION_KEY (NIKs and webhook secrets are encrypted with it)
 * and SESSION_SECRET (session ids are hashed with it). A backup records only their
 * fingerprints, and a restore compares them with the target's, so a restored city hall is not
 * started with keys that cannot read its data.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config.js';
import { hmac } from '../crypto.js';
import type { KeyFingerprints } from './backup.manifest.js';

/** One-way: the fingerprint says whether two keys are the same and nothing about either. */
function fingerprint(key: string | undefined): string | null {
  return key ? hmac(key, 'balaikota backup key fingerprint').slice(0, 16) : null;
}

/**
 * The fingerprints of the keys this configuration uses: from the environment, or else from
 * DATA_DIR/secrets.json. Unlike loadSecrets, this never generates a key.
 */
export function keyFingerprints(config: Config): KeyFingerprints {
  let stored: { sessionSecret?: string; encryptionKey?: string } = {};
  try {
    stored = JSON.parse(fs.readFileSync(path.join(config.dataDir, 'secrets.json'), 'utf8'));
  } catch {
    // No generated keys here (yet): only the environment's count.
  }
  return {
    encryptionKey: fingerprint(config.encryptionKey ?? stored.encryptionKey),
    sessionSecret: fingerprint(config.sessionSecret ?? stored.sessionSecret),
  };
}

/** Warnings for the operator when the target's keys are not those the backup was made with. */
export function keyWarnings(backup: KeyFingerprints, target: KeyFingerprints): string[] {
  const warnings: string[] = [];
  const check = (name: 'ENCRYPTION_KEY' | 'SESSION_SECRET', made: string | null, here: string | null, loss: string) => {
    if (made === null || made === here) return;
    warnings.push(
      `${name} here is ${here === null ? 'not set' : 'not the one the backup was made with'} (its fingerprint must be ${made}). ` +
        `Before starting the server, set ${name} or copy secrets.json from the old DATA_DIR: otherwise ${loss}.`,
    );
  };
  check('ENCRYPTION_KEY', backup.encryptionKey, target.encryptionKey, 'the stored NIKs and webhook secrets cannot be read');
  check('SESSION_SECRET', backup.sessionSecret, target.sessionSecret, 'everyone is signed out');
  return warnings;
}
