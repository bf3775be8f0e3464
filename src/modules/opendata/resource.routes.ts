/** Resources over our REST API: upload tables and links, new versions, confirmed columns, the datastore's rows, downloads. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../errors.js';
import { problemFor, sendProblem } from '../../platform/http/problem.js';
import { problems } from '../../platform/http/schemas.js';
import { uploadedFileName } from '../../platform/http/upload-name.js';
import type { App, Platform } from '../../platform/module.js';
import type { DatastoreQuery } from './datastore.query.js';
import { cellProblemsOf, resourceErrors } from './resource.errors.js';
import {
  ColumnsBody,
  DatasetParams,
  DatastoreAnswer,
  DownloadParams,
  DownloadQuery,
  FileAnswer,
  LinkBody,
  PatchBody,
  ResourceDetailSchema,
  ResourceParams,
  type RowsQuery,
  RowsQuery as RowsQuerySchema,
  TableProblemSchema,
  VersionParams,
} from './resource.schemas.js';
import { createResourceService, type DownloadedFile, type UploadedFile } from './resource.service.js';
import { TABLE_LIMITS } from './table.parse.js';

const tags = ['opendata'];

/** HTTP has its own words for a file too large or of the wrong kind; the CKAN API keeps its own statuses. */
const STATUS_OF_CODE: Record<string, number> = {
  'opendata.file_too_large': 413,
  'opendata.too_many_rows': 413,
  'opendata.file_not_table': 415,
};

const fileNameOf = (raw: string | undefined) => uploadedFileName(raw, 'tabel.csv');

/** The one file of a multipart upload and its text fields, refused with a message to act on when too big, missing or not alone. */
async function readUpload(request: FastifyRequest): Promise<{ file: UploadedFile; fields: Record<string, string> }> {
  if (!request.isMultipart()) throw resourceErrors.notMultipart();
  let file: UploadedFile | null = null;
  const fields: Record<string, string> = {};
  try {
    for await (const part of request.parts({ limits: { fileSize: TABLE_LIMITS.maxBytes, files: 1, fields: 5, fieldSize: 16 * 1024 } })) {
      if (part.type === 'file') file = { fileName: fileNameOf(part.filename), bytes: await part.toBuffer() };
      else fields[part.fieldname] = String(part.value);
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw resourceErrors.tooLarge(TABLE_LIMITS.maxBytes);
    if (code === 'FST_FILES_LIMIT') throw resourceErrors.oneFile();
    const status = (error as { statusCode?: number }).statusCode;
    if (error instanceof AppError || (status !== undefined && status < 500)) throw error;
    throw resourceErrors.brokenForm();
  }
  if (!file) throw resourceErrors.noFile();
  return { file, fields };
}

/** A table's problems listed cell by cell, and a file refused with the HTTP status that says why; anything else as usual. */
function sendTableProblem(error: unknown, request: FastifyRequest, reply: FastifyReply, platform: Platform) {
  const cells = cellProblemsOf(error);
  const status = error instanceof AppError ? STATUS_OF_CODE[error.code] : undefined;
  if (!cells && status === undefined) throw error;
  const { body, headers } = problemFor(error, request, platform.config.defaultLocale);
  const locale = request.ctx?.locale ?? platform.config.defaultLocale;
  if (!cells) return sendProblem(reply, { ...body, status: status as number }, headers);
  const errors = cells.map((c) => ({ field: `${c.column}${c.row}`, row: c.row, column: c.column, header: c.header, message: c.message[locale] }));
  return sendProblem(reply, { ...body, total: (error as AppError).details.total, errors } as typeof body, headers);
}

const parseJson = (text: string, field: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    throw resourceErrors.badQuery(field, { id: 'bukan JSON yang sah.', en: 'is not valid JSON.' });
  }
};

const isScalar = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/** The query string as the datastore's search: filters and a q object arrive as JSON, fields as a list. */
export function datastoreQueryOf(query: RowsQuery): DatastoreQuery {
  const result: DatastoreQuery = { limit: query.limit, offset: query.offset, sort: query.sort, includeTotal: query.includeTotal, versionNo: query.version };
  if (query.filters !== undefined) {
    const filters = parseJson(query.filters, 'filters');
    const valid =
      typeof filters === 'object' &&
      filters !== null &&
      !Array.isArray(filters) &&
      Object.values(filters).every((v) => isScalar(v) || (Array.isArray(v) && v.every(isScalar)));
    if (!valid)
      throw resourceErrors.badQuery('filters', {
        id: 'tulis objek JSON kolom -> nilai atau daftar nilai.',
        en: 'write a JSON object of field -> value or list of values.',
      });
    result.filters = filters as DatastoreQuery['filters'];
  }
  if (query.q !== undefined) {
    if (query.q.trim().startsWith('{')) {
      const q = parseJson(query.q, 'q');
      if (typeof q !== 'object' || q === null || Array.isArray(q) || !Object.values(q).every((v) => typeof v === 'string'))
        throw resourceErrors.badQuery('q', { id: 'tulis teks, atau objek JSON kolom -> teks.', en: 'write text, or a JSON object of field -> text.' });
      result.q = q as Record<string, string>;
    } else result.q = query.q;
  }
  if (query.fields !== undefined) {
    const fields = query.fields.trim().startsWith('[') ? parseJson(query.fields, 'fields') : query.fields.split(',').map((f) => f.trim());
    if (!Array.isArray(fields) || !fields.every((f) => typeof f === 'string'))
      throw resourceErrors.badQuery('fields', { id: 'tulis nama kolom dipisah koma.', en: 'write field names separated by commas.' });
    result.fields = fields.filter((f) => f !== '');
  }
  return result;
}

const sendFile = (reply: FastifyReply, file: DownloadedFile) =>
  reply.type(file.contentType).header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.body);

export function registerResourceRoutes(app: App, platform: Platform): void {
  const resources = createResourceService(platform);
  const maxMb = TABLE_LIMITS.maxBytes / (1024 * 1024);

  app.post(
    '/api/opendata/datasets/:name/resources',
    {
      attachValidation: true,
      schema: {
        tags,
        summary: 'Add a resource: an uploaded CSV/XLSX table (multipart) or a link (JSON)',
        description:
          `multipart/form-data with one CSV or XLSX file (at most ${maxMb} MB, ${TABLE_LIMITS.maxRows.toLocaleString('en')} rows, ${TABLE_LIMITS.maxColumns} columns) in a part named "file", ` +
          'and text parts "name" (the file name when left out) and "description". The table becomes version 1 with guessed column types, ' +
          'to be confirmed with PUT .../versions/1/columns. Or JSON {name, url, format?, description?} for a link. The producer’s OPD only.',
        consumes: ['application/json', 'multipart/form-data'],
        params: DatasetParams,
        body: LinkBody,
        response: { 201: ResourceDetailSchema, 422: TableProblemSchema, ...problems(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      try {
        if (request.isMultipart()) {
          await resources.mayUpload(request.ctx, request.params.name);
          const { file, fields } = await readUpload(request);
          const name = fields.name?.trim() || file.fileName.replace(/\.[^.]*$/, '');
          const created = await resources.createUpload(request.ctx, request.params.name, { name, description: fields.description, file });
          return reply.code(201).send(created);
        }
        if (request.validationError) throw request.validationError;
        return reply.code(201).send(await resources.createLink(request.ctx, request.params.name, request.body));
      } catch (error) {
        return sendTableProblem(error, request, reply, platform);
      }
    },
  );

  app.get(
    '/api/opendata/resources/:id',
    {
      schema: {
        tags,
        summary: 'A resource with its versions (unconfirmed ones only for the dataset’s own people)',
        params: ResourceParams,
        response: { 200: ResourceDetailSchema, ...problems(400, 404) },
      },
    },
    async (request) => resources.get(request.ctx, request.params.id),
  );

  app.patch(
    '/api/opendata/resources/:id',
    {
      schema: {
        tags,
        summary: 'Rename or describe a resource; a link may also change its address and format',
        params: ResourceParams,
        body: PatchBody,
        response: { 200: ResourceDetailSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => resources.update(request.ctx, request.params.id, request.body),
  );

  app.post(
    '/api/opendata/resources/:id/versions',
    {
      schema: {
        tags,
        summary: 'Upload the next version of a table (multipart "file"); it waits for confirmation, the current version stays until then',
        description: 'When the header is the current version’s, its confirmed types, units and key columns carry over wherever the new cells fit them.',
        consumes: ['multipart/form-data'],
        params: ResourceParams,
        response: { 201: ResourceDetailSchema, 422: TableProblemSchema, ...problems(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      try {
        await resources.mayAddVersion(request.ctx, request.params.id);
        const { file } = await readUpload(request);
        return reply.code(201).send(await resources.addVersion(request.ctx, request.params.id, file));
      } catch (error) {
        return sendTableProblem(error, request, reply, platform);
      }
    },
  );

  app.put(
    '/api/opendata/resources/:id/versions/:no/columns',
    {
      schema: {
        tags,
        summary: 'Confirm or correct a version’s column types, units and key columns; it becomes the current data',
        description:
          'The rows are read again from the original file as the types say. If any cell does not fit, the answer is 422 with the first 100 cells by row and column, and nothing changes.',
        params: VersionParams,
        body: ColumnsBody,
        response: { 200: ResourceDetailSchema, 422: TableProblemSchema, ...problems(400, 401, 403, 404, 409, 503) },
      },
    },
    async (request, reply) => {
      try {
        return await resources.confirmColumns(request.ctx, request.params.id, request.params.no, request.body);
      } catch (error) {
        return sendTableProblem(error, request, reply, platform);
      }
    },
  );

  app.get(
    '/api/opendata/resources/:id/rows',
    {
      schema: {
        tags,
        summary: 'Search a table’s rows (as CKAN’s datastore_search): filters, q, sort, fields, limit, offset',
        params: ResourceParams,
        querystring: RowsQuerySchema,
        response: { 200: DatastoreAnswer, ...problems(400, 403, 404, 409) },
      },
    },
    async (request) => resources.search(request.ctx, request.params.id, datastoreQueryOf(request.query)),
  );

  app.get(
    '/api/opendata/resources/:id/download.:format',
    {
      schema: {
        tags,
        summary: 'Download a version’s rows as CSV, XLSX (typed cells, units as header notes) or JSON; the current version by default',
        params: DownloadParams,
        querystring: DownloadQuery,
        response: { 200: FileAnswer, ...problems(400, 403, 404, 409) },
      },
    },
    async (request, reply) => sendFile(reply, await resources.download(request.ctx, request.params.id, request.params.format, request.query.version)),
  );

  app.get(
    '/api/opendata/resources/:id/versions/:no/original',
    {
      schema: {
        tags,
        summary: 'The file as it was uploaded for a version',
        params: VersionParams,
        response: { 200: FileAnswer, ...problems(400, 403, 404, 409, 503) },
      },
    },
    async (request, reply) => sendFile(reply, await resources.original(request.ctx, request.params.id, request.params.no)),
  );
}
