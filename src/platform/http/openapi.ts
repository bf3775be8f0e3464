/** OpenAPI 3.1 from the routes' TypeBox schemas, at /api/openapi.json, browsable at /api/docs. */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { App } from '../module.js';

export async function registerOpenApi(app: App, publicUrl: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Balaikota API',
        version: '0.1.0',
        description:
          'The digital city hall: complaints (SAMBAT), performance, smart city, SPBE and open data. ' +
          'Errors are application/problem+json (RFC 9457) in Indonesian or English by Accept-Language. ' +
          'Browser sessions send X-CSRF-Token on writes; other systems use an API token in Authorization: Bearer.',
      },
      servers: [{ url: publicUrl }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'bk_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true, uiConfig: { docExpansion: 'list' } });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
