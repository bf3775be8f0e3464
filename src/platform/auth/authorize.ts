import { commonErrors } from '../../errors.js';
import type { Actor, RequestContext } from '../context.js';
import { type Action, can } from './permissions.js';

/** Returns the actor when it may do the action (on this OPD's record), else throws 401 or 403 kinds. */
export function authorize(ctx: RequestContext, action: Action, opdId?: string | null): Actor {
  if (!ctx.actor) throw commonErrors.unauthenticated();
  if (!can(ctx.actor, action, opdId)) throw commonErrors.forbidden();
  return ctx.actor;
}
