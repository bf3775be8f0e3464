/**
 * The backup file itself: one gzip-compressed tar archive, so that any system's `tar xzf` opens it
 * and an operator can take out the database part alone (for pg_restore by hand, say).
 */
import fs from 'node:fs/promises';
import * as tar from 'tar';
import { backupErrors } from './backup.errors.js';
import { MANIFEST_FILE } from './backup.manifest.js';

/**
 * Packs the named entries of folder into file. The archive is written beside file and renamed
 * into place when complete, so a backup cut short never leaves a file that looks like a backup.
 */
export async function packArchive(folder: string, entries: string[], file: string): Promise<void> {
  const partial = `${file}.partial`;
  try {
    // manifest.json first, so a reader learns what the archive holds before the bulk of it.
    await tar.create({ gzip: true, portable: true, file: partial, cwd: folder }, [MANIFEST_FILE, ...entries.filter((e) => e !== MANIFEST_FILE)]);
    await fs.rename(partial, file);
  } catch (error) {
    await fs.rm(partial, { force: true });
    throw error;
  }
}

/**
 * Unpacks file into folder, refusing anything that is not an intact gzip'd tar. Only files and
 * folders are taken: a link in a crafted archive could otherwise point a later write elsewhere.
 * tar itself drops absolute paths and '..'.
 */
export async function unpackArchive(file: string, folder: string): Promise<void> {
  try {
    await fs.access(file);
  } catch {
    throw backupErrors.notABackup(file, 'the file does not exist or cannot be read');
  }
  try {
    await tar.extract({ file, cwd: folder, strict: true, filter: (_path, entry) => 'type' in entry && (entry.type === 'File' || entry.type === 'Directory') });
  } catch (error) {
    throw backupErrors.notABackup(file, (error as Error).message);
  }
}
