/**
 * Lelang kinerja, the performance auction (DOMAIN.md section 4). Built so far: the planning
 * cascade (periods, goals, indicators), the auction (offers, answers, decisions, amendments) and
 * the pure arithmetic of achievement, predicates, budget
 * absorption, scores and reward/punishment rules.
 */
import type { ModuleManifest } from '../../platform/module.js';
import { auctionOutboxHandlers } from './auction.notifications.js';
import { registerAuctionRoutes } from './auction.routes.js';
import * as planning from './migrations/20261122_10_planning.js';
import * as auction from './migrations/20261122_11_auction.js';
import * as reports from './migrations/20261122_12_reports.js';
import * as budget from './migrations/20261122_13_budget.js';
import { registerPlanningRoutes } from './planning.routes.js';

export const performanceModule: ModuleManifest = {
  name: 'performance',
  migrations: {
    '20261122_10_planning': planning,
    '20261122_11_auction': auction,
    '20261122_12_reports': reports,
    '20261122_13_budget': budget,
  },
  outboxHandlers: (platform) => auctionOutboxHandlers(platform),
  routes(app, platform) {
    registerPlanningRoutes(app, platform);
    registerAuctionRoutes(app, platform);
  },
};
