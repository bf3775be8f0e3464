/**
 * Who sees a smart city evaluation before it is published: those with smartcity.read_internal.
 * An evaluation is the city's, not one OPD's, and every OPD's roadmap feeds it, so the staff of
 * any OPD (reach own_opd) see drafts as the smart city team, leadership and auditors (reach any) do.
 */
import { reachableOpds } from '../../platform/auth/permissions.js';
import type { RequestContext } from '../../platform/context.js';

export function readsDrafts(ctx: RequestContext): boolean {
  const reach = reachableOpds(ctx.actor, 'smartcity.read_internal');
  return reach === 'all' || reach.length > 0;
}
