/** Counts each request of a limited route against its policy before the handler runs. */
import type { App, Platform } from '../module.js';
import { checksFor } from './rate-limit.policies.js';

export function registerRateLimits(app: App, platform: Platform): void {
  // preHandler, not onRequest: the sign-in policy counts per account, named in the parsed body.
  app.addHook('preHandler', async (request) => {
    const policy = request.routeOptions.config?.limits;
    if (policy) await platform.limits.consume(checksFor(policy, request, platform.config));
  });
}
