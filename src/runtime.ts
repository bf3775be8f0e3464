/**
 * Opening the platform for a command: config checked, secrets loaded, database opened and
 * migrated, reference data present. Shared by the server (main.ts) and the CLI.
 */
import type { Config } from './config.js';
import { type DatabaseHandle, openDatabase } from './db/connection.js';
import { migrateToLatest } from './db/migrator.js';
import { MODULES } from './modules/index.js';
import { seedReferenceDataIfEmpty } from './modules/org/index.js';
import { loadSecrets, type Secrets } from './platform/secrets.js';

export interface Runtime {
  config: Config;
  database: DatabaseHandle;
  secrets: Secrets;
  migrated: string[];
}

/** Opens the configured database and brings its schema up to date. */
export async function openRuntime(config: Config, { migrate = true } = {}): Promise<Runtime> {
  const secrets = loadSecrets(config);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: config.databaseUrl ? undefined : config.dataDir });
  try {
    const migrated = migrate ? await migrateToLatest(database.db, MODULES) : [];
    // A new database gets the city's reference data on its first start.
    if (migrate) await seedReferenceDataIfEmpty({ db: database.db });
    return { config, database, secrets, migrated };
  } catch (error) {
    await database.close();
    throw error;
  }
}
