/** The platform's own tables (audit log, outbox, holidays, idempotency) and routes travel as a module so they migrate first. */
import { registerAuditRoutes } from './audit/audit.routes.js';
import { registerHolidayRoutes } from './calendar/holidays.routes.js';
import { seedHolidays } from './calendar/holidays.seed.js';
import { deleteOldAnswers } from './idempotency/idempotency.js';
import * as init from './migrations/20261122_01_init.js';
import * as holidays from './migrations/20261122_03_holidays.js';
import * as idempotency from './migrations/20261122_05_idempotency.js';
import * as rateLimits from './migrations/20261122_09_rate_limits.js';
import type { ModuleManifest } from './module.js';
import { registerOutboxRoutes } from './outbox/outbox.routes.js';
import { deleteExpiredCounters } from './ratelimit/rate-limiter.js';

export const platformModule: ModuleManifest = {
  name: 'platform',
  migrations: { '20261122_01_init': init, '20261122_03_holidays': holidays, '20261122_05_idempotency': idempotency, '20261122_09_rate_limits': rateLimits },
  seed: seedHolidays,
  async housekeeping(platform) {
    await deleteOldAnswers(platform.db, new Date(Date.now() - 7 * 24 * 3600_000));
    await deleteExpiredCounters(platform.db);
  },
  routes(app, platform) {
    registerAuditRoutes(app, platform);
    registerOutboxRoutes(app, platform);
    registerHolidayRoutes(app, platform);
  },
};
