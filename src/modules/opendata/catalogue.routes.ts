/** Routes of the catalogue's reference lists: producers, groups, licences. */
import { Type } from '@sinclair/typebox';
import { problems } from '../../platform/http/schemas.js';
import type { App, Platform } from '../../platform/module.js';
import { CreateGroupBody, CreateProducerBody, GroupViewSchema, LicenseViewSchema, ProducerViewSchema, RefParams } from './catalogue.schemas.js';
import { createCatalogueService } from './catalogue.service.js';

const tags = ['opendata'];

export function registerCatalogueRoutes(app: App, platform: Platform): void {
  const catalogue = createCatalogueService(platform);

  app.get(
    '/api/opendata/producers',
    {
      schema: {
        tags,
        summary: 'Data producers (produsen data: OPD, kelurahan, health facility) with their public datasets counted',
        response: { 200: Type.Object({ items: Type.Array(ProducerViewSchema) }) },
      },
    },
    async (request) => ({ items: await catalogue.listProducers(request.ctx, { withCounts: true }) }),
  );
  app.get(
    '/api/opendata/producers/:name',
    { schema: { tags, summary: 'One producer by name or id', params: RefParams, response: { 200: ProducerViewSchema, ...problems(404) } } },
    async (request) => catalogue.getProducer(request.ctx, request.params.name),
  );
  app.post(
    '/api/opendata/producers',
    {
      schema: {
        tags,
        summary: 'Add a producer acting through an OPD\u2019s staff (walidata, admin)',
        body: CreateProducerBody,
        response: { 201: ProducerViewSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await catalogue.createProducer(request.ctx, request.body)),
  );
  app.get(
    '/api/opendata/groups',
    {
      schema: { tags, summary: 'Topic groups with their public datasets counted', response: { 200: Type.Object({ items: Type.Array(GroupViewSchema) }) } },
    },
    async (request) => ({ items: await catalogue.listGroups(request.ctx, { withCounts: true }) }),
  );
  app.get(
    '/api/opendata/groups/:name',
    { schema: { tags, summary: 'One group by name or id', params: RefParams, response: { 200: GroupViewSchema, ...problems(404) } } },
    async (request) => catalogue.getGroup(request.ctx, request.params.name),
  );
  app.post(
    '/api/opendata/groups',
    {
      schema: {
        tags,
        summary: 'Add a topic group (walidata, admin)',
        body: CreateGroupBody,
        response: { 201: GroupViewSchema, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await catalogue.createGroup(request.ctx, request.body)),
  );
  app.get(
    '/api/opendata/licenses',
    { schema: { tags, summary: 'The licences a dataset may carry', response: { 200: Type.Object({ items: Type.Array(LicenseViewSchema) }) } } },
    async () => ({ items: catalogue.licenses() }),
  );
}
