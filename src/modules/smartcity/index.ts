/**
 * Smart city (DOMAIN.md section 5): the six dimensions and their elements, the masterplan's
 * programmes, each OPD's roadmap with its progress rolled up to the city, and the semi-annual
 * evaluation (Tahap I and II) with its score, evidence and exports.
 */
import type { ModuleManifest } from '../../platform/module.js';
import { registerEvaluationRoutes } from './evaluation.routes.js';
import * as init from './migrations/20261123_17_smartcity.js';
import { registerPlanRoutes } from './plan.routes.js';
import { registerRoadmapRoutes } from './roadmap.routes.js';
import { seedSmartcity } from './smartcity.seed.js';

export const smartcityModule: ModuleManifest = {
  name: 'smartcity',
  migrations: { '20261123_17_smartcity': init },
  seed: seedSmartcity,
  routes(app, platform) {
    registerPlanRoutes(app, platform);
    registerRoadmapRoutes(app, platform);
    registerEvaluationRoutes(app, platform);
  },
};
