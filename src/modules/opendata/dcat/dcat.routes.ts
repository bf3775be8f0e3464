/**
 * DCAT-AP as JSON-LD for harvesters: the public catalogue at /catalog.jsonld (100 datasets a page,
 * ?page=N) and one dataset at /dataset/{name}.jsonld. Only the public catalogue is ever shown
 * here, whoever asks: a harvester copies what it gets to other portals.
 */
import { Type } from '@sinclair/typebox';
import { AppError } from '../../../errors.js';
import type { App, Platform } from '../../../platform/module.js';
import { createDatasetService } from '../dataset.service.js';
import { catalogDocument, DATASETS_PER_PAGE, datasetDocument } from './dcat.mapping.js';

const tags = ['dcat'];
const LD_JSON = 'application/ld+json; charset=utf-8';

const notPublic = (name: string) =>
  new AppError('opendata.dataset_not_found', 'not_found', {
    id: `Dataset ${name} tidak ada di katalog publik.`,
    en: `Dataset ${name} is not in the public catalogue.`,
  });

export function registerDcatRoutes(app: App, platform: Platform): void {
  const datasets = createDatasetService(platform);
  const { publicUrl, cityName } = platform.config;

  app.get(
    '/catalog.jsonld',
    {
      schema: {
        tags,
        summary: 'DCAT-AP catalogue of the published datasets (JSON-LD), 100 a page, paged with hydra:PagedCollection',
        querystring: Type.Object({ page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })) }),
      },
    },
    async (request, reply) => {
      const page = request.query.page ?? 1;
      // Never includePrivate: the public catalogue only, even for a signed-in caller.
      const result = await datasets.search(request.ctx, {
        offset: (page - 1) * DATASETS_PER_PAGE,
        limit: DATASETS_PER_PAGE,
        sort: 'title_asc',
        facetLimit: 0,
      });
      const doc = catalogDocument({ page, total: result.total, datasets: result.items }, { publicUrl, cityName });
      return reply.type(LD_JSON).send(doc);
    },
  );

  app.get(
    '/dataset/:file',
    {
      schema: {
        tags,
        summary: 'One published dataset in DCAT-AP (JSON-LD): /dataset/{name}.jsonld',
        params: Type.Object({ file: Type.String({ maxLength: 120 }) }),
      },
    },
    async (request, reply) => {
      const match = /^(.+)\.jsonld$/.exec(request.params.file);
      // Any other /dataset/... path is not ours: it may be a page of the web app.
      if (!match) {
        reply.callNotFound();
        return reply;
      }
      const name = match[1];
      let view: Awaited<ReturnType<typeof datasets.get>>;
      try {
        view = await datasets.get(request.ctx, name);
      } catch (error) {
        if (error instanceof AppError && error.kind === 'not_found') throw notPublic(name);
        throw error;
      }
      // Staff may see a draft through the API, but what a harvester copies must be public.
      if (!view.isPublic) throw notPublic(name);
      return reply.type(LD_JSON).send(datasetDocument(view, publicUrl));
    },
  );
}
