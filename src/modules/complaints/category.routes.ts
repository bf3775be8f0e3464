import { Type } from '@sinclair/typebox';
import type { App, Platform } from '../../platform/module.js';
import { listCategories } from './category.repository.js';
import { limitsFor } from './complaint.deadlines.js';
import { CategorySchema } from './complaint.schemas.js';

export function registerCategoryRoutes(app: App, platform: Platform): void {
  app.get(
    '/api/sambat/categories',
    {
      schema: {
        tags: ['sambat'],
        summary: 'Complaint categories with their usual OPD and time limits',
        response: { 200: Type.Object({ items: Type.Array(CategorySchema) }) },
      },
    },
    async (request) => {
      const rows = await listCategories(platform.db);
      return {
        items: rows.map((c) => ({
          id: c.id,
          code: c.code,
          name: request.ctx.locale === 'en' ? c.name_en : c.name,
          description: c.description,
          defaultOpdId: c.default_opd_id,
          duplicateRadiusMetres: c.duplicate_radius_m,
          limits: limitsFor(c, platform.config),
        })),
      };
    },
  );
}
