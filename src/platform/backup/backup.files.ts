/**
 * The file side of a backup: the uploads folder (listed with checksums, snapshotted by hard
 * links) and the swap that puts a restored folder in place of the old one.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { UploadEntry } from './backup.manifest.js';

/** disk-storage.ts writes through '.<name>.<12 hex>.tmp' files: half-written, never part of a backup. */
const TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Regular files under dir, as '/'-separated relative paths, sorted; none when dir is missing. */
async function filesUnder(dir: string): Promise<string[]> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((e) => e.isFile() && !TEMP_FILE.test(e.name))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Every upload file under dir with its size and SHA-256, sorted by path. */
export async function listUploads(dir: string): Promise<UploadEntry[]> {
  const out: UploadEntry[] = [];
  for (const rel of await filesUnder(dir)) {
    const file = path.join(dir, ...rel.split('/'));
    out.push({ path: rel, size: (await fs.stat(file)).size, sha256: await sha256Of(file) });
  }
  return out;
}

/**
 * Puts a copy of the uploads folder at target. Hard links cost no space and no time, and they are
 * a true snapshot: storage replaces a file by renaming a new one over it, which leaves the linked
 * old content untouched, so a server still running changes nothing in the copy. Where links are
 * not possible (another file system) the files are copied.
 */
export async function snapshotUploads(source: string, target: string): Promise<void> {
  await fs.mkdir(target, { recursive: true });
  for (const rel of await filesUnder(source)) {
    const from = path.join(source, ...rel.split('/'));
    const to = path.join(target, ...rel.split('/'));
    await fs.mkdir(path.dirname(to), { recursive: true });
    try {
      await fs.link(from, to);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Deleted since it was listed: it is not part of the backup, as if listed a moment later.
      if (code === 'ENOENT') continue;
      await fs.copyFile(from, to).catch((copyError: NodeJS.ErrnoException) => {
        if (copyError.code !== 'ENOENT') throw copyError;
      });
    }
  }
}

/** True when path is missing, or is a folder with nothing in it. */
export async function isEmptyOrMissing(dir: string): Promise<boolean> {
  try {
    return (await fs.readdir(dir)).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
}

/**
 * Moves replacement to target, replacing what is there. The old folder is moved aside first and
 * deleted only once the new one is in place, so a failure between the two renames puts it back.
 */
export async function replaceFolder(replacement: string, target: string, asideDir: string): Promise<void> {
  const aside = path.join(asideDir, `replaced-${path.basename(target)}`);
  let movedAside = false;
  try {
    await fs.rename(target, aside);
    movedAside = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
    await fs.rename(replacement, target);
  } catch (error) {
    if (movedAside) await fs.rename(aside, target);
    throw error;
  }
  if (movedAside) await fs.rm(aside, { recursive: true, force: true });
}

/**
 * Removes a staging folder. When tar gives up on a damaged archive, files it had begun to write
 * may still be closing, and a single rm then fails with ENOTEMPTY; Node retries that on request.
 */
export async function removeStaging(folder: string): Promise<void> {
  await fs.rm(folder, { recursive: true, force: true, maxRetries: 20, retryDelay: 50 });
}
