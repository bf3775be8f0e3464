/**
 * Opens the one database: PGlite in DATA_DIR by default, PostgreSQL when DATABASE_URL is set.
 * Both drivers are made to return the same JavaScript values for the same SQL types.
 */
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.js';
import { PGliteDialect } from './pglite-driver.js';
import type { Database } from './schema.js';

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  close(): Promise<void>;
}

/** The PGlite extensions our schema uses; whatever opens a PGlite folder must load them. */
export const PGLITE_EXTENSIONS = { pg_trgm, cube, earthdistance };

const OID = { int8: 20, numeric: 1700, date: 1082 } as const;

/**
 * Values that the two drivers would otherwise return differently: int8 (counts, ids) and numeric
 * (scores, money) become numbers; date stays the 'YYYY-MM-DD' text so no time zone can shift it.
 * timestamptz is a Date in both.
 */
const normalisers: Record<number, (value: string) => unknown> = {
  [OID.int8]: (value) => Number(value),
  [OID.numeric]: (value) => Number(value),
  [OID.date]: (value) => value,
};

export interface OpenOptions {
  databaseUrl?: string;
  /** PGlite's folder; undefined opens an in-memory PGlite (tests). */
  pgliteDir?: string;
  poolSize?: number;
}

/** Opens PostgreSQL when a URL is given, else PGlite (in a locked folder, or in memory). */
export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      types: {
        getTypeParser: ((oid: number, format?: string) => normalisers[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
      },
    });
    // An idle client that loses its server must not crash the process; the next query reconnects.
    pool.on('error', () => {});
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }

  const lock = options.pgliteDir ? lockDataDir(options.pgliteDir) : undefined;
  try {
    const client = await PGlite.create(options.pgliteDir ? path.join(options.pgliteDir, 'pglite') : undefined, {
      extensions: PGLITE_EXTENSIONS,
      parsers: normalisers,
    });
    const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
    return {
      db,
      kind: 'pglite',
      close: async () => {
        await db.destroy();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

/** True when the database answers a trivial query. */
export async function isReachable(db: Kysely<Database>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
