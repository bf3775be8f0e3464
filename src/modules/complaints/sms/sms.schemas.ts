/** The SMS gateway's webhook: what it sends and what it is answered. */
import { type Static, Type } from '@sinclair/typebox';

export const InboundSmsBody = Type.Object(
  {
    // Visible ASCII: the id doubles as the Idempotency-Key of the filing.
    id: Type.String({ minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]+$', description: "The gateway's message id; a retry carries the same one" }),
    from: Type.String({ pattern: '^\\+[1-9][0-9]{6,14}$', description: 'The sender in E.164, e.g. +6281234567890' }),
    text: Type.String({ maxLength: 10_000, description: 'The message as typed: "SAMBAT <isi aduan>"' }),
    receivedAt: Type.Optional(Type.String({ format: 'date-time', description: 'When the gateway received it' })),
  },
  { additionalProperties: true },
);
export type InboundSmsBody = Static<typeof InboundSmsBody>;

export const InboundSmsAnswer = Type.Object({
  accepted: Type.Literal(true),
  trackingNo: Type.Optional(Type.String({ description: 'Set when the message filed a complaint' })),
});
