import { Type } from '@sinclair/typebox';
import { authorize } from '../../platform/auth/authorize.js';
import { IdParams, problems, Uuid } from '../../platform/http/schemas.js';
import type { App, Platform } from '../../platform/module.js';
import { type CategoryRow, listCategories } from './category.repository.js';
import { createCategoryService } from './category.service.js';
import { limitsFor } from './complaint.deadlines.js';
import { CategorySchema } from './complaint.schemas.js';

const Days = Type.Union([Type.Integer({ minimum: 1, maximum: 60 }), Type.Null()], { description: 'Working days; null uses the city default' });
const CategoryFields = {
  name: Type.String({ minLength: 2, maxLength: 120 }),
  nameEn: Type.String({ minLength: 2, maxLength: 120 }),
  description: Type.Optional(Type.Union([Type.String({ maxLength: 1000 }), Type.Null()])),
  keywords: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Null()])),
  defaultOpdId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  verifyDays: Type.Optional(Days),
  respondDays: Type.Optional(Days),
  closeDays: Type.Optional(Days),
  skipVerification: Type.Optional(Type.Boolean()),
  duplicateRadiusMetres: Type.Optional(Type.Integer({ minimum: 10, maximum: 5000 })),
};
const CreateCategoryBody = Type.Object({ code: Type.String({ pattern: '^[A-Z0-9][A-Z0-9_-]{1,39}$' }), ...CategoryFields }, { additionalProperties: false });
const UpdateCategoryBody = Type.Partial(Type.Object({ ...CategoryFields, active: Type.Boolean() }), { additionalProperties: false, minProperties: 1 });
const RuleSchema = Type.Object({
  id: Type.String(),
  categoryId: Type.String(),
  kecamatanId: Type.Union([Type.String(), Type.Null()]),
  kelurahanId: Type.Union([Type.String(), Type.Null()]),
  opdId: Type.String(),
});
const RuleBody = Type.Object(
  { categoryId: Uuid, kecamatanId: Type.Optional(Type.Union([Uuid, Type.Null()])), kelurahanId: Type.Optional(Type.Union([Uuid, Type.Null()])), opdId: Uuid },
  { additionalProperties: false },
);

export function registerCategoryRoutes(app: App, platform: Platform): void {
  const categories = createCategoryService(platform);
  const tags = ['sambat'];
  const view = (c: CategoryRow, locale: 'id' | 'en') => ({
    id: c.id,
    code: c.code,
    name: locale === 'en' ? c.name_en : c.name,
    description: c.description,
    defaultOpdId: c.default_opd_id,
    duplicateRadiusMetres: c.duplicate_radius_m,
    limits: limitsFor(c, platform.config),
    skipVerification: c.skip_verification,
    active: c.active,
  });
  const rule = (r: { id: string; category_id: string; kecamatan_id: string | null; kelurahan_id: string | null; opd_id: string }) => ({
    id: r.id,
    categoryId: r.category_id,
    kecamatanId: r.kecamatan_id,
    kelurahanId: r.kelurahan_id,
    opdId: r.opd_id,
  });

  app.get(
    '/api/sambat/categories',
    {
      schema: {
        tags,
        summary: 'Complaint categories with their usual OPD and time limits; all=true adds the retired ones (admin)',
        querystring: Type.Object({ all: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
        response: { 200: Type.Object({ items: Type.Array(CategorySchema) }), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      if (request.query.all) authorize(request.ctx, 'complaint.configure');
      const rows = await listCategories(platform.db, { includeInactive: request.query.all === true });
      return { items: rows.map((c) => view(c, request.ctx.locale)) };
    },
  );

  app.post(
    '/api/sambat/categories',
    { schema: { tags, summary: 'Add a category (admin)', body: CreateCategoryBody, response: { 201: CategorySchema, ...problems(400, 401, 403, 409) } } },
    async (request, reply) => reply.code(201).send(view(await categories.create(request.ctx, request.body), request.ctx.locale)),
  );

  app.patch(
    '/api/sambat/categories/:id',
    {
      schema: {
        tags,
        summary: "Change a category's OPD, limits, verification or radius; active=false retires it (admin)",
        params: IdParams,
        body: UpdateCategoryBody,
        response: { 200: CategorySchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => view(await categories.update(request.ctx, request.params.id, request.body), request.ctx.locale),
  );

  app.get(
    '/api/sambat/routing-rules',
    {
      schema: {
        tags,
        summary: 'Routing rules by category and area (admin)',
        querystring: Type.Object({ categoryId: Type.Optional(Uuid) }, { additionalProperties: false }),
        response: { 200: Type.Object({ items: Type.Array(RuleSchema) }), ...problems(401, 403) },
      },
    },
    async (request) => ({ items: (await categories.listRules(request.ctx, request.query.categoryId)).map(rule) }),
  );

  app.post(
    '/api/sambat/routing-rules',
    {
      schema: {
        tags,
        summary: "Send a category's complaints from a kecamatan or kelurahan to an OPD (admin)",
        body: RuleBody,
        response: { 201: RuleSchema, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(rule(await categories.addRule(request.ctx, request.body))),
  );

  app.delete(
    '/api/sambat/routing-rules/:id',
    { schema: { tags, summary: 'Remove a routing rule (admin)', params: IdParams, response: { 204: { type: 'null' }, ...problems(401, 403, 404) } } },
    async (request, reply) => {
      await categories.removeRule(request.ctx, request.params.id);
      return reply.code(204).send();
    },
  );
}
