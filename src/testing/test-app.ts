/**
 * A whole application on a fresh test database, for module tests through app.inject. Also signs
 * users in and carries their cookie and CSRF token, as the web app would.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { type BuiltApp, buildApp } from '../app.js';
import { type Config, loadConfig } from '../config.js';
import type { DatabaseKind } from '../db/connection.js';
import { MODULES } from '../modules/index.js';
import { createOpdService, createUsersService } from '../modules/org/index.js';
import { type Role, systemContext } from '../platform/context.js';
import { seedAll } from '../runtime.js';
import { createTestDatabase, type TestDatabase } from './databases.js';
import { UNLIMITED_ENV } from './unlimited-limits.js';

export interface TestApp extends BuiltApp {
  database: TestDatabase;
  config: Config;
  close(): Promise<void>;
}

export async function createTestApp(
  kind: DatabaseKind,
  options: {
    env?: Record<string, string>;
    seed?: boolean;
    extraRoutes?: (app: BuiltApp['app']) => void;
    /** A built web app to serve; by default none, so that tests do not depend on `npm run build`. */
    webRoot?: string;
  } = {},
): Promise<TestApp> {
  // A data folder of its own: uploads land there and vanish with the test app.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-test-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...UNLIMITED_ENV, ...options.env });
  const database = await createTestDatabase(kind);
  const secrets = { sessionSecret: 'test-session-secret-0123456789abcdef', encryptionKey: 'test-encryption-key-0123456789abcdef' };
  const built = await buildApp({ config, database, secrets, webRoot: options.webRoot ?? path.join(dataDir, 'no-web-app') });
  if (options.seed !== false) await seedAll(database.db, MODULES);
  options.extraRoutes?.(built.app);
  await built.app.ready();
  return {
    ...built,
    database,
    config,
    close: async () => {
      await built.app.close();
      await database.dispose();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Session {
  cookie: string;
  csrfToken: string;
  userId: string;
}

/** Signs in through the API and returns what a browser would keep. */
export async function signIn(app: BuiltApp['app'], email: string, password: string): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'bk_session');
  if (!cookie) throw new Error('no session cookie');
  const body = res.json() as { csrfToken: string; user: { id: string } };
  return { cookie: `bk_session=${cookie.value}`, csrfToken: body.csrfToken, userId: body.user.id };
}

/** Headers for a request made with a session, as the web app sends them. */
export function as(session: Session): Record<string, string> {
  return { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
}

export function problemOf(res: LightMyRequestResponse): { code: string; detail: string; status: number; errors?: Array<{ field: string; message: string }> } {
  if (!String(res.headers['content-type']).startsWith('application/problem+json')) {
    throw new Error(`expected a problem answer, got ${res.statusCode} ${res.headers['content-type']}: ${res.body}`);
  }
  return res.json();
}

/** Creates an account with one role through the service, as an admin would, and signs it in. */
export async function userWithRole(
  built: BuiltApp,
  role: Role,
  opdId: string | null = null,
  email = `${role}.${Math.random().toString(36).slice(2, 8)}@test.balaikota.localhost`,
): Promise<Session & { email: string; password: string }> {
  const password = 'Sandi-Uji-2026!';
  await createUsersService(built.platform).create(systemContext(), { email, name: `Test ${role}`, password, roles: [{ role, opdId }] }, { asSystem: true });
  return { ...(await signIn(built.app, email, password)), email, password };
}

/** The id of a seeded OPD by its code. */
export async function opdId(built: BuiltApp, code: string): Promise<string> {
  const opd = await createOpdService(built.platform).findByCode(code);
  if (!opd) throw new Error(`no OPD ${code}`);
  return opd.id;
}
