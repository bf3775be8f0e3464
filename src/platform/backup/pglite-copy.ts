/**
 * The PGlite side of a backup: PGlite's own copy of its data folder (dumpDataDir), and a new
 * data folder made from such a copy (loadDataDir). Both need the folder to themselves; the data
 * folder lock (db/data-dir-lock.ts) is what keeps a running server out, and so what makes the
 * copy consistent.
 */
import { createWriteStream, existsSync, openAsBlob } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream } from 'node:stream/web';
import { PGlite } from '@electric-sql/pglite';
import { PGLITE_EXTENSIONS as EXTENSIONS } from '../../db/connection.js';
import { type DataDirLock, lockDataDir } from '../../db/data-dir-lock.js';
import { AppError } from '../../errors.js';
import { backupErrors } from './backup.errors.js';
import { type DatabaseContents, describeDatabase, type Query } from './backup.manifest.js';

/** The folder under DATA_DIR where db/connection.ts keeps PGlite's files. */
export function pgliteFolder(dataDir: string): string {
  return path.join(dataDir, 'pglite');
}

/** True when folder holds a PostgreSQL data directory (PG_VERSION is its first file). */
export function holdsPgliteDatabase(folder: string): boolean {
  return existsSync(path.join(folder, 'PG_VERSION'));
}

/** Takes DATA_DIR's lock, or explains that the server must be stopped first. */
export function lockForBackup(dataDir: string): DataDirLock {
  try {
    return lockDataDir(dataDir);
  } catch (error) {
    if (error instanceof AppError && error.code === 'db.data_dir_locked') throw backupErrors.serverRunning(error.text.en);
    throw error;
  }
}

const queryOf =
  (client: PGlite): Query =>
  async <T>(text: string) =>
    (await client.query<T>(text)).rows;

/** Copies the PGlite database in dataDir into file (a tar) and describes the same data. The caller holds the lock. */
export async function dumpPglite(dataDir: string, file: string): Promise<DatabaseContents> {
  const folder = pgliteFolder(dataDir);
  // Opening an empty folder would create a new, empty database in it: refuse instead.
  if (!holdsPgliteDatabase(folder)) throw backupErrors.noPgliteDatabase(folder);
  const client = await PGlite.create(folder, { extensions: EXTENSIONS });
  try {
    // Flushes everything to the data files, so the copy needs no WAL replay when it is opened.
    await client.exec('checkpoint');
    const contents = await describeDatabase(queryOf(client));
    const tarball = await client.dumpDataDir('none');
    await pipeline(Readable.fromWeb(tarball.stream() as ReadableStream), createWriteStream(file));
    return contents;
  } finally {
    await client.close();
  }
}

/**
 * Makes a new PGlite data folder at folder (which must not exist yet) from a dumpDataDir tar,
 * and describes what it holds.
 */
export async function restorePglite(tarFile: string, folder: string): Promise<DatabaseContents> {
  await fs.mkdir(folder, { recursive: true });
  const client = await PGlite.create(folder, { extensions: EXTENSIONS, loadDataDir: await openAsBlob(tarFile) });
  try {
    return await describeDatabase(queryOf(client));
  } finally {
    await client.close();
  }
}
