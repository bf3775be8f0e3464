/**
 * Bulk import (issue 7): many datasets at once from a catalogue sheet and its data, for the
 * walidata moving an older portal's catalogue in. Everything is checked first (every row, every
 * producer and topic, every data file parsed) and nothing is written when anything is wrong. Then
 * each dataset is created through the same services a producer uses, acting for the producer
 * the row names, so every rule and audit entry applies; a dataset whose name exists is skipped,
 * so an import cut off halfway is finished by running it again.
 */
import { AppError, type LocalizedText } from '../../errors.js';
import { authorize } from '../../platform/auth/authorize.js';
import { can } from '../../platform/auth/permissions.js';
import type { RequestContext } from '../../platform/context.js';
import type { Platform } from '../../platform/module.js';
import { type BulkProblem, type ImportItem, readCatalogue } from './bulk.catalogue.js';
import { bulkErrors } from './bulk.errors.js';
import type { BulkSource } from './bulk.source.js';
import { findProducer, groupsByNames } from './catalogue.repository.js';
import { createDatasetService } from './dataset.service.js';
import { findDatasetAccess } from './dataset-access.repository.js';
import { createResourceService } from './resource.service.js';
import { openTable, scanTable } from './table.parse.js';

export type BulkEvent =
  | { type: 'checked'; total: number; toImport: number }
  | { type: 'progress'; done: number; total: number; row: number; name: string; outcome: 'imported' | 'skipped' | 'failed'; message?: LocalizedText };

export interface BulkReport {
  total: number;
  imported: string[];
  skipped: Array<{ row: number; name: string }>;
  failed: Array<{ row: number; name: string; message: LocalizedText }>;
  published: boolean;
}

interface CheckedItem extends ImportItem {
  opdId: string;
  exists: boolean;
}

/** What an error says, for a report line. */
function messageOf(error: unknown): LocalizedText {
  if (error instanceof AppError) {
    const cells = error.details.cells as Array<{ row: number; column: string; message: LocalizedText }> | undefined;
    const first = cells?.[0];
    if (!first) return error.text;
    return {
      id: `${error.text.id} Pertama: baris ${first.row}, kolom ${first.column}: ${first.message.id}`,
      en: `${error.text.en} First: row ${first.row}, column ${first.column}: ${first.message.en}`,
    };
  }
  return { id: 'Kesalahan tak terduga; lihat log server.', en: 'Unexpected error; see the server log.' };
}

export function createBulkImportService(platform: Platform) {
  const { db, audit } = platform;
  const datasets = createDatasetService(platform);
  const resources = createResourceService(platform);

  /** The importer acting for the producer's OPD: the producer's own rules and checks apply to what is written. */
  function actingFor(ctx: RequestContext, opdId: string): RequestContext {
    const actor = ctx.actor;
    if (!actor) return ctx;
    return { ...ctx, actor: { ...actor, roles: [...actor.roles, { role: 'operator_opd', opdId }] } };
  }

  /** Every row and file checked; throws the whole list of problems when there is any. */
  async function check(source: BulkSource, publish: boolean): Promise<CheckedItem[]> {
    const { items, problems } = readCatalogue(source.rows);
    const checked: CheckedItem[] = [];
    const problem = (row: number, column: string, message: LocalizedText) => problems.push({ row, column, message });
    for (const item of items) {
      const producer = await findProducer(db, item.input.producer);
      if (!producer) problem(item.row, 'produsen', { id: `produsen "${item.input.producer}" tidak ada`, en: `there is no producer "${item.input.producer}"` });
      const groups = item.input.groups ?? [];
      const known = new Set((await groupsByNames(db, groups)).map((g) => g.name));
      const unknown = groups.filter((g) => !known.has(g));
      if (unknown.length) problem(item.row, 'grup', { id: `topik tidak ada: ${unknown.join(', ')}`, en: `no such topic: ${unknown.join(', ')}` });
      if (publish && !item.resource.file && !item.resource.url) {
        problem(item.row, 'berkas', {
          id: 'dataset yang langsung ditayangkan perlu berkas atau tautan',
          en: 'a dataset published at once needs a file or a link',
        });
      }
      const exists = (await findDatasetAccess(db, item.input.name)) !== undefined;
      if (item.resource.file && !exists) {
        const file = await source.file(item.resource.file);
        if (!file)
          problem(item.row, 'berkas', { id: `berkas atau lembar "${item.resource.file}" tidak ditemukan`, en: `no file or sheet "${item.resource.file}"` });
        else {
          try {
            await scanTable(openTable(file.bytes));
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            const message = messageOf(error);
            problem(item.row, 'berkas', { id: `${item.resource.file}: ${message.id}`, en: `${item.resource.file}: ${message.en}` });
          }
        }
      }
      if (producer) checked.push({ ...item, opdId: producer.opd_id, exists });
    }
    if (problems.length) throw bulkErrors.invalid(problems.sort((a: BulkProblem, b: BulkProblem) => a.row - b.row));
    return checked;
  }

  async function importOne(ctx: RequestContext, source: BulkSource, item: CheckedItem, publish: boolean): Promise<void> {
    const producerCtx = actingFor(ctx, item.opdId);
    const name = item.input.name;
    await datasets.create(producerCtx, item.input);
    if (item.resource.file) {
      const file = await source.file(item.resource.file);
      if (!file) throw bulkErrors.noFiles();
      const created = await resources.createUpload(producerCtx, name, { name: item.resource.name, file });
      const version = created.latestVersion;
      if (version) {
        // The catalogue's satuan is the unit of the value, which long tables keep in their last column.
        const columns = version.columns.map((c, i) => (i === version.columns.length - 1 && !c.unit ? { ...c, unit: item.input.unit ?? '' } : c));
        await resources.confirmColumns(producerCtx, created.id, version.versionNo, { columns, keyColumns: version.keyColumns });
      }
    } else if (item.resource.url) {
      await resources.createLink(producerCtx, name, { name: item.resource.name, url: item.resource.url });
    }
    if (publish) {
      await datasets.transition(producerCtx, name, 'submit', 'Impor massal');
      await datasets.transition(ctx, name, 'approve', 'Impor massal');
      await datasets.transition(ctx, name, 'publish', 'Impor massal');
    }
  }

  /** A checked import, ready to run. */
  interface Plan {
    source: BulkSource;
    items: CheckedItem[];
    publish: boolean;
  }

  async function execute(ctx: RequestContext, plan: Plan, onEvent?: (event: BulkEvent) => void): Promise<BulkReport> {
    const { items, publish, source } = plan;
    const report: BulkReport = { total: items.length, imported: [], skipped: [], failed: [], published: publish };
    let done = 0;
    for (const item of items) {
      const name = item.input.name;
      let outcome: 'imported' | 'skipped' | 'failed' = 'skipped';
      let message: LocalizedText | undefined;
      if (item.exists) report.skipped.push({ row: item.row, name });
      else {
        try {
          await importOne(ctx, source, item, publish);
          report.imported.push(name);
          outcome = 'imported';
        } catch (error) {
          // Checked beforehand, so this is rare (the database went away); the report names it and
          // the next run skips what was made and finishes the rest.
          message = messageOf(error);
          report.failed.push({ row: item.row, name, message });
          outcome = 'failed';
        }
      }
      done++;
      onEvent?.({ type: 'progress', done, total: items.length, row: item.row, name, outcome, ...(message ? { message } : {}) });
    }
    await db.transaction().execute((trx) =>
      audit.record(trx, ctx, {
        action: 'opendata.import',
        recordType: 'od_dataset',
        after: {
          source: source.description,
          imported: report.imported.length,
          skipped: report.skipped.length,
          failed: report.failed.length,
          published: publish,
        },
      }),
    );
    return report;
  }

  return {
    /** Refuses early (401/403) someone who may not import, before their files are read. */
    mayImport(ctx: RequestContext): void {
      authorize(ctx, 'opendata.configure');
    },

    /** Checks who asks and the whole source; throws every problem found, before anything is written. */
    async prepare(ctx: RequestContext, source: BulkSource, options: { publish: boolean }): Promise<Plan & { event: BulkEvent }> {
      const actor = authorize(ctx, 'opendata.configure');
      if (options.publish && !can(actor, 'opendata.curate')) throw bulkErrors.publishNeedsWalidata();
      const items = await check(source, options.publish);
      return { source, items, publish: options.publish, event: { type: 'checked', total: items.length, toImport: items.filter((i) => !i.exists).length } };
    },

    /** Imports a prepared plan dataset by dataset, telling `onEvent` how far it got. */
    execute,

    /** Both at once, for the CLI. */
    async run(ctx: RequestContext, source: BulkSource, options: { publish: boolean; onEvent?: (event: BulkEvent) => void }): Promise<BulkReport> {
      const plan = await this.prepare(ctx, source, options);
      options.onEvent?.(plan.event);
      return execute(ctx, plan, options.onEvent);
    },
  };
}

export type BulkImportService = ReturnType<typeof createBulkImportService>;
