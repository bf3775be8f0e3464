/**
 * `balaikota import datasets PATH --as EMAIL [--publish]`: a folder (katalog.xlsx or katalog.csv
 * beside the data files) or one workbook into the Satu Data catalogue, acting as the named
 * walidata or admin account, so the audit log says who imported.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors.js';
import { createBulkImportService, diskFolder, folderSource, workbookSource } from '../modules/opendata/index.js';
import { createUsersService } from '../modules/org/index.js';
import { systemContext } from '../platform/context.js';
import type { Platform } from '../platform/module.js';
import { type Options, UsageError } from './commands.js';

async function actingAs(platform: Platform, email: string) {
  const ctx = systemContext('en');
  const users = createUsersService(platform);
  const found = await users.findByEmail(email);
  if (!found) throw new UsageError(`No account with email "${email}"`);
  const user = await users.get(ctx, found.id, { asSystem: true });
  if (!user.active) throw new UsageError(`The account "${email}" is deactivated`);
  return {
    ...ctx,
    actor: { userId: user.id, name: user.name, email: user.email, roles: user.roles.map((r) => ({ role: r.role, opdId: r.opdId })), via: 'session' as const },
  };
}

/** Returns the exit code: 0 when everything named was imported or already there. */
export async function importDatasetsCommand(
  target: string | undefined,
  o: Options,
  withPlatform: <T>(work: (platform: Platform) => Promise<T>) => Promise<T>,
): Promise<number> {
  if (!target) throw new UsageError('Name the folder or workbook: balaikota import datasets PATH --as EMAIL [--publish]');
  const email = o.as as string | undefined;
  if (!email) throw new UsageError('Missing --as: the walidata or admin account the import is made by');
  if (!fs.existsSync(target)) throw new UsageError(`No file or folder "${target}"`);
  return withPlatform(async (platform) => {
    const ctx = await actingAs(platform, email);
    const source = fs.statSync(target).isDirectory()
      ? await folderSource(await diskFolder(target), path.basename(path.resolve(target)))
      : await workbookSource(fs.readFileSync(target), path.basename(target));
    try {
      const report = await createBulkImportService(platform).run(ctx, source, {
        publish: o.publish === true,
        onEvent: (event) => {
          if (event.type === 'checked') console.log(`Checked: ${event.total} datasets, ${event.toImport} to import.`);
          else console.log(`[${event.done}/${event.total}] row ${event.row} ${event.name}: ${event.outcome}${event.message ? ` (${event.message.en})` : ''}`);
        },
      });
      console.log(`Imported ${report.imported.length}, skipped ${report.skipped.length} (already there), failed ${report.failed.length}.`);
      return report.failed.length > 0 ? 1 : 0;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      console.error(error.text.en);
      for (const p of (error.details.problems as Array<{ row: number; column: string; message: { en: string } }> | undefined) ?? []) {
        console.error(`  row ${p.row}, ${p.column}: ${p.message.en}`);
      }
      return 1;
    }
  });
}
