/**
 * Resources of a dataset (DOMAIN.md sections 7 and 9): uploaded tables, kept in versions with
 * their rows typed in the datastore, and links. A producer's OPD uploads; each upload is a new
 * version whose column types are guessed, then confirmed by the producer, which makes it the
 * current data, counts what changed since the version before and restarts the dataset's
 * freshness clock. Reading follows opendata.reach.ts: the resource's description with the
 * dataset, its rows only where the dataset's data may be read.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { authorize } from '../../platform/auth/authorize.js';
import { can } from '../../platform/auth/permissions.js';
import { cityDay } from '../../platform/calendar/working-days.js';
import type { Actor, RequestContext } from '../../platform/context.js';
import type { Platform } from '../../platform/module.js';
import { type DatasetAccessRow, findDatasetAccess, findDatasetAccessByResource } from './dataset-access.repository.js';
import { type DatastoreQuery, type DatastoreResult, planSearch, recordOf } from './datastore.query.js';
import { nextDueDate } from './freshness.rules.js';
import { canReadData, canSeeDataset } from './opendata.reach.js';
import type { ColumnSpec, VersionSummary } from './opendata.tables.js';
import { resourceErrors } from './resource.errors.js';
import * as repo from './resource.repository.js';
import { coerceColumns, dataBatches, readRows } from './resource.rows.js';
import { publicResourceView, type ResourceView, resourceView, type VersionView, versionView } from './resource.views.js';
import type { CoerceColumn } from './table.coerce.js';
import { TableDiff } from './table.diff.js';
import { EXPORT_TYPES, type ExportFormat, exportTable, safeFileName } from './table.export.js';
import { defaultKeyColumns } from './table.infer.js';
import { openTable, type ScannedTable, scanTable, type TableFile, XLSX_TYPE } from './table.parse.js';

export type { DatastoreQuery, DatastoreResult } from './datastore.query.js';

export interface UploadedFile {
  fileName: string;
  bytes: Buffer;
}

/** A resource with every version the caller may see. */
export type ResourceDetail = ResourceView & { versions: VersionView[] };

export interface DownloadedFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

/** The link's address, or why it cannot be one: http(s) only, and never with a password in it. */
function checkedUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw resourceErrors.badUrl({ id: 'tulis alamat lengkap yang diawali https://.', en: 'write a full address starting with https://.' });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw resourceErrors.badUrl({ id: 'hanya alamat http:// atau https:// yang diterima.', en: 'only http:// and https:// addresses are accepted.' });
  if (url.username || url.password)
    throw resourceErrors.badUrl({
      id: 'alamat tidak boleh memuat nama pengguna atau kata sandi; tautan ini dapat dilihat publik.',
      en: 'the address must not hold a user name or password; the link may be seen by the public.',
    });
  if (url.href.length > 2000) throw resourceErrors.badUrl({ id: 'alamat lebih dari 2000 karakter.', en: 'the address is over 2000 characters.' });
  return url.href;
}

/** The format a link's address suggests by its extension (PDF, CSV, ...), or ''. */
function formatOfUrl(url: string): string {
  const ext = /\.([a-z0-9]{1,10})$/i.exec(new URL(url).pathname)?.[1];
  return ext ? ext.toUpperCase() : '';
}

const formatOfMedia = (mediaType: string) => (mediaType === XLSX_TYPE ? 'XLSX' : 'CSV');

export function createResourceService(platform: Platform) {
  const { db, audit, storage, config } = platform;

  const readsInternal = (ctx: RequestContext, access: DatasetAccessRow) => ctx.actor !== null && can(ctx.actor, 'opendata.read_internal', access.opd_id);

  /** The dataset, if the caller may see it at all: otherwise 404, so that drafts do not leak. */
  async function visibleDataset(ctx: RequestContext, idOrName: string): Promise<DatasetAccessRow> {
    const access = await findDatasetAccess(db, idOrName);
    if (!access || !canSeeDataset(ctx, access)) throw resourceErrors.datasetNotFound();
    return access;
  }

  async function visibleResource(ctx: RequestContext, resourceId: string) {
    const access = await findDatasetAccessByResource(db, resourceId);
    const resource = access && canSeeDataset(ctx, access) ? await repo.findResource(db, resourceId) : undefined;
    if (!access || !resource) throw resourceErrors.notFound();
    return { access, resource };
  }

  /** The producer's staff may change the dataset's data, except while the walidata is looking at it. */
  function mayProduce(ctx: RequestContext, access: DatasetAccessRow): Actor {
    const actor = authorize(ctx, 'opendata.produce', access.opd_id);
    if (access.status === 'MENUNGGU_PERSETUJUAN') throw resourceErrors.awaitingApproval();
    return actor;
  }

  /** The version whose data is read: the one asked for, or the current one. Drafts (unconfirmed) only for the dataset's own people. */
  async function readableVersion(ctx: RequestContext, access: DatasetAccessRow, resource: repo.ResourceRow, versionNo?: number): Promise<repo.VersionRow> {
    if (!canReadData(ctx, access)) throw resourceErrors.dataRestricted();
    if (resource.kind === 'link') throw resourceErrors.isLink();
    const internal = readsInternal(ctx, access);
    if (versionNo !== undefined) {
      const version = await repo.findVersion(db, resource.id, versionNo);
      if (!version || (version.confirmed_at === null && !internal)) throw resourceErrors.versionNotFound(versionNo);
      return version;
    }
    const current = resource.current_version_id ? await repo.findVersionById(db, resource.current_version_id) : undefined;
    if (current) return current;
    // Before the first confirmation the producer previews what was uploaded.
    const latest = internal ? await repo.findVersion(db, resource.id, await repo.lastVersionNo(db, resource.id)) : undefined;
    if (!latest) throw resourceErrors.noData();
    return latest;
  }

  async function detailOf(trx: Kysely<Database>, ctx: RequestContext, access: DatasetAccessRow, resourceId: string): Promise<ResourceDetail> {
    const resource = await repo.findResource(trx, resourceId);
    if (!resource) throw resourceErrors.notFound();
    const all = await repo.versionsOf(trx, [resourceId]);
    const internal = readsInternal(ctx, access);
    const view = resourceView(resource, all);
    const versions = all.filter((v) => internal || v.confirmed_at !== null).map(versionView);
    return { ...(internal ? view : publicResourceView(view)), versions };
  }

  /** The file read whole once, before any transaction: its columns guessed, or every problem thrown. */
  async function readUpload(file: UploadedFile) {
    const table = openTable(file.bytes);
    const scanned = await scanTable(table);
    return { table, scanned };
  }

  /** Keeps the original file and stores a new version with its rows typed by `columns`. */
  async function storeVersion(
    trx: Kysely<Database>,
    ctx: RequestContext,
    input: {
      resourceId: string;
      versionNo: number;
      file: UploadedFile;
      table: TableFile;
      scanned: ScannedTable;
      columns: ColumnSpec[];
      keyColumns: string[];
      storedKeys: string[];
    },
  ): Promise<repo.VersionRow> {
    const key = `opendata/${input.resourceId}/${input.versionNo}`;
    await storage.put(key, input.file.bytes, input.table.mediaType);
    input.storedKeys.push(key);
    const version = await repo.insertVersion(trx, {
      resource_id: input.resourceId,
      version_no: input.versionNo,
      file_key: key,
      file_name: input.file.fileName,
      media_type: input.table.mediaType,
      bytes: input.file.bytes.length,
      sha256: createHash('sha256').update(input.file.bytes).digest('hex'),
      row_count: input.scanned.rowCount,
      columns: JSON.stringify(input.columns),
      key_columns: input.keyColumns,
      created_by: ctx.actor?.userId ?? null,
    });
    const stored = await readRows(input.table, coerceColumns(input.columns, input.scanned), (rows, first) => repo.insertRows(trx, version.id, first, rows));
    // The columns were guessed from these very cells, so they fit; a miss here is a fault of ours, not the file's.
    if (stored.problemCount > 0) throw resourceErrors.tableInvalid(stored.problems, stored.problemCount);
    return version;
  }

  /** Runs a write; the files it stored go again if it does not commit. */
  async function withFiles<T>(work: (storedKeys: string[]) => Promise<T>): Promise<T> {
    const storedKeys: string[] = [];
    try {
      return await work(storedKeys);
    } catch (error) {
      for (const key of storedKeys) await storage.delete(key).catch(() => undefined);
      throw error;
    }
  }

  /** What changed in `version` against the latest confirmed version before it, row by row. */
  async function summarize(trx: Kysely<Database>, version: repo.VersionRow, columns: ColumnSpec[], keyColumns: string[]): Promise<VersionSummary> {
    const previous = await repo.previousConfirmed(trx, version.resource_id, version.version_no);
    const diff = new TableDiff(keyColumns, [...columns.map((c) => c.name), ...(previous?.columns.map((c) => c.name) ?? [])]);
    if (previous) for await (const rows of dataBatches(trx, previous.id)) for (const row of rows) diff.addPrevious(row);
    for await (const rows of dataBatches(trx, version.id)) for (const row of rows) diff.addCurrent(row);
    return diff.summary(previous?.version_no ?? null);
  }

  async function exportVersion(access: DatasetAccessRow, resource: repo.ResourceRow, version: repo.VersionRow, format: ExportFormat): Promise<DownloadedFile> {
    const body = await exportTable(format, version.columns, dataBatches(db, version.id), `${access.title} - ${resource.name}`);
    return { fileName: safeFileName([access.name, resource.name, `v${version.version_no}`], format), contentType: EXPORT_TYPES[format], body };
  }

  return {
    /** Refuses a caller who may not upload to the dataset, before the file is read. */
    async mayUpload(ctx: RequestContext, datasetIdOrName: string): Promise<void> {
      mayProduce(ctx, await visibleDataset(ctx, datasetIdOrName));
    },

    /** Refuses a caller who may not add a version to the resource, before the file is read. */
    async mayAddVersion(ctx: RequestContext, resourceId: string): Promise<void> {
      const { access, resource } = await visibleResource(ctx, resourceId);
      mayProduce(ctx, access);
      if (resource.kind === 'link') throw resourceErrors.isLink();
    },

    /** Uploads a table as a new resource: version 1, its columns guessed and its rows stored, to be confirmed by the producer. */
    async createUpload(
      ctx: RequestContext,
      datasetIdOrName: string,
      input: { name: string; description?: string; file: UploadedFile },
    ): Promise<ResourceDetail> {
      const access = await visibleDataset(ctx, datasetIdOrName);
      mayProduce(ctx, access);
      const name = input.name.trim();
      if (!name) throw resourceErrors.nameRequired();
      const { table, scanned } = await readUpload(input.file);
      const columns = scanned.names.map((n, i) => ({ name: n, type: scanned.guesses[i].type, unit: '' }));
      return withFiles((storedKeys) =>
        db.transaction().execute(async (trx) => {
          const resource = await repo.insertResource(trx, {
            dataset_id: access.id,
            name,
            description: input.description?.trim() ?? '',
            kind: 'upload',
            format: table.format,
            position: await repo.nextPosition(trx, access.id),
          });
          const keyColumns = defaultKeyColumns(scanned.names);
          const version = await storeVersion(trx, ctx, {
            resourceId: resource.id,
            versionNo: 1,
            file: input.file,
            table,
            scanned,
            columns,
            keyColumns,
            storedKeys,
          });
          await repo.touchDataset(trx, access.id);
          await audit.record(trx, ctx, {
            action: 'opendata.resource.create',
            recordType: 'od_resource',
            recordId: resource.id,
            opdId: access.opd_id,
            after: {
              datasetId: access.id,
              name,
              kind: 'upload',
              versionNo: 1,
              fileName: input.file.fileName,
              sha256: version.sha256,
              rowCount: version.row_count,
              columns,
            },
          });
          return detailOf(trx, ctx, access, resource.id);
        }),
      );
    },

    /** Adds a link (http or https) as a resource: a document or a table kept elsewhere. */
    async createLink(
      ctx: RequestContext,
      datasetIdOrName: string,
      input: { name: string; description?: string; url: string; format?: string },
    ): Promise<ResourceDetail> {
      const access = await visibleDataset(ctx, datasetIdOrName);
      mayProduce(ctx, access);
      const name = input.name.trim();
      if (!name) throw resourceErrors.nameRequired();
      const url = checkedUrl(input.url);
      const format = input.format?.trim().toUpperCase() || formatOfUrl(url);
      return db.transaction().execute(async (trx) => {
        const resource = await repo.insertResource(trx, {
          dataset_id: access.id,
          name,
          description: input.description?.trim() ?? '',
          kind: 'link',
          url,
          format,
          position: await repo.nextPosition(trx, access.id),
        });
        await repo.touchDataset(trx, access.id);
        await audit.record(trx, ctx, {
          action: 'opendata.resource.create',
          recordType: 'od_resource',
          recordId: resource.id,
          opdId: access.opd_id,
          after: { datasetId: access.id, name, kind: 'link', url, format },
        });
        return detailOf(trx, ctx, access, resource.id);
      });
    },

    /**
     * Uploads the next version of a table. It waits for the producer's confirmation; until then the
     * current version stays what everyone reads. When its header is the current version's, the
     * confirmed types, units and key columns carry over wherever the new cells fit them.
     */
    async addVersion(ctx: RequestContext, resourceId: string, file: UploadedFile): Promise<ResourceDetail> {
      const { access, resource } = await visibleResource(ctx, resourceId);
      mayProduce(ctx, access);
      if (resource.kind === 'link') throw resourceErrors.isLink();
      const { table, scanned } = await readUpload(file);
      return withFiles((storedKeys) =>
        db.transaction().execute(async (trx) => {
          // Held until commit, so that two uploads at once cannot take the same version number.
          const locked = (await repo.findResource(trx, resourceId, { forUpdate: true })) as repo.ResourceRow;
          const versionNo = (await repo.lastVersionNo(trx, resourceId)) + 1;
          const current = locked.current_version_id ? await repo.findVersionById(trx, locked.current_version_id) : undefined;
          const sameHeader =
            current !== undefined && current.columns.length === scanned.names.length && current.columns.every((c, i) => c.name === scanned.names[i]);
          const columns = scanned.names.map((n, i) => {
            const guess = scanned.guesses[i];
            const before = sameHeader ? current.columns[i] : undefined;
            return { name: n, type: before && guess.fits[before.type] ? before.type : guess.type, unit: before?.unit ?? '' };
          });
          const keyColumns = sameHeader ? current.key_columns : defaultKeyColumns(scanned.names);
          const version = await storeVersion(trx, ctx, { resourceId, versionNo, file, table, scanned, columns, keyColumns, storedKeys });
          await repo.updateResource(trx, resourceId, {});
          await repo.touchDataset(trx, access.id);
          await audit.record(trx, ctx, {
            action: 'opendata.resource.version',
            recordType: 'od_resource',
            recordId: resourceId,
            opdId: access.opd_id,
            after: { versionNo, fileName: file.fileName, sha256: version.sha256, rowCount: version.row_count, columns, keyColumns },
          });
          return detailOf(trx, ctx, access, resourceId);
        }),
      );
    },

    /**
     * Confirms (or corrects) a version's column types, units and key columns. The rows are read
     * again from the original file as the new types say; if any cell does not fit, the problems
     * are listed and nothing changes. The version becomes the current data, its changes are
     * counted, and the dataset's data counts as renewed today.
     */
    async confirmColumns(
      ctx: RequestContext,
      resourceId: string,
      versionNo: number,
      input: { columns: ColumnSpec[]; keyColumns: string[] },
    ): Promise<ResourceDetail> {
      const { access, resource } = await visibleResource(ctx, resourceId);
      mayProduce(ctx, access);
      if (resource.kind === 'link') throw resourceErrors.isLink();
      const version = await repo.findVersion(db, resourceId, versionNo);
      if (!version) throw resourceErrors.versionNotFound(versionNo);
      const current = resource.current_version_id ? await repo.findVersionById(db, resource.current_version_id) : undefined;
      if (current && versionNo < current.version_no) throw resourceErrors.versionSuperseded(versionNo, current.version_no);
      const names = version.columns.map((c) => c.name);
      if (input.columns.length !== names.length || input.columns.some((c, i) => c.name !== names[i])) throw resourceErrors.columnsMismatch(names);
      const keyColumns = [...new Set(input.keyColumns)];
      for (const key of keyColumns) if (!names.includes(key)) throw resourceErrors.unknownKeyColumn(key);
      const columns: ColumnSpec[] = input.columns.map((c) => ({ name: c.name, type: c.type, unit: c.unit.trim() }));

      const retyped = columns.some((c, i) => c.type !== version.columns[i].type);
      let reread: { table: TableFile; columns: CoerceColumn[] } | null = null;
      if (retyped) {
        const original = await storage.get(version.file_key);
        if (!original) throw resourceErrors.originalMissing();
        const table = openTable(original.data);
        reread = { table, columns: coerceColumns(columns, await scanTable(table)) };
        // Checked before the transaction: a refused change costs no writes.
        const checked = await readRows(reread.table, reread.columns, null);
        if (checked.problemCount > 0) throw resourceErrors.tableInvalid(checked.problems, checked.problemCount);
      }

      return db.transaction().execute(async (trx) => {
        await repo.findResource(trx, resourceId, { forUpdate: true });
        if (reread) {
          await repo.deleteRows(trx, version.id);
          const stored = await readRows(reread.table, reread.columns, (rows, first) => repo.insertRows(trx, version.id, first, rows));
          if (stored.problemCount > 0) throw resourceErrors.tableInvalid(stored.problems, stored.problemCount);
        }
        const summary = await summarize(trx, version, columns, keyColumns);
        await repo.updateVersion(trx, version.id, {
          columns: JSON.stringify(columns),
          key_columns: keyColumns,
          confirmed_at: version.confirmed_at ?? new Date(),
          summary: JSON.stringify(summary),
        });
        await repo.updateResource(trx, resourceId, { current_version_id: version.id, format: formatOfMedia(version.media_type) });
        // Correcting the types of data already confirmed is not new data: the clock restarts only on a first confirmation.
        const dataset = version.confirmed_at === null ? await repo.datasetFrequency(trx, access.id) : undefined;
        await repo.touchDataset(trx, access.id, dataset ? { nextDueOn: nextDueDate(dataset.frequency, cityDay(new Date(), config.cityTimezone)) } : undefined);
        await audit.record(trx, ctx, {
          action: 'opendata.resource.confirm',
          recordType: 'od_resource',
          recordId: resourceId,
          opdId: access.opd_id,
          before: { versionNo, columns: version.columns, keyColumns: version.key_columns, confirmed: version.confirmed_at !== null },
          after: { versionNo, columns, keyColumns, summary },
        });
        return detailOf(trx, ctx, access, resourceId);
      });
    },

    /** Renames or describes a resource; a link may also change its address and format. */
    async update(
      ctx: RequestContext,
      resourceId: string,
      input: { name?: string; description?: string; url?: string; format?: string },
    ): Promise<ResourceDetail> {
      const { access, resource } = await visibleResource(ctx, resourceId);
      mayProduce(ctx, access);
      if (resource.kind === 'upload') for (const field of ['url', 'format'] as const) if (input[field] !== undefined) throw resourceErrors.notLink(field);
      const patch: { name?: string; description?: string; url?: string; format?: string } = {};
      if (input.name !== undefined) {
        patch.name = input.name.trim();
        if (!patch.name) throw resourceErrors.nameRequired();
      }
      if (input.description !== undefined) patch.description = input.description.trim();
      if (input.url !== undefined) patch.url = checkedUrl(input.url);
      if (input.format !== undefined) patch.format = input.format.trim().toUpperCase();
      return db.transaction().execute(async (trx) => {
        const before = (await repo.findResource(trx, resourceId, { forUpdate: true })) as repo.ResourceRow;
        await repo.updateResource(trx, resourceId, patch);
        await repo.touchDataset(trx, access.id);
        await audit.record(trx, ctx, {
          action: 'opendata.resource.update',
          recordType: 'od_resource',
          recordId: resourceId,
          opdId: access.opd_id,
          before: Object.fromEntries(Object.keys(patch).map((k) => [k, before[k as keyof typeof patch]])),
          after: patch,
        });
        return detailOf(trx, ctx, access, resourceId);
      });
    },

    /** A resource with its versions: everyone who sees the dataset sees the confirmed ones; its own people see drafts too. */
    async get(ctx: RequestContext, resourceId: string): Promise<ResourceDetail> {
      const { access } = await visibleResource(ctx, resourceId);
      return detailOf(db, ctx, access, resourceId);
    },

    /** Searches a version's rows (CKAN's datastore_search). */
    async search(ctx: RequestContext, resourceId: string, query: DatastoreQuery): Promise<DatastoreResult> {
      const { access, resource } = await visibleResource(ctx, resourceId);
      const version = await readableVersion(ctx, access, resource, query.versionNo);
      const plan = planSearch(version.columns, query);
      const found = await repo.searchRows(db, version.id, plan, version.row_count);
      return {
        fields: plan.fields,
        records: found.rows.map((r) => recordOf(r.row_no, r.data, plan.fields)),
        ...(found.total === undefined ? {} : { total: found.total }),
        limit: plan.limit,
        offset: plan.offset,
      };
    },

    /** A version's rows as CSV, XLSX or JSON: the current version unless another is asked for. */
    async download(ctx: RequestContext, resourceId: string, format: ExportFormat, versionNo?: number): Promise<DownloadedFile> {
      const { access, resource } = await visibleResource(ctx, resourceId);
      const version = await readableVersion(ctx, access, resource, versionNo);
      return exportVersion(access, resource, version, format);
    },

    /** The file as it was uploaded for a version. */
    async original(ctx: RequestContext, resourceId: string, versionNo: number): Promise<DownloadedFile> {
      const { access, resource } = await visibleResource(ctx, resourceId);
      const version = await readableVersion(ctx, access, resource, versionNo);
      const file = await storage.get(version.file_key);
      if (!file) throw resourceErrors.originalMissing();
      const extension = version.media_type === XLSX_TYPE ? 'xlsx' : 'csv';
      return {
        fileName: safeFileName([access.name, resource.name, `v${version.version_no}`, 'asli'], extension),
        // No charset: the original may be in the Windows code page, and is given back byte for byte.
        contentType: version.media_type === XLSX_TYPE ? XLSX_TYPE : 'text/csv',
        body: file.data,
      };
    },
  };
}

export type ResourceService = ReturnType<typeof createResourceService>;
