/**
 * SAMBAT, the complaint module: filing, verification, routing to OPDs, answers, closing, with
 * working-day time limits. Other modules use it through what this file exports.
 */
import type { ModuleManifest } from '../../platform/module.js';
import { registerCategoryRoutes } from './category.routes.js';
import { runComplaintClock } from './complaint.clock.js';
import { complaintOutboxHandlers } from './complaint.notifications.js';
import { registerPublicComplaintRoutes } from './complaint.public.routes.js';
import { registerStaffComplaintRoutes } from './complaint.staff.routes.js';
import { seedComplaintCategories } from './complaints.seed.js';
import { laporOutboxHandlers } from './lapor.forward.js';
import * as init from './migrations/20261122_04_init.js';
import * as webhooks from './migrations/20261122_06_webhooks.js';
import * as placeIndex from './migrations/20261122_07_place_index.js';
import * as newestIndex from './migrations/20261122_08_newest_index.js';
import { registerOpen311Routes } from './open311/open311.routes.js';
import { registerQrPlaceRoutes } from './qr/qr.routes.js';
import { smsOutboxHandlers } from './sms/sms.outbox.js';
import { registerSmsRoutes } from './sms/sms.routes.js';
import { registerWebhookRoutes } from './webhooks/webhook.routes.js';

export { createIntakeService, type IntakeService } from './complaint.intake.service.js';
export { createQueryService, type QueryService } from './complaint.query.service.js';
export { createStatsService, type OpdComplaintStats, type StatsService } from './complaint.stats.service.js';
export { createWorkflowService, type WorkflowService } from './complaint.workflow.service.js';

export const complaintsModule: ModuleManifest = {
  name: 'complaints',
  migrations: { '20261122_04_init': init, '20261122_06_webhooks': webhooks, '20261122_07_place_index': placeIndex, '20261122_08_newest_index': newestIndex },
  seed: seedComplaintCategories,
  housekeeping: async (platform) => {
    await runComplaintClock(platform);
  },
  outboxHandlers: (platform) => ({ ...complaintOutboxHandlers(platform), ...smsOutboxHandlers(platform), ...laporOutboxHandlers(platform) }),
  routes(app, platform) {
    registerCategoryRoutes(app, platform);
    registerPublicComplaintRoutes(app, platform);
    registerStaffComplaintRoutes(app, platform);
    registerWebhookRoutes(app, platform);
    registerSmsRoutes(app, platform);
    registerQrPlaceRoutes(app, platform);
    registerOpen311Routes(app, platform);
  },
};
