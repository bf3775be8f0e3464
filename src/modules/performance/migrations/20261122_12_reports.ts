import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations work below the typed schema.
export async function up(db: Kysely<any>): Promise<void> {
  // Quarterly reports (TW I-IV): one per OPD, year and quarter, holding a realization per
  // indicator of the OPD's accepted offer. Submitted by the OPD, verified or returned by a
  // reviewer; once verified, its figures are locked (the trigger below, not only the service).
  await sql`
    create table perf_report (
      id uuid primary key default gen_random_uuid(),
      period_id uuid not null references perf_period (id),
      opd_id uuid not null references opd (id),
      quarter smallint not null check (quarter between 1 and 4),
      status text not null check (status in ('draft', 'submitted', 'returned', 'verified')),
      due_date date not null,
      submitted_at timestamptz,
      submitted_by uuid,
      verified_at timestamptz,
      verified_by uuid,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (period_id, opd_id, quarter),
      check ((status = 'verified') = (verified_at is not null))
    )`.execute(db);
  await sql`
    create table perf_realization (
      report_id uuid not null references perf_report (id),
      indicator_id uuid not null references perf_indicator (id),
      value numeric,
      note text,
      computed boolean not null default false,
      updated_at timestamptz not null default now(),
      updated_by uuid,
      primary key (report_id, indicator_id)
    )`.execute(db);
  await sql`
    create table perf_evidence (
      id uuid primary key default gen_random_uuid(),
      report_id uuid not null references perf_report (id),
      indicator_id uuid not null references perf_indicator (id),
      file_key text not null,
      file_name text not null,
      content_type text not null,
      size_bytes integer not null,
      uploaded_by uuid,
      uploaded_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index perf_evidence_report on perf_evidence (report_id)`.execute(db);
  // Every review is kept: a report returned twice shows both comments.
  await sql`
    create table perf_report_review (
      id uuid primary key default gen_random_uuid(),
      report_id uuid not null references perf_report (id),
      decision text not null check (decision in ('verified', 'returned')),
      comment text,
      reviewer_id uuid not null,
      reviewed_at timestamptz not null default now(),
      check (decision = 'verified' or comment is not null)
    )`.execute(db);
  await sql`create index perf_report_review_report on perf_report_review (report_id)`.execute(db);
  // Reminders sent, so that the hourly clock sends each one once.
  await sql`
    create table perf_reminder (
      report_key text not null,
      kind text not null check (kind in ('before', 'after')),
      sent_at timestamptz not null default now(),
      primary key (report_key, kind)
    )`.execute(db);
  await sql`
    create function perf_report_locked() returns trigger language plpgsql as $$
    declare
      rid uuid;
    begin
      if tg_op = 'INSERT' then rid := new.report_id; else rid := old.report_id; end if;
      if exists (select 1 from perf_report where id = rid and status = 'verified') then
        raise exception 'report % is verified: its figures are locked', rid using errcode = 'P0001';
      end if;
      if tg_op = 'DELETE' then return old; end if;
      return new;
    end $$`.execute(db);
  for (const table of ['perf_realization', 'perf_evidence']) {
    await sql`create trigger ${sql.raw(`${table}_locked`)} before insert or update or delete on ${sql.table(table)} for each row execute function perf_report_locked()`.execute(
      db,
    );
  }
  await sql`create trigger perf_report_review_no_change before update or delete on perf_report_review for each row execute function perf_answer_refuse_change()`.execute(
    db,
  );
}

export async function down(): Promise<void> {
  throw new Error('Not rolled back; restore a backup instead.');
}
