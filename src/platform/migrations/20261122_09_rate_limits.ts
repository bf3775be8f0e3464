import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations work below the typed schema.
export async function up(db: Kysely<any>): Promise<void> {
  // One row per counter and fixed time window. Counters live here, not in a process's memory, so a
  // limit holds whichever process answers. The subject is a keyed hash of the address, account or
  // reporter: the table names no one. Unlogged: a counter lost in a crash costs nothing, and
  // skipping the write-ahead log keeps a public write from paying for a second flush to disk.
  await sql`
    create unlogged table rate_limit_hit (
      bucket text not null,
      subject text not null,
      window_start timestamptz not null,
      hits integer not null,
      expires_at timestamptz not null,
      primary key (bucket, subject, window_start)
    )`.execute(db);
  await sql`create index rate_limit_hit_expires on rate_limit_hit (expires_at)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Not rolled back; restore a backup instead.');
}
