import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations work below the typed schema.
export async function up(db: Kysely<any>): Promise<void> {
  // The auction (lelang kinerja): the mayor's team offers an OPD targets for a year; the head
  // answers once. An amendment is a new version of the offer, with its reason; the old one stays.
  await sql`
    create table perf_offer (
      id uuid primary key default gen_random_uuid(),
      period_id uuid not null references perf_period (id),
      opd_id uuid not null references opd (id),
      version integer not null,
      supersedes_id uuid references perf_offer (id),
      amendment_reason text,
      deadline date not null,
      status text not null check (status in ('open', 'accepted', 'declined', 'awaiting_approval', 'rejected', 'superseded')),
      created_by uuid,
      created_at timestamptz not null default now(),
      unique (period_id, opd_id, version),
      check ((version = 1) = (supersedes_id is null)),
      check ((supersedes_id is null) = (amendment_reason is null))
    )`.execute(db);
  await sql`
    create table perf_offer_target (
      offer_id uuid not null references perf_offer (id),
      indicator_id uuid not null references perf_indicator (id),
      target numeric not null,
      target_upper numeric,
      q1 numeric,
      q2 numeric,
      q3 numeric,
      q4 numeric,
      primary key (offer_id, indicator_id)
    )`.execute(db);
  // The head's answer and the mayor's decision on a counter-offer are records of what was said:
  // the database refuses to change or remove them.
  await sql`
    create table perf_offer_answer (
      offer_id uuid primary key references perf_offer (id),
      kind text not null check (kind in ('accept', 'decline', 'counter')),
      head_name text not null,
      answered_by uuid not null,
      answered_at timestamptz not null default now(),
      reason text,
      replacement_name text,
      counter_targets jsonb,
      check (kind <> 'decline' or (reason is not null and replacement_name is not null)),
      check ((kind = 'counter') = (counter_targets is not null))
    )`.execute(db);
  await sql`
    create table perf_counter_decision (
      offer_id uuid primary key references perf_offer_answer (offer_id),
      approved boolean not null,
      reason text,
      decided_by uuid not null,
      decided_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create function perf_answer_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception '% is append-only: % is not allowed', tg_table_name, tg_op using errcode = 'P0001';
    end $$`.execute(db);
  for (const table of ['perf_offer_answer', 'perf_counter_decision']) {
    await sql`create trigger ${sql.raw(`${table}_no_change`)} before update or delete on ${sql.table(table)} for each row execute function perf_answer_refuse_change()`.execute(
      db,
    );
  }
}

export async function down(): Promise<void> {
  throw new Error('Not rolled back; restore a backup instead.');
}
