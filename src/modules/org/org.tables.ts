import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { Role, TokenScope } from '../../platform/context.js';

type Stamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateText = ColumnType<string, string, string>;

export type OpdKind = 'sekretariat' | 'dinas' | 'badan' | 'inspektorat' | 'satpol' | 'kecamatan' | 'kelurahan' | 'bagian';

export interface OpdTable {
  id: Generated<string>;
  code: string;
  name: string;
  short_name: string;
  kind: OpdKind;
  parent_id: string | null;
  valid_from: DateText;
  valid_to: ColumnType<string | null, string | null | undefined, string | null>;
  head_name: string | null;
  head_user_id: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  website: string | null;
  wilayah_id: string | null;
  created_at: Stamp;
  updated_at: Stamp;
}

export interface WilayahTable {
  id: Generated<string>;
  level: 'kecamatan' | 'kelurahan';
  name: string;
  parent_id: string | null;
  centre_lat: number | null;
  centre_lon: number | null;
  boundary: JSONColumnType<GeoJsonGeometry | null, string | null, string | null>;
  min_lat: number | null;
  min_lon: number | null;
  max_lat: number | null;
  max_lon: number | null;
  boundary_source: string | null;
  boundary_loaded_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface GeoJsonGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: number[][][] | number[][][][];
}

export interface WilayahCodeTable {
  wilayah_id: string;
  system: string;
  code: string;
}

export interface AppUserTable {
  id: Generated<string>;
  email: string;
  name: string;
  phone: string | null;
  nik_encrypted: string | null;
  password_hash: string | null;
  locale: ColumnType<'id' | 'en', 'id' | 'en' | undefined, 'id' | 'en'>;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  failed_logins: ColumnType<number, number | undefined, number>;
  locked_until: Date | null;
  last_login_at: Date | null;
  created_at: Stamp;
  updated_at: Stamp;
}

export interface RoleGrantTable {
  id: Generated<string>;
  user_id: string;
  role: Role;
  opd_id: string | null;
  granted_by: string | null;
  granted_at: Stamp;
}

export interface UserSessionTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Stamp;
  last_seen_at: Stamp;
  expires_at: Date;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiTokenTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  scopes: JSONColumnType<TokenScope[], string, string>;
  created_by: string | null;
  created_at: Stamp;
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export interface PasswordResetTable {
  token_hash: string;
  user_id: string;
  expires_at: Date;
  used_at: Date | null;
  created_at: Stamp;
}

export interface LoginFailureTable {
  id: Generated<number>;
  ip: string;
  email: string;
  at: Stamp;
}

export interface OrgTables {
  opd: OpdTable;
  wilayah: WilayahTable;
  wilayah_code: WilayahCodeTable;
  app_user: AppUserTable;
  role_grant: RoleGrantTable;
  user_session: UserSessionTable;
  api_token: ApiTokenTable;
  password_reset: PasswordResetTable;
  login_failure: LoginFailureTable;
}
