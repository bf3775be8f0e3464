/** Liveness and readiness for load balancers and orchestrators. */
import { Type } from '@sinclair/typebox';
import { isReachable } from '../../db/connection.js';
import { pendingMigrations } from '../../db/migrator.js';
import { AppError } from '../../errors.js';
import type { App, ModuleManifest, Platform } from '../module.js';

const Health = Type.Object({ status: Type.Literal('ok') });
const Ready = Type.Object({ status: Type.Literal('ready'), database: Type.String() });

export function registerHealth(app: App, platform: Platform, modules: readonly ModuleManifest[]): void {
  app.get('/healthz', { schema: { tags: ['platform'], summary: 'The process is alive', response: { 200: Health } } }, async () => ({
    status: 'ok' as const,
  }));

  app.get('/readyz', { schema: { tags: ['platform'], summary: 'The database answers and its migrations are current', response: { 200: Ready } } }, async () => {
    if (!(await isReachable(platform.db))) {
      throw new AppError('not_ready.database', 'unavailable', { id: 'Basis data tidak dapat dihubungi.', en: 'The database cannot be reached.' });
    }
    const pending = await pendingMigrations(platform.db, modules);
    if (pending.length > 0) {
      throw new AppError('not_ready.migrations', 'unavailable', {
        id: `Migrasi belum dijalankan: ${pending.join(', ')}. Jalankan "balaikota migrate".`,
        en: `Migrations not applied: ${pending.join(', ')}. Run "balaikota migrate".`,
      });
    }
    return { status: 'ready' as const, database: platform.dbKind };
  });
}
