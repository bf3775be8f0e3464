/**
 * Startup benchmark: time from process start to /readyz answering 200, on a fresh data folder or
 * database (first start: migrations, reference data, first admin) and again on the same one
 * (re-start), plus the resident memory of the idle server. On PGlite and on PostgreSQL.
 *
 *   npm run build && npm run bench:startup
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres (default) names the server.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const root = path.resolve(import.meta.dirname, '../..');
const entry = path.join(root, 'dist', 'main.js');
const RESTARTS = Number(process.env.BENCH_RESTARTS ?? 5);
const IDLE_MS = 5_000;
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]);
  return kb / 1024;
}

async function startOnce(env: Record<string, string>, idle = false): Promise<{ ms: number; rss?: number }> {
  const port = await freePort();
  const began = performance.now();
  const child: ChildProcess = spawn(process.execPath, [entry], {
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200) break;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    const ms = performance.now() - began;
    let rss: number | undefined;
    if (idle) {
      await new Promise((r) => setTimeout(r, IDLE_MS));
      rss = rssMb(child.pid!);
    }
    return { ms, rss };
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(label: string, env: Record<string, string>) {
  const first = await startOnce(env);
  const restarts: number[] = [];
  for (let i = 0; i < RESTARTS; i++) restarts.push((await startOnce(env)).ms);
  const idle = await startOnce(env, true);
  return { label, first: first.ms, restart: median(restarts), restartMax: Math.max(...restarts), rss: idle.rss! };
}

async function main() {
  if (!fs.existsSync(entry)) throw new Error('Run "npm run build" first.');
  const results = [];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-bench-'));
  try {
    results.push(await measure('PGlite', { DATA_DIR: dataDir }));
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  const name = `bk_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const pgDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-bench-pg-'));
  try {
    results.push(await measure('PostgreSQL', { DATABASE_URL: url.toString(), DATA_DIR: pgDataDir }));
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
    fs.rmSync(pgDataDir, { recursive: true, force: true });
  }

  console.log(`\nStartup (${os.cpus().length} cores, node ${process.version}, ${RESTARTS} re-starts, RSS after ${IDLE_MS / 1000} s idle)\n`);
  console.log('| database | first start to /readyz | re-start to /readyz (median / max) | idle RSS |');
  console.log('|---|---|---|---|');
  for (const r of results) {
    console.log(
      `| ${r.label} | ${(r.first / 1000).toFixed(2)} s | ${(r.restart / 1000).toFixed(2)} s / ${(r.restartMax / 1000).toFixed(2)} s | ${r.rss.toFixed(0)} MB |`,
    );
  }
}

await main();
