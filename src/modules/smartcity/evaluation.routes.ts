/** The semi-annual evaluation's routes: the smart city team fills and publishes; everyone reads what is published. */
import { Type } from '@sinclair/typebox';
import { sendAttachment } from '../../platform/http/attachment.js';
import { IdParams, problems } from '../../platform/http/schemas.js';
import type { App, Platform } from '../../platform/module.js';
import { createEvidenceService } from './evaluation.evidence.js';
import { evaluationPdf, evaluationWorkbook } from './evaluation.export.js';
import {
  CreateEvaluationBody,
  EvaluationListQuery,
  EvaluationSchema,
  EvidenceParams,
  EvidenceSchema,
  SettingsBody,
  SettingsSchema,
  UpdateEvaluationBody,
} from './evaluation.schemas.js';
import { createEvaluationService } from './evaluation.service.js';
import { readEvidenceForm } from './evaluation.upload.js';

const tags = ['smartcity'];
const Binary = Type.Unsafe<Buffer>({ type: 'string', format: 'binary' });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function registerEvaluationRoutes(app: App, platform: Platform): void {
  const evaluations = createEvaluationService(platform);
  const evidence = createEvidenceService(platform);
  const { cityName, cityTimezone } = platform.config;

  app.get(
    '/api/smartcity/settings',
    { schema: { tags, summary: 'The weights the score is computed with (defaults 0.10, 0.20, 0.30, 0.20, 0.20)', response: { 200: SettingsSchema } } },
    async () => evaluations.settings(),
  );
  app.put(
    '/api/smartcity/settings',
    {
      schema: {
        tags,
        summary: 'Set the score\u2019s weights: each at least 0, together 1 (the smart city team); published evaluations keep theirs',
        body: SettingsBody,
        response: { 200: SettingsSchema, ...problems(400, 401, 403, 422) },
      },
    },
    async (request) => evaluations.saveSettings(request.ctx, request.body),
  );

  app.get(
    '/api/smartcity/evaluations',
    {
      schema: {
        tags,
        summary: 'Evaluations in time order (year, Tahap I before II), for the history charts; drafts only for those who may see them',
        querystring: EvaluationListQuery,
        response: { 200: Type.Object({ items: Type.Array(EvaluationSchema) }), ...problems(400) },
      },
    },
    async (request) => ({ items: await evaluations.list(request.ctx, request.query) }),
  );
  app.post(
    '/api/smartcity/evaluations',
    {
      schema: {
        tags,
        summary: 'Open the draft of a year\u2019s Tahap I or II (the smart city team)',
        body: CreateEvaluationBody,
        response: { 201: EvaluationSchema, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await evaluations.create(request.ctx, request.body)),
  );
  app.get(
    '/api/smartcity/evaluations/:id',
    {
      schema: {
        tags,
        summary: 'One evaluation: indices, weights, score, dimension indices, notes and evidence (a draft only for those who may see drafts)',
        params: IdParams,
        response: { 200: EvaluationSchema, ...problems(404) },
      },
    },
    async (request) => evaluations.get(request.ctx, request.params.id),
  );
  app.put(
    '/api/smartcity/evaluations/:id',
    {
      schema: {
        tags,
        summary: 'Set a draft\u2019s five indices, dimension indices and notes (the smart city team)',
        params: IdParams,
        body: UpdateEvaluationBody,
        response: { 200: EvaluationSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => evaluations.update(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/smartcity/evaluations/:id/publish',
    {
      schema: {
        tags,
        summary: 'Publish a draft with all five indices: it becomes public and final, with the weights and score of now',
        params: IdParams,
        response: { 200: EvaluationSchema, ...problems(401, 403, 404, 409, 422) },
      },
    },
    async (request) => evaluations.publish(request.ctx, request.params.id),
  );

  app.post(
    '/api/smartcity/evaluations/:id/evidence',
    {
      schema: {
        tags,
        summary: 'Attach an evidence file: multipart/form-data with one file "file" and, optionally, the field index it supports',
        description:
          'PDF, JPEG, PNG, XLSX or DOCX, judged by the content; at most 10 MB, and 50 files per evaluation. index: baseline, output, outcome, impact or quickWin.',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 201: EvidenceSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => reply.code(201).send(await evidence.add(request.ctx, request.params.id, () => readEvidenceForm(request))),
  );
  app.get(
    '/api/smartcity/evidence/:id',
    {
      schema: {
        tags,
        summary: 'Download an evidence file (those who may see draft evaluations)',
        params: EvidenceParams,
        response: { 200: Binary, ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const file = await evidence.file(request.ctx, request.params.id);
      return sendAttachment(reply, file);
    },
  );
  app.delete(
    '/api/smartcity/evidence/:id',
    {
      schema: {
        tags,
        summary: 'Remove an evidence file while its evaluation is a draft (the smart city team)',
        params: EvidenceParams,
        response: { 204: { type: 'null' }, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await evidence.remove(request.ctx, request.params.id);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/smartcity/evaluations/:id/export.xlsx',
    {
      schema: {
        tags,
        summary: 'The evaluation as a workbook: indices, weights, score, dimension indices and evidence list',
        params: IdParams,
        response: { 200: Binary, ...problems(404) },
      },
    },
    async (request, reply) => {
      const file = await evaluationWorkbook(await evaluations.get(request.ctx, request.params.id), cityName);
      return sendAttachment(reply, { fileName: file.filename, contentType: XLSX, data: file.data });
    },
  );
  app.get(
    '/api/smartcity/evaluations/:id/export.pdf',
    {
      schema: {
        tags,
        summary: 'The evaluation as a PDF: indices, weights, score, dimension indices and evidence list',
        params: IdParams,
        response: { 200: Binary, ...problems(404) },
      },
    },
    async (request, reply) => {
      const view = await evaluations.get(request.ctx, request.params.id);
      const file = await evaluationPdf(view, { cityName, printedAt: new Date(), timeZone: cityTimezone });
      return sendAttachment(reply, { fileName: file.filename, contentType: 'application/pdf', data: file.data });
    },
  );
}
