import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { authorize } from '../auth/authorize.js';
import type { RequestContext } from '../context.js';
import { type AuditFilter, type AuditRow, auditRowInsert, findAuditRows, insertAuditRow, type NewAuditRow } from './audit.repository.js';

export interface AuditEntry {
  /** What happened, as module.verb: 'user.create', 'role.grant'. */
  action: string;
  recordType: string;
  recordId?: string | null;
  opdId?: string | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditLog {
  /** Appends an entry; pass the transaction that makes the change so both happen or neither. */
  record(trx: Kysely<Database>, ctx: RequestContext, entry: AuditEntry): Promise<void>;
  /**
   * The same entry as an INSERT not yet run, for a module that writes its change and its audit
   * entry in one statement (one round trip, atomic without a transaction).
   */
  recordQuery(db: Kysely<Database>, ctx: RequestContext, entry: AuditEntry): ReturnType<typeof auditRowInsert>;
  /** Entries newest first, filtered; the caller checks permission (see read). */
  list(db: Kysely<Database>, filter: AuditFilter): Promise<AuditRow[]>;
  /** Entries newest first, for an admin or auditor. */
  read(ctx: RequestContext, filter: AuditFilter): Promise<AuditRow[]>;
}

function actorLabel(ctx: RequestContext): string {
  if (!ctx.actor) return 'system';
  return ctx.actor.token ? `${ctx.actor.email} (token ${ctx.actor.token.name})` : ctx.actor.email;
}

function rowOf(ctx: RequestContext, entry: AuditEntry): NewAuditRow {
  return {
    actor_user_id: ctx.actor?.userId ?? null,
    actor_label: actorLabel(ctx),
    action: entry.action,
    record_type: entry.recordType,
    record_id: entry.recordId ?? null,
    opd_id: entry.opdId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    ip: ctx.ip,
    request_id: ctx.requestId,
  };
}

export function createAuditLog(db: Kysely<Database>): AuditLog {
  return {
    recordQuery: (exec, ctx, entry) => auditRowInsert(exec, rowOf(ctx, entry)),
    record: (trx, ctx, entry) => insertAuditRow(trx, rowOf(ctx, entry)),
    list: findAuditRows,
    read(ctx, filter) {
      authorize(ctx, 'audit.read');
      return findAuditRows(db, filter);
    },
  };
}
