/**
 * The server under test: the built `balaikota serve` in a process of its own, started, killed with
 * SIGKILL (no handler runs, nothing is flushed, as when the kernel's OOM killer or a pulled plug
 * strikes the process) and started again on the same data.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const READY_TIMEOUT_MS = 180_000;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export class ServerProcess {
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();
  /** The last lines the server wrote, shown when it fails to start. */
  private output = '';
  readonly url: string;

  private constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  /** A server on a free port; the port stays the same across restarts, as a client would expect. */
  static async create(env: Record<string, string>): Promise<ServerProcess> {
    return new ServerProcess(await freePort(), env);
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Starts the server and resolves with the milliseconds from spawn to /readyz answering 200. */
  async start(): Promise<number> {
    const began = performance.now();
    const child = spawn(process.execPath, [path.join(root, 'bin', 'balaikota.js'), 'serve'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: String(this.port), PUBLIC_URL: this.url, LOG_LEVEL: 'warn', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    // The 'exit' listener also reaps the child: a killed process that nobody waits for stays a
    // zombie, and its PID still looks alive to the next opener of the data folder.
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    this.output = '';
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-8_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);

    while (performance.now() - began < READY_TIMEOUT_MS) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`the server exited during start (${child.exitCode ?? child.signalCode}):\n${this.output}`);
      }
      try {
        if ((await fetch(`${this.url}/readyz`, { signal: AbortSignal.timeout(2_000) })).status === 200) return performance.now() - began;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    await this.kill();
    throw new Error(`the server did not answer /readyz within ${READY_TIMEOUT_MS / 1000} s:\n${this.output}`);
  }

  /** SIGKILL, then waits until the process is gone (and reaped). */
  async kill(): Promise<void> {
    if (this.child && this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
  }

  /** A graceful stop (SIGTERM): requests finish, the database is closed, the lock released. */
  async stop(): Promise<void> {
    if (this.child && this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    await this.exited;
  }

  get recentOutput(): string {
    return this.output;
  }
}
