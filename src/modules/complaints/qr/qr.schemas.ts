/** QR places: one schema per payload, for validation, types and the OpenAPI description. */
import { type Static, Type } from '@sinclair/typebox';
import { PageQuery } from '../../../platform/http/schemas.js';

// Printed on posters and typed by people: lowercase, digits and inner hyphens only.
export const QrCode = Type.String({
  minLength: 3,
  maxLength: 40,
  pattern: '^[a-z0-9][a-z0-9-]*[a-z0-9]$',
  description: 'Lowercase letters, digits and hyphens, 3-40 characters, e.g. pasar-besar',
});

const Name = Type.String({ minLength: 2, maxLength: 120, pattern: '\\S' });
const Address = Type.String({ maxLength: 300 });

export const QrCodeParams = Type.Object({ code: QrCode });

export const CreateQrPlaceBody = Type.Object(
  {
    code: QrCode,
    name: Name,
    address: Type.Optional(Type.Union([Address, Type.Null()])),
    lat: Type.Number({ minimum: -90, maximum: 90 }),
    lon: Type.Number({ minimum: -180, maximum: 180 }),
    categoryCode: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 60 }), Type.Null()])),
  },
  { additionalProperties: false },
);
export type CreateQrPlaceBody = Static<typeof CreateQrPlaceBody>;

export const UpdateQrPlaceBody = Type.Object(
  {
    name: Type.Optional(Name),
    address: Type.Optional(Type.Union([Address, Type.Null()])),
    active: Type.Optional(Type.Boolean({ description: 'false retires the place: its QR code no longer files complaints' })),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const QrPlaceListQuery = Type.Object(PageQuery);

export const QrPlacePublicSchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  address: Type.Union([Type.String(), Type.Null()]),
  lat: Type.Number(),
  lon: Type.Number(),
  categoryCode: Type.Union([Type.String(), Type.Null()], { description: 'The category the form suggests, if any' }),
});

export const QrPlaceAdminSchema = Type.Composite([
  QrPlacePublicSchema,
  Type.Object({
    id: Type.String(),
    active: Type.Boolean(),
    createdAt: Type.String({ format: 'date-time' }),
    formUrl: Type.String({ description: 'The address the QR code encodes' }),
  }),
]);
