import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations work below the typed schema.
export async function up(db: Kysely<any>): Promise<void> {
  // OPDs are data with validity dates, never an enum: the structure changes with regulations.
  await sql`
    create table opd (
      id uuid primary key default gen_random_uuid(),
      code text not null unique,
      name text not null,
      short_name text not null,
      kind text not null check (kind in ('sekretariat', 'dinas', 'badan', 'inspektorat', 'satpol', 'kecamatan', 'kelurahan', 'bagian')),
      parent_id uuid references opd (id),
      valid_from date not null,
      valid_to date,
      head_name text,
      head_user_id uuid,
      email text,
      phone text,
      address text,
      website text,
      wilayah_id uuid,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (valid_to is null or valid_to >= valid_from)
    )`.execute(db);
  await sql`create index opd_parent on opd (parent_id)`.execute(db);

  await sql`
    create table wilayah (
      id uuid primary key default gen_random_uuid(),
      level text not null check (level in ('kecamatan', 'kelurahan')),
      name text not null,
      parent_id uuid references wilayah (id),
      centre_lat double precision,
      centre_lon double precision,
      boundary jsonb,
      min_lat double precision,
      min_lon double precision,
      max_lat double precision,
      max_lon double precision,
      boundary_source text,
      boundary_loaded_at timestamptz,
      check ((level = 'kecamatan') = (parent_id is null)),
      unique (level, parent_id, name)
    )`.execute(db);
  await sql`create unique index wilayah_kecamatan_name on wilayah (name) where level = 'kecamatan'`.execute(db);
  await sql`create index wilayah_bbox on wilayah (min_lat, max_lat, min_lon, max_lon) where boundary is not null`.execute(db);
  // Codes belong to a named system (Kemendagri and BPS number the kecamatan differently): data, not logic.
  await sql`
    create table wilayah_code (
      wilayah_id uuid not null references wilayah (id) on delete cascade,
      system text not null,
      code text not null,
      primary key (system, code),
      unique (wilayah_id, system)
    )`.execute(db);
  await sql`alter table opd add foreign key (wilayah_id) references wilayah (id)`.execute(db);

  await sql`
    create table app_user (
      id uuid primary key default gen_random_uuid(),
      email text not null,
      name text not null,
      phone text,
      nik_encrypted text,
      password_hash text,
      locale text not null default 'id' check (locale in ('id', 'en')),
      active boolean not null default true,
      failed_logins integer not null default 0,
      locked_until timestamptz,
      last_login_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create unique index app_user_email on app_user (lower(email))`.execute(db);
  await sql`alter table opd add foreign key (head_user_id) references app_user (id)`.execute(db);

  await sql`
    create table role_grant (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references app_user (id),
      role text not null check (role in ('warga', 'operator_opd', 'kepala_opd', 'admin', 'walidata', 'auditor', 'eksekutif')),
      opd_id uuid references opd (id),
      granted_by uuid references app_user (id),
      granted_at timestamptz not null default now(),
      check (role not in ('operator_opd', 'kepala_opd') or opd_id is not null)
    )`.execute(db);
  await sql`create unique index role_grant_once on role_grant (user_id, role, coalesce(opd_id, '00000000-0000-0000-0000-000000000000'))`.execute(db);

  // The cookie carries a random token; only its keyed hash is stored, so the table cannot be replayed.
  await sql`
    create table user_session (
      id_hash text primary key,
      user_id uuid not null references app_user (id),
      csrf_token text not null,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null,
      ip text,
      user_agent text
    )`.execute(db);
  await sql`create index user_session_user on user_session (user_id)`.execute(db);
  await sql`create index user_session_expiry on user_session (expires_at)`.execute(db);

  await sql`
    create table api_token (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references app_user (id),
      name text not null,
      token_hash text not null unique,
      prefix text not null,
      scopes jsonb not null,
      created_by uuid references app_user (id),
      created_at timestamptz not null default now(),
      expires_at timestamptz,
      last_used_at timestamptz,
      revoked_at timestamptz
    )`.execute(db);

  await sql`
    create table password_reset (
      token_hash text primary key,
      user_id uuid not null references app_user (id),
      expires_at timestamptz not null,
      used_at timestamptz,
      created_at timestamptz not null default now()
    )`.execute(db);

  // Failed sign-ins by IP, kept in the database so the throttle holds across processes.
  await sql`
    create table login_failure (
      id bigint generated always as identity primary key,
      ip text not null,
      email text not null,
      at timestamptz not null default now()
    )`.execute(db);
  await sql`create index login_failure_ip on login_failure (ip, at)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The org schema is not rolled back; restore a backup instead.');
}
