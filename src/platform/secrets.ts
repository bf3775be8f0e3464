/**
 * SESSION_SECRET and ENCRYPTION_KEY: taken from the configuration when set, otherwise generated
 * once into DATA_DIR/secrets.json (mode 0600) so a first start needs no setup. Several processes
 * must share the same values: set them in the environment when running more than one.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { randomToken } from './crypto.js';

export interface Secrets {
  sessionSecret: string;
  encryptionKey: string;
}

export function loadSecrets(config: Config): Secrets {
  if (config.sessionSecret && config.encryptionKey) {
    return { sessionSecret: config.sessionSecret, encryptionKey: config.encryptionKey };
  }
  const file = path.join(config.dataDir, 'secrets.json');
  let stored: Partial<Secrets> = {};
  if (fs.existsSync(file)) stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Secrets>;
  const secrets: Secrets = {
    sessionSecret: config.sessionSecret ?? stored.sessionSecret ?? randomToken(48),
    encryptionKey: config.encryptionKey ?? stored.encryptionKey ?? randomToken(48),
  };
  if (stored.sessionSecret !== secrets.sessionSecret || stored.encryptionKey !== secrets.encryptionKey) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify({ ...stored, ...pickGenerated(config, secrets) }, null, 2)}\n`, { mode: 0o600 });
  }
  return secrets;
}

/** Only values that did not come from the environment are written to disk. */
function pickGenerated(config: Config, secrets: Secrets): Partial<Secrets> {
  return {
    ...(config.sessionSecret ? {} : { sessionSecret: secrets.sessionSecret }),
    ...(config.encryptionKey ? {} : { encryptionKey: secrets.encryptionKey }),
  };
}
