/**
 * What a module gives the platform: its migrations, its routes, its outbox handlers. app.ts builds
 * the application from the list in src/modules/index.ts and nothing else.
 */

import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { Kysely, Migration } from 'kysely';
import type { Config } from '../config.js';
import type { DatabaseKind } from '../db/connection.js';
import type { Database } from '../db/schema.js';
import type { AuditLog } from './audit/audit.service.js';
import type { Mailer } from './mail/mailer.js';
import type { Outbox, OutboxHandler } from './outbox/outbox.service.js';
import type { RateLimiter } from './ratelimit/rate-limiter.js';
import type { FileStorage } from './storage/file-storage.js';

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;

/** The cross-cutting services every module may use. */
export interface Platform {
  config: Config;
  db: Kysely<Database>;
  dbKind: DatabaseKind;
  audit: AuditLog;
  outbox: Outbox;
  mailer: Mailer;
  storage: FileStorage;
  limits: RateLimiter;
  secrets: { sessionSecret: string; encryptionKey: string };
}

export interface ModuleManifest {
  name: string;
  migrations: Record<string, Migration>;
  /** Registers the module's routes; called once per app. */
  routes?: (app: App, platform: Platform) => Promise<void> | void;
  /**
   * Loads the module's reference data where missing (never overwriting); run after migrations
   * apply and by `balaikota seed`, in module order.
   */
  seed?: (db: Kysely<Database>) => Promise<unknown>;
  /** Periodic clean-up (expired sessions, stale counters); run hourly by processes that run the worker. */
  housekeeping?: (platform: Platform) => Promise<void>;
  /** Handlers for the outbox topics this module consumes, by topic. */
  outboxHandlers?: (platform: Platform) => Record<string, OutboxHandler>;
}
