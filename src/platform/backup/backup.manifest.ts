/**
 * manifest.json, the first entry of every backup: what the backup holds, so a restore can refuse
 * what it cannot restore before touching anything, and prove afterwards that nothing was lost.
 */
import { type Static, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { backupErrors } from './backup.errors.js';

export const MANIFEST_FILE = 'manifest.json';
export const FORMAT = 'balaikota-backup';
export const FORMAT_VERSION = 1;
/** The database part: PostgreSQL's own custom-format dump, or PGlite's own data-folder tarball. */
export const DATABASE_PART = { postgres: 'database.pgdump', pglite: 'pglite-datadir.tar' } as const;
export const UPLOADS_DIR = 'uploads';

const UploadEntry = Type.Object({
  /** Relative to DATA_DIR/uploads, '/'-separated; sidecar files (.name.type) included. */
  path: Type.String({ minLength: 1 }),
  size: Type.Integer({ minimum: 0 }),
  sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
});

const KeyFingerprint = Type.Union([Type.String({ pattern: '^[0-9a-f]{16}$' }), Type.Null()]);

const ManifestSchema = Type.Object({
  format: Type.Literal(FORMAT),
  formatVersion: Type.Literal(FORMAT_VERSION),
  createdAt: Type.String(),
  database: Type.Union([
    Type.Object({ kind: Type.Literal('postgres'), file: Type.Literal(DATABASE_PART.postgres) }),
    Type.Object({ kind: Type.Literal('pglite'), file: Type.Literal(DATABASE_PART.pglite) }),
  ]),
  /** Applied migrations (schema_migration.name), sorted. */
  migrations: Type.Array(Type.String()),
  /** Row count of every table in schema public, by name. */
  tables: Type.Record(Type.String(), Type.Integer({ minimum: 0 })),
  /**
   * The tables declared UNLOGGED (short-lived counters): PostgreSQL empties them after a crash, and
   * a PGlite copy opens as after one, so a restore brings these tables back but not their rows.
   */
  unloggedTables: Type.Array(Type.String()),
  uploads: Type.Array(UploadEntry),
  /**
   * Fingerprints (not the keys) of ENCRYPTION_KEY and SESSION_SECRET. The keys stay out of the
   * backup so that a copied backup file does not also hand over the NIKs it encrypts; the
   * fingerprints let a restore say whether the target has the keys the data needs.
   */
  keys: Type.Object({ encryptionKey: KeyFingerprint, sessionSecret: KeyFingerprint }),
});

export type Manifest = Static<typeof ManifestSchema>;
export type UploadEntry = Static<typeof UploadEntry>;
export type KeyFingerprints = Manifest['keys'];

export interface DatabaseContents {
  migrations: string[];
  tables: Record<string, number>;
  unloggedTables: string[];
}

/** Runs one SQL text and returns its rows; both pg.Client and PGlite fit behind it. */
export type Query = <T>(text: string) => Promise<T[]>;

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Every table of schema public with its row count, and the applied migrations. */
export async function describeDatabase(query: Query): Promise<DatabaseContents> {
  const names = await query<{ name: string; unlogged: boolean }>(
    `select c.relname as name, c.relpersistence = 'u' as unlogged from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind in ('r', 'p') order by c.relname collate "C"`,
  );
  const tables: Record<string, number> = {};
  for (const { name } of names) {
    // As text: count(*) is int8, which the two drivers return differently without our parsers.
    const [row] = await query<{ n: string }>(`select count(*)::text as n from public.${quoteIdent(name)}`);
    tables[name] = Number(row.n);
  }
  const migrations =
    'schema_migration' in tables ? (await query<{ name: string }>('select name from schema_migration order by name collate "C"')).map((r) => r.name) : [];
  return { migrations, tables, unloggedTables: names.filter((t) => t.unlogged).map((t) => t.name) };
}

/** A '/'-separated relative path that cannot climb out of the folder it is joined to. */
function isSafeRelativePath(p: string): boolean {
  return !p.includes('\\') && !p.includes('\0') && p.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
}

/** Parses manifest.json, refusing a foreign file or a format this code does not know. */
export function parseManifest(text: string, file: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw backupErrors.notABackup(file, `${MANIFEST_FILE} is not JSON`);
  }
  const head = data as { format?: unknown; formatVersion?: unknown } | null;
  if (head?.format !== FORMAT) throw backupErrors.notABackup(file, `${MANIFEST_FILE} is not a Balaikota manifest`);
  if (typeof head.formatVersion === 'number' && head.formatVersion > FORMAT_VERSION) throw backupErrors.newerFormat(head.formatVersion);
  if (!Value.Check(ManifestSchema, data)) {
    const first = Value.Errors(ManifestSchema, data).First();
    throw backupErrors.notABackup(file, `${MANIFEST_FILE} is damaged at ${first?.path || '/'}: ${first?.message ?? 'invalid'}`);
  }
  const unsafe = data.uploads.find((u) => !isSafeRelativePath(u.path));
  if (unsafe) throw backupErrors.notABackup(file, `${MANIFEST_FILE} names an unsafe upload path ${JSON.stringify(unsafe.path)}`);
  return data;
}

/** What differs between the tables and row counts a backup promised and those found, one line each. */
export function tableDifferences(expected: Pick<DatabaseContents, 'tables' | 'unloggedTables'>, found: Pick<DatabaseContents, 'tables'>): string[] {
  const out: string[] = [];
  for (const [name, count] of Object.entries(expected.tables)) {
    if (!(name in found.tables)) out.push(`table ${name} is missing`);
    else if (found.tables[name] !== count && !expected.unloggedTables.includes(name))
      out.push(`table ${name} has ${found.tables[name]} rows, the backup ${count}`);
  }
  for (const name of Object.keys(found.tables)) if (!(name in expected.tables)) out.push(`table ${name} is not in the backup`);
  return out;
}

/** What differs between the upload files a backup promised and those found, one line each. */
export function uploadDifferences(expected: UploadEntry[], found: UploadEntry[]): string[] {
  const byPath = new Map(found.map((u) => [u.path, u]));
  const out: string[] = [];
  for (const want of expected) {
    const got = byPath.get(want.path);
    if (!got) out.push(`upload ${want.path} is missing`);
    else if (got.size !== want.size || got.sha256 !== want.sha256) out.push(`upload ${want.path} differs from the backup (checksum)`);
    byPath.delete(want.path);
  }
  for (const extra of byPath.keys()) out.push(`upload ${extra} is not in the backup`);
  return out;
}
