/** OpenAPI 3.1 from the routes' TypeBox schemas, at /api/openapi.json, browsable at /api/docs. */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { accessOf } from '../auth/access-matrix.js';
import type { App } from '../module.js';

type Operations = Record<string, Record<string, Record<string, unknown>>>;

/** Adds each operation's row of the authorization matrix, so API users see who may call it. */
function withAccess(paths: Operations | undefined): void {
  for (const [path, operations] of Object.entries(paths ?? {})) {
    for (const [method, operation] of Object.entries(operations)) {
      const who = accessOf(method, path);
      if (who) operation['x-balaikota-access'] = [...who];
    }
  }
}

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
          'Browser sessions send X-CSRF-Token on writes; other systems use an API token in Authorization: Bearer. ' +
          'x-balaikota-access on each operation lists who may call it (anonymous, reporter with the secret, warga, operator or kepala of the OPD concerned, admin, walidata, auditor, eksekutif).',
      },
      servers: [{ url: publicUrl }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'bk_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transformObject: (documents) => {
      const document = 'openapiObject' in documents ? documents.openapiObject : documents.swaggerObject;
      withAccess(document.paths as Operations | undefined);
      return document;
    },
  });
  // The docs page lives under the app's own Content-Security-Policy (helmet, in app.ts): the plugin's
  // own policy would allow framing, refuse the inline styles the UI needs and force https on a
  // plain-http install.
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: false, uiConfig: { docExpansion: 'list' } });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
