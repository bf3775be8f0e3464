/**
 * The server as a user starts it: a real process on a fresh data folder. First start prints the
 * admin login once; a second process on the same folder is refused; SIGTERM lets a request in
 * flight finish and closes cleanly; a restart finds everything in place.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function start(env: Record<string, string>): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function waitReady(port: number, running: Running): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (running.child.exitCode !== null) throw new Error(`server exited early:\n${running.output()}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (res.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server not ready in time:\n${running.output()}`);
}

describe('the server process on PGlite', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-main-'));
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const c of children) c.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  // Three starts of a real server, each allowed waitReady's 90 s on a busy machine.
  it('starts, refuses a second opener, drains on SIGTERM, and restarts', async () => {
    const port = await freePort();
    const first = start({ DATA_DIR: dataDir, PORT: String(port) });
    children.push(first.child);
    await waitReady(port, first);
    expect(first.output()).toMatch(/Email {4}: admin@balaikota\.localhost/);
    const password = /Password : (\S+)/.exec(first.output())?.[1];
    expect(password).toBeDefined();
    expect(fs.existsSync(path.join(dataDir, 'secrets.json'))).toBe(true);

    const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@balaikota.localhost', password }),
    });
    expect(login.status).toBe(200);

    const second = start({ DATA_DIR: dataDir, PORT: String(await freePort()) });
    children.push(second.child);
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`in use by process ${first.child.pid}`);

    // A request in flight when SIGTERM arrives still gets its answer.
    const body = JSON.stringify({ email: 'admin@balaikota.localhost', password: 'wrong-password' });
    const answer = new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/auth/login',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        first.child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 300);
      }, 300);
    });
    expect(await answer).toBe(401);
    expect(await first.exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'balaikota.lock'))).toBe(false);

    const port2 = await freePort();
    const again = start({ DATA_DIR: dataDir, PORT: String(port2) });
    children.push(again.child);
    await waitReady(port2, again);
    expect(again.output()).not.toContain('Password :');
    const relogin = await fetch(`http://127.0.0.1:${port2}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@balaikota.localhost', password }),
    });
    expect(relogin.status).toBe(200);
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  }, 300_000);

  it('stops at once on a bad setting, naming the variable', async () => {
    const bad = start({ DATA_DIR: dataDir, PORT: 'tiga ribu' });
    children.push(bad.child);
    expect(await bad.exited).toBe(1);
    expect(bad.output().trim()).toBe('Configuration error: PORT: must be a whole number from 0 to 65535, got "tiga ribu"');
  });
});
