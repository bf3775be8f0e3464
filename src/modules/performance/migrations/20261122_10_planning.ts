import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations work below the typed schema.
export async function up(db: Kysely<any>): Promise<void> {
  // The planning cascade (DOMAIN.md section 4): an RPJMD period of five years holds yearly periods;
  // goals (sasaran) belong to a period; indicators measure a goal and name the OPD answerable.
  await sql`
    create table perf_period (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('rpjmd', 'year')),
      name text not null,
      start_year integer not null,
      end_year integer not null,
      parent_id uuid references perf_period (id),
      created_at timestamptz not null default now(),
      check (end_year >= start_year),
      check ((kind = 'year') = (parent_id is not null)),
      check (kind <> 'year' or start_year = end_year)
    )`.execute(db);
  await sql`create unique index perf_period_year on perf_period (start_year) where kind = 'year'`.execute(db);
  await sql`
    create table perf_goal (
      id uuid primary key default gen_random_uuid(),
      period_id uuid not null references perf_period (id),
      code text not null,
      title text not null,
      parent_goal_id uuid references perf_goal (id),
      created_at timestamptz not null default now(),
      unique (period_id, code)
    )`.execute(db);
  await sql`
    create table perf_indicator (
      id uuid primary key default gen_random_uuid(),
      goal_id uuid not null references perf_goal (id),
      opd_id uuid not null references opd (id),
      code text not null,
      name text not null,
      definition text not null,
      unit text not null,
      direction text not null check (direction in ('higher', 'lower', 'range')),
      baseline_value numeric,
      baseline_year integer,
      source text not null check (source in ('opd', 'computed')),
      measure text,
      formula text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (goal_id, code),
      check ((source = 'computed') = (measure is not null)),
      check ((baseline_value is null) = (baseline_year is null))
    )`.execute(db);
  await sql`create index perf_indicator_opd on perf_indicator (opd_id)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Not rolled back; restore a backup instead.');
}
