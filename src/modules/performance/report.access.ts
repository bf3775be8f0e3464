/**
 * Who reaches a report. Readers follow performance.read (the leadership, admins and auditors all
 * OPDs, an OPD's staff their own); another OPD's report is not found rather than forbidden, so its
 * existence is not given away. Writers must also hold performance.report for the report's OPD.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { commonErrors } from '../../errors.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Actor, RequestContext } from '../../platform/context.js';
import { readerReach } from './performance.reach.js';
import { reportErrors } from './report.errors.js';

export { readerReach };

import { findReport, type ReportRow } from './report.repository.js';

/** Refuses, as not found, a caller who may not read this OPD's reports. */
export function checkReads(ctx: RequestContext, opdId: string, notFound = reportErrors.notFound): void {
  const reach = readerReach(ctx);
  if (reach !== 'all' && !reach.includes(opdId)) throw notFound();
}

/** The report when the caller may read it; locked for update when asked (inside a transaction). */
export async function readable(ctx: RequestContext, exec: Kysely<Database>, id: string, forUpdate = false): Promise<ReportRow> {
  if (!ctx.actor) throw commonErrors.unauthenticated();
  const report = await findReport(exec, id, { forUpdate });
  if (!report) throw reportErrors.notFound();
  checkReads(ctx, report.opd_id);
  return report;
}

/** The report, locked, when the caller fills it for its OPD and it may still change. */
export async function editable(ctx: RequestContext, trx: Kysely<Database>, id: string): Promise<{ report: ReportRow; actor: Actor }> {
  const report = await readable(ctx, trx, id, true);
  const actor = authorize(ctx, 'performance.report', report.opd_id);
  assertEditable(report);
  return { report, actor };
}

export function assertEditable(report: ReportRow): void {
  if (report.status === 'verified') throw reportErrors.locked();
  if (report.status !== 'draft' && report.status !== 'returned') throw reportErrors.notEditable(report.status);
}

/** The database's own guard on verified figures (a trigger), answered as the service would. */
export function lockedByDatabase(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e?.code === 'P0001' && /figures are locked/.test(e.message ?? '');
}
