/**
 * The CKAN Action API at /api/3/action/{name} (and /api/action/{name}, which CKAN also serves),
 * and the DataStore dump at /datastore/dump/{id}.
 *
 * Under /api/3 and /api/action every answer is CKAN's envelope, errors included: those of the
 * services, unreadable bodies, a bad token (which the platform refuses before any route runs) and
 * unknown paths. That lives in encapsulated plugins with their own body parsers, error and
 * not-found handlers, so the rest of the platform keeps problem+json.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Locale } from '../../../config.js';
import { AppError, type FieldProblem } from '../../../errors.js';
import { refuseBadInput } from '../../../platform/http/input-guard.js';
import { negotiateLocale } from '../../../platform/http/locale.js';
import { uploadedFileName } from '../../../platform/http/upload-name.js';
import type { App, Platform } from '../../../platform/module.js';
import { cellProblemsOf, resourceErrors } from '../resource.errors.js';
import { createResourceService } from '../resource.service.js';
import { TABLE_LIMITS } from '../table.parse.js';
import { type CkanAction, createCkanActions } from './ckan.actions.js';
import { ckanErrorFor, ckanFailure, ckanRequestErrors, ckanSuccess, helpUrl } from './ckan.envelope.js';
import { ckanFieldName } from './ckan.package.js';
import { CkanParams, paramsFromBody, paramsFromQuery, parseFormBody, parseJsonBody, type RawParams, type UploadedFile } from './ckan.params.js';

const tags = ['ckan'];
const JSON_TYPE = 'application/json;charset=utf-8';

/** CKAN clients are international: English unless the request asks for Indonesian. */
function localeOf(request: FastifyRequest): Locale {
  return negotiateLocale(request.headers['accept-language'], 'en');
}

/** The fields of a multipart form, and its file in the part "upload" (other files are read and dropped). */
async function readMultipart(request: FastifyRequest): Promise<{ raw: RawParams; upload?: UploadedFile }> {
  const maxBytes = TABLE_LIMITS.maxBytes;
  const raw: Record<string, string | string[]> = {};
  let upload: UploadedFile | undefined;
  try {
    for await (const part of request.parts({ limits: { fileSize: maxBytes, files: 5, fields: 100, fieldSize: 1_048_576 } })) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        const fileName = uploadedFileName(part.filename, 'upload.csv');
        if (part.fieldname === 'upload' && !upload) upload = { fileName, bytes };
        continue;
      }
      const value = String(part.value);
      const prior = raw[part.fieldname];
      raw[part.fieldname] = prior === undefined ? value : Array.isArray(prior) ? [...prior, value] : [prior, value];
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw resourceErrors.tooLarge(maxBytes);
    const status = (error as { statusCode?: number }).statusCode;
    if (error instanceof AppError || (status !== undefined && status < 500)) throw error;
    throw resourceErrors.brokenForm();
  }
  // The platform's check of input (input-guard.ts) ran before these fields were read.
  refuseBadInput(raw, 'body');
  return { raw, upload };
}

/**
 * A table refused cell by cell (opendata.table_invalid) as a Validation Error on `upload`: the
 * summary first, then each cell as "C4 (jumlah): ...".
 */
function forCkan(error: unknown): unknown {
  const cells = cellProblemsOf(error);
  if (!cells) return error;
  const e = error as AppError;
  const fields: FieldProblem[] = [
    { field: 'upload', message: e.text },
    ...cells.map((c) => ({
      field: 'upload',
      message: { id: `${c.column}${c.row} (${c.header}): ${c.message.id}`, en: `${c.column}${c.row} (${c.header}): ${c.message.en}` },
    })),
  ];
  return new AppError(e.code, e.kind, e.text, { ...e.details, fields });
}

/** The action named in the path after the prefix, for `help` even when the call fails. */
function actionNameOf(request: FastifyRequest, prefix: string): string {
  const fromParams = (request.params as { action?: string } | undefined)?.action;
  if (fromParams) return fromParams;
  const rest = request.url.split('?')[0].slice(prefix.length).replace(/^\/+/, '');
  const first = rest.split('/')[0] ?? '';
  try {
    return decodeURIComponent(first);
  } catch {
    return first;
  }
}

export function registerCkanRoutes(app: App, platform: Platform): void {
  const { config } = platform;
  const actions = createCkanActions(platform);
  const resources = createResourceService(platform);

  async function paramsOf(request: FastifyRequest, action: CkanAction): Promise<CkanParams> {
    if (request.method === 'GET' || request.method === 'HEAD') return new CkanParams(paramsFromQuery(request.query));
    if (request.isMultipart()) {
      const { raw, upload } = await readMultipart(request);
      return new CkanParams(raw, upload);
    }
    const body = paramsFromBody(request.body);
    // CKAN reads the query string of a POST that has no body, for read actions.
    if (Object.keys(body).length === 0 && action.read) return new CkanParams(paramsFromQuery(request.query));
    return new CkanParams(body);
  }

  const ActionParams = Type.Object({ action: Type.String({ maxLength: 100, description: 'The action, e.g. package_search' }) });

  const plugin = (prefix: string) =>
    app.register(
      async (scope) => {
        const help = (request: FastifyRequest) => helpUrl(config.publicUrl, actionNameOf(request, prefix) || 'help_show');
        // Parsers of our own: CKAN takes JSON under any content type (curl -d sends JSON as a form),
        // and the form and JSON errors must come back in the envelope.
        scope.removeContentTypeParser(['application/json', 'application/x-www-form-urlencoded', 'text/plain']);
        scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
          try {
            done(null, parseJsonBody(String(body)));
          } catch (error) {
            done(error as Error, undefined);
          }
        });
        scope.addContentTypeParser(['application/x-www-form-urlencoded', 'text/plain', '*'], { parseAs: 'string' }, (_request, body, done) => {
          try {
            done(null, parseFormBody(String(body)));
          } catch (error) {
            done(error as Error, undefined);
          }
        });

        scope.setErrorHandler((error, request, reply) => {
          const { status, error: body, headers } = ckanErrorFor(forCkan(error), localeOf(request), String(request.id), ckanFieldName);
          if (status >= 500) request.log.error({ err: error }, 'request failed');
          return reply
            .code(status)
            .headers(headers)
            .type(JSON_TYPE)
            .send(ckanFailure(help(request), body));
        });
        scope.setNotFoundHandler((request, reply) => {
          const name = actionNameOf(request, prefix);
          const wrongMethod = !['GET', 'HEAD', 'POST'].includes(request.method) && Object.hasOwn(actions, name);
          const refusal = wrongMethod ? ckanRequestErrors.methodNotAllowed(request.method) : ckanRequestErrors.unknownAction(name || '(none)');
          const { status, error } = ckanErrorFor(refusal, localeOf(request), String(request.id));
          return reply
            .code(status)
            .type(JSON_TYPE)
            .send(ckanFailure(help(request), error));
        });

        const api = scope.withTypeProvider<TypeBoxTypeProvider>();
        const handler = async (request: FastifyRequest<{ Params: { action: string } }>, reply: FastifyReply) => {
          const name = request.params.action;
          const action = Object.hasOwn(actions, name) ? actions[name] : undefined;
          if (!action) throw ckanRequestErrors.unknownAction(name);
          // HEAD is a GET without the body: it must not run a write either.
          if (request.method !== 'POST' && !action.read) throw ckanRequestErrors.postRequired(name);
          const params = await paramsOf(request, action);
          const result = await action.run({ ctx: request.ctx, params });
          return reply.type(JSON_TYPE).send(ckanSuccess(helpUrl(config.publicUrl, name), result));
        };
        api.get(
          '/:action',
          {
            schema: {
              tags,
              summary: 'CKAN Action API: a read action with its parameters in the query string',
              description:
                'package_search, package_show, package_list, organization_list, organization_show, organization_list_for_user, group_list, group_show, ' +
                "tag_list, license_list, resource_show, datastore_search, status_show, site_read, help_show. Answers CKAN's envelope {help, success, result}.",
              params: ActionParams,
            },
          },
          handler,
        );
        api.post(
          '/:action',
          {
            schema: {
              tags,
              summary: 'CKAN Action API: any action, parameters as JSON, a form, or multipart with the file in "upload"',
              description:
                'Also package_create, package_update, package_patch, resource_create, resource_update, resource_patch: these need the API token of a ' +
                "user with opendata.produce on the producer's OPD, in Authorization (bare or Bearer) or X-CKAN-API-Key.",
              params: ActionParams,
              consumes: ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'],
            },
          },
          handler,
        );
      },
      { prefix },
    );

  plugin('/api/3/action');
  plugin('/api/action');

  // Outside /api, as in CKAN: a file answer, with the platform's errors (problem+json).
  app.get(
    '/datastore/dump/:id',
    {
      schema: {
        tags,
        summary: 'CKAN DataStore dump: every row of a resource as CSV (default) or JSON',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        querystring: Type.Object({ format: Type.Optional(Type.Union([Type.Literal('csv'), Type.Literal('json')], { default: 'csv' })) }),
      },
    },
    async (request, reply) => {
      const file = await resources.download(request.ctx, request.params.id, request.query.format ?? 'csv');
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName.replace(/["\\\r\n]/g, '_')}"`)
        .send(file.body);
    },
  );
}
