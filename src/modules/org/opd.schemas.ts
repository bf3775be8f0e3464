import { Type } from '@sinclair/typebox';
import { NullableString, PageQuery, Uuid } from '../../platform/http/schemas.js';

const Kind = Type.Union((['sekretariat', 'dinas', 'badan', 'inspektorat', 'satpol', 'kecamatan', 'kelurahan', 'bagian'] as const).map((k) => Type.Literal(k)));
const Day = Type.String({ format: 'date' });

export const OpdViewSchema = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  shortName: Type.String(),
  kind: Kind,
  parentId: Type.Union([Type.String(), Type.Null()]),
  validFrom: Type.String(),
  validTo: Type.Union([Type.String(), Type.Null()]),
  headName: Type.Union([Type.String(), Type.Null()]),
  email: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  address: Type.Union([Type.String(), Type.Null()]),
  website: Type.Union([Type.String(), Type.Null()]),
  wilayahId: Type.Union([Type.String(), Type.Null()]),
});

export const OpdListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 100 })),
    kind: Type.Optional(Kind),
    parentId: Type.Optional(Uuid),
    validOn: Type.Optional(Type.Union([Day, Type.Literal('all')], { description: "Only OPDs in force on this date; default today; 'all' for every period" })),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const CreateOpdBody = Type.Object(
  {
    code: Type.String({ minLength: 2, maxLength: 40, pattern: '^[A-Z0-9][A-Z0-9-]*$' }),
    name: Type.String({ minLength: 2, maxLength: 300 }),
    shortName: Type.String({ minLength: 1, maxLength: 80 }),
    kind: Kind,
    parentId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    validFrom: Day,
    validTo: Type.Optional(Type.Union([Day, Type.Null()])),
    wilayahId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  },
  { additionalProperties: false },
);

export const UpdateOpdBody = Type.Partial(CreateOpdBody, { additionalProperties: false, minProperties: 1 });

export const OpdProfileBody = Type.Object(
  {
    headName: Type.Optional(NullableString({ maxLength: 200 })),
    email: Type.Optional(Type.Union([Type.String({ format: 'email', maxLength: 320 }), Type.Null()])),
    phone: Type.Optional(NullableString({ maxLength: 30 })),
    address: Type.Optional(NullableString({ maxLength: 500 })),
    website: Type.Optional(Type.Union([Type.String({ format: 'uri', maxLength: 300 }), Type.Null()])),
  },
  { additionalProperties: false, minProperties: 1 },
);
