import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations work below the typed schema.
export async function up(db: Kysely<any>): Promise<void> {
  // A produsen data (CKAN's organization): an OPD, a kelurahan or a health facility. Its staff are
  // the staff of opd_id, so the OPD-scoped roles reach the producer's datasets.
  await sql`
    create table od_producer (
      id uuid primary key default gen_random_uuid(),
      name text not null unique check (name ~ '^[a-z0-9_-]{2,100}$'),
      title text not null,
      kind text not null check (kind in ('opd', 'kelurahan', 'faskes')),
      opd_id uuid not null references opd (id),
      description text not null default '',
      email text,
      created_at timestamptz not null default now()
    )`.execute(db);
  // A topic (CKAN's group), across producers: kesehatan, pendidikan, ...
  await sql`
    create table od_group (
      id uuid primary key default gen_random_uuid(),
      name text not null unique check (name ~ '^[a-z0-9_-]{2,100}$'),
      title text not null,
      description text not null default '',
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table od_dataset (
      id uuid primary key default gen_random_uuid(),
      name text not null unique check (name ~ '^[a-z0-9_-]{2,100}$'),
      title text not null,
      notes text not null default '',
      producer_id uuid not null references od_producer (id),
      license_id text not null,
      tags text[] not null default '{}',
      extras jsonb not null default '[]',
      contact_name text,
      contact_email text,
      concept text not null default '',
      definition text not null default '',
      measure text not null default '',
      unit text not null default '',
      presentation_level text not null default '',
      region_code text,
      region_name text,
      frequency text not null,
      temporal_start date,
      temporal_end date,
      access_level text not null check (access_level in ('terbuka', 'terbatas', 'tertutup')),
      status text not null default 'DRAFT' check (status in
        ('DRAFT', 'MENUNGGU_PERSETUJUAN', 'DISETUJUI', 'DITOLAK', 'DIBATALKAN', 'DITAYANGKAN', 'TIDAK_DITAYANGKAN')),
      search_vector tsvector not null default ''::tsvector,
      last_data_at timestamptz,
      next_due_on date,
      overdue_notified_on date,
      created_by uuid,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      published_at timestamptz
    )`.execute(db);
  await sql`create index od_dataset_search on od_dataset using gin (search_vector)`.execute(db);
  await sql`create index od_dataset_tags on od_dataset using gin (tags)`.execute(db);
  await sql`create index od_dataset_producer on od_dataset (producer_id, status)`.execute(db);
  await sql`create index od_dataset_due on od_dataset (next_due_on) where status = 'DITAYANGKAN'`.execute(db);
  await sql`
    create table od_dataset_group (
      dataset_id uuid not null references od_dataset (id) on delete cascade,
      group_id uuid not null references od_group (id),
      primary key (dataset_id, group_id)
    )`.execute(db);
  await sql`create index od_dataset_group_group on od_dataset_group (group_id)`.execute(db);
  // The walidata's and producer's steps on a dataset; append-only (see the trigger below).
  await sql`
    create table od_dataset_review (
      id bigint generated always as identity primary key,
      dataset_id uuid not null references od_dataset (id) on delete cascade,
      action text not null,
      from_status text not null,
      to_status text not null,
      comment text not null default '',
      actor_user_id uuid,
      actor_name text not null,
      at timestamptz not null default now()
    )`.execute(db);
  await sql`create index od_dataset_review_dataset on od_dataset_review (dataset_id, id)`.execute(db);
  await sql`
    create function od_review_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'od_dataset_review is append-only';
    end $$`.execute(db);
  await sql`
    create trigger od_review_no_change before update on od_dataset_review
    for each row execute function od_review_append_only()`.execute(db);

  // A resource: an uploaded table (CSV/XLSX, versioned) or a link.
  await sql`
    create table od_resource (
      id uuid primary key default gen_random_uuid(),
      dataset_id uuid not null references od_dataset (id) on delete cascade,
      name text not null,
      description text not null default '',
      kind text not null check (kind in ('upload', 'link')),
      url text,
      format text not null default '',
      position integer not null default 0,
      current_version_id uuid,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index od_resource_dataset on od_resource (dataset_id, position)`.execute(db);
  // Every upload is a version; older versions stay, with their rows, downloadable.
  await sql`
    create table od_resource_version (
      id uuid primary key default gen_random_uuid(),
      resource_id uuid not null references od_resource (id) on delete cascade,
      version_no integer not null,
      file_key text not null,
      file_name text not null,
      media_type text not null,
      bytes bigint not null,
      sha256 text not null,
      row_count integer not null,
      columns jsonb not null,
      key_columns text[] not null default '{}',
      confirmed_at timestamptz,
      summary jsonb,
      created_by uuid,
      created_at timestamptz not null default now(),
      unique (resource_id, version_no)
    )`.execute(db);
  // The datastore: one row per table row, values typed in JSON by the version's columns.
  await sql`
    create table od_datastore_row (
      version_id uuid not null references od_resource_version (id) on delete cascade,
      row_no integer not null,
      data jsonb not null,
      primary key (version_id, row_no)
    )`.execute(db);
  await sql`create index od_datastore_row_data on od_datastore_row using gin (data jsonb_path_ops)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Not rolled back; restore a backup instead.');
}
