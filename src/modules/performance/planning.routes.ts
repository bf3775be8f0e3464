/** The planning cascade's routes: read by anyone, written by the mayor's team and the admins. */
import { Type } from '@sinclair/typebox';
import { problems } from '../../platform/http/schemas.js';
import type { App, Platform } from '../../platform/module.js';
import {
  CreateGoalBody,
  CreateIndicatorBody,
  CreatePeriodBody,
  GoalListQuery,
  GoalSchema,
  IndicatorListQuery,
  IndicatorSchema,
  PeriodSchema,
} from './planning.schemas.js';
import { createPlanningService } from './planning.service.js';

const tags = ['performance'];

export function registerPlanningRoutes(app: App, platform: Platform): void {
  const planning = createPlanningService(platform);

  app.get(
    '/api/performance/periods',
    { schema: { tags, summary: 'RPJMD periods and the years inside them, newest first', response: { 200: Type.Object({ items: Type.Array(PeriodSchema) }) } } },
    async () => ({ items: await planning.listPeriods() }),
  );
  app.post(
    '/api/performance/periods',
    {
      schema: {
        tags,
        summary: 'Add an RPJMD period (five years) or a year inside one',
        body: CreatePeriodBody,
        response: { 201: PeriodSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await planning.createPeriod(request.ctx, request.body)),
  );

  app.get(
    '/api/performance/goals',
    {
      schema: {
        tags,
        summary: 'The goals (sasaran) of a period',
        querystring: GoalListQuery,
        response: { 200: Type.Object({ items: Type.Array(GoalSchema) }), ...problems(400) },
      },
    },
    async (request) => ({ items: await planning.listGoals(request.query.periodId) }),
  );
  app.post(
    '/api/performance/goals',
    {
      schema: { tags, summary: 'Add a goal (sasaran) to a period', body: CreateGoalBody, response: { 201: GoalSchema, ...problems(400, 401, 403, 404, 409) } },
    },
    async (request, reply) => reply.code(201).send(await planning.createGoal(request.ctx, request.body)),
  );

  app.get(
    '/api/performance/indicators',
    {
      schema: {
        tags,
        summary: 'Indicators by goal, OPD or period, with their formulas',
        querystring: IndicatorListQuery,
        response: { 200: Type.Object({ items: Type.Array(IndicatorSchema) }), ...problems(400) },
      },
    },
    async (request) => ({ items: await planning.listIndicators(request.query) }),
  );
  app.post(
    '/api/performance/indicators',
    {
      schema: {
        tags,
        summary: 'Add an indicator to a goal, answerable to one OPD, entered by it or computed by the platform',
        body: CreateIndicatorBody,
        response: { 201: IndicatorSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await planning.createIndicator(request.ctx, request.body)),
  );
}
