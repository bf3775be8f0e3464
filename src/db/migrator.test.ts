import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { MODULES } from '../modules/index.js';
import { createPostgresDatabase, createTestDatabase, DATABASE_KINDS, TEST_DATABASE_URL } from '../testing/databases.js';
import { openDatabase } from './connection.js';
import { migrateToLatest, pendingMigrations } from './migrator.js';

const migrationCount = MODULES.reduce((n, m) => n + Object.keys(m.migrations).length, 0);

describe.each(DATABASE_KINDS)('migrations on %s', (kind) => {
  it('apply once, then find nothing to do', async () => {
    const database = await createTestDatabase(kind, { migrate: false });
    try {
      expect(await pendingMigrations(database.db, MODULES)).toHaveLength(migrationCount);
      const first = await migrateToLatest(database.db, MODULES);
      expect(first).toHaveLength(migrationCount);
      // Platform first: its extensions and audit log come before any module's tables.
      expect(first[0]).toMatch(/_platform_/);
      expect(await migrateToLatest(database.db, MODULES)).toEqual([]);
      expect(await pendingMigrations(database.db, MODULES)).toEqual([]);
    } finally {
      await database.dispose();
    }
  });
});

describe.skipIf(!TEST_DATABASE_URL)('two processes starting at once on PostgreSQL', () => {
  it('apply each migration exactly once', async () => {
    const { url, drop } = await createPostgresDatabase();
    // Two separate pools stand for two processes: nothing is shared but the server.
    const a = await openDatabase({ databaseUrl: url });
    const b = await openDatabase({ databaseUrl: url });
    try {
      const [fromA, fromB] = await Promise.all([migrateToLatest(a.db, MODULES), migrateToLatest(b.db, MODULES)]);
      expect(fromA.length + fromB.length).toBe(migrationCount);
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from schema_migration`.execute(a.db);
      expect(rows[0].n).toBe(migrationCount);
    } finally {
      await a.close();
      await b.close();
      await drop();
    }
  });
});
