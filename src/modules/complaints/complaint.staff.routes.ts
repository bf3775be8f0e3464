/** The city hall's side of SAMBAT: the admin desk's queue and decisions, each OPD's inbox and answers. */
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { IdParams, Paged, paging, problems } from '../../platform/http/schemas.js';
import type { App, Platform } from '../../platform/module.js';
import { runBulk } from './complaint.bulk.js';
import { exportComplaints } from './complaint.export.js';
import { complaintListFilter } from './complaint.filters.js';
import { readForm } from './complaint.form.js';
import { createQueryService } from './complaint.query.service.js';
import {
  BulkAnswer,
  BulkBody,
  NoteBody,
  OptionalNoteBody,
  PostponeBody,
  RejectBody,
  RespondBody,
  ReturnBody,
  RouteBody,
  StaffComplaintSchema,
  StaffDetailSchema,
  StaffListQuery,
  StatusAnswer,
} from './complaint.schemas.js';
import { statusAnswer } from './complaint.views.js';
import { createWorkflowService } from './complaint.workflow.service.js';

const tags = ['sambat-staff'];
const answer = statusAnswer;

/** A step whose body is optional may be posted with none at all. */
async function emptyBodyAllowed(request: FastifyRequest): Promise<void> {
  request.body ??= {};
}
const actionResponse = { 200: StatusAnswer, ...problems(400, 401, 403, 404, 409) };

export function registerStaffComplaintRoutes(app: App, platform: Platform): void {
  const query = createQueryService(platform);
  const workflow = createWorkflowService(platform);
  const base = '/api/sambat/staff/complaints';

  app.get(
    base,
    {
      schema: {
        tags,
        summary: "Complaints for staff: the admin desk's queue (status=submitted,returned), an OPD's inbox, overdue items; officers see only their OPD",
        querystring: StaffListQuery,
        response: { 200: Paged(StaffComplaintSchema), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const p = paging(request.query);
      const result = await query.staffList(request.ctx, { ...(await complaintListFilter(platform, request.query)), limit: p.limit, offset: p.offset });
      return { ...result, page: p.page, pageSize: p.pageSize };
    },
  );

  app.get(
    `${base}/export`,
    {
      schema: {
        tags,
        summary: 'The same list as CSV or XLSX (at most 50,000 rows); reporters only where you may see them',
        querystring: Type.Composite([StaffListQuery, Type.Object({ format: Type.Union([Type.Literal('csv'), Type.Literal('xlsx')]) })], {
          additionalProperties: false,
        }),
        response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }), ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { format, page: _page, pageSize: _size, ...filters } = request.query;
      const file = await exportComplaints(platform, request.ctx, await complaintListFilter(platform, filters), format);
      await platform.db
        .transaction()
        .execute((trx) =>
          platform.audit.record(trx, request.ctx, { action: 'complaint.export', recordType: 'complaint', after: { format, rows: file.rows, filters } }),
        );
      return reply.type(file.contentType).header('content-disposition', `attachment; filename="${file.filename}"`).send(file.data);
    },
  );

  app.post(
    `${base}/bulk`,
    {
      schema: {
        tags,
        summary: 'One step on many complaints at once; each succeeds or fails on its own, and the answer says which',
        body: BulkBody,
        response: { 200: BulkAnswer, ...problems(400, 401, 403) },
      },
    },
    async (request) => ({ results: await runBulk(workflow, request.ctx, request.body) }),
  );

  app.get(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: 'A complaint with its whole timeline, internal notes included',
        params: IdParams,
        response: { 200: StaffDetailSchema, ...problems(401, 403, 404) },
      },
    },
    async (request) => query.staffDetail(request.ctx, request.params.id),
  );

  app.post(
    `${base}/:id/verify`,
    { schema: { tags, summary: 'Admin desk: verify and send to the responsible OPD', params: IdParams, body: RouteBody, response: actionResponse } },
    async (request) => answer(await workflow.verify(request.ctx, request.params.id, request.body)),
  );
  app.post(
    `${base}/:id/redisposition`,
    { schema: { tags, summary: 'Admin desk: send to another OPD at any open stage', params: IdParams, body: RouteBody, response: actionResponse } },
    async (request) => answer(await workflow.redisposition(request.ctx, request.params.id, request.body)),
  );
  app.post(
    `${base}/:id/postpone`,
    { schema: { tags, summary: 'Admin desk: ask the reporter for more information', params: IdParams, body: PostponeBody, response: actionResponse } },
    async (request) => answer(await workflow.postpone(request.ctx, request.params.id, request.body)),
  );
  app.post(
    `${base}/:id/reject`,
    {
      schema: {
        tags,
        summary: 'Admin desk: not our authority, spam, or a duplicate of another complaint',
        params: IdParams,
        body: RejectBody,
        response: actionResponse,
      },
    },
    async (request) => answer(await workflow.reject(request.ctx, request.params.id, request.body)),
  );
  app.post(
    `${base}/:id/accept`,
    {
      preValidation: emptyBodyAllowed,
      schema: { tags, summary: 'OPD: accept the complaint', params: IdParams, body: OptionalNoteBody, response: actionResponse },
    },
    async (request) => answer(await workflow.accept(request.ctx, request.params.id, request.body)),
  );
  app.post(
    `${base}/:id/start`,
    { preValidation: emptyBodyAllowed, schema: { tags, summary: 'OPD: work has started', params: IdParams, body: OptionalNoteBody, response: actionResponse } },
    async (request) => answer(await workflow.start(request.ctx, request.params.id, request.body)),
  );
  app.post(
    `${base}/:id/respond`,
    {
      attachValidation: true,
      schema: {
        tags,
        summary: 'OPD: answer the complaint (JSON, or multipart with a JSON part "data" and up to 5 files "photos")',
        params: IdParams,
        body: RespondBody,
        response: { ...actionResponse, ...problems(413, 422) },
      },
    },
    async (request) => {
      const { data, photos } = await readForm(request, RespondBody, platform.config);
      return answer(await workflow.respond(request.ctx, request.params.id, data, photos));
    },
  );
  app.post(
    `${base}/:id/return`,
    { schema: { tags, summary: 'OPD: not ours; back to the admin desk with the reason', params: IdParams, body: ReturnBody, response: actionResponse } },
    async (request) => answer(await workflow.returnToAdmin(request.ctx, request.params.id, request.body)),
  );
  app.post(
    `${base}/:id/notes`,
    { schema: { tags, summary: 'An internal note, never shown to the public', params: IdParams, body: NoteBody, response: actionResponse } },
    async (request) => answer(await workflow.note(request.ctx, request.params.id, request.body)),
  );
}
