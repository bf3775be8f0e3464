/**
 * SAMBAT, the complaint module: filing, verification, routing to OPDs, answers, closing, with
 * working-day time limits. Other modules use it through what this file exports.
 */
import type { ModuleManifest } from '../../platform/module.js';
import { registerCategoryRoutes } from './category.routes.js';
import { registerPublicComplaintRoutes } from './complaint.public.routes.js';
import { registerStaffComplaintRoutes } from './complaint.staff.routes.js';
import { seedComplaintCategories } from './complaints.seed.js';
import * as init from './migrations/20261122_04_init.js';

export { createIntakeService, type IntakeService } from './complaint.intake.service.js';
export { createQueryService, type QueryService } from './complaint.query.service.js';
export { createWorkflowService, type WorkflowService } from './complaint.workflow.service.js';

export const complaintsModule: ModuleManifest = {
  name: 'complaints',
  migrations: { '20261122_04_init': init },
  seed: seedComplaintCategories,
  routes(app, platform) {
    registerCategoryRoutes(app, platform);
    registerPublicComplaintRoutes(app, platform);
    registerStaffComplaintRoutes(app, platform);
  },
};
