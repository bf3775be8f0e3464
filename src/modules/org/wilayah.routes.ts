import { problems } from '../../platform/http/schemas.js';
import type { App, Platform } from '../../platform/module.js';
import {
  BoundaryImportBody,
  BoundaryImportQuery,
  BoundaryImportReportSchema,
  ResolvedPlaceSchema,
  ResolveQuery,
  WilayahListSchema,
} from './wilayah.schemas.js';
import { createWilayahService } from './wilayah.service.js';

const tags = ['org'];

// Kelurahan boundary files from a geoportal run to tens of megabytes, far above the usual body limit.
const BOUNDARY_BODY_LIMIT = 50 * 1024 * 1024;

export function registerWilayahRoutes(app: App, platform: Platform): void {
  const wilayah = createWilayahService(platform);

  app.get(
    '/api/org/wilayah',
    { schema: { tags, summary: 'List kecamatan with their kelurahan and codes (public)', response: { 200: WilayahListSchema } } },
    async () => wilayah.list(),
  );

  app.get(
    '/api/org/wilayah/resolve',
    {
      schema: {
        tags,
        summary: 'Which kecamatan and kelurahan a point lies in (public); approximate until boundaries are loaded',
        querystring: ResolveQuery,
        response: { 200: ResolvedPlaceSchema, ...problems(400, 422) },
      },
    },
    async (request) => wilayah.resolve(request.ctx, request.query.lat, request.query.lon),
  );

  app.post(
    '/api/org/wilayah/boundaries',
    {
      bodyLimit: BOUNDARY_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Import kelurahan boundaries from a GeoJSON FeatureCollection (admin)',
        querystring: BoundaryImportQuery,
        body: BoundaryImportBody,
        response: { 200: BoundaryImportReportSchema, ...problems(400, 401, 403, 413) },
      },
    },
    async (request) => wilayah.importBoundaries(request.ctx, request.body, request.query.source ?? 'upload'),
  );
}
