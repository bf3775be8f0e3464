/** The OPD roadmaps and their progress: read by anyone, kept by each OPD's staff for its own items. */
import { IdParams, Paged, problems } from '../../platform/http/schemas.js';
import type { App, Platform } from '../../platform/module.js';
import {
  CreateIndicatorBody,
  CreateItemBody,
  CreateMilestoneBody,
  ItemListQuery,
  ItemSchema,
  PatchIndicatorBody,
  PatchItemBody,
  PatchMilestoneBody,
  ProgressQuery,
  ProgressSchema,
} from './roadmap.schemas.js';
import { createRoadmapService } from './roadmap.service.js';

const tags = ['smartcity'];
const writeProblems = problems(400, 401, 403, 404, 422);

export function registerRoadmapRoutes(app: App, platform: Platform): void {
  const roadmap = createRoadmapService(platform);

  app.get(
    '/api/smartcity/roadmap',
    {
      schema: {
        tags,
        summary: 'Roadmap items of every OPD, filtered by OPD, programme, dimension, element, horizon, year or words in the title',
        querystring: ItemListQuery,
        response: { 200: Paged(ItemSchema), ...problems(400) },
      },
    },
    async (request) => roadmap.list(request.query),
  );
  app.get(
    '/api/smartcity/roadmap/:id',
    {
      schema: {
        tags,
        summary: 'One roadmap item with its milestones, indicators and progress',
        params: IdParams,
        response: { 200: ItemSchema, ...problems(404) },
      },
    },
    async (request) => roadmap.get(request.params.id),
  );
  app.post(
    '/api/smartcity/roadmap',
    {
      schema: {
        tags,
        summary: 'Add an item to an OPD\u2019s roadmap, with its first milestones and indicators (that OPD\u2019s staff, admins)',
        body: CreateItemBody,
        response: { 201: ItemSchema, ...writeProblems },
      },
    },
    async (request, reply) => reply.code(201).send(await roadmap.create(request.ctx, request.body)),
  );
  app.patch(
    '/api/smartcity/roadmap/:id',
    {
      schema: {
        tags,
        summary: 'Change a roadmap item (its OPD\u2019s staff, admins)',
        params: IdParams,
        body: PatchItemBody,
        response: { 200: ItemSchema, ...writeProblems },
      },
    },
    async (request) => roadmap.update(request.ctx, request.params.id, request.body),
  );
  app.delete(
    '/api/smartcity/roadmap/:id',
    {
      schema: {
        tags,
        summary: 'Remove a roadmap item with its milestones and indicators (its OPD\u2019s staff, admins)',
        params: IdParams,
        response: { 204: { type: 'null' }, ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await roadmap.remove(request.ctx, request.params.id);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/smartcity/roadmap/:id/milestones',
    {
      schema: {
        tags,
        summary: 'Add a milestone to a roadmap item; answers the item',
        params: IdParams,
        body: CreateMilestoneBody,
        response: { 201: ItemSchema, ...writeProblems },
      },
    },
    async (request, reply) => reply.code(201).send(await roadmap.addMilestone(request.ctx, request.params.id, request.body)),
  );
  app.patch(
    '/api/smartcity/milestones/:id',
    {
      schema: {
        tags,
        summary: 'Change a milestone, or mark it done (doneAt) or not done (null); answers the item',
        params: IdParams,
        body: PatchMilestoneBody,
        response: { 200: ItemSchema, ...writeProblems },
      },
    },
    async (request) => roadmap.updateMilestone(request.ctx, request.params.id, request.body),
  );
  app.delete(
    '/api/smartcity/milestones/:id',
    { schema: { tags, summary: 'Remove a milestone; answers the item', params: IdParams, response: { 200: ItemSchema, ...problems(401, 403, 404) } } },
    async (request) => roadmap.removeMilestone(request.ctx, request.params.id),
  );

  app.post(
    '/api/smartcity/roadmap/:id/indicators',
    {
      schema: {
        tags,
        summary: 'Add an indicator (unit, target, realization) to a roadmap item; answers the item',
        params: IdParams,
        body: CreateIndicatorBody,
        response: { 201: ItemSchema, ...writeProblems },
      },
    },
    async (request, reply) => reply.code(201).send(await roadmap.addIndicator(request.ctx, request.params.id, request.body)),
  );
  app.patch(
    '/api/smartcity/indicators/:id',
    {
      schema: {
        tags,
        summary: 'Change an indicator or record its realization; answers the item',
        params: IdParams,
        body: PatchIndicatorBody,
        response: { 200: ItemSchema, ...writeProblems },
      },
    },
    async (request) => roadmap.updateIndicator(request.ctx, request.params.id, request.body),
  );
  app.delete(
    '/api/smartcity/indicators/:id',
    { schema: { tags, summary: 'Remove an indicator; answers the item', params: IdParams, response: { 200: ItemSchema, ...problems(401, 403, 404) } } },
    async (request) => roadmap.removeIndicator(request.ctx, request.params.id),
  );

  app.get(
    '/api/smartcity/progress',
    {
      schema: {
        tags,
        summary: 'Roadmap progress rolled up to element, dimension, OPD, programme and city: each the mean of the distinct items under it',
        querystring: ProgressQuery,
        response: { 200: ProgressSchema, ...problems(400) },
      },
    },
    async (request) => roadmap.progress(request.query.year),
  );
}
