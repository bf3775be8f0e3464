/** The dimensions and the masterplan's programmes: read by anyone, written by the smart city team. */
import { Type } from '@sinclair/typebox';
import { IdParams, Paged, problems } from '../../platform/http/schemas.js';
import type { App, Platform } from '../../platform/module.js';
import { CreateProgrammeBody, DimensionSchema, PatchProgrammeBody, ProgrammeListQuery, ProgrammeSchema } from './plan.schemas.js';
import { createPlanService } from './plan.service.js';

const tags = ['smartcity'];

export function registerPlanRoutes(app: App, platform: Platform): void {
  const plan = createPlanService(platform);

  app.get(
    '/api/smartcity/dimensions',
    {
      schema: {
        tags,
        summary: 'The six smart city dimensions, each with its three elements',
        response: { 200: Type.Object({ items: Type.Array(DimensionSchema) }) },
      },
    },
    async () => ({ items: await plan.dimensions() }),
  );

  app.get(
    '/api/smartcity/programmes',
    {
      schema: {
        tags,
        summary: 'The masterplan\u2019s programmes, quick wins first, with the progress of the roadmap items serving each',
        querystring: ProgrammeListQuery,
        response: { 200: Paged(ProgrammeSchema), ...problems(400) },
      },
    },
    async (request) => plan.listProgrammes(request.query),
  );
  app.get(
    '/api/smartcity/programmes/:id',
    { schema: { tags, summary: 'One masterplan programme', params: IdParams, response: { 200: ProgrammeSchema, ...problems(404) } } },
    async (request) => plan.getProgramme(request.params.id),
  );
  app.post(
    '/api/smartcity/programmes',
    {
      schema: {
        tags,
        summary: 'Add a programme to the masterplan (the smart city team)',
        body: CreateProgrammeBody,
        response: { 201: ProgrammeSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => reply.code(201).send(await plan.createProgramme(request.ctx, request.body)),
  );
  app.patch(
    '/api/smartcity/programmes/:id',
    {
      schema: {
        tags,
        summary: 'Change a masterplan programme (the smart city team)',
        params: IdParams,
        body: PatchProgrammeBody,
        response: { 200: ProgrammeSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => plan.updateProgramme(request.ctx, request.params.id, request.body),
  );
}
