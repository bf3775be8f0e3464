import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations work below the typed schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`create extension if not exists cube`.execute(db);
  await sql`create extension if not exists earthdistance`.execute(db);

  await sql`
    create table audit_log (
      id bigint generated always as identity primary key,
      occurred_at timestamptz not null default now(),
      actor_user_id uuid,
      actor_label text not null,
      action text not null,
      record_type text not null,
      record_id text,
      opd_id uuid,
      before jsonb,
      after jsonb,
      ip text,
      request_id text
    )`.execute(db);
  await sql`create index audit_log_record on audit_log (record_type, record_id)`.execute(db);
  await sql`create index audit_log_actor on audit_log (actor_user_id, occurred_at)`.execute(db);
  await sql`create index audit_log_time on audit_log (occurred_at)`.execute(db);
  // Append-only: the log is evidence, so the database itself refuses to change or remove a row.
  await sql`
    create function audit_log_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only: % is not allowed', tg_op using errcode = 'P0001';
    end $$`.execute(db);
  await sql`
    create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_refuse_change()`.execute(db);
  await sql`
    create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_refuse_change()`.execute(db);

  await sql`
    create table outbox (
      id bigint generated always as identity primary key,
      topic text not null,
      payload jsonb not null,
      status text not null default 'pending' check (status in ('pending', 'done', 'dead')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      locked_until timestamptz,
      last_error text,
      created_at timestamptz not null default now(),
      processed_at timestamptz
    )`.execute(db);
  await sql`create index outbox_due on outbox (next_attempt_at) where status = 'pending'`.execute(db);
  await sql`create index outbox_dead on outbox (created_at) where status = 'dead'`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The platform schema is not rolled back; restore a backup instead.');
}
