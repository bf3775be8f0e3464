/** The quarterly reports' routes: the OPD opens, fills and submits; a reviewer verifies or returns. */
import { Type } from '@sinclair/typebox';
import { sendAttachment } from '../../platform/http/attachment.js';
import { IdParams, Paged, problems } from '../../platform/http/schemas.js';
import type { App, Platform } from '../../platform/module.js';
import { createEvidenceService } from './report.evidence.js';
import {
  EvidenceParams,
  EvidenceSchema,
  OpenReportBody,
  RealizationBody,
  RealizationParams,
  ReportListQuery,
  ReportSchema,
  ReportSummarySchema,
  ReviewBody,
} from './report.schemas.js';
import { createReportService } from './report.service.js';
import { readEvidenceForm } from './report.upload.js';

const tags = ['performance'];

export function registerReportRoutes(app: App, platform: Platform): void {
  const reports = createReportService(platform);
  const evidence = createEvidenceService(platform);

  app.get(
    '/api/performance/reports',
    {
      schema: {
        tags,
        summary: 'Quarterly reports: the leadership, admins and auditors see all, an OPD its own',
        querystring: ReportListQuery,
        response: { 200: Paged(ReportSummarySchema), ...problems(400, 401, 403) },
      },
    },
    async (request) => reports.list(request.ctx, request.query),
  );
  app.post(
    '/api/performance/reports',
    {
      schema: {
        tags,
        summary: 'Open the draft report of a quarter (the OPD, once its offer for the year is accepted)',
        body: OpenReportBody,
        response: { 201: ReportSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await reports.open(request.ctx, request.body)),
  );
  app.get(
    '/api/performance/reports/:id',
    {
      schema: {
        tags,
        summary: 'One report: per indicator the agreed and quarterly targets, realization, achievement and evidence; its reviews',
        params: IdParams,
        response: { 200: ReportSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => reports.get(request.ctx, request.params.id),
  );
  app.put(
    '/api/performance/reports/:id/realizations/:indicatorId',
    {
      schema: {
        tags,
        summary: 'Set an indicator\u2019s realization and note (the OPD, while the report is a draft or returned)',
        params: RealizationParams,
        body: RealizationBody,
        response: { 200: ReportSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => reports.setRealization(request.ctx, request.params.id, request.params.indicatorId, request.body),
  );
  app.post(
    '/api/performance/reports/:id/evidence',
    {
      schema: {
        tags,
        summary: 'Attach an evidence file to an indicator: multipart/form-data with a field indicatorId and one file "file"',
        description: 'PDF, JPEG, PNG, XLSX or DOCX, judged by the content; at most 10 MB, and 10 files per indicator.',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 201: EvidenceSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => reply.code(201).send(await evidence.add(request.ctx, request.params.id, () => readEvidenceForm(request))),
  );
  app.get(
    '/api/performance/reports/:id/evidence/:evidenceId',
    {
      schema: {
        tags,
        summary: 'Download an evidence file (those who may read the report)',
        params: EvidenceParams,
        response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }), ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const file = await evidence.file(request.ctx, request.params.id, request.params.evidenceId);
      return sendAttachment(reply, file);
    },
  );
  app.delete(
    '/api/performance/reports/:id/evidence/:evidenceId',
    {
      schema: {
        tags,
        summary: 'Remove an evidence file (the OPD, while the report is a draft or returned)',
        params: EvidenceParams,
        response: { 204: { type: 'null' }, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await evidence.remove(request.ctx, request.params.id, request.params.evidenceId);
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/performance/reports/:id/submit',
    {
      schema: {
        tags,
        summary: 'Submit the report: computed indicators are filled in; each indicator needs a realization or a note',
        params: IdParams,
        response: { 200: ReportSchema, ...problems(401, 403, 404, 409, 422) },
      },
    },
    async (request) => reports.submit(request.ctx, request.params.id),
  );
  app.post(
    '/api/performance/reports/:id/review',
    {
      schema: {
        tags,
        summary: 'Verify a submitted report (locking its figures) or return it with a comment (auditors, the mayor\u2019s team)',
        params: IdParams,
        body: ReviewBody,
        response: { 200: ReportSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => reports.review(request.ctx, request.params.id, request.body),
  );
}
