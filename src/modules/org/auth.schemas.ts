import { Type } from '@sinclair/typebox';
import { ROLES } from '../../platform/context.js';

export const LoginBody = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 320 }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);

export const RoleView = Type.Object({
  id: Type.String(),
  role: Type.Union(ROLES.map((r) => Type.Literal(r))),
  opdId: Type.Union([Type.String(), Type.Null()]),
  grantedAt: Type.String({ format: 'date-time' }),
});

export const UserViewSchema = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  phone: Type.Union([Type.String(), Type.Null()]),
  hasNik: Type.Boolean({ description: 'Whether a NIK is on file; the NIK itself is never listed' }),
  locale: Type.Union([Type.Literal('id'), Type.Literal('en')]),
  active: Type.Boolean(),
  lockedUntil: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  lastLoginAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  roles: Type.Array(RoleView),
});

export const SessionAnswer = Type.Object({
  user: UserViewSchema,
  csrfToken: Type.String({ description: 'Send back as X-CSRF-Token on every write made with this session' }),
  expiresAt: Type.String({ format: 'date-time' }),
});

export const MeAnswer = Type.Object({
  user: UserViewSchema,
  csrfToken: Type.Union([Type.String(), Type.Null()], { description: 'Null when the request used an API token' }),
});

export const SessionStateAnswer = Type.Object({
  user: Type.Union([UserViewSchema, Type.Null()], { description: 'Null when nobody is signed in' }),
  csrfToken: Type.Union([Type.String(), Type.Null()]),
});

export const ChangePasswordBody = Type.Object(
  { currentPassword: Type.String({ minLength: 1, maxLength: 200 }), newPassword: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);

export const ResetRequestBody = Type.Object({ email: Type.String({ minLength: 3, maxLength: 320 }) }, { additionalProperties: false });

export const ResetConfirmBody = Type.Object(
  { token: Type.String({ minLength: 10, maxLength: 200 }), newPassword: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);

export const Accepted = Type.Object({ message: Type.String() });
