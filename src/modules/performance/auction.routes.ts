/** The auction's routes: the mayor's team offers and amends, the OPD head answers, the team decides. */
import { Type } from '@sinclair/typebox';
import { IdParams, problems } from '../../platform/http/schemas.js';
import type { App, Platform } from '../../platform/module.js';
import { AmendOfferBody, AnswerBody, CreateOfferBody, DecisionBody, OfferListQuery, OfferSchema } from './auction.schemas.js';
import { createAuctionService } from './auction.service.js';

const tags = ['performance'];

export function registerAuctionRoutes(app: App, platform: Platform): void {
  const auction = createAuctionService(platform);

  app.get(
    '/api/performance/offers',
    {
      schema: {
        tags,
        summary: 'Performance offers, latest versions: the leadership sees all, an OPD its own',
        querystring: OfferListQuery,
        response: { 200: Type.Object({ items: Type.Array(OfferSchema) }), ...problems(400, 401, 403) },
      },
    },
    async (request) => ({ items: await auction.list(request.ctx, request.query) }),
  );
  app.post(
    '/api/performance/offers',
    {
      schema: {
        tags,
        summary: 'Offer an OPD its targets for a year (the mayor\u2019s team)',
        body: CreateOfferBody,
        response: { 201: OfferSchema, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await auction.create(request.ctx, request.body)),
  );
  app.get(
    '/api/performance/offers/:id',
    {
      schema: {
        tags,
        summary: 'One offer with its targets, answer and decision',
        params: IdParams,
        response: { 200: OfferSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => auction.get(request.ctx, request.params.id),
  );
  app.post(
    '/api/performance/offers/:id/answer',
    {
      schema: {
        tags,
        summary: 'The OPD head answers, once: accept, decline (naming who takes over) or counter',
        params: IdParams,
        body: AnswerBody,
        response: { 200: OfferSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => auction.answer(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/performance/offers/:id/decision',
    {
      schema: {
        tags,
        summary: 'Approve or reject a counter-offer that asks less than the offer (the mayor\u2019s team)',
        params: IdParams,
        body: DecisionBody,
        response: { 200: OfferSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => auction.decide(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/performance/offers/:id/amendments',
    {
      schema: {
        tags,
        summary: 'Amend an offer: a new version with its reason, to be answered again',
        params: IdParams,
        body: AmendOfferBody,
        response: { 201: OfferSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await auction.amend(request.ctx, request.params.id, request.body)),
  );
}
