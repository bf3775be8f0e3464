/**
 * Read-only SQL for the Open311 API. Every query here leaves out rahasia complaints, so no answer
 * built on it can show one, and only public timeline events are read.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { ComplaintRow, EventRow } from '../complaint.repository.js';
import type { Status } from '../complaint.states.js';

export interface RequestFilter {
  /** Tracking numbers; when given, the other filters still narrow them. */
  trackingNos?: string[];
  categoryId?: string;
  /** Filed at or after. */
  from?: Date;
  /** Filed before. */
  to?: Date;
  statuses?: readonly Status[];
  limit: number;
  offset: number;
}

/** Public complaints matching the filter, newest first. */
export async function listPublicRequests(db: Kysely<Database>, f: RequestFilter): Promise<ComplaintRow[]> {
  let query = db.selectFrom('complaint').selectAll().where('privacy', '<>', 'rahasia');
  if (f.trackingNos) query = f.trackingNos.length ? query.where('tracking_no', 'in', f.trackingNos) : query.where(sql<boolean>`false`);
  if (f.categoryId) query = query.where('category_id', '=', f.categoryId);
  if (f.from) query = query.where('created_at', '>=', f.from);
  if (f.to) query = query.where('created_at', '<', f.to);
  if (f.statuses) query = f.statuses.length ? query.where('status', 'in', [...f.statuses]) : query.where(sql<boolean>`false`);
  return query.orderBy('created_at', 'desc').orderBy('number', 'desc').limit(f.limit).offset(f.offset).execute();
}

/** The public timeline events of these complaints, oldest first. */
export async function publicEventsOf(db: Kysely<Database>, complaintIds: string[]): Promise<EventRow[]> {
  if (complaintIds.length === 0) return [];
  return db.selectFrom('complaint_event').selectAll().where('complaint_id', 'in', complaintIds).where('visibility', '=', 'public').orderBy('id').execute();
}

export interface UpdateFilter {
  trackingNos?: string[];
  /** Happened at or after. */
  from?: Date;
  /** Happened before. */
  to?: Date;
  limit: number;
  offset: number;
}

export type UpdateRow = EventRow & { tracking_no: string };

/** Public events that moved a public complaint to another status, oldest first, so a client can poll forward. */
export async function listPublicUpdates(db: Kysely<Database>, f: UpdateFilter): Promise<UpdateRow[]> {
  let query = db
    .selectFrom('complaint_event as e')
    .innerJoin('complaint as c', 'c.id', 'e.complaint_id')
    .selectAll('e')
    .select('c.tracking_no')
    .where('e.visibility', '=', 'public')
    .where('e.to_status', 'is not', null)
    .where('c.privacy', '<>', 'rahasia');
  if (f.trackingNos) query = f.trackingNos.length ? query.where('c.tracking_no', 'in', f.trackingNos) : query.where(sql<boolean>`false`);
  if (f.from) query = query.where('e.at', '>=', f.from);
  if (f.to) query = query.where('e.at', '<', f.to);
  return query.orderBy('e.id').limit(f.limit).offset(f.offset).execute();
}
