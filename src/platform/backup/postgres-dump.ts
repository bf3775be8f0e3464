/**
 * The PostgreSQL side of a backup, done by PostgreSQL's own tools so that the dump is one any
 * PostgreSQL operator can read and restore by hand: pg_dump's custom format out, pg_restore in.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import pg from 'pg';
import { backupErrors } from './backup.errors.js';
import { type DatabaseContents, describeDatabase, type Query } from './backup.manifest.js';

/**
 * The client tools take the password from the environment rather than the command line, where
 * any user of the machine could read it in the process list.
 */
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return {
    dbname: parsed.toString(),
    // Notices (such as DROP ... CASCADE listing what it dropped) would bury a real error.
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}), PGOPTIONS: '-c client_min_messages=warning' },
  };
}

/** Runs a PostgreSQL client tool to completion; its error output becomes the message. */
function run(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4000);
    });
    child.on('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? backupErrors.toolMissing(tool) : error));
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(backupErrors.toolFailed(tool, stderr.trim() || `exit ${code ?? signal}`));
    });
  });
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const queryOf =
  (client: pg.Client): Query =>
  async <T>(text: string) =>
    (await client.query(text)).rows as T[];

/**
 * Dumps the database at url into file (pg_dump's custom format) and describes the same data.
 * Live is fine: the row counts are read in a snapshot that pg_dump then adopts (--snapshot), so
 * the manifest and the dump agree to the row however busy the server is.
 */
export async function dumpPostgres(url: string, file: string): Promise<DatabaseContents> {
  return withClient(url, async (client) => {
    await client.query('begin isolation level repeatable read read only');
    try {
      const { rows } = await client.query<{ id: string }>('select pg_export_snapshot() as id');
      const contents = await describeDatabase(queryOf(client));
      const { dbname, env } = connection(url);
      await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--snapshot=${rows[0].id}`, `--file=${file}`, `--dbname=${dbname}`], env);
      return contents;
    } finally {
      await client.query('commit');
    }
  });
}

/** Names of the tables in schema public: any means the database is not empty. */
export async function postgresTables(url: string): Promise<string[]> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ name: string }>(
      `select table_name as name from information_schema.tables where table_schema = 'public' order by table_name collate "C"`,
    );
    return rows.map((r) => r.name);
  });
}

export async function describePostgres(url: string): Promise<DatabaseContents> {
  return withClient(url, (client) => describeDatabase(queryOf(client)));
}

/**
 * pg_dump's script empties search_path so that every name resolves only as written. earthdistance
 * before version 1.2 (PostgreSQL 17 and older) breaks under that: ll_to_earth, which the
 * complaint_open_place index uses, names its type 'earth' unqualified, and the CREATE INDEX fails
 * with 'type "earth" does not exist'. The restore therefore searches pg_catalog and public (the
 * target is empty or wiped, so nothing in public can shadow what the dump means). The line is
 * overwritten in place with one of the same length: the script may be large, the line is near its top.
 */
const EMPTY_SEARCH_PATH = "SELECT pg_catalog.set_config('search_path', '', false);";
const RESTORE_SEARCH_PATH = 'SET search_path = pg_catalog, public;'.padEnd(EMPTY_SEARCH_PATH.length, ' ');

async function widenSearchPath(sqlFile: string): Promise<void> {
  const handle = await fs.open(sqlFile, 'r+');
  try {
    const head = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const at = head.subarray(0, bytesRead).indexOf(EMPTY_SEARCH_PATH);
    if (at >= 0) await handle.write(RESTORE_SEARCH_PATH, at, 'utf8');
  } finally {
    await handle.close();
  }
}

/**
 * Restores a custom-format dump into the database at url, all in one transaction: pg_restore
 * turns the dump into SQL (failing on a damaged dump before anything is sent), and psql runs that
 * SQL with --single-transaction, stopping at the first error. With replace, schema public is
 * dropped and recreated first inside the same transaction, so a restore that fails leaves the old
 * data as it was.
 */
export async function restorePostgres(url: string, dumpFile: string, sqlFile: string, { replace }: { replace: boolean }): Promise<void> {
  const { dbname, env } = connection(url);
  await run('pg_restore', ['--no-owner', '--no-privileges', `--file=${sqlFile}`, dumpFile], env);
  await widenSearchPath(sqlFile);
  const wipe = replace ? ['--command=drop schema public cascade; create schema public;'] : [];
  await run('psql', ['--no-psqlrc', '--quiet', '--single-transaction', '--set=ON_ERROR_STOP=1', ...wipe, `--file=${sqlFile}`, `--dbname=${dbname}`], env);
}
