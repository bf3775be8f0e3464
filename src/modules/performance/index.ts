/**
 * Lelang kinerja, the performance auction (DOMAIN.md section 4). Built so far: the planning
 * cascade (periods, goals, indicators), the auction (offers, answers, decisions, amendments), its
 * documents as PDF (pakta integritas, perjanjian kinerja with rencana aksi), the budget (pagu,
 * cash plan, BKAD's realization workbook, absorption), quarterly reports (TW I-IV: realizations,
 * evidence, review, computed indicators, reminders) and
 * the pure arithmetic of achievement, predicates, budget
 * absorption, scores and reward/punishment rules.
 */
import type { ModuleManifest } from '../../platform/module.js';
import { auctionOutboxHandlers } from './auction.notifications.js';
import { runOfferReminders } from './auction.reminders.js';
import { registerAuctionRoutes } from './auction.routes.js';
import { registerBudgetRoutes } from './budget.routes.js';
import { registerDocumentRoutes } from './documents/documents.routes.js';
import * as planning from './migrations/20261122_10_planning.js';
import * as auction from './migrations/20261122_11_auction.js';
import * as reports from './migrations/20261122_12_reports.js';
import * as budget from './migrations/20261122_13_budget.js';
import * as scores from './migrations/20261122_14_scores.js';
import { registerPlanningRoutes } from './planning.routes.js';
import { reportOutboxHandlers } from './report.notifications.js';
import { runReportReminders } from './report.reminders.js';
import { registerReportRoutes } from './report.routes.js';
import { registerScoreRoutes } from './score.routes.js';

export const performanceModule: ModuleManifest = {
  name: 'performance',
  migrations: {
    '20261122_10_planning': planning,
    '20261122_11_auction': auction,
    '20261122_12_reports': reports,
    '20261122_13_budget': budget,
    '20261122_14_scores': scores,
  },
  outboxHandlers: (platform) => ({ ...auctionOutboxHandlers(platform), ...reportOutboxHandlers(platform) }),
  housekeeping: async (platform) => {
    await runReportReminders(platform);
    await runOfferReminders(platform);
  },
  routes(app, platform) {
    registerPlanningRoutes(app, platform);
    registerAuctionRoutes(app, platform);
    registerScoreRoutes(app, platform);
    registerReportRoutes(app, platform);
    registerBudgetRoutes(app, platform);
    registerDocumentRoutes(app, platform);
  },
};
