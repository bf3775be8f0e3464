/**
 * The org module: OPDs, wilayah, accounts, roles, sessions and API tokens. Other modules use it
 * through what this file exports, never its repositories.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { ModuleManifest, Platform } from '../../platform/module.js';
import { registerAuthRoutes } from './auth.routes.js';
import * as init from './migrations/20261122_02_init.js';
import { findOpdByCode } from './opd.repository.js';
import { registerOpdRoutes } from './opd.routes.js';
import { seedOrgReferenceData } from './org.seed.js';
import { registerResetPage } from './reset-page.js';
import { deleteStaleAuthRows } from './sessions.repository.js';
import { registerTokenRoutes } from './tokens.routes.js';
import { registerUserRoutes } from './users.routes.js';
import { registerWilayahRoutes } from './wilayah.routes.js';

export { createIdentity } from './identity.service.js';
export { createOpdService, type OpdService } from './opd.service.js';
export { createTokensService, type TokensService } from './tokens.service.js';
export { createUsersService, type UsersService } from './users.service.js';
export { createWilayahService, type WilayahService } from './wilayah.service.js';

export const orgModule: ModuleManifest = {
  name: 'org',
  migrations: { '20261122_02_init': init },
  seed: seedOrgReferenceData,
  // Failed sign-ins count for 15 minutes; a day's worth is kept for anyone investigating an attack.
  housekeeping: (platform) => deleteStaleAuthRows(platform.db, new Date(Date.now() - 24 * 3600_000)),
  routes(app, platform) {
    registerAuthRoutes(app, platform);
    registerUserRoutes(app, platform);
    registerTokenRoutes(app, platform);
    registerOpdRoutes(app, platform);
    registerWilayahRoutes(app, platform);
    registerResetPage(app);
  },
};

/** Loads Kota Malang's OPDs and wilayah where missing. */
export function seedReferenceData(platform: Pick<Platform, 'db'>) {
  return seedOrgReferenceData(platform.db);
}

/** The id of the OPD with this code, for other modules' reference data. */
export async function opdIdByCode(db: Kysely<Database>, code: string): Promise<string | undefined> {
  return (await findOpdByCode(db, code))?.id;
}

export { ensureFirstAdmin, type FirstAdmin } from './first-admin.js';
