import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface AuditLogTable {
  id: Generated<number>;
  occurred_at: CreatedAt;
  actor_user_id: string | null;
  actor_label: string;
  action: string;
  record_type: string;
  record_id: string | null;
  opd_id: string | null;
  before: ColumnType<unknown, string | null, never>;
  after: ColumnType<unknown, string | null, never>;
  ip: string | null;
  request_id: string | null;
}

export interface OutboxTable {
  id: Generated<number>;
  topic: string;
  payload: JSONColumnType<Record<string, unknown>, string, string>;
  status: ColumnType<'pending' | 'done' | 'dead', 'pending' | undefined, 'pending' | 'done' | 'dead'>;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: ColumnType<Date, Date | string | undefined, Date | string>;
  locked_until: ColumnType<Date | null, never, Date | string | null>;
  last_error: string | null;
  created_at: CreatedAt;
  processed_at: ColumnType<Date | null, never, Date | string | null>;
}

export interface RateLimitHitTable {
  bucket: string;
  subject: string;
  window_start: Date;
  hits: number;
  expires_at: Date;
}

export interface PlatformTables {
  audit_log: AuditLogTable;
  outbox: OutboxTable;
  rate_limit_hit: RateLimitHitTable;
}
