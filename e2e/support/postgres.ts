/**
 * A fresh PostgreSQL database for tests that run several server processes against one server.
 * TEST_DATABASE_URL names the server (CI sets it); without it, the local trust-auth server is tried.
 */
import pg from 'pg';
import { createScratchDatabase as createOnServer, type ScratchDatabase } from '../../src/testing/scratch-database.js';

export type { ScratchDatabase };

export const POSTGRES_SERVER_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

/** Why these tests cannot run here, or null. CI must run them, so there it is an error. */
export async function postgresMissing(): Promise<string | null> {
  const client = new pg.Client({ connectionString: POSTGRES_SERVER_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return null;
  } catch (error) {
    const reason = `PostgreSQL not reachable at ${POSTGRES_SERVER_URL} (${error instanceof Error ? error.message : String(error)}): set TEST_DATABASE_URL`;
    if (process.env.CI) throw new Error(reason);
    console.warn(`PostgreSQL tests skipped. ${reason}`);
    return reason;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Creates an empty database named <prefix>_<random>; drop() removes it, closing any connection left. */
export function createScratchDatabase(prefix: string): Promise<ScratchDatabase> {
  return createOnServer(POSTGRES_SERVER_URL, prefix);
}
