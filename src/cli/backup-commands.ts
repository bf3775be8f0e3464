/**
 * `balaikota backup FILE` and `balaikota restore FILE [--force]`: the printing around
 * platform/backup, which does the work. Neither opens the app nor migrates: a backup takes the
 * database as it is, and the next start migrates a restored one.
 */
import { loadConfig } from '../config.js';
import { MODULES } from '../modules/index.js';
import { createBackup } from '../platform/backup/backup.js';
import type { Manifest } from '../platform/backup/backup.manifest.js';
import { restoreBackup } from '../platform/backup/restore.js';
import { type Options, UsageError } from './commands.js';

function summary(manifest: Manifest): string {
  const tables = Object.values(manifest.tables);
  const rows = tables.reduce((sum, n) => sum + n, 0);
  const bytes = manifest.uploads.reduce((sum, u) => sum + u.size, 0);
  return `${manifest.database.kind} database (${tables.length} tables, ${rows} rows) and ${manifest.uploads.length} upload files (${(bytes / 1_048_576).toFixed(1)} MB)`;
}

export async function backupCommand(file: string | undefined): Promise<void> {
  if (!file) throw new UsageError('Name the backup file: balaikota backup FILE');
  const manifest = await createBackup(loadConfig(), file);
  console.log(`Backed up the ${summary(manifest)} to ${file}`);
}

export async function restoreCommand(file: string | undefined, o: Options): Promise<void> {
  if (!file) throw new UsageError('Name the backup file: balaikota restore FILE [--force]');
  const report = await restoreBackup(loadConfig(), file, { force: o.force === true, modules: MODULES });
  console.log(`Restored the ${summary(report.manifest)} from ${file}, made ${report.manifest.createdAt}.`);
  console.log('Row counts and upload checksums match the backup.');
  if (report.pending.length > 0) console.log(`The backup predates ${report.pending.length} migration(s) of this version; the next start applies them.`);
  for (const warning of report.warnings) console.warn(`Warning: ${warning}`);
}
