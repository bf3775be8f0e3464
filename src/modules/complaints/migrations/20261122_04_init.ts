import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations work below the typed schema.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table complaint_category (
      id uuid primary key default gen_random_uuid(),
      code text not null unique,
      name text not null,
      name_en text not null,
      description text,
      keywords text,
      default_opd_id uuid references opd (id),
      verify_days integer check (verify_days between 1 and 60),
      respond_days integer check (respond_days between 1 and 60),
      close_days integer check (close_days between 1 and 60),
      skip_verification boolean not null default false,
      duplicate_radius_m integer not null default 250 check (duplicate_radius_m between 10 and 5000),
      attributes jsonb not null default '[]',
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);

  // Admin-editable routing: the most specific matching rule wins (kelurahan, then kecamatan, then
  // the category alone), and the category's default OPD when none matches.
  await sql`
    create table complaint_routing_rule (
      id uuid primary key default gen_random_uuid(),
      category_id uuid not null references complaint_category (id) on delete cascade,
      kecamatan_id uuid references wilayah (id),
      kelurahan_id uuid references wilayah (id),
      opd_id uuid not null references opd (id),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create unique index complaint_routing_rule_once on complaint_routing_rule (category_id, coalesce(kecamatan_id, '00000000-0000-0000-0000-000000000000'), coalesce(kelurahan_id, '00000000-0000-0000-0000-000000000000'))`.execute(
    db,
  );

  await sql`
    create table qr_place (
      id uuid primary key default gen_random_uuid(),
      code text not null unique,
      name text not null,
      address text,
      lat double precision not null,
      lon double precision not null,
      category_id uuid references complaint_category (id),
      active boolean not null default true,
      created_at timestamptz not null default now()
    )`.execute(db);

  // Tracking numbers are SBT-<year>-<number>: one sequence, so filing never waits on a counter row.
  await sql`create sequence complaint_number_seq`.execute(db);
  await sql`
    create table complaint (
      id uuid primary key default gen_random_uuid(),
      number bigint not null unique default nextval('complaint_number_seq'),
      tracking_no text not null unique,
      secret_hash text not null,
      kind text not null check (kind in ('pengaduan', 'aspirasi', 'permintaan_informasi')),
      category_id uuid not null references complaint_category (id),
      description text not null,
      address text,
      lat double precision,
      lon double precision,
      location_source text not null check (location_source in ('pin', 'address', 'photo_gps', 'qr_place')),
      location_approximate boolean not null,
      check ((lat is null) = (lon is null)),
      check (lat is not null or address is not null),
      kecamatan_id uuid references wilayah (id),
      kelurahan_id uuid references wilayah (id),
      qr_place_id uuid references qr_place (id),
      channel text not null check (channel in ('web', 'app', 'sms', 'qr', 'api', 'lapor')),
      privacy text not null check (privacy in ('publik', 'anonim', 'rahasia')),
      reporter_user_id uuid references app_user (id),
      reporter_name text,
      reporter_email text,
      reporter_phone text,
      status text not null,
      opd_id uuid references opd (id),
      due_at timestamptz,
      escalation_level integer not null default 0,
      supporter_count integer not null default 0,
      duplicate_of uuid references complaint (id),
      satisfaction integer check (satisfaction between 1 and 5),
      reopen_count integer not null default 0,
      attributes jsonb not null default '{}',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      verified_at timestamptz,
      dispositioned_at timestamptz,
      responded_at timestamptz,
      closed_at timestamptz
    )`.execute(db);
  await sql`create index complaint_by_status on complaint (status, created_at)`.execute(db);
  await sql`create index complaint_by_opd on complaint (opd_id, status)`.execute(db);
  await sql`create index complaint_by_created on complaint (created_at)`.execute(db);
  await sql`create index complaint_by_due on complaint (due_at) where status not in ('closed', 'rejected')`.execute(db);
  await sql`create index complaint_by_reporter on complaint (reporter_user_id)`.execute(db);
  // Nearest-neighbour and radius searches for duplicates, over open complaints only.
  await sql`create index complaint_open_place on complaint using gist (ll_to_earth(lat, lon)) where status not in ('closed', 'rejected') and lat is not null`.execute(
    db,
  );
  await sql`create index complaint_place on complaint (lat, lon)`.execute(db);
  await sql`create index complaint_text on complaint using gin (description gin_trgm_ops)`.execute(db);

  await sql`
    create table complaint_opd (
      complaint_id uuid not null references complaint (id) on delete cascade,
      opd_id uuid not null references opd (id),
      primary key (complaint_id, opd_id)
    )`.execute(db);

  // The timeline: every event with its actor and whether the public may see it.
  await sql`
    create table complaint_event (
      id bigint generated always as identity primary key,
      complaint_id uuid not null references complaint (id) on delete cascade,
      at timestamptz not null default now(),
      type text not null,
      from_status text,
      to_status text,
      visibility text not null check (visibility in ('public', 'internal')),
      actor_user_id uuid references app_user (id),
      actor_party text not null check (actor_party in ('reporter', 'admin', 'opd', 'system', 'public')),
      actor_opd_id uuid references opd (id),
      note text,
      data jsonb not null default '{}'
    )`.execute(db);
  await sql`create index complaint_event_complaint on complaint_event (complaint_id, id)`.execute(db);

  await sql`
    create table complaint_photo (
      id uuid primary key default gen_random_uuid(),
      complaint_id uuid not null references complaint (id) on delete cascade,
      event_id bigint references complaint_event (id),
      position integer not null,
      original_key text not null,
      public_key text not null,
      thumb_key text not null,
      width integer not null,
      height integer not null,
      gps_lat double precision,
      gps_lon double precision,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index complaint_photo_complaint on complaint_photo (complaint_id, position)`.execute(db);

  // One support per person: an account id, or a keyed hash of the supporter's contact or address.
  await sql`
    create table complaint_supporter (
      complaint_id uuid not null references complaint (id) on delete cascade,
      supporter_key text not null,
      created_at timestamptz not null default now(),
      primary key (complaint_id, supporter_key)
    )`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The complaints schema is not rolled back; restore a backup instead.');
}
