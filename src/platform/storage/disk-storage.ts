/**
 * FileStorage on the local disk, under one root folder (DATA_DIR/uploads in production).
 *
 * Each file's content type lives in a sidecar `.<name>.type` beside it rather than being derived
 * from the extension: put() takes a content type and get() must hand back the same one, including
 * parameters such as '; charset=utf-8' that no extension carries. Sidecars and temporary files
 * start with a dot, which a key segment never may, so they can never collide with a stored key.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { FileStorage, StoredFile } from './file-storage.js';

const SEGMENT = /^[a-z0-9][a-z0-9._-]*$/;
const FALLBACK_TYPE = 'application/octet-stream';
const FILE_MODE = 0o640;
const DIR_MODE = 0o750;

/** Splits a key into its path segments, or throws: a bad key is a bug in the caller, not user input. */
function segmentsOf(key: string): string[] {
  const segments = key.split('/');
  // '.' and '..' already fail SEGMENT (a leading dot), as do '', '\\', NUL and upper case.
  if (key.length === 0 || key.length > 1024 || !segments.every((s) => SEGMENT.test(s))) {
    throw new Error(`Invalid storage key ${JSON.stringify(key)}: expected lower-case segments matching ${SEGMENT} joined by '/'`);
  }
  return segments;
}

function isCode(error: unknown, ...codes: string[]): boolean {
  return typeof error === 'object' && error !== null && codes.includes((error as NodeJS.ErrnoException).code ?? '');
}

/**
 * Writes through a temporary file in the same folder and renames it into place: rename within one
 * file system is atomic, so a reader (or a restart after a crash) sees the old file or the new
 * one, never a half-written one. The fsync before the rename makes that hold after a power cut too.
 */
async function writeAtomically(target: string, data: Buffer | string): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', FILE_MODE);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dir);
}

/** Makes the rename itself durable; a directory cannot be opened for fsync on every platform, hence best effort. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows and some network file systems refuse; the data file itself is already synced.
  }
}

/** File storage in folders under rootDir, which is created when missing. */
export function createDiskStorage(rootDir: string): FileStorage {
  const root = path.resolve(rootDir);

  const locate = (key: string) => {
    const segments = segmentsOf(key);
    const file = path.join(root, ...segments);
    const sidecar = path.join(path.dirname(file), `.${path.basename(file)}.type`);
    return { file, sidecar };
  };

  return {
    async put(key: string, data: Buffer, contentType: string): Promise<void> {
      const { file, sidecar } = locate(key);
      await mkdir(path.dirname(file), { recursive: true, mode: DIR_MODE });
      // Type first: if the process dies between the two writes, a new key has no data file and
      // reads as missing, rather than as data with the wrong type.
      await writeAtomically(sidecar, contentType);
      await writeAtomically(file, data);
    },

    async get(key: string): Promise<StoredFile | null> {
      const { file, sidecar } = locate(key);
      let data: Buffer;
      try {
        data = await readFile(file);
      } catch (error) {
        // A key naming a folder ('complaints' when 'complaints/1/a.jpg' exists) holds no file either.
        if (isCode(error, 'ENOENT', 'ENOTDIR', 'EISDIR')) return null;
        throw error;
      }
      let contentType = FALLBACK_TYPE;
      try {
        contentType = (await readFile(sidecar, 'utf8')).trim() || FALLBACK_TYPE;
      } catch (error) {
        if (!isCode(error, 'ENOENT')) throw error;
      }
      return { data, contentType };
    },

    async delete(key: string): Promise<void> {
      const { file, sidecar } = locate(key);
      // Data before type, the mirror of put: a crash in between leaves only a harmless sidecar.
      for (const target of [file, sidecar]) {
        try {
          await unlink(target);
        } catch (error) {
          if (!isCode(error, 'ENOENT', 'ENOTDIR', 'EISDIR')) throw error;
        }
      }
    },
  };
}
