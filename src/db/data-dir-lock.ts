/**
 * PGlite keeps its files in DATA_DIR and has no server to arbitrate between processes: two
 * processes writing the same files would corrupt them. A lock file holding the owner's PID keeps a
 * second opener out with a clear error, and a lock left by a killed process is taken over.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors.js';

export interface DataDirLock {
  release(): void;
}

function ownerIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return !isZombie(pid);
}

/**
 * A killed process that its parent has not reaped yet (an init that does not reap, a supervisor
 * that never waits) still answers kill(pid, 0), though it holds no file open any more. Linux shows
 * it in state Z; where /proc cannot say, the process counts as alive.
 */
function isZombie(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The state comes after the command name, which is in parentheses and may contain ") " itself.
    return /^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    return false;
  }
}

/** Takes the lock on a PGlite data folder or throws an AppError naming the process that holds it. */
export function lockDataDir(dir: string): DataDirLock {
  fs.mkdirSync(dir, { recursive: true });
  const lockPath = path.join(dir, 'balaikota.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        try {
          if (fs.readFileSync(lockPath, 'utf8') === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.on('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10);
      if (Number.isInteger(owner) && ownerIsAlive(owner)) {
        throw new AppError('db.data_dir_locked', 'unavailable', {
          id: `Folder data ${dir} sedang dipakai proses ${owner}. PGlite hanya boleh dibuka satu proses; hentikan proses itu atau gunakan PostgreSQL (DATABASE_URL) untuk beberapa proses.`,
          en: `The data folder ${dir} is in use by process ${owner}. PGlite can be opened by one process only; stop that process, or use PostgreSQL (DATABASE_URL) to run several.`,
        });
      }
      // The owner is gone (killed or crashed): its lock is stale.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}
