/**
 * The SPBE routes: frameworks and final results for anyone; the evaluation's work for the
 * coordination team, the OPDs and the assessors (the services check who).
 */
import { Type } from '@sinclair/typebox';
import { sendAttachment } from '../../platform/http/attachment.js';
import { problems } from '../../platform/http/schemas.js';
import type { App, Platform } from '../../platform/module.js';
import { evaluationPdf, evaluationWorkbook } from './evaluation.export.js';
import { createEvaluationService } from './evaluation.service.js';
import { readEvidence } from './evidence.upload.js';
import { createFrameworkService, type FrameworkSource } from './framework.service.js';
import { createHistoryService } from './history.service.js';
import { spbeErrors } from './spbe.errors.js';
import {
  AssessmentSchema,
  AssignmentsBody,
  BasisQuery,
  CreateEvaluationBody,
  EvaluationDetailSchema,
  EvaluationSummarySchema,
  EvidenceParams,
  FillBody,
  FrameworkCodeParams,
  FrameworkDetailSchema,
  FrameworkSummarySchema,
  GapsSchema,
  HistorySchema,
  IndicatorParams,
  ReviewBody,
  SimulateBody,
  SimulationSchema,
  SpbeIndexSchema,
  YearParams,
} from './spbe.schemas.js';

const tags = ['spbe'];
const Binary = Type.Unsafe<Buffer>({ type: 'string', format: 'binary' });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FRAMEWORK_MAX_BYTES = 5 * 1024 * 1024;

export function registerSpbeRoutes(app: App, platform: Platform): void {
  const frameworks = createFrameworkService(platform);
  const evaluations = createEvaluationService(platform);
  const history = createHistoryService(platform);

  app.get(
    '/api/spbe/frameworks',
    {
      schema: {
        tags,
        summary: 'The evaluation frameworks, one per regulation, newest first',
        response: { 200: Type.Object({ items: Type.Array(FrameworkSummarySchema) }) },
      },
    },
    async () => ({ items: await frameworks.list() }),
  );
  app.get(
    '/api/spbe/frameworks/:code',
    {
      schema: {
        tags,
        summary: "A framework whole: domains, aspects, indicators with weights and every level's description, scales and predicates",
        params: FrameworkCodeParams,
        response: { 200: FrameworkDetailSchema, ...problems(400, 404) },
      },
    },
    async (request) => frameworks.detail(request.params.code),
  );
  app.get(
    '/api/spbe/frameworks/:code/workbook.xlsx',
    {
      schema: {
        tags,
        summary: 'A framework as a workbook (sheets Kerangka, Skala, Indikator, Predikat): the form a new framework is imported in',
        params: FrameworkCodeParams,
        response: { 200: Binary, ...problems(400, 404) },
      },
    },
    async (request, reply) =>
      reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="kerangka-${request.params.code}.xlsx"`)
        .send(await frameworks.workbook(request.params.code)),
  );
  app.post(
    '/api/spbe/frameworks',
    {
      bodyLimit: FRAMEWORK_MAX_BYTES,
      schema: {
        tags,
        summary: 'Import a framework: its JSON as the body, or multipart/form-data with one file "file" (.json or .xlsx)',
        description: 'Every problem is listed at once, each naming its field or its sheet and cell. An existing code is refused, never overwritten.',
        consumes: ['application/json', 'multipart/form-data'],
        response: { 201: FrameworkSummarySchema, ...problems(400, 401, 403, 409, 413, 422) },
      },
    },
    async (request, reply) => {
      let source: FrameworkSource;
      if (request.isMultipart()) {
        const file = await request.file({ limits: { fileSize: FRAMEWORK_MAX_BYTES, files: 1 } }).catch(() => undefined);
        if (!file) throw spbeErrors.notAFrameworkFile();
        source = { file: await file.toBuffer() };
      } else {
        source = { json: request.body };
      }
      return reply.code(201).send(await frameworks.importFramework(request.ctx, source));
    },
  );

  app.get(
    '/api/spbe/history',
    {
      schema: {
        tags,
        summary: "The city's SPBE index by year and framework: its own final evaluations and the national results",
        response: { 200: HistorySchema },
      },
    },
    async () => ({ items: await history.history() }),
  );

  app.get(
    '/api/spbe/evaluations',
    {
      schema: {
        tags,
        summary: 'The yearly evaluations, newest first, with their index so far (final ones for the public)',
        response: { 200: Type.Object({ items: Type.Array(EvaluationSummarySchema) }) },
      },
    },
    async (request) => ({ items: await evaluations.list(request.ctx) }),
  );
  app.post(
    '/api/spbe/evaluations',
    {
      schema: {
        tags,
        summary: "Open a year's evaluation under a framework in force that year (the coordination team)",
        body: CreateEvaluationBody,
        response: { 201: EvaluationSummarySchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await evaluations.create(request.ctx, request.body)),
  );
  app.get(
    '/api/spbe/evaluations/:year',
    {
      schema: {
        tags,
        summary: 'An evaluation with every indicator: details to the team and assessors, to an OPD for its own indicators',
        params: YearParams,
        response: { 200: EvaluationDetailSchema, ...problems(400, 404) },
      },
    },
    async (request) => evaluations.detail(request.ctx, request.params.year),
  );
  app.put(
    '/api/spbe/evaluations/:year/assignments',
    {
      schema: {
        tags,
        summary: 'Assign indicators to OPDs (opdId null takes one back); all or nothing',
        params: YearParams,
        body: AssignmentsBody,
        response: { 200: EvaluationDetailSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => evaluations.assign(request.ctx, request.params.year, request.body.assignments),
  );
  app.get(
    '/api/spbe/evaluations/:year/indicators/:number',
    { schema: { tags, summary: 'One indicator of an evaluation', params: IndicatorParams, response: { 200: AssessmentSchema, ...problems(400, 404) } } },
    async (request) => evaluations.indicator(request.ctx, request.params.year, request.params.number),
  );
  app.put(
    '/api/spbe/evaluations/:year/indicators/:number',
    {
      schema: {
        tags,
        summary: "The OPD's claims for its indicator: each level met or not, with an explanation",
        params: IndicatorParams,
        body: FillBody,
        response: { 200: AssessmentSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => evaluations.fill(request.ctx, request.params.year, request.params.number, request.body),
  );
  app.post(
    '/api/spbe/evaluations/:year/indicators/:number/evidence',
    {
      schema: {
        tags,
        summary: 'Add evidence (bukti dukung) for one level: multipart with a field level and one file "file", or JSON {level, url, name} for a link',
        description: 'Files: PDF, JPEG, PNG, XLSX or DOCX judged by content, at most 10 MB; at most 20 pieces per indicator.',
        consumes: ['multipart/form-data', 'application/json'],
        params: IndicatorParams,
        response: { 201: AssessmentSchema, ...problems(400, 401, 403, 404, 409, 413, 422) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await evaluations.addEvidence(request.ctx, request.params.year, request.params.number, () => readEvidence(request))),
  );
  app.delete(
    '/api/spbe/evaluations/:year/indicators/:number/evidence/:id',
    {
      schema: {
        tags,
        summary: 'Remove a piece of evidence (the OPD, while its indicator is a draft or returned)',
        params: EvidenceParams,
        response: { 200: AssessmentSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => evaluations.removeEvidence(request.ctx, request.params.year, request.params.number, request.params.id),
  );
  app.get(
    '/api/spbe/evidence/:id',
    {
      schema: {
        tags,
        summary: "Download an evidence file (those who may read the indicator's details)",
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 200: Binary, ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const file = await evaluations.evidenceFile(request.ctx, request.params.id);
      return sendAttachment(reply, file);
    },
  );
  app.post(
    '/api/spbe/evaluations/:year/indicators/:number/submit',
    {
      schema: {
        tags,
        summary: 'Send the indicator to the assessors (it must reach level 1 with evidence)',
        params: IndicatorParams,
        response: { 200: AssessmentSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => evaluations.submit(request.ctx, request.params.year, request.params.number),
  );
  app.post(
    '/api/spbe/evaluations/:year/indicators/:number/review',
    {
      schema: {
        tags,
        summary: "The assessor's decision: confirm the level, correct it (level and comment) or return it (comment)",
        params: IndicatorParams,
        body: ReviewBody,
        response: { 200: AssessmentSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => evaluations.review(request.ctx, request.params.year, request.params.number, request.body),
  );
  app.post(
    '/api/spbe/evaluations/:year/finalize',
    {
      schema: {
        tags,
        summary: 'Finalize the year once every indicator is confirmed or corrected; the result becomes public',
        params: YearParams,
        response: { 200: EvaluationSummarySchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => evaluations.finalize(request.ctx, request.params.year),
  );
  app.get(
    '/api/spbe/evaluations/:year/index',
    {
      schema: {
        tags,
        summary: "The index, its predicate and the index of every domain and aspect, on the OPDs' levels (self) or the assessors' (final)",
        params: YearParams,
        querystring: BasisQuery,
        response: { 200: SpbeIndexSchema, ...problems(400, 404) },
      },
    },
    async (request) => evaluations.index(request.ctx, request.params.year, request.query.basis),
  );
  app.get(
    '/api/spbe/evaluations/:year/gaps',
    {
      schema: {
        tags,
        summary: 'Gap analysis: the indicators below level 5, by how much one level more would raise the index',
        params: YearParams,
        querystring: BasisQuery,
        response: { 200: GapsSchema, ...problems(400, 404) },
      },
    },
    async (request) => ({ items: await evaluations.gaps(request.ctx, request.params.year, request.query.basis) }),
  );
  app.post(
    '/api/spbe/evaluations/:year/simulate',
    {
      schema: {
        tags,
        summary: 'What-if: the index with some levels changed; nothing is saved',
        params: YearParams,
        body: SimulateBody,
        response: { 200: SimulationSchema, ...problems(400, 404) },
      },
    },
    async (request) => evaluations.simulate(request.ctx, request.params.year, request.body.levels, request.body.basis),
  );
  for (const format of ['xlsx', 'pdf'] as const) {
    app.get(
      `/api/spbe/evaluations/:year/export.${format}`,
      {
        schema: {
          tags,
          summary: `The evaluation as ${format === 'xlsx' ? 'a workbook' : 'a printable PDF'}: index, domains, aspects and every indicator`,
          params: YearParams,
          response: { 200: Binary, ...problems(400, 404) },
        },
      },
      async (request, reply) => {
        const ctx = request.ctx;
        const year = request.params.year;
        const [detail, index] = await Promise.all([evaluations.detail(ctx, year), evaluations.index(ctx, year)]);
        const content = { year, frameworkName: detail.frameworkName, status: detail.status, basis: index.basis, index, indicators: detail.indicators };
        const file = format === 'xlsx' ? await evaluationWorkbook(content) : await evaluationPdf(content);
        return reply
          .type(format === 'xlsx' ? XLSX : 'application/pdf')
          .header('content-disposition', `attachment; filename="${file.filename}"`)
          .send(file.data);
      },
    );
  }
}
