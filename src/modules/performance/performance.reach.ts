/**
 * How far a caller reads performance records (performance.read): the leadership, admins and
 * auditors every OPD, an OPD's staff their own. Offers, reports, budgets and scores all ask here.
 */
import { commonErrors } from '../../errors.js';
import { reachableOpds } from '../../platform/auth/permissions.js';
import type { RequestContext } from '../../platform/context.js';

/** 'all', or the caller's OPDs (a list that is never empty); refuses a caller who reaches none. */
export function readerReach(ctx: RequestContext): 'all' | string[] {
  if (!ctx.actor) throw commonErrors.unauthenticated();
  const reach = reachableOpds(ctx.actor, 'performance.read');
  if (reach !== 'all' && reach.length === 0) throw commonErrors.forbidden();
  return reach;
}
