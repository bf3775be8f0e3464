import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { openDatabase } from './connection.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-lock-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the PGlite data folder', () => {
  it('cannot be opened a second time while it is open', async () => {
    const dir = tempDir();
    const first = await openDatabase({ pgliteDir: dir });
    try {
      const second = openDatabase({ pgliteDir: dir });
      await expect(second).rejects.toBeInstanceOf(AppError);
      await expect(second).rejects.toMatchObject({ code: 'db.data_dir_locked' });
      await expect(second).rejects.toThrow(new RegExp(`in use by process ${process.pid}`));
    } finally {
      await first.close();
    }
    // Closed: the next opener gets it, and sees what the first one wrote.
    const again = await openDatabase({ pgliteDir: dir });
    await again.close();
  });

  it('is taken over when the process that locked it is gone', async () => {
    const dir = tempDir();
    // A PID far above Linux's default pid_max: no live process has it.
    fs.writeFileSync(path.join(dir, 'balaikota.lock'), '4194303');
    const db = await openDatabase({ pgliteDir: dir });
    expect(fs.readFileSync(path.join(dir, 'balaikota.lock'), 'utf8')).toBe(String(process.pid));
    await db.close();
    expect(fs.existsSync(path.join(dir, 'balaikota.lock'))).toBe(false);
  });
});
