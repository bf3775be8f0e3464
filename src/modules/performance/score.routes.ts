/** Scores, the city's settings, the rules' findings and the public publication of a quarter. */
import { Type } from '@sinclair/typebox';
import { IdParams, problems } from '../../platform/http/schemas.js';
import type { App, Platform } from '../../platform/module.js';
import type { Quarter } from './absorption.js';
import type { Rule } from './rules.js';
import { quarterWorkbook } from './score.export.js';
import { createFindingsService } from './score.findings.js';
import {
  DecisionBody,
  PublicationListSchema,
  PublicationSchema,
  PublishedQuarterSchema,
  QuarterParams,
  QuarterQuery,
  QuarterScoresSchema,
  RuleResultQuery,
  RuleResultSchema,
  SettingsBody,
  SettingsSchema,
} from './score.schemas.js';
import { createScoreService } from './score.service.js';

const tags = ['performance'];

export function registerScoreRoutes(app: App, platform: Platform): void {
  const scores = createScoreService(platform);
  const findings = createFindingsService(platform);

  app.get(
    '/api/performance/settings',
    { schema: { tags, summary: 'The predicate bands, composite weights and reward/punishment rules in force (public)', response: { 200: SettingsSchema } } },
    async () => scores.settings(),
  );
  app.put(
    '/api/performance/settings',
    {
      schema: {
        tags,
        summary: 'Replace the predicate bands, composite weights and rules (the mayor\u2019s team)',
        body: SettingsBody,
        response: { 200: SettingsSchema, ...problems(400, 401, 403) },
      },
    },
    async (request) => scores.saveSettings(request.ctx, { ...request.body, rules: request.body.rules as Rule[] }),
  );
  app.get(
    '/api/performance/scores',
    {
      schema: {
        tags,
        summary: 'A quarter\u2019s scores per OPD with predicate, rank and trend: the leadership all, an OPD its own',
        querystring: QuarterQuery,
        response: { 200: QuarterScoresSchema, ...problems(400, 401, 403) },
      },
    },
    async (request) => scores.scores(request.ctx, request.query.periodId, request.query.quarter as Quarter),
  );
  app.get(
    '/api/performance/scores.xlsx',
    {
      schema: {
        tags,
        summary: 'A quarter\u2019s results as XLSX: OPD scores and every indicator\u2019s achievement',
        querystring: QuarterQuery,
        response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }), ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const file = await quarterWorkbook(await scores.scores(request.ctx, request.query.periodId, request.query.quarter as Quarter));
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.data);
    },
  );
  app.post(
    '/api/performance/evaluations',
    {
      schema: {
        tags,
        summary: 'Run the reward and punishment rules over a quarter (the eksekutif); new findings wait for a decision',
        body: QuarterQuery,
        response: { 200: Type.Object({ items: Type.Array(RuleResultSchema) }), ...problems(400, 401, 403) },
      },
    },
    async (request) => ({ items: await findings.evaluate(request.ctx, request.body.periodId, request.body.quarter as Quarter) }),
  );
  app.get(
    '/api/performance/rule-results',
    {
      schema: {
        tags,
        summary: 'What the rules found, with their figures and decisions: the leadership all, an OPD its own',
        querystring: RuleResultQuery,
        response: { 200: Type.Object({ items: Type.Array(RuleResultSchema) }), ...problems(400, 401, 403) },
      },
    },
    async (request) => ({ items: await findings.results(request.ctx, request.query) }),
  );
  app.post(
    '/api/performance/rule-results/:id/decision',
    {
      schema: {
        tags,
        summary: 'Confirm a finding, or waive it with a reason (the eksekutif, once)',
        params: IdParams,
        body: DecisionBody,
        response: { 200: RuleResultSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) => findings.decide(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/performance/rule-results/:id/publish',
    {
      schema: {
        tags,
        summary: 'Publish a confirmed finding (the eksekutif)',
        params: IdParams,
        response: { 200: RuleResultSchema, ...problems(401, 403, 404, 409) },
      },
    },
    async (request) => findings.publishResult(request.ctx, request.params.id),
  );
  app.post(
    '/api/performance/publications',
    {
      schema: {
        tags,
        summary: 'Publish a quarter\u2019s scores as they stand (the eksekutif); again replaces the snapshot',
        body: QuarterQuery,
        response: { 201: PublicationSchema, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await scores.publish(request.ctx, request.body.periodId, request.body.quarter as Quarter)),
  );
  app.get(
    '/api/performance/published',
    { schema: { tags, summary: 'Quarters whose scores are published (public)', response: { 200: PublicationListSchema } } },
    async () => ({ items: await scores.publications() }),
  );
  app.get(
    '/api/performance/published/:periodId/:quarter',
    {
      schema: {
        tags,
        summary: 'A published quarter: OPD scores, predicates, ranks and the published findings (public)',
        params: QuarterParams,
        response: { 200: PublishedQuarterSchema, ...problems(400, 404) },
      },
    },
    async (request) => scores.published(request.params.periodId, request.params.quarter as Quarter),
  );
}
