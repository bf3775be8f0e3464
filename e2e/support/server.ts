/**
 * A real Balaikota server for browser tests: the built CLI (`balaikota serve`) in its own process,
 * on the embedded database in a fresh folder, mailing to a real SMTP sink. The first admin's
 * password is read from what the server prints, as a city's operator would. Several processes can
 * share one PostgreSQL (startServerProcess), as a city scales out.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { root } from '../../scripts/build-if-stale.mjs';
import { type SmtpSink, startSmtpSink } from '../../src/testing/smtp-sink.js';
import { UNLIMITED_ENV } from '../../src/testing/unlimited-limits.js';

export interface RunningServer {
  url: string;
  admin: { email: string; password: string };
  mail: SmtpSink;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function waitForAdmin(child: ChildProcess, output: () => string): Promise<{ email: string; password: string }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${output()}`)), 120_000);
    const check = () => {
      const text = output();
      const email = /Email\s+:\s+(\S+)/.exec(text);
      const password = /Password\s+:\s+(\S+)/.exec(text);
      if (email && password) {
        clearTimeout(timer);
        resolve({ email: email[1], password: password[1] });
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output()}`));
    });
  });
}

async function waitForReady(url: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url}/readyz never answered`);
}

interface Spawned {
  url: string;
  mail: SmtpSink;
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

async function spawnServer(env: Record<string, string>): Promise<Spawned> {
  const mail = await startSmtpSink();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-e2e-'));
  let output = '';
  const child = spawn(process.execPath, [path.join(root, 'bin', 'balaikota.js'), 'serve'], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      SMTP_URL: mail.url,
      LOG_LEVEL: 'warn',
      ...UNLIMITED_ENV,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  return {
    url,
    mail,
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      await mail.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const server = await spawnServer(env);
  try {
    const admin = await waitForAdmin(server.child, server.output);
    await waitForReady(server.url);
    return { url: server.url, admin, mail: server.mail, stop: server.stop };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** One of several processes sharing a database: it may or may not be the one that made the first admin. */
export interface ServerProcess {
  url: string;
  /** The first admin's login when this process made it, else null. */
  firstAdmin: { email: string; password: string } | null;
  /** How many migrations this process applied as it started. */
  migrated: number;
  mail: SmtpSink;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts `balaikota serve` and waits for its "ready" log line, which comes after the first-admin
 * notice if there is one: so whether this process printed a password is known for certain.
 */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const server = await spawnServer({ ...env, LOG_LEVEL: 'info' });
  try {
    const ready = await new Promise<{ migrated: number }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${server.output()}`)), 120_000);
      const check = () => {
        // Whole lines only: a chunk may end in the middle of one.
        for (const line of server.output().split('\n').slice(0, -1)) {
          if (!line.includes('"Balaikota is ready"')) continue;
          clearTimeout(timer);
          resolve(JSON.parse(line) as { migrated: number });
          return;
        }
      };
      server.child.stdout?.on('data', check);
      server.child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`server exited with ${code}:\n${server.output()}`));
      });
    });
    await waitForReady(server.url);
    const email = /Email\s+:\s+(\S+)/.exec(server.output());
    const password = /Password\s+:\s+(\S+)/.exec(server.output());
    const firstAdmin = email && password ? { email: email[1], password: password[1] } : null;
    return { url: server.url, firstAdmin, migrated: ready.migrated, mail: server.mail, output: server.output, stop: server.stop };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
