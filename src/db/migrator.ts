/**
 * Applies every module's migrations in one global order. Each module names its migrations
 * 'YYYYMMDD_NN_description'; the key here adds the module, so the sorted names follow the order in
 * which migrations were written. Kysely's migrator takes a PostgreSQL advisory lock, so processes
 * starting at once against one server apply each migration exactly once.
 */
import { type Kysely, type Migration, type MigrationResultSet, Migrator, sql } from 'kysely';
import type { ModuleManifest } from '../platform/module.js';
import type { Database } from './schema.js';

/** The migration names this code applies, as the migrator keys them, in the order it applies them. */
export function knownMigrationNames(modules: readonly ModuleManifest[]): string[] {
  return Object.keys(collect(modules)).sort();
}

function collect(modules: readonly ModuleManifest[]): Record<string, Migration> {
  const all: Record<string, Migration> = {};
  for (const mod of modules) {
    for (const [name, migration] of Object.entries(mod.migrations)) {
      if (!/^\d{8}_\d{2}_[a-z0-9_]+$/.test(name)) {
        throw new Error(`Migration "${name}" of module ${mod.name} must be named YYYYMMDD_NN_description`);
      }
      all[`${name.slice(0, 11)}_${mod.name}${name.slice(11)}`] = migration;
    }
  }
  return all;
}

function migratorFor(db: Kysely<Database>, modules: readonly ModuleManifest[]): Migrator {
  const migrations = collect(modules);
  return new Migrator({
    // biome-ignore lint/suspicious/noExplicitAny: migrations work below the typed schema.
    db: db as Kysely<any>,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'schema_migration',
    migrationLockTableName: 'schema_migration_lock',
  });
}

/** Names of applied migrations, or undefined when the migration table does not exist yet. */
async function appliedNames(db: Kysely<Database>): Promise<Set<string> | undefined> {
  const { rows } = await sql<{ exists: boolean }>`select to_regclass('schema_migration') is not null as exists`.execute(db);
  if (!rows[0].exists) return undefined;
  const applied = await sql<{ name: string }>`select name from schema_migration`.execute(db);
  return new Set(applied.rows.map((r) => r.name));
}

/** Applies what is pending; returns the names applied. Throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<Database>, modules: readonly ModuleManifest[]): Promise<string[]> {
  // The common case at every re-start: nothing to do, found with one query instead of the
  // migrator's lock-table round trips.
  const applied = await appliedNames(db);
  if (applied && Object.keys(collect(modules)).every((name) => applied.has(name))) return [];
  const { error, results }: MigrationResultSet = await migratorFor(db, modules).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${failed?.migrationName ?? '(setup)'} failed: ${cause}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Names of the migrations that this code has and the database has not applied. */
export async function pendingMigrations(db: Kysely<Database>, modules: readonly ModuleManifest[]): Promise<string[]> {
  const applied = (await appliedNames(db)) ?? new Set<string>();
  return Object.keys(collect(modules))
    .sort()
    .filter((name) => !applied.has(name));
}
