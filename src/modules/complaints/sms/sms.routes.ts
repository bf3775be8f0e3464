/**
 * POST /api/sambat/sms/inbound, the SMS gateway's webhook. It lives in a plugin of its own because
 * the signature covers the raw bytes: this route alone parses JSON from a buffer it keeps.
 */
import type { FastifyRequest } from 'fastify';
import { problems } from '../../../platform/http/schemas.js';
import type { App, Platform } from '../../../platform/module.js';
import { smsErrors } from './sms.errors.js';
import { InboundSmsAnswer, InboundSmsBody } from './sms.schemas.js';
import { createSmsService } from './sms.service.js';
import { verifySignature } from './sms.text.js';

/** SMS bodies are small; a big one is not from the gateway. */
const SMS_BODY_LIMIT = 64 * 1024;

/** Registers the SMS gateway's webhook. */
export function registerSmsRoutes(app: App, platform: Platform): void {
  const sms = createSmsService(platform);
  const secret = platform.config.sms.webhookSecret;
  const rawBodies = new WeakMap<FastifyRequest, Buffer>();
  const headersOf = (request: FastifyRequest) => ({ signature: request.headers['x-signature'], timestamp: request.headers['x-timestamp'] });

  app.register(async (scope) => {
    // Before reading the body: without a key nothing can be checked, so nothing is read.
    scope.addHook('onRequest', async () => {
      if (!secret) throw smsErrors.notConfigured();
    });
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: SMS_BODY_LIMIT }, (request, body, done) => {
      const raw = body as Buffer;
      try {
        // Checked before parsing: unsigned bytes are never handed to JSON.parse.
        verifySignature(secret as string, headersOf(request), raw, new Date());
        rawBodies.set(request, raw);
      } catch (error) {
        done(error as Error, undefined);
        return;
      }
      try {
        done(null, JSON.parse(raw.toString('utf8')));
      } catch {
        done(smsErrors.malformedBody(), undefined);
      }
    });
    // A request without a body never reaches the parser: check it here, so an unsigned caller gets
    // 401 and learns nothing from validation errors.
    scope.addHook('preValidation', async (request) => {
      if (!rawBodies.has(request)) verifySignature(secret as string, headersOf(request), Buffer.alloc(0), new Date());
    });

    scope.post(
      '/api/sambat/sms/inbound',
      {
        schema: {
          tags: ['sambat'],
          summary: 'The SMS gateway\'s webhook: "SAMBAT <isi aduan>" files a complaint, anything else gets the format by SMS',
          description:
            'Signed by the gateway: X-Signature is "sha256=" and the hex HMAC-SHA256 of "<X-Timestamp>.<raw body>" with SMS_WEBHOOK_SECRET; X-Timestamp is the unix time in seconds, within 5 minutes of the server clock. The message id makes retries safe: the same id files nothing twice and sends no second reply. Replies leave through the outbox (topic sms.reply). Answers 503 while SMS_WEBHOOK_SECRET is unset.',
          body: InboundSmsBody,
          response: { 200: InboundSmsAnswer, ...problems(400, 401, 413, 415, 422, 503) },
        },
      },
      async (request) => {
        const { id, from, text, receivedAt } = request.body as InboundSmsBody;
        return sms.receive(request.ctx, { id, from, text, receivedAt });
      },
    );
  });
}
