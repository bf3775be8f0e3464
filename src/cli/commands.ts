/**
 * The `balaikota` subcommands other than serve. Each opens the configured database (migrating it
 * first), does one thing through the modules' services, prints what it did, and closes.
 */
import fs from 'node:fs';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { migrateToLatest } from '../db/migrator.js';
import { MODULES } from '../modules/index.js';
import { createOpdService, createTokensService, createUsersService, createWilayahService, seedReferenceData } from '../modules/org/index.js';
import { ROLES, type Role, systemContext, TOKEN_SCOPES, type TokenScope } from '../platform/context.js';
import { randomToken } from '../platform/crypto.js';
import type { Platform } from '../platform/module.js';
import { openRuntime, seedAll } from '../runtime.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';

export const USAGE = `Usage: balaikota <command> [options]

  serve                                   start the server (same as npm start)
  migrate                                 apply pending database migrations
  seed [--demo]                           load Kota Malang's reference data; --demo adds one account per role
  user create --email E --name N [--role R] [--opd CODE] [--password P]
  user grant --email E --role R [--opd CODE]
  user revoke --email E --role R [--opd CODE]
  token create --email E --name N [--scopes read,write,admin] [--expires YYYY-MM-DD]
  token revoke --id TOKEN_ID
  import boundaries FILE [--source TEXT]  load kelurahan polygons from a GeoJSON FeatureCollection
  import datasets PATH --as EMAIL [--publish]
                                          Satu Data datasets from a folder (katalog.xlsx + data files)
                                          or one workbook; --publish publishes them (walidata)
  backup FILE                             the database and uploads into one file (PGlite: stop the server first)
  restore FILE [--force]                  put a backup back into an empty database and DATA_DIR; --force replaces

Roles: ${ROLES.join(', ')}. Configuration comes from the environment (see README).`;

export class UsageError extends Error {}

function need(value: string | undefined, flag: string): string {
  if (!value) throw new UsageError(`Missing --${flag}`);
  return value;
}

function roleOf(value: string | undefined): Role {
  const role = need(value, 'role');
  if (!(ROLES as readonly string[]).includes(role)) throw new UsageError(`Unknown role "${role}"; use one of ${ROLES.join(', ')}`);
  return role as Role;
}

async function opdIdOf(platform: Platform, code: string | undefined): Promise<string | null> {
  if (!code) return null;
  const opd = await createOpdService(platform).findByCode(code);
  if (!opd) throw new UsageError(`No OPD with code "${code}"`);
  return opd.id;
}

async function userIdOf(platform: Platform, email: string): Promise<string> {
  const user = await createUsersService(platform).findByEmail(email);
  if (!user) throw new UsageError(`No account with email "${email}"`);
  return user.id;
}

export type Options = Record<string, string | boolean | undefined>;

async function withPlatform<T>(work: (platform: Platform) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const runtime = await openRuntime(config);
  const { app, platform } = await buildApp({ config, database: runtime.database, secrets: runtime.secrets });
  try {
    return await work(platform);
  } finally {
    await app.close();
    await runtime.database.close();
  }
}

const ctx = systemContext('en');

export async function userCommand(action: string | undefined, o: Options): Promise<void> {
  await withPlatform(async (platform) => {
    const users = createUsersService(platform);
    const email = need(o.email as string | undefined, 'email');
    if (action === 'create') {
      const password = (o.password as string | undefined) ?? randomToken(15);
      const roles = o.role ? [{ role: roleOf(o.role as string), opdId: await opdIdOf(platform, o.opd as string | undefined) }] : [];
      const user = await users.create(ctx, { email, name: need(o.name as string | undefined, 'name'), password, roles }, { asSystem: true });
      console.log(`Created ${user.email} (${user.id})${roles.length ? ` with role ${roles[0].role}` : ''}`);
      if (!o.password) console.log(`Password: ${password}`);
    } else if (action === 'grant' || action === 'revoke') {
      const userId = await userIdOf(platform, email);
      const role = roleOf(o.role as string | undefined);
      const opdId = await opdIdOf(platform, o.opd as string | undefined);
      if (action === 'grant') {
        await users.grant(ctx, userId, { role, opdId }, { asSystem: true });
      } else {
        const view = await users.get(ctx, userId, { asSystem: true });
        const grant = view.roles.find((g) => g.role === role && g.opdId === opdId);
        if (!grant) throw new UsageError(`${email} does not have role ${role}${o.opd ? ` for ${o.opd}` : ''}`);
        await users.revoke(ctx, userId, grant.id, { asSystem: true });
      }
      console.log(`${action === 'grant' ? 'Granted' : 'Revoked'} ${role}${o.opd ? ` (${o.opd})` : ''} ${action === 'grant' ? 'to' : 'from'} ${email}`);
    } else {
      throw new UsageError(`Unknown user command "${action ?? ''}"`);
    }
  });
}

export async function tokenCommand(action: string | undefined, o: Options): Promise<void> {
  await withPlatform(async (platform) => {
    const tokens = createTokensService(platform);
    if (action === 'create') {
      const scopes = String(o.scopes ?? 'read')
        .split(',')
        .map((s) => s.trim());
      for (const scope of scopes) {
        if (!(TOKEN_SCOPES as readonly string[]).includes(scope)) throw new UsageError(`Unknown scope "${scope}"; use ${TOKEN_SCOPES.join(', ')}`);
      }
      const userId = await userIdOf(platform, need(o.email as string | undefined, 'email'));
      const expires = o.expires ? new Date(`${o.expires}T23:59:59+07:00`) : null;
      if (expires && Number.isNaN(expires.getTime())) throw new UsageError('--expires must be YYYY-MM-DD');
      const { token, view } = await tokens.create(
        ctx,
        { userId, name: need(o.name as string | undefined, 'name'), scopes: scopes as TokenScope[], expiresAt: expires },
        { asSystem: true },
      );
      console.log(`Token ${view.id} (${view.scopes.join(', ')}) created. Shown once:\n${token}`);
    } else if (action === 'revoke') {
      const view = await tokens.revoke(ctx, need(o.id as string | undefined, 'id'), { asSystem: true });
      console.log(`Revoked token ${view.id} (${view.name})`);
    } else {
      throw new UsageError(`Unknown token command "${action ?? ''}"`);
    }
  });
}

export async function seedCommand(o: Options): Promise<void> {
  await withPlatform(async (platform) => {
    await seedAll(platform.db, MODULES);
    const summary = await seedReferenceData(platform);
    console.log(`Reference data: ${summary.kecamatan} kecamatan, ${summary.kelurahan} kelurahan, ${summary.opd} OPD units, holidays and complaint categories`);
    if (!o.demo) return;
    const users = createUsersService(platform);
    console.log('Demo accounts (for trying out only):');
    for (const account of DEMO_ACCOUNTS) {
      const password = randomToken(12);
      const existing = await users.findByEmail(account.email);
      if (existing) {
        await users.setPassword(ctx, existing.id, password, { asSystem: true });
      } else {
        const opdId = await opdIdOf(platform, account.opdCode);
        await users.create(ctx, { email: account.email, name: account.name, password, roles: [{ role: account.role, opdId }] }, { asSystem: true });
      }
      console.log(`  ${account.role.padEnd(12)} ${account.email.padEnd(42)} ${password}`);
    }
  });
}

/** Returns the exit code: 1 when the import found problems and imported nothing, or some datasets failed. */
export async function importCommand(what: string | undefined, file: string | undefined, o: Options): Promise<number> {
  if (what === 'datasets') return (await import('./import-datasets-command.js')).importDatasetsCommand(file, o, withPlatform);
  if (what !== 'boundaries') throw new UsageError(`Unknown import "${what ?? ''}"`);
  if (!file) throw new UsageError('Name the GeoJSON file: balaikota import boundaries FILE');
  let geojson: unknown;
  try {
    geojson = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`Cannot read ${file} as JSON: ${(error as Error).message}`);
  }
  await withPlatform(async (platform) => {
    const report = await createWilayahService(platform).importBoundaries(ctx, geojson, (o.source as string | undefined) ?? file, { asSystem: true });
    console.log(JSON.stringify(report, null, 2));
  });
  return 0;
}

export async function migrateCommand(): Promise<void> {
  const runtime = await openRuntime(loadConfig(), { migrate: false });
  try {
    const applied = await migrateToLatest(runtime.database.db, MODULES);
    console.log(applied.length ? `Applied ${applied.length} migration(s):\n  ${applied.join('\n  ')}` : 'The database is up to date.');
  } finally {
    await runtime.database.close();
  }
}
