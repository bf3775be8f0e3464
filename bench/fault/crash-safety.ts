/**
 * Crash safety: file complaints from several clients, SIGKILL the server at random moments,
 * restart it, and prove that nothing acknowledged was lost, nothing was filed twice and the
 * database is consistent. On PGlite and on PostgreSQL. Results go to docs/RELIABILITY.md.
 *
 *   node --import tsx bench/fault/crash-safety.ts
 *   FAULT_DATABASES (pglite,postgres), FAULT_KILLS (6), FAULT_SECONDS (8: the longest a round files
 *   before its kill, which comes at a random moment in the round), FAULT_CONCURRENCY (4 clients),
 *   FAULT_DATABASE_URL (postgres://postgres@127.0.0.1:5432/postgres; a database is created and dropped).
 *
 * Each round: start (or restart) the server; send again, with the same key and body, every filing
 * that got no answer before the last kill; file new complaints from the clients; SIGKILL. After
 * odd kills (all kills on PostgreSQL) the database is checked with SQL as the crash left it; after
 * even kills on PGlite the server itself must take over the dead process's lock and recover. After
 * the last kill: restart, settle, look up every receipt through the public API, stop gracefully,
 * check with SQL once more. Exits 1 on any loss, duplicate or inconsistency.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildIfStale } from '../../scripts/build-if-stale.mjs';
import type { DatabaseKind } from '../../src/db/connection.js';
import { UNLIMITED_ENV } from '../../src/testing/unlimited-limits.js';
import { checkThroughApi } from './api-checks.js';
import { type FaultDatabase, provisionDatabase } from './fault-database.js';
import { type Filing, fileUntilStopped, isPending, newTally, resendAcknowledged, settle, type Tally } from './filing-client.js';
import { filingMaker } from './filings.js';
import { ServerProcess } from './server-process.js';
import { checkDatabase, type SqlReport } from './sql-checks.js';

const root = path.resolve(import.meta.dirname, '../..');

function setting(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(value) || value < min) throw new Error(`${name} must be a number of at least ${min}, got "${raw}"`);
  return value;
}

const KINDS = (process.env.FAULT_DATABASES ?? 'pglite,postgres').split(',').map((k) => k.trim()) as DatabaseKind[];
const KILLS = Math.floor(setting('FAULT_KILLS', 6, 1));
const SECONDS = setting('FAULT_SECONDS', 8, 1);
const CONCURRENCY = Math.floor(setting('FAULT_CONCURRENCY', 4, 1));
const SERVER_URL = process.env.FAULT_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
for (const kind of KINDS) if (kind !== 'pglite' && kind !== 'postgres') throw new Error(`FAULT_DATABASES: unknown kind "${kind}" (pglite, postgres)`);

/** Server settings for the test: limits far above the load, and mail to a closed port (the outbox retries it). */
const SERVER_ENV = { SMTP_URL: 'smtp://127.0.0.1:9', ...UNLIMITED_ENV };

interface KillRecord {
  /** Milliseconds of filing before the kill. */
  afterMs: number;
  /** Filings without an answer when the server died. */
  unanswered: number;
  /** PGlite: the dead process's lock was still there and the next server took it over. */
  lockTakenOverByServer?: boolean;
}

interface Outcome {
  kind: DatabaseKind;
  tally: Tally;
  filings: Filing[];
  kills: KillRecord[];
  firstStartMs: number;
  restartMs: number[];
  finalSql: SqlReport;
  apiFound: number;
  photosServed: number;
  problems: string[];
}

/** How many of the receipts given out last before a kill are asked for again after the restart. */
const RESEND = 8;

/** The filings acknowledged last: committed just before the kill, the likeliest to be lost. */
const lastAcknowledged = (filings: Filing[], count: number) => filings.filter((f) => f.answer && !f.retried).slice(-count);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function sqlCheck(database: FaultDatabase, filings: Filing[]): Promise<SqlReport> {
  const handle = await database.open();
  try {
    return await checkDatabase(handle.db, filings, path.join(database.dataDir, 'uploads'));
  } finally {
    await handle.close();
  }
}

function lockOwner(database: FaultDatabase): number | undefined {
  const file = path.join(database.dataDir, 'balaikota.lock');
  return fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8')) : undefined;
}

async function runOn(kind: DatabaseKind): Promise<Outcome> {
  const database = await provisionDatabase(kind, SERVER_URL);
  const server = await ServerProcess.create({ ...SERVER_ENV, ...database.env });
  const tally = newTally();
  const filings: Filing[] = [];
  const kills: KillRecord[] = [];
  const restartMs: number[] = [];
  const problems: string[] = [];
  const nextFiling = await filingMaker(`crash-${randomBytes(3).toString('hex')}-${kind}`);
  /** Starts the server again; on PGlite, notes whether it took over the lock the killed process left. */
  const restart = async () => {
    const deadOwner = kind === 'pglite' ? lockOwner(database) : undefined;
    restartMs.push(await server.start());
    if (deadOwner !== undefined) {
      const taken = lockOwner(database) === server.pid;
      kills.at(-1)!.lockTakenOverByServer = taken;
      if (!taken) problems.push(`after kill ${kills.length}: the lock of the killed process ${deadOwner} was not taken over`);
    }
  };
  try {
    const firstStartMs = await server.start();
    for (let round = 1; round <= KILLS; round++) {
      if (round > 1) await restart();
      await settle(server.url, filings.filter(isPending), CONCURRENCY, tally);
      problems.push(...(await resendAcknowledged(server.url, lastAcknowledged(filings, RESEND), tally)));

      let stopped = false;
      const make = () => {
        const filing = nextFiling();
        filings.push(filing);
        return filing;
      };
      const clients = Array.from({ length: CONCURRENCY }, () => fileUntilStopped(server.url, make, () => stopped, tally));
      const afterMs = Math.round(SECONDS * 1000 * (0.2 + 0.8 * Math.random()));
      await sleep(afterMs);
      // The signal goes out before `stopped` is seen: requests in flight die with the server.
      const killed = server.kill();
      stopped = true;
      await killed;
      await Promise.all(clients);
      kills.push({ afterMs, unanswered: filings.filter(isPending).length });
      console.log(
        `  ${kind} kill ${round}/${KILLS} after ${(afterMs / 1000).toFixed(1)} s: ${filings.length} complaints sent so far, ${kills.at(-1)!.unanswered} without an answer`,
      );

      if (kind === 'postgres' || round % 2 === 1) {
        const report = await sqlCheck(database, filings);
        problems.push(...report.problems.map((p) => `after kill ${round}: ${p}`));
      }
    }

    await restart();
    await settle(server.url, filings.filter(isPending), CONCURRENCY, tally);
    problems.push(...(await resendAcknowledged(server.url, lastAcknowledged(filings, RESEND), tally)));
    const api = await checkThroughApi(server.url, filings, CONCURRENCY);
    problems.push(...api.problems);
    await server.stop();
    const finalSql = await sqlCheck(database, filings);
    problems.push(...finalSql.problems.map((p) => `final: ${p}`));
    if (tally.serverErrors > 0) problems.push(`${tally.serverErrors} answers were 5xx`);
    problems.push(...tally.refused.map((r) => `refused: ${r}`));
    return { kind, tally, filings, kills, firstStartMs, restartMs, finalSql, apiFound: api.found, photosServed: api.photosServed, problems };
  } catch (error) {
    console.error(`\n${kind}: the run stopped. The server's last words:\n${server.recentOutput}`);
    throw error;
  } finally {
    await server.kill();
    await database.dispose();
  }
}

function commitOf(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${commit} + uncommitted changes` : commit;
  } catch {
    return 'unknown';
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function summary(o: Outcome): string[] {
  const acknowledged = o.filings.filter((f) => f.answer).length;
  const sorted = [...o.restartMs].sort((a, b) => a - b);
  const takeovers = o.kills.filter((k) => k.lockTakenOverByServer).length;
  const leftToServer = o.kills.filter((k) => k.lockTakenOverByServer !== undefined).length;
  const rows: Array<[string, string]> = [
    ['kills (SIGKILL) survived', `${o.kills.length}, after ${o.kills.map((k) => seconds(k.afterMs)).join(', ')} of filing`],
    ['requests sent', `${o.tally.sent} (for ${o.filings.length} complaints, ${o.filings.filter((f) => f.photos.length > 0).length} with photos)`],
    ['acknowledged (2xx)', String(acknowledged)],
    ['found whole (public API / SQL)', `${o.apiFound} / ${o.finalSql.found}, ${o.photosServed} photos served`],
    [
      'unanswered at a kill, retried with the same key',
      `${o.tally.retried}: ${o.tally.retriedReplayed} had committed (answer replayed), ${o.tally.retriedFiledNow} had not (filed on retry)`,
    ],
    ['acknowledged ones sent again after a restart', `${o.tally.resent}, ${o.tally.resentReplayed} answered with their first receipt`],
    ['duplicates (complaints per key > 1)', String(o.finalSql.duplicates)],
    ['5xx answers', String(o.tally.serverErrors)],
    ['429 answers', String(o.tally.tooManyRequests)],
    ['inconsistencies', String(o.problems.length)],
    [
      'first start / restarts to /readyz',
      `${seconds(o.firstStartMs)} / ${seconds(sorted[0])} min, ${seconds(sorted[Math.floor(sorted.length / 2)])} median, ${seconds(sorted.at(-1)!)} max`,
    ],
    ['gaps in tracking numbers (allowed)', String(o.finalSql.numberGaps)],
    ['photo files left by unfinished filings', String(o.finalSql.orphanPhotoFiles)],
  ];
  if (o.kind === 'pglite') rows.push(['stale lock taken over by the restarted server', `${takeovers} of the ${leftToServer} restarts that found it`]);
  return [`| ${o.kind === 'pglite' ? 'PGlite' : 'PostgreSQL'} | |`, '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)];
}

async function main(): Promise<void> {
  buildIfStale();
  console.log(`Crash safety: ${KILLS} kills per database, up to ${SECONDS} s of filing per round, ${CONCURRENCY} clients (${KINDS.join(', ')})`);
  const outcomes: Outcome[] = [];
  for (const kind of KINDS) outcomes.push(await runOn(kind));

  console.log(`\n${new Date().toISOString().slice(0, 10)}, commit ${commitOf()}, ${os.cpus().length} cores, node ${process.version}\n`);
  for (const o of outcomes) console.log(`${summary(o).join('\n')}\n`);
  const failed = outcomes.filter((o) => o.problems.length > 0);
  for (const o of failed) {
    console.log(`${o.kind}: ${o.problems.length} problems`);
    for (const p of o.problems.slice(0, 50)) console.log(`  - ${p}`);
  }
  if (failed.length > 0) process.exitCode = 1;
  else console.log('No acknowledged complaint lost, no key filed twice, every trail whole.');
}

await main();
