import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations work below the typed schema.
export async function up(db: Kysely<any>): Promise<void> {
  // The six dimensions and their elements (DOMAIN.md section 5), seeded by smartcity.seed.ts.
  // An element's code is unique city-wide, and (dimension, element) is a key of its own so that a
  // programme or item can name both and the database refuses an element of another dimension.
  await sql`
    create table sc_dimension (
      code text primary key,
      name text not null,
      position smallint not null
    )`.execute(db);
  await sql`
    create table sc_element (
      code text primary key,
      dimension_code text not null references sc_dimension (code),
      name text not null,
      position smallint not null,
      unique (dimension_code, code)
    )`.execute(db);
  // The masterplan's programmes: quick wins (within a year), medium and long term.
  await sql`
    create table sc_programme (
      id uuid primary key default gen_random_uuid(),
      code text not null unique,
      title text not null,
      description text not null default '',
      dimension_code text not null,
      element_code text not null,
      horizon text not null check (horizon in ('quick_win', 'menengah', 'panjang')),
      start_year smallint not null,
      end_year smallint not null,
      lead_opd_id uuid references opd (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      foreign key (dimension_code, element_code) references sc_element (dimension_code, code),
      check (end_year >= start_year)
    )`.execute(db);
  // Each OPD's roadmap: an item belongs to exactly one OPD, dimension and element, which is what
  // lets the progress roll-up count every item once (smartcity.rollup.ts).
  await sql`
    create table sc_roadmap_item (
      id uuid primary key default gen_random_uuid(),
      opd_id uuid not null references opd (id),
      programme_id uuid references sc_programme (id),
      title text not null,
      description text not null default '',
      dimension_code text not null,
      element_code text not null,
      horizon text not null check (horizon in ('quick_win', 'menengah', 'panjang')),
      owner text not null,
      budget bigint not null check (budget >= 0),
      start_year smallint not null,
      end_year smallint not null,
      created_by uuid,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      foreign key (dimension_code, element_code) references sc_element (dimension_code, code),
      check (end_year >= start_year)
    )`.execute(db);
  await sql`create index sc_roadmap_item_opd on sc_roadmap_item (opd_id)`.execute(db);
  await sql`create index sc_roadmap_item_programme on sc_roadmap_item (programme_id)`.execute(db);
  await sql`
    create table sc_milestone (
      id uuid primary key default gen_random_uuid(),
      -- The order they were added in, among those added together.
      seq bigint generated always as identity,
      item_id uuid not null references sc_roadmap_item (id) on delete cascade,
      title text not null,
      due date not null,
      weight numeric not null check (weight > 0),
      done_at date,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index sc_milestone_item on sc_milestone (item_id)`.execute(db);
  await sql`
    create table sc_indicator (
      id uuid primary key default gen_random_uuid(),
      -- The order they were added in, among those added together.
      seq bigint generated always as identity,
      item_id uuid not null references sc_roadmap_item (id) on delete cascade,
      name text not null,
      unit text not null,
      target numeric not null,
      realization numeric,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index sc_indicator_item on sc_indicator (item_id)`.execute(db);
  // The score's weights. One row; absent means the national defaults (smartcity.score.ts).
  await sql`
    create table sc_settings (
      id boolean primary key default true check (id),
      weights jsonb not null,
      updated_at timestamptz not null default now(),
      updated_by uuid
    )`.execute(db);
  // The semi-annual evaluation (Tahap I and II). Publishing freezes the weights and the score, so
  // that what citizens saw stays what was published when the settings change later.
  await sql`
    create table sc_evaluation (
      id uuid primary key default gen_random_uuid(),
      year smallint not null,
      stage smallint not null check (stage in (1, 2)),
      status text not null default 'draft' check (status in ('draft', 'published')),
      baseline numeric(3, 2) check (baseline between 1 and 5),
      output numeric(3, 2) check (output between 1 and 5),
      outcome numeric(3, 2) check (outcome between 1 and 5),
      impact numeric(3, 2) check (impact between 1 and 5),
      quick_win numeric(3, 2) check (quick_win between 1 and 5),
      notes text not null default '',
      weights jsonb,
      score numeric(4, 3),
      published_at timestamptz,
      published_by uuid,
      created_by uuid,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (year, stage),
      check ((status = 'published') = (published_at is not null)),
      check (status = 'draft' or (weights is not null and score is not null))
    )`.execute(db);
  await sql`
    create table sc_evaluation_dimension (
      evaluation_id uuid not null references sc_evaluation (id),
      dimension_code text not null references sc_dimension (code),
      value numeric(3, 2) not null check (value between 1 and 5),
      primary key (evaluation_id, dimension_code)
    )`.execute(db);
  await sql`
    create table sc_evidence (
      id uuid primary key default gen_random_uuid(),
      evaluation_id uuid not null references sc_evaluation (id),
      index_key text check (index_key in ('baseline', 'output', 'outcome', 'impact', 'quickWin')),
      file_key text not null,
      file_name text not null,
      content_type text not null,
      size_bytes integer not null,
      uploaded_by uuid,
      uploaded_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index sc_evidence_evaluation on sc_evidence (evaluation_id)`.execute(db);
  // A published evaluation is final: its figures and evidence are locked here, not only in the service.
  await sql`
    create function sc_evaluation_locked() returns trigger language plpgsql as $$
    declare
      eid uuid;
    begin
      if tg_table_name = 'sc_evaluation' then
        if old.status = 'published' then
          raise exception 'evaluation % is published: it is final', old.id using errcode = 'P0001';
        end if;
        if tg_op = 'DELETE' then return old; end if;
        return new;
      end if;
      if tg_op = 'INSERT' then eid := new.evaluation_id; else eid := old.evaluation_id; end if;
      if exists (select 1 from sc_evaluation where id = eid and status = 'published') then
        raise exception 'evaluation % is published: it is final', eid using errcode = 'P0001';
      end if;
      if tg_op = 'DELETE' then return old; end if;
      return new;
    end $$`.execute(db);
  for (const table of ['sc_evaluation', 'sc_evaluation_dimension', 'sc_evidence']) {
    const events = table === 'sc_evaluation' ? 'update or delete' : 'insert or update or delete';
    await sql`create trigger ${sql.raw(`${table}_locked`)} before ${sql.raw(events)} on ${sql.table(table)} for each row execute function sc_evaluation_locked()`.execute(
      db,
    );
  }
}

export async function down(): Promise<void> {
  throw new Error('Not rolled back; restore a backup instead.');
}
