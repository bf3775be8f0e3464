/** The platform's own tables (audit log, outbox) and admin routes travel as a module so they migrate first. */
import { registerAuditRoutes } from './audit/audit.routes.js';
import * as init from './migrations/20261122_01_init.js';
import type { ModuleManifest } from './module.js';
import { registerOutboxRoutes } from './outbox/outbox.routes.js';

export const platformModule: ModuleManifest = {
  name: 'platform',
  migrations: { '20261122_01_init': init },
  routes(app, platform) {
    registerAuditRoutes(app, platform);
    registerOutboxRoutes(app, platform);
  },
};
