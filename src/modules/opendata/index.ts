/**
 * Satu Data (DOMAIN.md sections 7 and 9): the sectoral data catalogue with the walidata's
 * approval, versioned tables in a datastore, freshness, bulk import, the CKAN Action API and DCAT.
 */
import type { ModuleManifest } from '../../platform/module.js';
import { registerBulkImportRoutes } from './bulk.routes.js';
import { registerCkanRoutes } from './ckan/ckan.routes.js';
import { registerDatasetRoutes } from './dataset.routes.js';
import { registerDcatRoutes } from './dcat/dcat.routes.js';
import { freshnessOutboxHandlers, runFreshnessCheck } from './freshness.service.js';
import * as init from './migrations/20261122_15_opendata.js';
import { seedOpendata } from './opendata.seed.js';
import { registerResourceRoutes } from './resource.routes.js';

export { createBulkImportService } from './bulk.service.js';
export { diskFolder, folderSource, workbookSource } from './bulk.source.js';
export { type CatalogueSummary, catalogueSummary } from './catalogue.summary.js';

export const opendataModule: ModuleManifest = {
  name: 'opendata',
  migrations: { '20261122_15_opendata': init },
  seed: seedOpendata,
  housekeeping: runFreshnessCheck,
  outboxHandlers: freshnessOutboxHandlers,
  routes(app, platform) {
    registerDatasetRoutes(app, platform);
    registerResourceRoutes(app, platform);
    registerBulkImportRoutes(app, platform);
    registerCkanRoutes(app, platform);
    registerDcatRoutes(app, platform);
  },
};
