/** The catalogue's REST routes: search, one dataset, create and edit, the workflow, its history, the queue and freshness. */
import { Type } from '@sinclair/typebox';
import { problems } from '../../platform/http/schemas.js';
import type { App, Platform } from '../../platform/module.js';
import { registerCatalogueRoutes } from './catalogue.routes.js';
import { datasetErrors } from './dataset.errors.js';
import { exportCatalogue } from './dataset.export.js';
import {
  DatasetInputSchema,
  DatasetParams,
  DatasetPatchSchema,
  DatasetViewSchema,
  FreshnessSchema,
  ReviewViewSchema,
  type SearchQuery,
  SearchQuerySchema,
  SearchResultSchema,
  TransitionBody,
  TransitionParams,
} from './dataset.schemas.js';
import { createDatasetService, type DatasetSearch } from './dataset.service.js';
import { FACET_FIELDS, type FacetField } from './dataset.views.js';

const tags = ['opendata'];

/** Repeated parameters and comma lists alike: ?tag=a&tag=b and ?tag=a,b. */
const split = (values: string[] | undefined) => {
  const list = values
    ?.flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  return list?.length ? list : undefined;
};

function facetsOf(values: string[] | undefined): FacetField[] | undefined {
  const list = split(values);
  if (!list) return undefined;
  const unknown = list.filter((f) => !(FACET_FIELDS as readonly string[]).includes(f));
  if (unknown.length) throw datasetErrors.badFilter('facet', unknown, FACET_FIELDS);
  return list as FacetField[];
}

function yearsOf(values: string[] | undefined): number[] | undefined {
  const list = split(values);
  if (!list) return undefined;
  const bad = list.filter((y) => !/^\d{4}$/.test(y));
  if (bad.length) throw datasetErrors.badFilter('year', bad);
  return list.map(Number);
}

/** The service's search from the query string; page and pageSize become offset and limit. */
export function searchOf(query: SearchQuery): DatasetSearch & { page: number; pageSize: number } {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  return {
    q: query.q,
    producers: split(query.producer),
    tags: split(query.tag),
    groups: split(query.group),
    formats: split(query.format),
    frequencies: split(query.frequency),
    years: yearsOf(query.year),
    statuses: split(query.status),
    includePrivate: query.includePrivate,
    sort: query.sort,
    offset: (page - 1) * pageSize,
    limit: pageSize,
    facetLimit: query.facetLimit,
    facetMinCount: query.facetMinCount,
    facetFields: facetsOf(query.facet),
    page,
    pageSize,
  };
}

export function registerDatasetRoutes(app: App, platform: Platform): void {
  const datasets = createDatasetService(platform);

  app.get(
    '/api/opendata/datasets',
    {
      schema: {
        tags,
        summary: 'Search the catalogue: full text suited to Indonesian, filters and facets',
        description:
          'Filters combine with AND across fields and OR within one (repeat a parameter or separate values by commas). Facets count the ' +
          'datasets of the filtered result. Without includePrivate only the public catalogue (published, not tertutup).',
        querystring: SearchQuerySchema,
        response: { 200: SearchResultSchema, ...problems(400) },
      },
    },
    async (request) => {
      const { page, pageSize, ...search } = searchOf(request.query);
      return { ...(await datasets.search(request.ctx, search)), page, pageSize };
    },
  );
  app.get(
    '/api/opendata/datasets.csv',
    {
      schema: {
        tags,
        summary: 'The catalogue listing as CSV (UTF-8 with BOM), with the same filters and reach as the search',
        description: 'One row per dataset, in the search\u2019s order, at most 20,000 rows; page and pageSize are ignored.',
        querystring: SearchQuerySchema,
        response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }), ...problems(400) },
      },
    },
    async (request, reply) => {
      const {
        page: _page,
        pageSize: _pageSize,
        offset: _offset,
        limit: _limit,
        facetLimit: _facets,
        facetFields: _fields,
        ...search
      } = searchOf(request.query);
      const file = await exportCatalogue(platform, request.ctx, search);
      return reply.type(file.contentType).header('content-disposition', `attachment; filename="${file.filename}"`).send(file.data);
    },
  );
  app.post(
    '/api/opendata/datasets',
    {
      schema: {
        tags,
        summary: 'Create a draft dataset for one of your producers',
        body: DatasetInputSchema,
        response: { 201: DatasetViewSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await datasets.create(request.ctx, request.body)),
  );
  app.get(
    '/api/opendata/queue',
    {
      schema: {
        tags,
        summary: 'The walidata\u2019s queue: datasets awaiting approval, then approved ones awaiting publication, oldest first',
        response: { 200: Type.Object({ items: Type.Array(DatasetViewSchema) }), ...problems(401, 403) },
      },
    },
    async (request) => ({ items: await datasets.queue(request.ctx) }),
  );
  app.get(
    '/api/opendata/freshness',
    {
      schema: {
        tags,
        summary: 'Per OPD: producers, published datasets and those whose data is past due (the walidata and leadership all, an OPD its own)',
        response: { 200: FreshnessSchema, ...problems(401, 403) },
      },
    },
    async (request) => ({ items: await datasets.freshnessByOpd(request.ctx) }),
  );
  app.get(
    '/api/opendata/datasets/:name',
    {
      schema: { tags, summary: 'One dataset by name or id', params: DatasetParams, response: { 200: DatasetViewSchema, ...problems(404) } },
    },
    async (request) => datasets.get(request.ctx, request.params.name),
  );
  app.put(
    '/api/opendata/datasets/:name',
    {
      schema: {
        tags,
        summary: 'Replace a dataset\u2019s metadata (its producer\u2019s staff; not while awaiting approval; a rejected or withdrawn dataset becomes a draft)',
        params: DatasetParams,
        body: DatasetInputSchema,
        response: { 200: DatasetViewSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => datasets.update(request.ctx, request.params.name, request.body),
  );
  app.patch(
    '/api/opendata/datasets/:name',
    {
      schema: {
        tags,
        summary: 'Change some of a dataset\u2019s metadata (as PUT, only the fields sent)',
        params: DatasetParams,
        body: DatasetPatchSchema,
        response: { 200: DatasetViewSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => datasets.patch(request.ctx, request.params.name, request.body),
  );
  app.get(
    '/api/opendata/datasets/:name/reviews',
    {
      schema: {
        tags,
        summary: 'The dataset\u2019s workflow history, oldest first (append-only)',
        params: DatasetParams,
        response: { 200: Type.Object({ items: Type.Array(ReviewViewSchema) }), ...problems(401, 403, 404) },
      },
    },
    async (request) => ({ items: await datasets.reviews(request.ctx, request.params.name) }),
  );
  app.post(
    '/api/opendata/datasets/:name/:action',
    {
      schema: {
        tags,
        summary: 'A workflow step: submit, cancel, reopen (producer); approve, reject, publish, unpublish (walidata)',
        description: 'reject and unpublish need a comment. submit is refused while the dataset has no resource or an upload has unconfirmed columns.',
        params: TransitionParams,
        body: TransitionBody,
        response: { 200: DatasetViewSchema, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => datasets.transition(request.ctx, request.params.name, request.params.action, request.body?.comment ?? ''),
  );

  registerCatalogueRoutes(app, platform);
}
