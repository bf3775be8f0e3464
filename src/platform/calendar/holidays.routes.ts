import { problems } from '../http/schemas.js';
import type { App, Platform } from '../module.js';
import {
  CreateHolidayBody,
  DayParams,
  HolidayListQuery,
  HolidayListSchema,
  HolidayViewSchema,
  UpdateHolidayBody,
  WorkingDaysQuery,
  WorkingDaysSchema,
} from './holidays.schemas.js';
import { createCalendarService } from './holidays.service.js';
import { cityDay } from './working-days.js';

const tags = ['calendar'];

export function registerHolidayRoutes(app: App, platform: Platform): void {
  const calendar = createCalendarService(platform);
  const today = () => cityDay(new Date(), platform.config.cityTimezone);

  app.get(
    '/api/calendar/holidays',
    {
      schema: {
        tags,
        summary: 'The holidays of a year that time limits skip (public)',
        querystring: HolidayListQuery,
        response: { 200: HolidayListSchema, ...problems(400) },
      },
    },
    async (request) => {
      const year = request.query.year ?? Number(today().slice(0, 4));
      return { year, items: await calendar.list(year) };
    },
  );

  app.get(
    '/api/calendar/working-days',
    {
      schema: {
        tags,
        summary: 'The day that is N working days after a day, for deadline hints (public)',
        querystring: WorkingDaysQuery,
        response: { 200: WorkingDaysSchema, ...problems(400) },
      },
    },
    async (request) => {
      const from = request.query.from ?? today();
      const { day, endsAt, holidays } = await calendar.workingDayAfter(from, request.query.days);
      return { from, days: request.query.days, due: day, dueAt: endsAt.toISOString(), holidays };
    },
  );

  app.post(
    '/api/calendar/holidays',
    {
      schema: {
        tags,
        summary: 'Add a holiday or cuti bersama day (admin)',
        body: CreateHolidayBody,
        response: { 201: HolidayViewSchema, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await calendar.add(request.ctx, request.body)),
  );

  app.patch(
    '/api/calendar/holidays/:day',
    {
      schema: {
        tags,
        summary: "Change a holiday's name, kind or source (admin)",
        params: DayParams,
        body: UpdateHolidayBody,
        response: { 200: HolidayViewSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => calendar.update(request.ctx, request.params.day, request.body),
  );

  app.delete(
    '/api/calendar/holidays/:day',
    {
      schema: {
        tags,
        summary: 'Make a day an ordinary working day again (admin)',
        params: DayParams,
        response: { 204: { type: 'null' }, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await calendar.remove(request.ctx, request.params.day);
      return reply.code(204).send();
    },
  );
}
