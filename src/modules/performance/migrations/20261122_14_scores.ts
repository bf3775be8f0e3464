import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations work below the typed schema.
export async function up(db: Kysely<any>): Promise<void> {
  // The city's scoring settings: predicate bands, composite weights and reward/punishment rules.
  // One row; absent means the defaults in the code (score.settings.ts).
  await sql`
    create table perf_settings (
      id boolean primary key default true check (id),
      bands jsonb not null,
      weights jsonb not null,
      rules jsonb not null,
      updated_at timestamptz not null default now(),
      updated_by uuid
    )`.execute(db);
  // What the rules found in a quarter, each explaining itself; the eksekutif confirms or waives it
  // once, and may publish a confirmed one. Re-evaluating adds new findings and keeps decided ones.
  await sql`
    create table perf_rule_result (
      id uuid primary key default gen_random_uuid(),
      period_id uuid not null references perf_period (id),
      quarter smallint not null check (quarter between 1 and 4),
      rule_id text not null,
      label text not null,
      outcome text not null check (outcome in ('reward', 'punishment')),
      opd_id uuid not null references opd (id),
      indicator_id uuid references perf_indicator (id),
      official text,
      figures jsonb not null,
      explanation jsonb not null,
      status text not null default 'pending' check (status in ('pending', 'confirmed', 'waived')),
      decision_reason text,
      decided_by uuid,
      decided_at timestamptz,
      published_at timestamptz,
      created_at timestamptz not null default now(),
      check ((status = 'pending') = (decided_at is null)),
      check (status <> 'waived' or decision_reason is not null),
      check (published_at is null or status = 'confirmed')
    )`.execute(db);
  await sql`
    create unique index perf_rule_result_once on perf_rule_result
      (period_id, quarter, rule_id, opd_id, coalesce(indicator_id, '00000000-0000-0000-0000-000000000000'::uuid))`.execute(db);
  // A quarter's scores as published to the public: a snapshot, so that what citizens saw stays
  // what was published even if a figure is corrected later (which then needs a new publication).
  await sql`
    create table perf_publication (
      period_id uuid not null references perf_period (id),
      quarter smallint not null check (quarter between 1 and 4),
      scores jsonb not null,
      published_by uuid not null,
      published_at timestamptz not null default now(),
      primary key (period_id, quarter)
    )`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Not rolled back; restore a backup instead.');
}
