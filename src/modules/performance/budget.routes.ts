/** The budget's routes: pagu and cash plan, the list with absorption, BKAD's template and its import. */
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../errors.js';
import { problemFor, sendProblem } from '../../platform/http/problem.js';
import { problems } from '../../platform/http/schemas.js';
import { uploadedFileName } from '../../platform/http/upload-name.js';
import type { App, Platform } from '../../platform/module.js';
import { budgetErrors, cellProblemsOf } from './budget.errors.js';
import {
  BudgetListQuery,
  BudgetListSchema,
  BudgetParams,
  BudgetSchema,
  ImportAnswer,
  ImportProblemSchema,
  PeriodQuery,
  SetBudgetBody,
} from './budget.schemas.js';
import { createBudgetService, type UploadedFile } from './budget.service.js';
import { MAX_WORKBOOK_BYTES } from './budget.workbook.js';

const tags = ['performance'];

const fileNameOf = (raw: string | undefined) => uploadedFileName(raw, 'realisasi.xlsx');

/** The one file of a multipart upload, refused with a message to act on when it is too big, missing or not alone. */
async function readUpload(request: FastifyRequest): Promise<UploadedFile> {
  if (!request.isMultipart()) throw budgetErrors.notMultipart();
  let upload: UploadedFile | null = null;
  try {
    for await (const part of request.parts({ limits: { fileSize: MAX_WORKBOOK_BYTES, files: 1, fields: 5, fieldSize: 1024 } })) {
      if (part.type === 'file') upload = { fileName: fileNameOf(part.filename), bytes: await part.toBuffer() };
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw budgetErrors.tooLarge(MAX_WORKBOOK_BYTES);
    if (code === 'FST_FILES_LIMIT') throw budgetErrors.tooManyFiles();
    const status = (error as { statusCode?: number }).statusCode;
    if (error instanceof AppError || (status !== undefined && status < 500)) throw error;
    throw budgetErrors.brokenForm();
  }
  if (!upload) throw budgetErrors.noFile();
  return upload;
}

export function registerBudgetRoutes(app: App, platform: Platform): void {
  const budget = createBudgetService(platform);

  app.get(
    '/api/performance/budgets',
    {
      schema: {
        tags,
        summary: 'A year\u2019s budgets with absorption per quarter and cumulative: the leadership sees every OPD, an OPD its own',
        querystring: BudgetListQuery,
        response: { 200: BudgetListSchema, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request) => budget.list(request.ctx, request.query),
  );
  app.put(
    '/api/performance/budgets/:periodId/:opdId',
    {
      schema: {
        tags,
        summary: 'Set an OPD\u2019s pagu and cash plan for a year (whole rupiah; the plan together at most the pagu)',
        params: BudgetParams,
        body: SetBudgetBody,
        response: { 200: BudgetSchema, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request) => budget.set(request.ctx, request.params.periodId, request.params.opdId, request.body),
  );
  app.get(
    '/api/performance/budgets/template.xlsx',
    {
      schema: {
        tags,
        summary: 'BKAD\u2019s realization workbook for a year: one row per OPD with a budget, prefilled with what is imported',
        querystring: PeriodQuery,
        response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }), ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const file = await budget.template(request.ctx, request.query.periodId);
      return reply.type(file.contentType).header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.data);
    },
  );
  app.post(
    '/api/performance/budgets/import',
    {
      schema: {
        tags,
        summary: 'Import BKAD\u2019s realization workbook, whole or not at all',
        description:
          'multipart/form-data with one XLSX file (at most 5 MB) in a part named "file". Every problem is answered at once as a 422 whose ' +
          'errors list each cell (row, column, header, message), and nothing is written. Empty cells leave the realization already recorded.',
        consumes: ['multipart/form-data'],
        querystring: PeriodQuery,
        response: { 200: ImportAnswer, 422: ImportProblemSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      try {
        return await budget.importRealization(request.ctx, request.query.periodId, () => readUpload(request));
      } catch (error) {
        const cells = cellProblemsOf(error);
        if (!cells) throw error;
        const { body, headers } = problemFor(error, request, platform.config.defaultLocale);
        return sendProblem(reply, { ...body, errors: budget.cellProblems(request.ctx, cells) }, headers);
      }
    },
  );
}
