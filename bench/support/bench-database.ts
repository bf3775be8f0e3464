/** A fresh, migrated and seeded database for one benchmark run: a PGlite folder or a new PostgreSQL database. */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { openDatabase } from '../../src/db/connection.js';
import { migrateToLatest } from '../../src/db/migrator.js';
import type { Database } from '../../src/db/schema.js';
import { MODULES } from '../../src/modules/index.js';
import { seedAll } from '../../src/runtime.js';

export const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchDatabase {
  /** The environment that points the server at this database. */
  env: Record<string, string>;
  cleanup: () => Promise<void>;
}

/** Makes the database, migrates and seeds it, lets `fill` add the benchmark's data, and closes it for the server to open. */
export async function prepareDatabase(kind: string, fill: (db: Kysely<Database>) => Promise<void>): Promise<BenchDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-bench-'));
  let url: string | undefined;
  let drop = async () => {};
  if (kind === 'postgres') {
    const name = `bk_bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: SERVER_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const u = new URL(SERVER_URL);
    u.pathname = `/${name}`;
    url = u.toString();
    drop = async () => {
      const c = new pg.Client({ connectionString: SERVER_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  }
  const handle = await openDatabase(url ? { databaseUrl: url } : { pgliteDir: dataDir });
  try {
    await migrateToLatest(handle.db, MODULES);
    await seedAll(handle.db, MODULES);
    await fill(handle.db);
  } finally {
    await handle.close();
  }
  return {
    env: { DATA_DIR: dataDir, ...(url ? { DATABASE_URL: url } : {}) },
    cleanup: async () => {
      await drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
