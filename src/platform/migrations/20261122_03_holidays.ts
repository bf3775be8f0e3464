import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations work below the typed schema.
export async function up(db: Kysely<any>): Promise<void> {
  // The days off that time limits skip besides weekends. A date column (not a timestamp) because a
  // holiday is a day of the city's calendar, not an instant.
  await sql`
    create table holiday (
      day date primary key,
      name text not null check (length(btrim(name)) > 0),
      kind text not null check (kind in ('libur_nasional', 'cuti_bersama', 'libur_daerah')),
      source text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
}

export async function down(): Promise<void> {
  // Admins' holiday entries are data, not schema: restore a backup rather than drop them.
  throw new Error('The holiday table is not rolled back; restore a backup instead.');
}
