/**
 * The Open311 GeoReport v2 API at /open311/v2: every resource with a .json and a .xml suffix, form
 * or JSON bodies on POST, and Open311's own error list ([{code, description}]) for every error
 * under /open311, Fastify's validation errors and unknown paths included. All of it lives in one
 * encapsulated plugin, so the form parser and the error format change nothing elsewhere.
 *
 * Error descriptions are English unless Accept-Language asks for Indonesian: Open311 clients are
 * built for many cities, and their developers read English (the rest of the API defaults to the
 * city's language instead).
 */
import formbody from '@fastify/formbody';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Locale } from '../../../config.js';
import { negotiateLocale } from '../../../platform/http/locale.js';
import { idempotencyOf } from '../../../platform/idempotency/idempotency.js';
import type { App, Platform } from '../../../platform/module.js';
import { attributesOf, CONTENT_TYPES, errorsFor, FORMATS, type Format, formatOfUrl, render, splitFormat } from './open311.format.js';
import { createOpen311Service, MAX_PAGE, open311Errors } from './open311.service.js';

const tags = ['open311'];

const DateParam = Type.String({ maxLength: 40, description: 'ISO 8601, e.g. 2026-11-22T19:05:00+07:00; without a zone, the city time' });
const Paging = {
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, description: 'Extension: page number (then 50 a page by default)' })),
  page_size: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE, description: 'Extension: requests a page' })),
};
// Clients send jurisdiction_id and api_key on every call; unknown parameters are ignored, as the spec expects.
const RequestsQuery = Type.Object(
  {
    service_request_id: Type.Optional(Type.String({ maxLength: 20_000, description: 'Comma-separated; overrides every other filter' })),
    service_code: Type.Optional(Type.String({ maxLength: 60 })),
    start_date: Type.Optional(DateParam),
    end_date: Type.Optional(DateParam),
    status: Type.Optional(Type.String({ maxLength: 40, description: 'open, closed, or both comma-separated' })),
    extensions: Type.Optional(Type.Boolean({ description: 'Adds attributes and the public notes history' })),
    ...Paging,
  },
  { additionalProperties: true },
);
const OneRequestQuery = Type.Object({ extensions: Type.Optional(Type.Boolean()) }, { additionalProperties: true });
const UpdatesQuery = Type.Object(
  {
    service_request_id: Type.Optional(Type.String({ maxLength: 20_000 })),
    start_date: Type.Optional(DateParam),
    end_date: Type.Optional(DateParam),
    ...Paging,
  },
  { additionalProperties: true },
);
const PostBody = Type.Object(
  {
    api_key: Type.Optional(Type.String({ maxLength: 200, description: 'A platform API token with the write scope' })),
    jurisdiction_id: Type.Optional(Type.String({ maxLength: 200 })),
    service_code: Type.String({ minLength: 1, maxLength: 60 }),
    lat: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
    long: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
    address_string: Type.Optional(Type.String({ maxLength: 500 })),
    address_id: Type.Optional(Type.String({ maxLength: 500, description: 'Kept as the address text: the city has no address registry' })),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 320 })),
    device_id: Type.Optional(Type.String({ maxLength: 200 })),
    account_id: Type.Optional(Type.String({ maxLength: 200 })),
    first_name: Type.Optional(Type.String({ maxLength: 100 })),
    last_name: Type.Optional(Type.String({ maxLength: 100 })),
    phone: Type.Optional(Type.String({ maxLength: 30, pattern: '^[+0-9 ()-]*$' })),
    description: Type.Optional(Type.String({ maxLength: 4000 })),
    // Only web addresses: the URL is shown to the public, and other schemes can run script in a browser.
    media_url: Type.Optional(Type.String({ maxLength: 2000, pattern: '^https?://\\S+$' })),
  },
  { additionalProperties: true, description: 'Also attribute[CODE]=value for each of the service attributes' },
);
type PostBody = Static<typeof PostBody>;

/** Open311 clients are international: English unless the request asks for Indonesian. */
function localeOf(request: FastifyRequest): Locale {
  return negotiateLocale(request.headers['accept-language'], 'en');
}

function send(reply: FastifyReply, format: Format, root: string, value: unknown, status = 200): FastifyReply {
  return reply
    .code(status)
    .type(CONTENT_TYPES[format])
    .send(render(format, root, value));
}

function firstString(value: unknown): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

export function registerOpen311Routes(app: App, platform: Platform): void {
  const open311 = createOpen311Service(platform);

  // One plugin for all of /open311 owns the error format and unknown paths; the versioned routes
  // sit inside it at /open311/v2.
  app.register(
    async (scope) => {
      // Registered here, the form parser reaches only these routes.
      await scope.register(formbody);

      scope.setErrorHandler((error, request, reply) => {
        const { status, errors } = errorsFor(error, localeOf(request), String(request.id));
        if (status >= 500) request.log.error({ err: error }, 'request failed');
        return send(reply, formatOfUrl(request.url), 'errors', errors, status);
      });
      scope.setNotFoundHandler((request, reply) => {
        const path = request.url.split('?')[0];
        const text =
          localeOf(request) === 'id'
            ? `Tidak ada ${request.method} ${path} di API Open311 GeoReport v2. Alamatnya berakhiran .json atau .xml; lihat /open311/v2/discovery.json.`
            : `There is no ${request.method} ${path} in the Open311 GeoReport v2 API. Paths end in .json or .xml; see /open311/v2/discovery.json.`;
        return send(reply, formatOfUrl(request.url), 'errors', [{ code: 404, description: text }], 404);
      });

      await scope.register(
        async (instance) => {
          const v2 = instance.withTypeProvider<TypeBoxTypeProvider>();
          /** A resource at both suffixes: /name.json and /name.xml. */
          const both = <Q extends TSchema>(
            path: string,
            summary: string,
            querystring: Q | undefined,
            handler: (request: FastifyRequest<{ Querystring: Static<Q> }>, reply: FastifyReply, format: Format) => Promise<FastifyReply>,
          ) => {
            for (const format of FORMATS) {
              v2.get(
                `/${path}.${format}`,
                { schema: { tags, summary: `${summary} (${format.toUpperCase()})`, ...(querystring ? { querystring } : {}) } },
                (request, reply) => handler(request as FastifyRequest<{ Querystring: Static<Q> }>, reply, format),
              );
            }
          };
          // A resource named by its last segment carries the suffix there (/services/JALAN.xml);
          // without one we serve, the answer is the same as for any unknown path.
          const named = (request: { params: { file: string } }) => splitFormat(request.params.file);
          const notFoundPath = (_request: FastifyRequest, reply: FastifyReply) => {
            reply.callNotFound();
            return reply;
          };
          const FileParams = Type.Object({ file: Type.String({ maxLength: 200 }) });

          both('discovery', 'Open311 service discovery', undefined, async (request, reply, format) =>
            send(reply, format, 'discovery', open311.discovery(localeOf(request))),
          );

          both('services', 'Open311 services: the complaint categories', undefined, async (_request, reply, format) =>
            send(reply, format, 'services', await open311.services()),
          );

          v2.get(
            '/services/:file',
            { schema: { tags, summary: 'Open311 service definition: /services/{service_code}.json or .xml', params: FileParams } },
            async (request, reply) => {
              const parsed = named(request);
              if (!parsed) return notFoundPath(request, reply);
              return send(reply, parsed.format, 'service_definition', await open311.serviceDefinition(parsed.id, localeOf(request)));
            },
          );

          both(
            'requests',
            'Open311 service requests (public complaints; never rahasia ones, never the reporter)',
            RequestsQuery,
            async (request, reply, format) => send(reply, format, 'service_requests', await open311.requests(request.query, localeOf(request))),
          );

          v2.get(
            '/requests/:file',
            {
              schema: {
                tags,
                summary: 'One Open311 service request: /requests/{service_request_id}.json or .xml',
                params: FileParams,
                querystring: OneRequestQuery,
              },
            },
            async (request, reply) => {
              const parsed = named(request);
              if (!parsed) return notFoundPath(request, reply);
              return send(reply, parsed.format, 'service_requests', await open311.request(parsed.id, localeOf(request), request.query.extensions ?? false));
            },
          );

          v2.get(
            '/tokens/:file',
            { schema: { tags, summary: 'Open311 tokens: never issued here, as POST answers with the service_request_id', params: FileParams } },
            async (request, reply) => {
              if (!named(request)) return notFoundPath(request, reply);
              throw open311Errors.tokensNotIssued();
            },
          );

          both(
            'servicerequestupdates',
            'Open311 extension: status updates of public service requests, oldest first',
            UpdatesQuery,
            async (request, reply, format) => send(reply, format, 'service_requests_updates', await open311.updates(request.query, localeOf(request))),
          );

          for (const format of FORMATS) {
            v2.post(
              `/requests.${format}`,
              {
                schema: {
                  tags,
                  summary: `File an Open311 service request (${format.toUpperCase()} answer)`,
                  description:
                    'application/x-www-form-urlencoded or JSON, with api_key (form field or query) of a token with the write scope. ' +
                    'Send an Idempotency-Key header so that a retry never files twice. The reporter is never shown in any answer.',
                  consumes: ['application/x-www-form-urlencoded', 'application/json'],
                  body: PostBody,
                },
                // The key is checked before the body is validated: a caller without one learns that first.
                preValidation: async (request) => {
                  const body = request.body as Record<string, unknown> | undefined;
                  if (body && typeof body === 'object') {
                    // Form clients send empty fields for what they leave out; an empty lat must not become 0.
                    for (const [key, value] of Object.entries(body)) if (value === '') delete body[key];
                  }
                  const apiKey = firstString(body?.api_key) ?? firstString((request.query as Record<string, unknown> | undefined)?.api_key);
                  request.ctx = { ...request.ctx, actor: await open311.apiKeyActor(apiKey, request.ctx.actor) };
                },
              },
              async (request, reply) => {
                const body = request.body as PostBody & Record<string, unknown>;
                const { api_key: _key, ...filed } = body;
                const idempotency = idempotencyOf(request.headers['idempotency-key'], `open311.file:${request.ctx.actor?.token?.id ?? 'none'}`, filed);
                const { answer, replayed } = await open311.submit(request.ctx, { ...body, attributes: attributesOf(body) }, localeOf(request), idempotency);
                if (replayed) reply.header('idempotent-replayed', 'true');
                return send(reply, format, 'service_requests', answer, replayed ? 200 : 201);
              },
            );
          }
        },
        { prefix: '/v2' },
      );
    },
    { prefix: '/open311' },
  );
}
