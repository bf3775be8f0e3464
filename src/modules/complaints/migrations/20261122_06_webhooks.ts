import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations work below the typed schema.
export async function up(db: Kysely<any>): Promise<void> {
  // Systems an OPD registers to hear about its complaints. The signing secret is needed in clear to
  // sign, so it is stored encrypted (ENCRYPTION_KEY), never hashed.
  await sql`
    create table complaint_webhook (
      id uuid primary key default gen_random_uuid(),
      opd_id uuid not null references opd (id),
      url text not null,
      description text,
      secret_encrypted text not null,
      active boolean not null default true,
      created_by uuid references app_user (id),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index complaint_webhook_opd on complaint_webhook (opd_id) where active`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Not rolled back; restore a backup instead.');
}
