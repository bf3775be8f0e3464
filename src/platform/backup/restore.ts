/**
 * `balaikota restore FILE [--force]`: puts a backup back into the configured database and
 * DATA_DIR/uploads. Everything that can be checked before the target changes is checked first
 * (the archive, the manifest, the schema version, every upload's checksum, an empty target); the
 * row counts are checked against the manifest after the database part is restored.
 */

import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../config.js';
import { knownMigrationNames } from '../../db/migrator.js';
import type { ModuleManifest } from '../module.js';
import { unpackArchive } from './backup.archive.js';
import { backupErrors } from './backup.errors.js';
import { isEmptyOrMissing, listUploads, removeStaging, replaceFolder } from './backup.files.js';
import { databaseKindOf } from './backup.js';
import { keyFingerprints, keyWarnings } from './backup.keys.js';
import { MANIFEST_FILE, type Manifest, parseManifest, tableDifferences, UPLOADS_DIR, uploadDifferences } from './backup.manifest.js';
import { holdsPgliteDatabase, lockForBackup, pgliteFolder, restorePglite } from './pglite-copy.js';
import { describePostgres, postgresTables, restorePostgres } from './postgres-dump.js';

export interface RestoreReport {
  manifest: Manifest;
  /** Migrations this code has and the backup had not applied: the next start applies them. */
  pending: string[];
  /** What the operator must still do before starting the server (keys). */
  warnings: string[];
}

async function readManifest(folder: string, file: string): Promise<Manifest> {
  let text: string;
  try {
    text = await fs.readFile(path.join(folder, MANIFEST_FILE), 'utf8');
  } catch {
    throw backupErrors.notABackup(file, `it holds no ${MANIFEST_FILE}`);
  }
  return parseManifest(text, file);
}

/** What is already in the target; empty means the restore may go ahead without --force. */
async function findExisting(config: Config): Promise<{ database: string | undefined; uploads: string | undefined }> {
  const uploads = path.join(config.dataDir, UPLOADS_DIR);
  let database: string | undefined;
  if (config.databaseUrl) {
    const tables = await postgresTables(config.databaseUrl);
    if (tables.length > 0) database = `the database holds ${tables.length} table(s) (${tables.slice(0, 5).join(', ')}${tables.length > 5 ? ', ...' : ''})`;
  } else if (!(await isEmptyOrMissing(pgliteFolder(config.dataDir)))) {
    database = `${pgliteFolder(config.dataDir)} ${holdsPgliteDatabase(pgliteFolder(config.dataDir)) ? 'holds a PGlite database' : 'is not empty'}`;
  }
  return { database, uploads: (await isEmptyOrMissing(uploads)) ? undefined : `${uploads} holds files` };
}

/** Restores file into the configured database and DATA_DIR; throws an AppError saying why when it will not. */
export async function restoreBackup(config: Config, file: string, options: { force: boolean; modules: readonly ModuleManifest[] }): Promise<RestoreReport> {
  const source = path.resolve(file);
  const kind = databaseKindOf(config);
  await fs.mkdir(config.dataDir, { recursive: true });
  const lock = kind === 'pglite' ? lockForBackup(config.dataDir) : undefined;
  // Inside DATA_DIR, so that the restored folders move into place by rename (same file system).
  const staging = await fs.mkdtemp(path.join(config.dataDir, '.restore-'));
  try {
    // First, as it is quick: a large backup need not be unpacked to be refused.
    const existing = await findExisting(config);
    if (!options.force && (existing.database || existing.uploads)) {
      throw backupErrors.targetNotEmpty([existing.database, existing.uploads].filter(Boolean).join('; '));
    }
    await unpackArchive(source, staging);
    const manifest = await readManifest(staging, source);
    if (manifest.database.kind !== kind) throw backupErrors.kindMismatch(manifest.database.kind, kind);
    const known = knownMigrationNames(options.modules);
    const unknown = manifest.migrations.filter((name) => !known.includes(name));
    if (unknown.length > 0) throw backupErrors.newerSchema(unknown);
    const databaseFile = path.join(staging, manifest.database.file);
    if (!(await fs.stat(databaseFile).catch(() => undefined))?.isFile()) throw backupErrors.notABackup(source, `it holds no ${manifest.database.file}`);
    const stagedUploads = path.join(staging, UPLOADS_DIR);
    const damaged = uploadDifferences(manifest.uploads, await listUploads(stagedUploads));
    if (damaged.length > 0) throw backupErrors.verifyFailed(damaged, false);

    await fs.mkdir(stagedUploads, { recursive: true });
    if (config.databaseUrl) {
      await restorePostgres(config.databaseUrl, databaseFile, path.join(staging, 'restore.sql'), { replace: existing.database !== undefined });
      await replaceFolder(stagedUploads, path.join(config.dataDir, UPLOADS_DIR), staging);
      const differences = tableDifferences(manifest, await describePostgres(config.databaseUrl));
      if (differences.length > 0) throw backupErrors.verifyFailed(differences, true);
    } else {
      // Restored and counted beside the old folder, which is replaced only once the counts agree.
      const restored = path.join(staging, 'pglite.restored');
      const differences = tableDifferences(manifest, await restorePglite(databaseFile, restored));
      if (differences.length > 0) throw backupErrors.verifyFailed(differences, false);
      await replaceFolder(restored, pgliteFolder(config.dataDir), staging);
      await replaceFolder(stagedUploads, path.join(config.dataDir, UPLOADS_DIR), staging);
    }
    return {
      manifest,
      pending: known.filter((name) => !manifest.migrations.includes(name)),
      warnings: keyWarnings(manifest.keys, keyFingerprints(config)),
    };
  } finally {
    try {
      await removeStaging(staging);
    } finally {
      lock?.release();
    }
  }
}
