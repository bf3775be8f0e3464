import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations work below the typed schema.
export async function up(db: Kysely<any>): Promise<void> {
  // A framework is one regulation's structure, kept whole as data (framework.definition.ts). It is
  // never changed once an evaluation uses it: a new regulation is a new framework.
  await sql`
    create table spbe_framework (
      code text primary key,
      name text not null,
      regulation text not null,
      from_year integer not null,
      to_year integer,
      definition jsonb not null,
      created_at timestamptz not null default now(),
      created_by uuid
    )`.execute(db);

  // One self-evaluation per year, under one framework.
  await sql`
    create table spbe_evaluation (
      year integer primary key check (year between 2000 and 2100),
      framework_code text not null references spbe_framework (code),
      status text not null default 'open' check (status in ('open', 'final')),
      created_at timestamptz not null default now(),
      created_by uuid,
      finalized_at timestamptz,
      finalized_by uuid,
      check ((status = 'final') = (finalized_at is not null))
    )`.execute(db);

  // Each indicator of the year's framework: who fills it, what it claims level by level, the level
  // those claims reach by the rule (self_level, kept so that lists need no evidence join), and the
  // assessors' level once they have judged it.
  await sql`
    create table spbe_assessment (
      year integer not null references spbe_evaluation (year) on delete cascade,
      indicator integer not null,
      opd_id uuid references opd (id),
      status text not null default 'unassigned'
        check (status in ('unassigned', 'draft', 'submitted', 'returned', 'confirmed', 'corrected')),
      claims jsonb not null default '[]',
      explanation text not null default '',
      self_level smallint not null default 0 check (self_level between 0 and 5),
      assessed_level smallint check (assessed_level between 0 and 5),
      submitted_at timestamptz,
      updated_at timestamptz not null default now(),
      primary key (year, indicator),
      check ((status = 'unassigned') = (opd_id is null))
    )`.execute(db);
  await sql`create index spbe_assessment_opd on spbe_assessment (opd_id, year)`.execute(db);

  // Bukti dukung, each for one level of one indicator: an uploaded file or a link.
  await sql`
    create table spbe_evidence (
      id uuid primary key default gen_random_uuid(),
      year integer not null,
      indicator integer not null,
      level smallint not null check (level between 1 and 5),
      kind text not null check (kind in ('file', 'link')),
      name text not null,
      url text,
      file_key text,
      content_type text,
      size_bytes integer,
      uploaded_by uuid,
      uploaded_at timestamptz not null default now(),
      foreign key (year, indicator) references spbe_assessment (year, indicator) on delete cascade,
      check ((kind = 'file') = (file_key is not null)),
      check ((kind = 'link') = (url is not null))
    )`.execute(db);
  await sql`create index spbe_evidence_assessment on spbe_evidence (year, indicator)`.execute(db);

  // The assessors' decisions, in order; a record of judgement, so never changed.
  await sql`
    create table spbe_review (
      id bigint generated always as identity primary key,
      year integer not null,
      indicator integer not null,
      decision text not null check (decision in ('confirm', 'correct', 'return')),
      level smallint check (level between 0 and 5),
      comment text not null default '',
      assessor_id uuid,
      assessor_name text not null,
      at timestamptz not null default now(),
      foreign key (year, indicator) references spbe_assessment (year, indicator) on delete cascade
    )`.execute(db);
  await sql`create index spbe_review_assessment on spbe_review (year, indicator, id)`.execute(db);
  await sql`
    create function spbe_review_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'spbe_review is append-only';
    end $$`.execute(db);
  await sql`
    create trigger spbe_review_no_change before update on spbe_review
    for each row execute function spbe_review_append_only()`.execute(db);

  // Results the city did not evaluate here: the national evaluations' published indices, so that
  // the history reaches back before the platform.
  await sql`
    create table spbe_published_result (
      year integer primary key,
      framework_code text not null references spbe_framework (code),
      index numeric(3, 2) not null check (index between 0 and 5),
      source text not null
    )`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Not rolled back; restore a backup instead.');
}
