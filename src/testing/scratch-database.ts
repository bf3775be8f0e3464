/**
 * An empty PostgreSQL database of its own for a test or a fault script, on a server reached with
 * a superuser URL; drop() removes it, closing any connection left open. Only pg is imported, so
 * the browser tests and the bench scripts can use it too.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface ScratchDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** The URL of database `name` on the server that `serverUrl` reaches. */
export function withDatabase(serverUrl: string, name: string): string {
  const parsed = new URL(serverUrl);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Creates `<prefix>_<random>` on the server. */
export async function createScratchDatabase(serverUrl: string, prefix: string): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, `create database ${name}`);
  return { url: withDatabase(serverUrl, name), name, drop: () => onServer(serverUrl, `drop database if exists ${name} with (force)`) };
}
