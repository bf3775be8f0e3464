/**
 * The audit log's SQL. Deliberately no update or delete here: the table is append-only, and the
 * database enforces it too (see the platform migration's trigger).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export interface AuditRow {
  id: number;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_label: string;
  action: string;
  record_type: string;
  record_id: string | null;
  opd_id: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  request_id: string | null;
}

export interface AuditFilter {
  actorUserId?: string;
  action?: string;
  recordType?: string;
  recordId?: string;
  opdId?: string;
  from?: Date;
  to?: Date;
  /** Rows older than this id: keyset paging, newest first. */
  beforeId?: number;
  limit: number;
}

export type NewAuditRow = Omit<AuditRow, 'id' | 'occurred_at'>;

/** The INSERT of an audit row, not yet run: run it, or make it part of a module's statement. */
export function auditRowInsert(db: Kysely<Database>, row: NewAuditRow) {
  return db.insertInto('audit_log').values({
    ...row,
    before: row.before === undefined || row.before === null ? null : JSON.stringify(row.before),
    after: row.after === undefined || row.after === null ? null : JSON.stringify(row.after),
  });
}

export async function insertAuditRow(db: Kysely<Database>, row: NewAuditRow): Promise<void> {
  await auditRowInsert(db, row).execute();
}

export async function findAuditRows(db: Kysely<Database>, filter: AuditFilter): Promise<AuditRow[]> {
  let query = db.selectFrom('audit_log').selectAll();
  if (filter.actorUserId) query = query.where('actor_user_id', '=', filter.actorUserId);
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.recordType) query = query.where('record_type', '=', filter.recordType);
  if (filter.recordId) query = query.where('record_id', '=', filter.recordId);
  if (filter.opdId) query = query.where('opd_id', '=', filter.opdId);
  if (filter.from) query = query.where('occurred_at', '>=', filter.from);
  if (filter.to) query = query.where('occurred_at', '<', filter.to);
  if (filter.beforeId) query = query.where('id', '<', filter.beforeId);
  return (await query.orderBy('id', 'desc').limit(filter.limit).execute()) as AuditRow[];
}
