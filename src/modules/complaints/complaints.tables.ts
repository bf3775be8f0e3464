import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { Status } from './complaint.states.js';

type Stamp = ColumnType<Date, Date | string | undefined, Date | string>;
type MaybeStamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export type ComplaintKind = 'pengaduan' | 'aspirasi' | 'permintaan_informasi';
export type Privacy = 'publik' | 'anonim' | 'rahasia';
export type Channel = 'web' | 'app' | 'sms' | 'qr' | 'api' | 'lapor';
export type LocationSource = 'pin' | 'address' | 'photo_gps' | 'qr_place';

/** An Open311 service attribute, as categories declare them. */
export interface CategoryAttribute {
  code: string;
  description: string;
  datatype: 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';
  required: boolean;
  values?: Array<{ key: string; name: string }>;
}

export interface ComplaintCategoryTable {
  id: Generated<string>;
  code: string;
  name: string;
  name_en: string;
  description: string | null;
  keywords: string | null;
  default_opd_id: string | null;
  verify_days: number | null;
  respond_days: number | null;
  close_days: number | null;
  skip_verification: ColumnType<boolean, boolean | undefined, boolean>;
  duplicate_radius_m: ColumnType<number, number | undefined, number>;
  attributes: JSONColumnType<CategoryAttribute[], string | undefined, string>;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Stamp;
  updated_at: Stamp;
}

export interface ComplaintRoutingRuleTable {
  id: Generated<string>;
  category_id: string;
  kecamatan_id: string | null;
  kelurahan_id: string | null;
  opd_id: string;
  created_at: Stamp;
}

export interface QrPlaceTable {
  id: Generated<string>;
  code: string;
  name: string;
  address: string | null;
  lat: number;
  lon: number;
  category_id: string | null;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Stamp;
}

export interface ComplaintTable {
  id: Generated<string>;
  number: Generated<number>;
  tracking_no: string;
  secret_hash: string;
  kind: ComplaintKind;
  category_id: string;
  description: string;
  address: string | null;
  lat: number | null;
  lon: number | null;
  /** point(lon, lat), kept by the database for the map's box index; never written. */
  place: ColumnType<string | null, never, never>;
  location_source: LocationSource;
  location_approximate: boolean;
  kecamatan_id: string | null;
  kelurahan_id: string | null;
  qr_place_id: string | null;
  channel: Channel;
  privacy: Privacy;
  reporter_user_id: string | null;
  reporter_name: string | null;
  reporter_email: string | null;
  reporter_phone: string | null;
  status: Status;
  opd_id: string | null;
  due_at: MaybeStamp;
  escalation_level: ColumnType<number, number | undefined, number>;
  supporter_count: ColumnType<number, number | undefined, number>;
  duplicate_of: string | null;
  satisfaction: number | null;
  reopen_count: ColumnType<number, number | undefined, number>;
  attributes: JSONColumnType<Record<string, string>, string | undefined, string>;
  created_at: Stamp;
  updated_at: Stamp;
  verified_at: MaybeStamp;
  dispositioned_at: MaybeStamp;
  responded_at: MaybeStamp;
  closed_at: MaybeStamp;
}

export interface ComplaintOpdTable {
  complaint_id: string;
  opd_id: string;
}

export type EventParty = 'reporter' | 'admin' | 'opd' | 'system' | 'public';

export interface ComplaintEventTable {
  id: Generated<number>;
  complaint_id: string;
  at: Stamp;
  type: string;
  from_status: string | null;
  to_status: string | null;
  visibility: 'public' | 'internal';
  actor_user_id: string | null;
  actor_party: EventParty;
  actor_opd_id: string | null;
  note: string | null;
  data: JSONColumnType<Record<string, unknown>, string | undefined, string>;
}

export interface ComplaintPhotoTable {
  id: Generated<string>;
  complaint_id: string;
  event_id: number | null;
  position: number;
  original_key: string;
  public_key: string;
  thumb_key: string;
  width: number;
  height: number;
  gps_lat: number | null;
  gps_lon: number | null;
  created_at: Stamp;
}

export interface ComplaintSupporterTable {
  complaint_id: string;
  supporter_key: string;
  created_at: Stamp;
}

export interface ComplaintWebhookTable {
  id: Generated<string>;
  opd_id: string;
  url: string;
  description: string | null;
  secret_encrypted: string;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  created_by: string | null;
  created_at: Stamp;
}

export interface ComplaintsTables {
  complaint_webhook: ComplaintWebhookTable;
  complaint_category: ComplaintCategoryTable;
  complaint_routing_rule: ComplaintRoutingRuleTable;
  qr_place: QrPlaceTable;
  complaint: ComplaintTable;
  complaint_opd: ComplaintOpdTable;
  complaint_event: ComplaintEventTable;
  complaint_photo: ComplaintPhotoTable;
  complaint_supporter: ComplaintSupporterTable;
}
