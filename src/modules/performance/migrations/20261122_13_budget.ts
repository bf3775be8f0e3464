import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations work below the typed schema.
export async function up(db: Kysely<any>): Promise<void> {
  // The budget of an OPD for a year: its ceiling (pagu) and the planned cash out per quarter
  // (not cumulative). Amounts are whole rupiah.
  await sql`
    create table perf_budget (
      period_id uuid not null references perf_period (id),
      opd_id uuid not null references opd (id),
      pagu bigint not null check (pagu >= 0),
      plan_q1 bigint not null check (plan_q1 >= 0),
      plan_q2 bigint not null check (plan_q2 >= 0),
      plan_q3 bigint not null check (plan_q3 >= 0),
      plan_q4 bigint not null check (plan_q4 >= 0),
      updated_at timestamptz not null default now(),
      updated_by uuid,
      primary key (period_id, opd_id),
      check (plan_q1 + plan_q2 + plan_q3 + plan_q4 <= pagu)
    )`.execute(db);
  // Each BKAD workbook imported, whole or not at all; the realization rows name the import they came from.
  await sql`
    create table perf_budget_import (
      id uuid primary key default gen_random_uuid(),
      period_id uuid not null references perf_period (id),
      file_name text not null,
      row_count integer not null,
      imported_by uuid,
      imported_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table perf_budget_realization (
      period_id uuid not null references perf_period (id),
      opd_id uuid not null references opd (id),
      quarter smallint not null check (quarter between 1 and 4),
      spent bigint not null check (spent >= 0),
      import_id uuid not null references perf_budget_import (id),
      primary key (period_id, opd_id, quarter)
    )`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Not rolled back; restore a backup instead.');
}
