/** QR places: the admin's register, the filing form's look-up, and the printable QR codes and poster. */
import { Paged, paging, problems } from '../../../platform/http/schemas.js';
import type { App, Platform } from '../../../platform/module.js';
import { posterSvg, qrPng, qrSvg } from './qr.images.js';
import { CreateQrPlaceBody, QrCodeParams, QrPlaceAdminSchema, QrPlaceListQuery, QrPlacePublicSchema, UpdateQrPlaceBody } from './qr.schemas.js';
import { createQrPlaceService, formUrlOf } from './qr.service.js';

const tags = ['sambat'];
const base = '/api/sambat/qr-places';
const OPENS_FORM = 'The QR code encodes <PUBLIC_URL>/aduan/baru?tempat=<code>, which opens the complaint filing form with this place filled in.';
// The code never changes and neither does what it encodes; the poster follows renames within minutes.
const IMAGE_CACHE = 'public, max-age=86400';
const POSTER_CACHE = 'public, max-age=300';
// Sent as they are (Fastify serializes only JSON); the media type keeps the API description true.
const media = (type: string, description: string) => ({ description, content: { [type]: { schema: { type: 'string', format: 'binary' } } } });
const SvgAnswer = media('image/svg+xml', 'An SVG document');
const PngAnswer = media('image/png', 'A PNG image');

/** Registers the QR place routes. */
export function registerQrPlaceRoutes(app: App, platform: Platform): void {
  const places = createQrPlaceService(platform);
  const urlOf = (code: string) => formUrlOf(platform.config.publicUrl, code);

  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'Admin: register a public place for a QR poster (market, bus stop, park)',
        description: `Needs the complaint.configure permission; the position must lie inside the city. ${OPENS_FORM}`,
        body: CreateQrPlaceBody,
        response: { 201: QrPlaceAdminSchema, ...problems(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => reply.code(201).send(await places.create(request.ctx, request.body)),
  );

  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'Admin: every QR place, active or not, by name',
        querystring: QrPlaceListQuery,
        response: { 200: Paged(QrPlaceAdminSchema), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const p = paging(request.query);
      const result = await places.list(request.ctx, { limit: p.limit, offset: p.offset });
      return { ...result, page: p.page, pageSize: p.pageSize };
    },
  );

  app.patch(
    `${base}/:code`,
    {
      schema: {
        tags,
        summary: 'Admin: rename a QR place, change its address, or retire it (active: false)',
        params: QrCodeParams,
        body: UpdateQrPlaceBody,
        response: { 200: QrPlaceAdminSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => places.update(request.ctx, request.params.code, request.body),
  );

  app.get(
    `${base}/:code`,
    {
      schema: {
        tags,
        summary: 'An active QR place, for the filing form to fill in the location',
        params: QrCodeParams,
        response: { 200: QrPlacePublicSchema, ...problems(400, 404) },
      },
    },
    async (request) => places.find(request.params.code),
  );

  app.get(
    `${base}/:code/qr.svg`,
    {
      schema: {
        tags,
        summary: "The place's QR code as SVG",
        description: OPENS_FORM,
        params: QrCodeParams,
        response: { 200: SvgAnswer, ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const place = await places.find(request.params.code);
      return reply
        .type('image/svg+xml; charset=utf-8')
        .header('cache-control', IMAGE_CACHE)
        .send(await qrSvg(urlOf(place.code)));
    },
  );

  app.get(
    `${base}/:code/qr.png`,
    {
      schema: {
        tags,
        summary: "The place's QR code as a 1024 px PNG, for printing",
        description: OPENS_FORM,
        params: QrCodeParams,
        response: { 200: PngAnswer, ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const place = await places.find(request.params.code);
      return reply
        .type('image/png')
        .header('cache-control', IMAGE_CACHE)
        .send(await qrPng(urlOf(place.code)));
    },
  );

  app.get(
    `${base}/:code/poster.svg`,
    {
      schema: {
        tags,
        summary: 'An A4 poster for the place: its name, the call to scan, the QR code and the address to type',
        description: OPENS_FORM,
        params: QrCodeParams,
        response: { 200: SvgAnswer, ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const place = await places.find(request.params.code);
      const svg = posterSvg({ cityName: platform.config.cityName, placeName: place.name, address: place.address, url: urlOf(place.code) });
      return reply
        .type('image/svg+xml; charset=utf-8')
        .header('cache-control', POSTER_CACHE)
        .header('content-disposition', `inline; filename="sambat-${place.code}.svg"`)
        .send(svg);
    },
  );
}
