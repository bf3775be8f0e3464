/** The citizen's side of SAMBAT: file, track, reply, confirm, reopen, support, browse. */
import { Type } from '@sinclair/typebox';
import { cityDay } from '../../platform/calendar/working-days.js';
import { Paged, paging, problems } from '../../platform/http/schemas.js';
import { idempotencyOf } from '../../platform/idempotency/idempotency.js';
import type { App, Platform } from '../../platform/module.js';
import { complaintListFilter } from './complaint.filters.js';
import { readForm } from './complaint.form.js';
import { createIntakeService } from './complaint.intake.service.js';
import { createQueryService } from './complaint.query.service.js';
import {
  ConfirmBody,
  FileComplaintBody,
  FiledAnswer,
  GeoJsonAnswer,
  MessageBody,
  NearbyAnswer,
  NearbyQuery,
  PublicComplaintSchema,
  PublicDetailSchema,
  PublicListQuery,
  ReopenBody,
  StatsAnswer,
  StatsQuery,
  StatusAnswer,
  SupportAnswer,
  TrackingParams,
} from './complaint.schemas.js';
import { createStatsService } from './complaint.stats.service.js';
import { statusAnswer } from './complaint.views.js';
import { createWorkflowService } from './complaint.workflow.service.js';

const tags = ['sambat'];

export function registerPublicComplaintRoutes(app: App, platform: Platform): void {
  const intake = createIntakeService(platform);
  const query = createQueryService(platform);
  const workflow = createWorkflowService(platform);
  const stats = createStatsService(platform);

  app.post(
    '/api/sambat/complaints',
    {
      config: { limits: 'public_write' },
      attachValidation: true,
      schema: {
        tags,
        summary: 'File a complaint (JSON, or multipart/form-data with a JSON part "data" and up to 5 files "photos")',
        description:
          'Send an Idempotency-Key header so that a retried submission never files twice. The answer carries the tracking number and a secret that lets the reporter reply, confirm or reopen without an account.',
        body: FileComplaintBody,
        response: { 201: FiledAnswer, 200: FiledAnswer, ...problems(400, 413, 422, 429) },
      },
    },
    async (request, reply) => {
      const { data, photos } = await readForm(request, FileComplaintBody, platform.config);
      const scope = `sambat.file:${request.ctx.actor?.userId ?? 'public'}`;
      const filed = await intake.file(
        request.ctx,
        { ...data, kind: data.kind ?? 'pengaduan', privacy: data.privacy ?? 'publik', channel: 'web' },
        photos,
        idempotencyOf(request.headers['idempotency-key'], scope, data),
      );
      const { replayed, id: _id, ...answer } = filed;
      if (replayed) reply.header('idempotent-replayed', 'true');
      return reply.code(replayed ? 200 : 201).send(answer);
    },
  );

  app.get(
    '/api/sambat/complaints',
    {
      schema: {
        tags,
        summary: 'Public complaints, newest first (no rahasia ones, never the reporter)',
        querystring: PublicListQuery,
        response: { 200: Paged(PublicComplaintSchema), ...problems(400) },
      },
    },
    async (request) => {
      const p = paging(request.query);
      const result = await query.publicList(request.ctx, { ...(await complaintListFilter(platform, request.query)), limit: p.limit, offset: p.offset });
      return { ...result, page: p.page, pageSize: p.pageSize };
    },
  );

  app.get(
    '/api/sambat/complaints.geojson',
    {
      schema: {
        tags,
        summary: 'Public complaints as a GeoJSON FeatureCollection, for maps',
        querystring: PublicListQuery,
        response: { 200: GeoJsonAnswer, ...problems(400) },
      },
    },
    async (request, reply) => {
      const p = paging({ page: request.query.page, pageSize: request.query.pageSize ?? 200 });
      const result = await query.publicList(request.ctx, { ...(await complaintListFilter(platform, request.query)), limit: p.limit, offset: p.offset });
      reply.type('application/geo+json; charset=utf-8');
      return {
        type: 'FeatureCollection' as const,
        features: result.items.flatMap(({ lat, lon, ...properties }) =>
          lat === null || lon === null ? [] : [{ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [lon, lat] }, properties }],
        ),
        total: result.total,
        ...(result.totalCapped ? { totalCapped: true } : {}),
        page: p.page,
        pageSize: p.pageSize,
      };
    },
  );

  app.get(
    '/api/sambat/complaints/nearby',
    {
      schema: {
        tags,
        summary: 'Open complaints of a category near a point, to support one instead of filing again',
        querystring: NearbyQuery,
        response: { 200: NearbyAnswer, ...problems(400) },
      },
    },
    async (request) => {
      const rows = await intake.nearby(request.query);
      return {
        items: rows.map((r) => ({
          trackingNo: r.tracking_no,
          description: r.description,
          status: r.status,
          lat: r.lat,
          lon: r.lon,
          supporters: r.supporter_count,
          createdAt: r.created_at.toISOString(),
          metres: Math.round(r.metres),
        })),
      };
    },
  );

  app.get(
    '/api/sambat/complaints/:trackingNo',
    {
      schema: {
        tags,
        summary: 'A complaint and its public timeline, by tracking number (rahasia ones need the X-Tracking-Secret header)',
        params: TrackingParams,
        headers: Type.Object({ 'x-tracking-secret': Type.Optional(Type.String({ maxLength: 100 })) }),
        response: { 200: PublicDetailSchema, ...problems(400, 404) },
      },
    },
    async (request) => query.publicDetail(request.ctx, request.params.trackingNo, request.headers['x-tracking-secret']),
  );

  app.post(
    '/api/sambat/complaints/:trackingNo/support',
    {
      config: { limits: 'public_write' },
      schema: {
        tags,
        summary: 'Support ("dukung") an open public complaint; once per person',
        params: TrackingParams,
        response: { 200: SupportAnswer, ...problems(404, 429) },
      },
    },
    async (request) => intake.support(request.ctx, request.params.trackingNo.toUpperCase()),
  );

  app.post(
    '/api/sambat/complaints/:trackingNo/replies',
    {
      config: { limits: 'public_write' },
      schema: {
        tags,
        summary: 'The reporter adds a message to the timeline',
        params: TrackingParams,
        body: MessageBody,
        response: { 200: StatusAnswer, ...problems(400, 403, 404, 409, 429) },
      },
    },
    async (request) => {
      const { secret, message } = request.body;
      return statusAnswer(await workflow.reply(request.ctx, request.params.trackingNo.toUpperCase(), { message }, { secret }));
    },
  );

  app.post(
    '/api/sambat/complaints/:trackingNo/info',
    {
      config: { limits: 'public_write' },
      schema: {
        tags,
        summary: "The reporter answers the admin desk's question; back to verification",
        params: TrackingParams,
        body: MessageBody,
        response: { 200: StatusAnswer, ...problems(400, 403, 404, 409, 429) },
      },
    },
    async (request) => {
      const { secret, message } = request.body;
      return statusAnswer(await workflow.supplyInfo(request.ctx, request.params.trackingNo.toUpperCase(), { message }, { secret }));
    },
  );

  app.post(
    '/api/sambat/complaints/:trackingNo/confirm',
    {
      config: { limits: 'public_write' },
      schema: {
        tags,
        summary: 'The reporter confirms the answer and rates it 1-5; the complaint closes',
        params: TrackingParams,
        body: ConfirmBody,
        response: { 200: StatusAnswer, ...problems(400, 403, 404, 409, 429) },
      },
    },
    async (request) => {
      const { secret, ...input } = request.body;
      return statusAnswer(await workflow.confirm(request.ctx, request.params.trackingNo.toUpperCase(), input, { secret }));
    },
  );

  app.post(
    '/api/sambat/complaints/:trackingNo/reopen',
    {
      config: { limits: 'public_write' },
      schema: {
        tags,
        summary: 'The reporter reopens an answered complaint, with a reason, within the closing window',
        params: TrackingParams,
        body: ReopenBody,
        response: { 200: StatusAnswer, ...problems(400, 403, 404, 409, 429) },
      },
    },
    async (request) => {
      const { secret, reason } = request.body;
      return statusAnswer(await workflow.reopen(request.ctx, request.params.trackingNo.toUpperCase(), { reason }, { secret }));
    },
  );

  app.get(
    '/api/sambat/stats',
    {
      schema: {
        tags,
        summary: 'Per OPD: received, routed, answered (and in time), closed, median hours to verify and answer, reopen rate, satisfaction',
        querystring: StatsQuery,
        response: { 200: StatsAnswer, ...problems(400) },
      },
    },
    async (request) => {
      const today = cityDay(new Date(), platform.config.cityTimezone);
      const from = request.query.from ?? `${today.slice(0, 8)}01`;
      const to = request.query.to ?? today;
      return { from, to, items: await stats.byOpd({ from, to, opdId: request.query.opdId }) };
    },
  );

  app.get(
    '/api/sambat/photos/:id',
    {
      schema: {
        tags,
        summary: "A photo's public copy (metadata stripped, at most 1600 px) or its thumbnail",
        description:
          "A rahasia complaint's photos answer only the staff who may read the complaint and its reporter (X-Tracking-Secret or the reporter's session).",
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        querystring: Type.Object({ size: Type.Optional(Type.Union([Type.Literal('full'), Type.Literal('thumb')])) }, { additionalProperties: false }),
        response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'image/jpeg' }), ...problems(404) },
      },
    },
    async (request, reply) => {
      const secret = request.headers['x-tracking-secret'];
      const file = await query.photo(request.ctx, request.params.id, request.query.size ?? 'full', typeof secret === 'string' ? secret : undefined);
      return reply
        .type(file.contentType)
        .header('cache-control', file.confidential ? 'private, no-store' : 'public, max-age=86400')
        .send(file.data);
    },
  );
}
