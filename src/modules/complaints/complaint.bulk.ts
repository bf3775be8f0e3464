/** Bulk steps for the admin desk and OPD inboxes: each complaint in its own transaction, so one refusal stops nothing else. */
import type { Static } from '@sinclair/typebox';
import { AppError, commonErrors } from '../../errors.js';
import { type Action, reachableOpds } from '../../platform/auth/permissions.js';
import type { RequestContext } from '../../platform/context.js';
import { complaintErrors } from './complaint.errors.js';
import type { BulkBody } from './complaint.schemas.js';
import type { WorkflowService } from './complaint.workflow.service.js';

const PERMISSION: Record<Static<typeof BulkBody>['action'], Action> = {
  verify: 'complaint.verify',
  redisposition: 'complaint.verify',
  reject: 'complaint.verify',
  accept: 'complaint.handle',
  start: 'complaint.handle',
};

export async function runBulk(workflow: WorkflowService, ctx: RequestContext, body: Static<typeof BulkBody>) {
  // Results per complaint are for a desk that may act on some of them; a caller who may act on
  // none is refused as a whole, as any single step would refuse them.
  if (!ctx.actor) throw commonErrors.unauthenticated();
  const reach = reachableOpds(ctx.actor, PERMISSION[body.action]);
  if (reach !== 'all' && reach.length === 0) throw commonErrors.forbidden();
  if ((body.action === 'verify' || body.action === 'redisposition') && !body.opdId) throw complaintErrors.opdRequired();
  const opdId = body.opdId ?? '';
  const results = [];
  for (const id of body.ids) {
    try {
      const c = await (async () => {
        switch (body.action) {
          case 'verify':
            return workflow.verify(ctx, id, { opdId, note: body.note });
          case 'redisposition':
            return workflow.redisposition(ctx, id, { opdId, note: body.note });
          case 'accept':
            return workflow.accept(ctx, id, { note: body.note });
          case 'start':
            return workflow.start(ctx, id, { note: body.note });
          case 'reject':
            return workflow.reject(ctx, id, { reason: body.reason ?? 'spam', note: body.note });
        }
      })();
      results.push({ id, ok: true, trackingNo: c.tracking_no, status: c.status });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({ id, ok: false, code: error.code, detail: error.text[ctx.locale] });
    }
  }
  return results;
}
