import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from '../testing/databases.js';

describe.each(DATABASE_KINDS)('values from %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind, { migrate: false });
  });
  afterAll(() => database.dispose());

  it('come back as the same JavaScript types from both drivers', async () => {
    const { rows } = await sql<Record<string, unknown>>`
      select 42::int8 as big, 3.39::numeric(4,2) as score, date '2026-11-22' as day,
             timestamptz '2026-11-22 08:00:00+07' as at, '{"a":[1,2]}'::jsonb as doc, 7::int4 as small`.execute(database.db);
    const row = rows[0];
    expect(row.big).toBe(42);
    expect(row.score).toBe(3.39);
    expect(row.day).toBe('2026-11-22');
    expect(row.at).toBeInstanceOf(Date);
    expect((row.at as Date).toISOString()).toBe('2026-11-22T01:00:00.000Z');
    expect(row.doc).toEqual({ a: [1, 2] });
    expect(row.small).toBe(7);
  });

  it('has pg_trgm, cube and earthdistance once migrated', async () => {
    const migrated = await createTestDatabase(kind);
    try {
      const { rows } = await sql<{ metres: number; similar: number }>`
        select earth_distance(ll_to_earth(-7.9826, 112.6308), ll_to_earth(-7.9826, 112.6408)) as metres,
               similarity('jalan berlubang', 'jalan berlubang besar') as similar`.execute(migrated.db);
      expect(rows[0].metres).toBeGreaterThan(1000);
      expect(rows[0].metres).toBeLessThan(1200);
      expect(rows[0].similar).toBeGreaterThan(0.5);
    } finally {
      await migrated.dispose();
    }
  });
});
