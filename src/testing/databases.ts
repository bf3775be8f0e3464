/**
 * Test databases: every database test runs on an in-memory PGlite, and also on PostgreSQL when
 * TEST_DATABASE_URL is set. Each call gets a database of its own, migrated and empty, so test files
 * never see each other's rows.
 */
import { type DatabaseHandle, type DatabaseKind, openDatabase } from '../db/connection.js';
import { migrateToLatest } from '../db/migrator.js';
import { MODULES } from '../modules/index.js';
import { createScratchDatabase } from './scratch-database.js';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

/** The database kinds this run covers: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const DATABASE_KINDS: DatabaseKind[] = TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/** Creates a fresh, empty PostgreSQL database on the test server and returns its URL and a dropper. */
export async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set');
  return createScratchDatabase(TEST_DATABASE_URL, 'bk_test');
}

export interface TestDatabase extends DatabaseHandle {
  /** Closes the connection and removes the database. */
  dispose(): Promise<void>;
  url?: string;
}

/** Opens a new, migrated database of the given kind. */
export async function createTestDatabase(kind: DatabaseKind, { migrate = true } = {}): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const handle = await openDatabase({});
    if (migrate) await migrateToLatest(handle.db, MODULES);
    return { ...handle, dispose: () => handle.close() };
  }
  const { url, drop } = await createPostgresDatabase();
  const handle = await openDatabase({ databaseUrl: url, poolSize: 5 });
  if (migrate) await migrateToLatest(handle.db, MODULES);
  return {
    ...handle,
    url,
    dispose: async () => {
      await handle.close();
      await drop();
    },
  };
}
