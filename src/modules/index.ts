/** Every module of the platform, in the order their routes are registered. */
import { platformModule } from '../platform/index.js';
import type { ModuleManifest } from '../platform/module.js';
import { complaintsModule } from './complaints/index.js';
import { opendataModule } from './opendata/index.js';
import { orgModule } from './org/index.js';
import { performanceModule } from './performance/index.js';
import { smartcityModule } from './smartcity/index.js';
import { spbeModule } from './spbe/index.js';

export const MODULES: readonly ModuleManifest[] = [platformModule, orgModule, complaintsModule, performanceModule, opendataModule, spbeModule, smartcityModule];
