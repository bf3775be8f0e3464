/**
 * A real Balaikota server for browser tests: the built CLI (`balaikota serve`) in its own process,
 * on the embedded database in a fresh folder, mailing to a real SMTP sink. The first admin's
 * password is read from what the server prints, as a city's operator would.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { root } from '../../scripts/build-if-stale.mjs';
import { type SmtpSink, startSmtpSink } from '../../src/testing/smtp-sink.js';

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

export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
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
  const admin = await waitForAdmin(child, () => output);
  await waitForReady(url);
  return {
    url,
    admin,
    mail,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      await mail.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
