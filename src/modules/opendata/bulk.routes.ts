/**
 * Bulk import over HTTP: the template, and the import itself. The import's answer is a stream of
 * JSON lines (application/x-ndjson), one per dataset as it is done, so the page can show a
 * progress bar without the server keeping any job in memory between requests; problems found in
 * the check come before any line, as one 422 listing them all.
 */
import { PassThrough } from 'node:stream';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../errors.js';
import { problemFor, sendProblem } from '../../platform/http/problem.js';
import { ProblemSchema, problems } from '../../platform/http/schemas.js';
import { uploadedFileName } from '../../platform/http/upload-name.js';
import type { App, Platform } from '../../platform/module.js';
import type { BulkProblem } from './bulk.catalogue.js';
import { bulkErrors } from './bulk.errors.js';
import { createBulkImportService } from './bulk.service.js';
import { type BulkSource, folderSource, sentFolder, workbookSource } from './bulk.source.js';
import { bulkTemplate } from './bulk.template.js';
import type { UploadedFile } from './resource.service.js';
import { TABLE_LIMITS, XLSX_TYPE } from './table.parse.js';

const tags = ['opendata'];

/** A 422 of the import lists each problem where the catalogue shows it: row and header. */
const ImportProblemSchema = Type.Object(
  {
    ...ProblemSchema.properties,
    total: Type.Optional(Type.Integer({ description: 'How many problems there are in all' })),
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          field: Type.String({ description: 'The header and row: frekuensi:4' }),
          row: Type.Optional(Type.Integer({ description: 'The row of the catalogue sheet (the header is row 1)' })),
          column: Type.Optional(Type.String({ description: 'The header of the catalogue column' })),
          message: Type.String(),
        }),
      ),
    ),
  },
  { description: 'RFC 9457 problem details; for a catalogue with problems, errors lists each with its row and column' },
);
const MAX_FILES = 500;
const MAX_TOTAL_BYTES = 200 * 1024 * 1024;

/** The files and the publish choice of the form; a folder's files arrive as many parts named "file". */
async function readForm(request: FastifyRequest): Promise<{ files: UploadedFile[]; publish: boolean }> {
  if (!request.isMultipart()) throw bulkErrors.noFiles();
  const files: UploadedFile[] = [];
  let publish = false;
  let total = 0;
  try {
    for await (const part of request.parts({ limits: { fileSize: TABLE_LIMITS.maxBytes, files: MAX_FILES, fields: 5, fieldSize: 1024 } })) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        total += bytes.length;
        if (total > MAX_TOTAL_BYTES) throw bulkErrors.tooMuch(MAX_TOTAL_BYTES, MAX_FILES);
        // A browser sends a folder's files with their path inside it; only the name counts.
        const fileName = uploadedFileName(part.filename, '');
        if (fileName && bytes.length > 0) files.push({ fileName, bytes });
      } else if (part.fieldname === 'publish') publish = String(part.value) === 'true';
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_FILES_LIMIT') throw bulkErrors.tooMuch(MAX_TOTAL_BYTES, MAX_FILES);
    const status = (error as { statusCode?: number }).statusCode;
    if (error instanceof AppError || (status !== undefined && status < 500)) throw error;
    throw new AppError('malformed_body', 'invalid', {
      id: 'Isian formulir terpotong atau rusak, mungkin karena unggahan terputus. Kirim ulang.',
      en: 'The form data is cut off or damaged, perhaps by an interrupted upload. Send it again.',
    });
  }
  if (files.length === 0) throw bulkErrors.noFiles();
  return { files, publish };
}

function sourceOf(files: UploadedFile[]): Promise<BulkSource> {
  const [only] = files;
  if (files.length === 1 && only) return workbookSource(only.bytes, only.fileName);
  return folderSource(sentFolder(files), 'folder');
}

export function registerBulkImportRoutes(app: App, platform: Platform): void {
  const bulk = createBulkImportService(platform);

  app.get(
    '/api/opendata/import/template.xlsx',
    {
      schema: {
        tags,
        summary: 'The bulk import template: the sheet Katalog, an example data sheet and the instructions (walidata, admin)',
        response: { 200: Type.Unknown({ description: 'An .xlsx workbook' }), ...problems(401, 403) },
      },
    },
    async (request, reply) => {
      bulk.mayImport(request.ctx);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', 'attachment; filename="templat-impor-satu-data.xlsx"')
        .send(await bulkTemplate());
    },
  );

  app.post(
    '/api/opendata/import',
    {
      schema: {
        tags,
        summary:
          'Import many datasets: one workbook (sheet Katalog plus a sheet per table) or a folder\u2019s files (katalog.xlsx or katalog.csv plus CSV/XLSX files), in parts named "file"; publish=true publishes at once (walidata). Answers JSON lines: checked, one progress line per dataset, then the report',
        consumes: ['multipart/form-data'],
        response: { 200: Type.Unknown({ description: 'application/x-ndjson' }), 422: ImportProblemSchema, ...problems(400, 401, 403, 413, 415) },
      },
    },
    async (request, reply) => {
      bulk.mayImport(request.ctx);
      const { files, publish } = await readForm(request);
      let plan: Awaited<ReturnType<typeof bulk.prepare>>;
      try {
        plan = await bulk.prepare(request.ctx, await sourceOf(files), { publish });
      } catch (error) {
        const listed = error instanceof AppError && error.code === 'opendata.import_invalid' ? (error.details.problems as BulkProblem[]) : null;
        if (!listed) throw error;
        const { body, headers } = problemFor(error, request, platform.config.defaultLocale);
        const locale = request.ctx.locale;
        const errors = listed.map((p) => ({ field: `${p.column}:${p.row}`, row: p.row, column: p.column, message: p.message[locale] }));
        return sendProblem(reply, { ...body, total: (error as AppError).details.problemCount, errors } as typeof body, headers);
      }
      const stream = new PassThrough();
      const line = (value: unknown) => stream.write(`${JSON.stringify(value)}\n`);
      line(plan.event);
      void bulk
        .execute(request.ctx, plan, line)
        .then((report) => line({ type: 'report', report }))
        .catch((error: unknown) => {
          request.log.error({ err: error }, 'bulk import stopped');
          line({ type: 'stopped', message: problemFor(error, request, platform.config.defaultLocale).body.detail });
        })
        .finally(() => stream.end());
      return reply.type('application/x-ndjson; charset=utf-8').header('cache-control', 'no-store').send(stream);
    },
  );
}
