/** The auction's documents as PDF downloads: the pakta integritas of an offer, the perjanjian kinerja of an OPD's year. */
import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import { IdParams, problems, Uuid } from '../../../platform/http/schemas.js';
import type { App, Platform } from '../../../platform/module.js';
import { createDocumentsService, type PdfFile } from './documents.service.js';

const tags = ['performance'];
// Sent as they are (Fastify serializes only JSON); the media type keeps the API description true.
const PdfAnswer = { description: 'A PDF document', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } };
const WHO = 'Whoever may read the offer: the leadership and auditors any, an OPD its own (another OPD gets 404).';

export function registerDocumentRoutes(app: App, platform: Platform): void {
  const documents = createDocumentsService(platform);
  const send = (file: PdfFile, reply: FastifyReply) =>
    reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      // Drawn from records that may change (an amendment), and readable only by some: never kept by a shared cache.
      .header('cache-control', 'private, no-store')
      .send(file.data);

  app.get(
    '/api/performance/offers/:id/pakta-integritas.pdf',
    {
      schema: {
        tags,
        summary: 'The pakta integritas kesanggupan of an accepted offer, as a PDF',
        description: `The head's name, position and OPD, the agreed targets (a counter-offer's where the head countered), and when the head accepted, in city time. ${WHO}`,
        params: IdParams,
        response: { 200: PdfAnswer, ...problems(401, 403, 404, 409) },
      },
    },
    async (request, reply) => send(await documents.paktaIntegritas(request.ctx, request.params.id), reply),
  );
  app.get(
    '/api/performance/periods/:periodId/opds/:opdId/perjanjian-kinerja.pdf',
    {
      schema: {
        tags,
        summary: "An OPD's perjanjian kinerja for a year with its rencana aksi, as a PDF",
        description: `Made from the OPD's accepted offer for that year (its latest version): the parties, sasaran, indicators and targets, the quarterly targets, and the signature block. ${WHO}`,
        params: Type.Object({ periodId: Uuid, opdId: Uuid }),
        response: { 200: PdfAnswer, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => send(await documents.perjanjianKinerja(request.ctx, request.params.periodId, request.params.opdId), reply),
  );
  app.get(
    '/api/performance/periods/:periodId/opds/:opdId/quarters/:quarter/report-card.pdf',
    {
      schema: {
        tags,
        summary: "An OPD's quarterly report card (rapor triwulan), as a PDF",
        description:
          "The composite score and predicate with its parts, the rank, every indicator's target, realization and achievement, and the findings of the rules. Readers as for the scores: the leadership and auditors any OPD, an OPD its own (another OPD gets 404).",
        params: Type.Object({ periodId: Uuid, opdId: Uuid, quarter: Type.Integer({ minimum: 1, maximum: 4 }) }),
        response: { 200: PdfAnswer, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      send(await documents.reportCard(request.ctx, request.params.periodId, request.params.opdId, request.params.quarter as 1 | 2 | 3 | 4), reply),
  );
}
