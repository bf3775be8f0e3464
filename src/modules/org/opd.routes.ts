import { IdParams, Paged, paging, problems } from '../../platform/http/schemas.js';
import type { App, Platform } from '../../platform/module.js';
import { CreateOpdBody, OpdListQuery, OpdProfileBody, OpdViewSchema, UpdateOpdBody } from './opd.schemas.js';
import { createOpdService } from './opd.service.js';

const tags = ['org'];

/** Today in the city's time zone, as YYYY-MM-DD. */
function cityToday(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

export function registerOpdRoutes(app: App, platform: Platform): void {
  const opds = createOpdService(platform);

  app.get(
    '/api/org/opds',
    { schema: { tags, summary: 'List OPDs (public)', querystring: OpdListQuery, response: { 200: Paged(OpdViewSchema), ...problems(400) } } },
    async (request) => {
      const { page, pageSize, validOn, ...rest } = request.query;
      const p = paging({ page, pageSize });
      const day = validOn === 'all' ? undefined : (validOn ?? cityToday(platform.config.cityTimezone));
      const result = await opds.list({ ...rest, validOn: day, limit: p.limit, offset: p.offset });
      return { ...result, page: p.page, pageSize: p.pageSize };
    },
  );

  app.get(
    '/api/org/opds/:id',
    { schema: { tags, summary: 'One OPD (public)', params: IdParams, response: { 200: OpdViewSchema, ...problems(404) } } },
    async (request) => opds.get(request.params.id),
  );

  app.post(
    '/api/org/opds',
    {
      schema: {
        tags,
        summary: 'Add an OPD to the structure (admin)',
        body: CreateOpdBody,
        response: { 201: OpdViewSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await opds.create(request.ctx, request.body)),
  );

  app.patch(
    '/api/org/opds/:id',
    {
      schema: {
        tags,
        summary: "Change an OPD's structure or validity (admin)",
        params: IdParams,
        body: UpdateOpdBody,
        response: { 200: OpdViewSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => opds.updateStructure(request.ctx, request.params.id, request.body),
  );

  app.patch(
    '/api/org/opds/:id/profile',
    {
      schema: {
        tags,
        summary: "Change an OPD's contact details and head (its own staff or admin)",
        params: IdParams,
        body: OpdProfileBody,
        response: { 200: OpdViewSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => opds.updateProfile(request.ctx, request.params.id, request.body),
  );
}
