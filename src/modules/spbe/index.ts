/**
 * SPBE self-evaluation (DOMAIN.md section 6): frameworks as data, versioned by regulation; the
 * yearly evaluation with assignments, levels, evidence and the assessors' review; indices, gap
 * analysis and what-if; the city's history across years and frameworks.
 */
import type { ModuleManifest } from '../../platform/module.js';
import * as init from './migrations/20261123_16_spbe.js';
import { registerSpbeRoutes } from './spbe.routes.js';
import { seedSpbe } from './spbe.seed.js';

export const spbeModule: ModuleManifest = {
  name: 'spbe',
  migrations: { '20261123_16_spbe': init },
  seed: seedSpbe,
  routes: registerSpbeRoutes,
};
