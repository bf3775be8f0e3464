/**
 * Builds the Fastify application from the modules. Used by main (the server), the tests, the CLI
 * and the worker; it opens nothing itself: the caller passes an open database.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyServerOptions } from 'fastify';
import type { Config } from './config.js';
import type { DatabaseHandle } from './db/connection.js';
import { MODULES } from './modules/index.js';
import { createIdentity } from './modules/org/index.js';
import { createAuditLog } from './platform/audit/audit.service.js';
import { registerRequestAuth } from './platform/auth/request-auth.js';
import { registerHealth } from './platform/http/health.js';
import { registerInputGuard } from './platform/http/input-guard.js';
import { registerMetrics } from './platform/http/metrics.js';
import { registerOpenApi } from './platform/http/openapi.js';
import { problemFor, routeNotFound, sendProblem } from './platform/http/problem.js';
import { registerRootPage } from './platform/http/root.js';
import { registerSiteInfo, tileOrigin } from './platform/http/site.js';
import { defaultWebRoot, registerWebApp, type WebApp } from './platform/http/web-app.js';
import { createMailer, MAIL_TOPIC, type MailMessage } from './platform/mail/mailer.js';
import type { App, Platform } from './platform/module.js';
import { createOutbox, type OutboxHandler } from './platform/outbox/outbox.service.js';
import { createOutboxWorker, type OutboxWorker } from './platform/outbox/outbox.worker.js';
import { registerRateLimits } from './platform/ratelimit/rate-limit.hook.js';
import { createRateLimiter } from './platform/ratelimit/rate-limiter.js';
import type { Secrets } from './platform/secrets.js';
import { createDiskStorage } from './platform/storage/disk-storage.js';

export interface BuiltApp {
  app: App;
  platform: Platform;
  worker: OutboxWorker;
  /** Runs every module's clean-up once. */
  housekeeping(): Promise<void>;
}

export interface BuildOptions {
  config: Config;
  database: DatabaseHandle;
  secrets: Secrets;
  logger?: FastifyServerOptions['logger'];
  /** Where the built web app is; dist/web by default. Tests point it elsewhere. */
  webRoot?: string;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export async function buildApp({ config, database, secrets, logger = false, webRoot }: BuildOptions): Promise<BuiltApp> {
  const app: App = Fastify({
    logger,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    // Keep a caller's request id when it is sane, so one id follows a request across systems.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    ajv: { customOptions: { allErrors: true, coerceTypes: 'array', removeAdditional: false } },
    return503OnClosing: true,
    // A path Fastify cannot decode (a stray '%') is refused before any route or error handler is
    // chosen; without this it answered Fastify's own JSON rather than a problem.
    frameworkErrors: (error, request, reply) => {
      const { body, headers } = problemFor(error, request, config.defaultLocale);
      if (body.status >= 500) request.log.error({ err: error }, 'request failed');
      sendProblem(reply, body, headers);
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const log = app.log as FastifyBaseLogger;
  const audit = createAuditLog(database.db);
  const platform: Platform = {
    config,
    db: database.db,
    dbKind: database.kind,
    audit,
    outbox: createOutbox(database.db, audit),
    mailer: createMailer(config, log),
    storage: createDiskStorage(path.join(config.dataDir, 'uploads')),
    limits: createRateLimiter(database.db, secrets.sessionSecret),
    secrets,
  };

  app.setErrorHandler((error, request, reply) => {
    const { body, headers } = problemFor(error, request, config.defaultLocale);
    if (body.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, body, headers);
  });
  let webApp: WebApp | null = null;
  app.setNotFoundHandler((request, reply) =>
    webApp?.answersPage(request) ? webApp.sendPage(reply) : sendProblem(reply, routeNotFound(request, config.defaultLocale)),
  );
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  // GeoJSON files arrive as application/geo+json (RFC 7946): JSON, parsed as such.
  app.addContentTypeParser('application/geo+json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));

  await app.register(helmet, {
    hsts: config.publicUrl.startsWith('https:') ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    // The same refusal to be framed for browsers that predate frame-ancestors.
    frameguard: { action: 'deny' },
    contentSecurityPolicy: {
      directives: {
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
        // Our styles and fonts are all bundled: no stylesheet or font from another https host.
        // Inline styles stay allowed: Leaflet and chart.js position what they draw with them.
        styleSrc: ["'self'", "'unsafe-inline'"],
        fontSrc: ["'self'", 'data:'],
        // Photo previews are blob: URLs; the map's tiles come from MAP_TILE_URL's host.
        imgSrc: ["'self'", 'data:', 'blob:', tileOrigin(config.map.tileUrl)],
      },
    },
  });
  // JSON lists, GeoJSON and the web app's scripts shrink three- to tenfold; gzip costs a fraction of
  // what brotli's default quality would on every answer.
  await app.register(compress, { threshold: 1024, encodings: ['gzip'] });
  await app.register(cookie);
  // Limits per request are set where the parts are read (complaint.form.ts), from the config.
  await app.register(multipart, { limits: { fileSize: config.uploadMaxBytes, files: config.uploadMaxFiles } });
  await registerOpenApi(app, config.publicUrl);
  registerMetrics(app);
  registerRequestAuth(app, config, createIdentity(platform));
  registerInputGuard(app);
  registerRateLimits(app, platform);
  registerHealth(app, platform, MODULES);
  registerSiteInfo(app, config);
  webApp = await registerWebApp(app, webRoot ?? config.webRoot ?? defaultWebRoot());
  if (!webApp) registerRootPage(app);

  const handlers: Record<string, OutboxHandler> = {
    [MAIL_TOPIC]: (payload) => platform.mailer.send(payload as unknown as MailMessage),
  };
  for (const mod of MODULES) {
    Object.assign(handlers, mod.outboxHandlers?.(platform));
    await mod.routes?.(app, platform);
  }
  const worker = createOutboxWorker(database.db, handlers, log);
  app.addHook('onClose', async () => worker.stop());
  const housekeeping = async () => {
    for (const mod of MODULES) await mod.housekeeping?.(platform);
  };
  return { app, platform, worker, housekeeping };
}
