/**
 * `balaikota backup FILE`: the database and the uploads in one file, with a manifest that lets a
 * restore prove it got everything back. PostgreSQL may be backed up while the servers run;
 * PGlite only while no server holds its data folder.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../config.js';
import type { DatabaseKind } from '../../db/connection.js';
import { packArchive } from './backup.archive.js';
import { backupErrors } from './backup.errors.js';
import { listUploads, removeStaging, snapshotUploads } from './backup.files.js';
import { keyFingerprints } from './backup.keys.js';
import { DATABASE_PART, FORMAT, FORMAT_VERSION, MANIFEST_FILE, type Manifest, UPLOADS_DIR } from './backup.manifest.js';
import { dumpPglite, holdsPgliteDatabase, lockForBackup, pgliteFolder } from './pglite-copy.js';
import { dumpPostgres } from './postgres-dump.js';

export function databaseKindOf(config: Config): DatabaseKind {
  return config.databaseUrl ? 'postgres' : 'pglite';
}

/** Writes a backup of the configured database and DATA_DIR/uploads to file; returns its manifest. */
export async function createBackup(config: Config, file: string): Promise<Manifest> {
  const target = path.resolve(file);
  const kind = databaseKindOf(config);
  // Before taking the lock, which would create DATA_DIR: a wrong DATA_DIR should change nothing.
  if (kind === 'pglite' && !holdsPgliteDatabase(pgliteFolder(config.dataDir))) throw backupErrors.noPgliteDatabase(pgliteFolder(config.dataDir));
  await fs.mkdir(config.dataDir, { recursive: true });
  const lock = kind === 'pglite' ? lockForBackup(config.dataDir) : undefined;
  // Inside DATA_DIR, so that the uploads can be hard-linked (same file system) rather than copied.
  const staging = await fs.mkdtemp(path.join(config.dataDir, '.backup-'));
  try {
    const databaseFile = path.join(staging, DATABASE_PART[kind]);
    const contents = config.databaseUrl ? await dumpPostgres(config.databaseUrl, databaseFile) : await dumpPglite(config.dataDir, databaseFile);
    // After the database: a file the dump refers to was uploaded before the dump began.
    await snapshotUploads(path.join(config.dataDir, UPLOADS_DIR), path.join(staging, UPLOADS_DIR));
    const manifest: Manifest = {
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      database: kind === 'postgres' ? { kind, file: DATABASE_PART.postgres } : { kind, file: DATABASE_PART.pglite },
      migrations: contents.migrations,
      tables: contents.tables,
      unloggedTables: contents.unloggedTables,
      uploads: await listUploads(path.join(staging, UPLOADS_DIR)),
      keys: keyFingerprints(config),
    };
    await fs.writeFile(path.join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await packArchive(staging, [DATABASE_PART[kind], UPLOADS_DIR], target);
    return manifest;
  } finally {
    try {
      await removeStaging(staging);
    } finally {
      lock?.release();
    }
  }
}
