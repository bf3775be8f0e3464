import { Type } from '@sinclair/typebox';
import { ROLES, TOKEN_SCOPES } from '../../platform/context.js';
import { NullableString, PageQuery, Uuid } from '../../platform/http/schemas.js';

const RoleName = Type.Union(ROLES.map((r) => Type.Literal(r)));
const Locale = Type.Union([Type.Literal('id'), Type.Literal('en')]);

export const GrantBody = Type.Object({ role: RoleName, opdId: Type.Optional(Type.Union([Uuid, Type.Null()])) }, { additionalProperties: false });

export const CreateUserBody = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: 320 }),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    phone: Type.Optional(NullableString({ maxLength: 30 })),
    nik: Type.Optional(NullableString({ maxLength: 16 })),
    password: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    locale: Type.Optional(Locale),
    roles: Type.Optional(Type.Array(GrantBody, { maxItems: 20 })),
  },
  { additionalProperties: false },
);

export const UpdateUserBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    phone: Type.Optional(NullableString({ maxLength: 30 })),
    nik: Type.Optional(NullableString({ maxLength: 16 })),
    locale: Type.Optional(Locale),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const SetPasswordBody = Type.Object({ password: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false });

export const UserListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 100 })),
    role: Type.Optional(RoleName),
    opdId: Type.Optional(Uuid),
    active: Type.Optional(Type.Boolean()),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const GrantParams = Type.Object({ id: Uuid, grantId: Uuid });

export const NikAnswer = Type.Object({ nik: Type.Union([Type.String(), Type.Null()]) });

const Scope = Type.Union(TOKEN_SCOPES.map((s) => Type.Literal(s)));

export const CreateTokenBody = Type.Object(
  {
    userId: Uuid,
    name: Type.String({ minLength: 1, maxLength: 100 }),
    scopes: Type.Array(Scope, { minItems: 1, maxItems: 3 }),
    expiresAt: Type.Optional(Type.Union([Type.String({ format: 'date-time' }), Type.Null()])),
  },
  { additionalProperties: false },
);

export const TokenViewSchema = Type.Object({
  id: Type.String(),
  userId: Type.String(),
  name: Type.String(),
  prefix: Type.String({ description: 'The first characters, to recognise a token without revealing it' }),
  scopes: Type.Array(Scope),
  createdAt: Type.String({ format: 'date-time' }),
  expiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  lastUsedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

export const CreatedToken = Type.Object({
  token: Type.String({ description: 'The secret: shown in this answer only, never again' }),
  info: TokenViewSchema,
});

export const TokenListQuery = Type.Object(
  { userId: Type.Optional(Uuid), includeRevoked: Type.Optional(Type.Boolean()), ...PageQuery },
  { additionalProperties: false },
);
