/**
 * Opening the platform for a command: config checked, secrets loaded, database opened and
 * migrated, reference data present. Shared by the server (main.ts) and the CLI.
 */

import type { Kysely } from 'kysely';
import type { Config } from './config.js';
import { type DatabaseHandle, openDatabase } from './db/connection.js';
import type { Database } from './db/schema.js';
import type { ModuleManifest } from './platform/module.js';
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
  // PGlite compiles its WebAssembly off the main thread: start opening it, then load the modules'
  // code meanwhile. This is what keeps a re-start on PGlite under two seconds.
  const opening = openDatabase({
    databaseUrl: config.databaseUrl,
    pgliteDir: config.databaseUrl ? undefined : config.dataDir,
    poolSize: config.databasePoolSize,
  });
  const [{ MODULES }, { migrateToLatest }] = await Promise.all([import('./modules/index.js'), import('./db/migrator.js')]).catch(async (error) => {
    await opening.then((db) => db.close()).catch(() => undefined);
    throw error;
  });
  const database = await opening;
  try {
    const migrated = migrate ? await migrateToLatest(database.db, MODULES) : [];
    // A new database gets the city's reference data on its first start, and an upgraded one the
    // reference data of what the upgrade added; seeds only insert what is missing.
    if (migrated.length > 0) await seedAll(database.db, MODULES);
    return { config, database, secrets, migrated };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Runs every module's reference-data seed, in module order. */
export async function seedAll(db: Kysely<Database>, modules: readonly ModuleManifest[]): Promise<void> {
  for (const mod of modules) await mod.seed?.(db);
}
