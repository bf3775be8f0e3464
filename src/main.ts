/**
 * The server: read the configuration, open the database, build the app, listen. SIGTERM stops
 * new connections, lets requests in flight finish, stops the worker and closes the database.
 */
import { pathToFileURL } from 'node:url';
import type { FastifyServerOptions } from 'fastify';
import { type Config, ConfigError, loadConfig } from './config.js';
import { AppError } from './errors.js';
import { openRuntime } from './runtime.js';

function loggerOptions(config: Config): FastifyServerOptions['logger'] {
  // Pretty lines for a person at a terminal; JSON for log collectors.
  if (process.stdout.isTTY) {
    return { level: config.logLevel, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } };
  }
  return { level: config.logLevel };
}

function announceFirstAdmin(email: string, password: string, url: string): void {
  const lines = [
    'Akun admin pertama dibuat / First admin account created:',
    `  URL      : ${url}`,
    `  Email    : ${email}`,
    `  Password : ${password}`,
    'Simpan kata sandi ini sekarang: tidak akan ditampilkan lagi. / Save this password now: it is not shown again.',
  ];
  const width = Math.max(...lines.map((l) => l.length));
  console.log(`\n+${'-'.repeat(width + 2)}+\n${lines.map((l) => `| ${l.padEnd(width)} |`).join('\n')}\n+${'-'.repeat(width + 2)}+\n`);
}

/** Starts the server and returns a function that shuts it down gracefully. */
export async function serve(config: Config): Promise<() => Promise<void>> {
  // The app's code loads while the database opens (see openRuntime).
  const [runtime, { buildApp }, { ensureFirstAdmin }] = await Promise.all([openRuntime(config), import('./app.js'), import('./modules/org/index.js')]);
  const { app, platform, worker, housekeeping } = await buildApp({
    config,
    database: runtime.database,
    secrets: runtime.secrets,
    logger: loggerOptions(config),
  });
  try {
    const admin = await ensureFirstAdmin(platform);
    if (admin) announceFirstAdmin(admin.email, admin.password, config.publicUrl);
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close();
    await runtime.database.close();
    throw error;
  }
  let housekeepingTimer: NodeJS.Timeout | undefined;
  if (config.runWorker) {
    worker.start();
    const tidy = () => housekeeping().catch((error) => app.log.error({ err: error }, 'housekeeping failed'));
    housekeepingTimer = setInterval(tidy, 3600_000);
    housekeepingTimer.unref();
    void tidy();
  }
  app.log.info({ database: runtime.database.kind, migrated: runtime.migrated.length, url: config.publicUrl }, 'Balaikota is ready');

  let stopping: Promise<void> | undefined;
  return () => {
    stopping ??= (async () => {
      app.log.info('shutting down: finishing requests in flight');
      clearInterval(housekeepingTimer);
      await app.close();
      await runtime.database.close();
    })();
    return stopping;
  };
}

/** Prints a start-up failure as one line a person can act on. */
export function explainStartFailure(error: unknown): string {
  if (error instanceof ConfigError) return `Configuration error: ${error.message}`;
  if (error instanceof AppError) return `${error.text.en}\n${error.text.id}`;
  return error instanceof Error ? `Start failed: ${error.message}` : `Start failed: ${String(error)}`;
}

/** Runs the server until SIGTERM or SIGINT; exits the process with 1 when it cannot start. */
export async function runServer(): Promise<void> {
  let stop: () => Promise<void>;
  try {
    stop = await serve(loadConfig());
  } catch (error) {
    console.error(explainStartFailure(error));
    process.exit(1);
  }
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      stop().then(
        () => process.exit(0),
        (error) => {
          console.error(explainStartFailure(error));
          process.exit(1);
        },
      );
    });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void runServer();
