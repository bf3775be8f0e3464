/**
 * `balaikota backup` and `balaikota restore` as an operator runs them, each in its own process,
 * on a city hall with accounts, complaints and their photos. A restore must give back every row
 * of every table and every upload byte for byte, and must refuse, changing nothing, what it cannot
 * restore safely.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { type DatabaseKind, type OpenOptions, openDatabase } from '../../db/connection.js';
import { knownMigrationNames, migrateToLatest } from '../../db/migrator.js';
import { ALUN_ALUN, multipart } from '../../modules/complaints/complaints.testing.js';
import { MODULES } from '../../modules/index.js';
import { createUsersService } from '../../modules/org/index.js';
import { seedAll } from '../../runtime.js';
import { createPostgresDatabase, DATABASE_KINDS } from '../../testing/databases.js';
import { makeGeotaggedJpeg } from '../../testing/exif-fixture.js';
import { userWithRole } from '../../testing/test-app.js';
import { systemContext } from '../context.js';

const root = path.resolve(import.meta.dirname, '../../..');
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-backup-'));
const KEYS = { SESSION_SECRET: 'backup-test-session-secret-0123456789abcdef', ENCRYPTION_KEY: 'backup-test-encryption-key-0123456789abcdef' };

/** A place to restore into or back up from: a DATA_DIR, and a PostgreSQL database for 'postgres'. */
interface Site {
  dataDir: string;
  url?: string;
}

const dropOnExit: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const drop of dropOnExit) await drop();
  fs.rmSync(workDir, { recursive: true, force: true });
});

async function newSite(kind: DatabaseKind, name: string): Promise<Site> {
  const dataDir = path.join(workDir, `${kind}-${name}`);
  if (kind === 'pglite') return { dataDir };
  const { url, drop } = await createPostgresDatabase();
  dropOnExit.push(drop);
  return { dataDir, url };
}

function openOptions(site: Site): OpenOptions {
  return site.url ? { databaseUrl: site.url, poolSize: 2 } : { pgliteDir: site.dataDir };
}

function balaikota(site: Site, args: string[], env: Record<string, string> = {}): { code: number | null; out: string; err: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], {
    cwd: root,
    // DATABASE_URL empty means PGlite in DATA_DIR; keys only where a test gives them.
    env: { ...process.env, DATA_DIR: site.dataDir, DATABASE_URL: site.url ?? '', SESSION_SECRET: '', ENCRYPTION_KEY: '', LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** A city hall in use: reference data, accounts (one with a NIK), complaints with photos, audit entries. */
async function buildCityHall(site: Site): Promise<void> {
  const database = await openDatabase(openOptions(site));
  const config = loadConfig({ DATA_DIR: site.dataDir, DATABASE_URL: site.url ?? '', LOG_LEVEL: 'silent', ...KEYS });
  const built = await buildApp({
    config,
    database,
    secrets: { sessionSecret: KEYS.SESSION_SECRET, encryptionKey: KEYS.ENCRYPTION_KEY },
    webRoot: path.join(site.dataDir, 'no-web-app'),
  });
  try {
    await migrateToLatest(database.db, MODULES);
    await seedAll(database.db, MODULES);
    await built.app.ready();
    await userWithRole(built, 'admin');
    await createUsersService(built.platform).create(
      systemContext(),
      {
        email: 'warga.backup@test.balaikota.localhost',
        name: 'Warga Cadangan',
        nik: '3573010101900001',
        password: 'Sandi-Uji-2026!',
        roles: [{ role: 'warga', opdId: null }],
      },
      { asSystem: true },
    );
    for (let i = 0; i < 3; i++) {
      const photo = await makeGeotaggedJpeg(ALUN_ALUN.lat, ALUN_ALUN.lon, { width: 400 + i * 10, height: 300 });
      const form = multipart({ category: 'JALAN', description: `Jalan berlubang nomor ${i + 1} di depan alun-alun, lihat foto.`, location: ALUN_ALUN }, [
        { name: `lubang-${i}.jpg`, type: 'image/jpeg', bytes: photo },
      ]);
      const res = await built.app.inject({ method: 'POST', url: '/api/sambat/complaints', ...form });
      if (res.statusCode !== 201) throw new Error(`filing failed: ${res.statusCode} ${res.body}`);
    }
  } finally {
    await built.app.close();
    await database.close();
  }
}

/**
 * Every table of schema public, every row, in one order that does not depend on how rows were
 * stored. Of an UNLOGGED table (short-lived counters) only that it exists: PostgreSQL itself does
 * not promise its rows beyond a crash, and a PGlite copy opens as after one.
 */
async function tablesOf(site: Site): Promise<Record<string, unknown[] | 'unlogged'>> {
  const database = await openDatabase(openOptions(site));
  try {
    const names = await sql<{ name: string; persistence: string }>`
      select t.table_name as name, c.relpersistence as persistence from information_schema.tables t
      join pg_class c on c.relname = t.table_name and c.relnamespace = 'public'::regnamespace
      where t.table_schema = 'public' and t.table_type = 'BASE TABLE' order by t.table_name collate "C"`.execute(database.db);
    const out: Record<string, unknown[] | 'unlogged'> = {};
    for (const { name, persistence } of names.rows) {
      out[name] = persistence === 'u' ? 'unlogged' : (await sql.raw(`select * from public."${name}" t order by t::text collate "C"`).execute(database.db)).rows;
    }
    return out;
  } finally {
    await database.close();
  }
}

/** Every file under DATA_DIR/uploads with its bytes. */
function uploadsOf(site: Site): Record<string, Buffer> {
  const dir = path.join(site.dataDir, 'uploads');
  if (!fs.existsSync(dir)) return {};
  const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(dir, f)).isFile());
  return Object.fromEntries(files.sort().map((f) => [f, fs.readFileSync(path.join(dir, f))]));
}

async function expectSameCityHall(restored: Site, original: { tables: Awaited<ReturnType<typeof tablesOf>>; uploads: Record<string, Buffer> }) {
  const tables = await tablesOf(restored);
  expect(Object.keys(tables)).toEqual(Object.keys(original.tables));
  for (const name of Object.keys(original.tables)) expect({ table: name, rows: tables[name] }).toEqual({ table: name, rows: original.tables[name] });
  const uploads = uploadsOf(restored);
  expect(Object.keys(uploads)).toEqual(Object.keys(original.uploads));
  for (const [file, bytes] of Object.entries(original.uploads)) expect(uploads[file].equals(bytes), `${file} byte for byte`).toBe(true);
}

async function manifestOf(file: string): Promise<{ migrations: string[]; tables: Record<string, number>; database: { kind: string } }> {
  const dir = fs.mkdtempSync(path.join(workDir, 'manifest-'));
  await tar.extract({ file, cwd: dir }, ['manifest.json']);
  return JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
}

describe.each(DATABASE_KINDS)('backup and restore on %s', (kind) => {
  let source: Site;
  let target: Site;
  let original: { tables: Awaited<ReturnType<typeof tablesOf>>; uploads: Record<string, Buffer> };
  const backupFile = path.join(workDir, `${kind}-backup.tar.gz`);

  beforeAll(async () => {
    source = await newSite(kind, 'source');
    await buildCityHall(source);
    original = { tables: await tablesOf(source), uploads: uploadsOf(source) };
  });

  it('gives back every row of every table and every upload, byte for byte, in an empty target', async () => {
    // The data set is what the round trip is about: make sure it holds what a city hall holds.
    expect(original.tables.complaint).toHaveLength(3);
    expect(original.tables.complaint_photo.length).toBeGreaterThanOrEqual(3);
    expect(original.tables.audit_log.length).toBeGreaterThan(0);
    expect((original.tables.app_user as Array<{ nik_encrypted: string | null }>).some((u) => u.nik_encrypted)).toBe(true);
    expect(Object.keys(original.uploads).length).toBeGreaterThanOrEqual(6);

    const backup = balaikota(source, ['backup', backupFile], KEYS);
    expect(backup.err).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.out).toMatch(
      new RegExp(`Backed up the ${kind} database \\(\\d+ tables, \\d+ rows\\) and ${Object.keys(original.uploads).length} upload files`),
    );
    const manifest = await manifestOf(backupFile);
    expect(manifest.database.kind).toBe(kind);
    expect(manifest.migrations).toEqual(knownMigrationNames(MODULES));
    expect(manifest.tables.complaint).toBe(3);

    target = await newSite(kind, 'target');
    const restore = balaikota(target, ['restore', backupFile], KEYS);
    expect(restore.err).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.out).toContain('Row counts and upload checksums match the backup.');
    await expectSameCityHall(target, original);
  });

  it('refuses a target that is not empty, naming what is there, and replaces it with --force', async () => {
    const again = balaikota(target, ['restore', backupFile], KEYS);
    expect(again.code).toBe(1);
    expect(again.err).toContain('The restore target is not empty');
    expect(again.err).toContain(kind === 'postgres' ? 'the database holds' : 'holds a PGlite database');
    expect(again.err).toContain('--force');

    // Someone worked in the target meanwhile; --force puts the backup's state back.
    const database = await openDatabase(openOptions(target));
    await sql`delete from complaint_supporter`.execute(database.db);
    await sql`update complaint set description = 'diubah setelah pencadangan'`.execute(database.db);
    await database.close();
    fs.writeFileSync(path.join(target.dataDir, 'uploads', 'stray.txt'), 'not in the backup');

    const forced = balaikota(target, ['restore', backupFile, '--force']);
    expect(forced.code).toBe(0);
    await expectSameCityHall(target, original);
    // Restored without the keys it was made with: the operator is told before starting the server.
    expect(forced.err).toContain('Warning: ENCRYPTION_KEY here is not set');
  });

  it('refuses a damaged or foreign file, and changes nothing', async () => {
    const empty = await newSite(kind, 'untouched');
    const truncated = path.join(workDir, `${kind}-truncated.tar.gz`);
    fs.writeFileSync(truncated, fs.readFileSync(backupFile).subarray(0, 4000));
    const foreign = path.join(workDir, `${kind}-foreign.tar.gz`);
    fs.mkdirSync(path.join(workDir, 'foreign'), { recursive: true });
    fs.writeFileSync(path.join(workDir, 'foreign', 'notes.txt'), 'a holiday photo album');
    await tar.create({ gzip: true, file: foreign, cwd: path.join(workDir, 'foreign') }, ['notes.txt']);

    for (const [file, reason] of [
      [truncated, 'unexpected end of file'],
      [foreign, 'it holds no manifest.json'],
      [path.join(workDir, 'no-such-file.tar.gz'), 'does not exist'],
    ]) {
      const res = balaikota(empty, ['restore', file]);
      expect(res.code, file).toBe(1);
      expect(res.err).toContain(`${file} is not a readable Balaikota backup`);
      expect(res.err).toContain(reason);
    }
    expect(uploadsOf(empty)).toEqual({});
    if (kind === 'postgres') expect(await tablesOf(empty)).toEqual({});
    else expect(fs.existsSync(path.join(empty.dataDir, 'pglite'))).toBe(false);
  });

  it('refuses a backup whose upload files were altered, naming the file', async () => {
    const unpacked = fs.mkdtempSync(path.join(workDir, 'altered-'));
    await tar.extract({ file: backupFile, cwd: unpacked });
    const photo = Object.keys(original.uploads).find((f) => f.endsWith('.jpg'))!;
    fs.appendFileSync(path.join(unpacked, 'uploads', photo), 'x');
    const altered = path.join(workDir, `${kind}-altered.tar.gz`);
    await tar.create({ gzip: true, file: altered, cwd: unpacked }, fs.readdirSync(unpacked));

    const empty = await newSite(kind, 'altered-target');
    const res = balaikota(empty, ['restore', altered]);
    expect(res.code).toBe(1);
    expect(res.err).toContain(`upload ${photo.split(path.sep).join('/')} differs from the backup`);
    expect(res.err).toContain('Nothing was changed.');
    expect(uploadsOf(empty)).toEqual({});
  });

  it('refuses a backup made by a newer version of Balaikota', async () => {
    // The target now holds the source's data; give it a migration this code has never heard of.
    const database = await openDatabase(openOptions(target));
    await sql`insert into schema_migration (name, timestamp) values ('20991231_01_future_module_init', ${new Date().toISOString()})`.execute(database.db);
    await database.close();
    const newer = path.join(workDir, `${kind}-newer.tar.gz`);
    expect(balaikota(target, ['backup', newer]).code).toBe(0);

    const empty = await newSite(kind, 'newer-target');
    const res = balaikota(empty, ['restore', newer]);
    expect(res.code).toBe(1);
    expect(res.err).toContain('made by a newer Balaikota');
    expect(res.err).toContain('20991231_01_future_module_init');
    expect(uploadsOf(empty)).toEqual({});
  });

  it.runIf(kind === 'postgres')('refuses to restore a PGlite backup into PostgreSQL', () => {
    const pgliteBackup = path.join(workDir, 'pglite-backup.tar.gz');
    expect(fs.existsSync(pgliteBackup), 'made by the PGlite round trip above').toBe(true);
    const res = balaikota(target, ['restore', pgliteBackup, '--force']);
    expect(res.code).toBe(1);
    expect(res.err).toContain('This backup holds a pglite database, but this configuration uses postgres (DATABASE_URL is set)');
  });

  it.runIf(kind === 'postgres')('says to install the PostgreSQL client tools when pg_dump is missing', () => {
    const file = path.join(workDir, 'without-pg-dump.tar.gz');
    const res = balaikota(source, ['backup', file], { PATH: path.join(workDir, 'no-tools-here') });
    expect(res.code).toBe(1);
    expect(res.err).toContain('pg_dump was not found');
    expect(res.err).toContain('apt-get install postgresql-client');
    expect(fs.existsSync(file)).toBe(false);
  });

  it.runIf(kind === 'pglite')('refuses to copy a PGlite database while a server has it open', async () => {
    const running = await openDatabase(openOptions(source));
    try {
      const file = path.join(workDir, 'while-running.tar.gz');
      const res = balaikota(source, ['backup', file]);
      expect(res.code).toBe(1);
      expect(res.err).toContain(`in use by process ${process.pid}`);
      expect(res.err).toContain('Stop the server first');
      expect(fs.existsSync(file)).toBe(false);
    } finally {
      await running.close();
    }
  });
});
