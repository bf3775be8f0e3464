/**
 * A database of the crash test's own for each kind: a fresh PGlite folder, or a fresh database on
 * the PostgreSQL server (created here, dropped afterwards). Either way DATA_DIR is a fresh folder,
 * since the photos live in DATA_DIR/uploads on both.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type DatabaseHandle, type DatabaseKind, openDatabase } from '../../src/db/connection.js';
import { createScratchDatabase } from '../../src/testing/scratch-database.js';

export interface FaultDatabase {
  kind: DatabaseKind;
  dataDir: string;
  /** The server's environment for this database. */
  env: Record<string, string>;
  /** Opens the database directly (PGlite: takes the folder's lock, so only while no server runs). */
  open(): Promise<DatabaseHandle>;
  dispose(): Promise<void>;
}

export async function provisionDatabase(kind: DatabaseKind, serverUrl: string): Promise<FaultDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `bk-crash-${kind}-`));
  if (kind === 'pglite') {
    return {
      kind,
      dataDir,
      env: { DATA_DIR: dataDir },
      open: () => openDatabase({ pgliteDir: dataDir }),
      dispose: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const { url: databaseUrl, drop } = await createScratchDatabase(serverUrl, 'bk_crash');
  return {
    kind,
    dataDir,
    env: { DATA_DIR: dataDir, DATABASE_URL: databaseUrl },
    open: () => openDatabase({ databaseUrl, poolSize: 2 }),
    dispose: async () => {
      await drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
