/** The auction's payloads: offers with their targets, the head's answer, the mayor's decision. */
import { type Static, Type } from '@sinclair/typebox';
import { CalendarDay, NullableNumber, Uuid } from '../../platform/http/schemas.js';

const Figure = Type.Number({ minimum: -1e12, maximum: 1e12 });
const Reason = Type.String({ minLength: 5, maxLength: 2000, pattern: '\\S' });

export const OfferTargetBody = Type.Object(
  {
    indicatorId: Uuid,
    target: Figure,
    targetUpper: Type.Optional(Figure),
    quarterly: Type.Optional(Type.Array(NullableNumber({ minimum: -1e12, maximum: 1e12 }), { minItems: 4, maxItems: 4, description: 'Rencana aksi: TW I-IV' })),
  },
  { additionalProperties: false },
);

export const CreateOfferBody = Type.Object(
  {
    periodId: Uuid,
    opdId: Uuid,
    deadline: CalendarDay({ description: 'The last day the head may answer' }),
    targets: Type.Array(OfferTargetBody, { minItems: 1, maxItems: 50 }),
  },
  { additionalProperties: false },
);
export type CreateOfferBody = Static<typeof CreateOfferBody>;

export const AmendOfferBody = Type.Object(
  {
    reason: Reason,
    deadline: CalendarDay(),
    targets: Type.Array(OfferTargetBody, { minItems: 1, maxItems: 50 }),
  },
  { additionalProperties: false },
);
export type AmendOfferBody = Static<typeof AmendOfferBody>;

export const AnswerBody = Type.Union([
  Type.Object({ kind: Type.Literal('accept') }, { additionalProperties: false }),
  Type.Object(
    { kind: Type.Literal('decline'), reason: Reason, replacementName: Type.String({ minLength: 3, maxLength: 200, description: 'Who takes the role over' }) },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      kind: Type.Literal('counter'),
      reason: Type.Optional(Reason),
      targets: Type.Array(Type.Object({ indicatorId: Uuid, target: Figure, targetUpper: Type.Optional(Figure) }, { additionalProperties: false }), {
        minItems: 1,
        maxItems: 50,
      }),
    },
    { additionalProperties: false },
  ),
]);
export type AnswerBody = Static<typeof AnswerBody>;

export const DecisionBody = Type.Object({ approved: Type.Boolean(), reason: Type.Optional(Reason) }, { additionalProperties: false });

export const OfferListQuery = Type.Object({ periodId: Type.Optional(Uuid), opdId: Type.Optional(Uuid) }, { additionalProperties: false });

const TargetView = Type.Object({
  indicatorId: Type.String(),
  indicatorName: Type.String(),
  direction: Type.String(),
  unit: Type.String(),
  target: Type.Number(),
  targetUpper: Type.Union([Type.Number(), Type.Null()]),
  quarterly: Type.Array(Type.Union([Type.Number(), Type.Null()])),
  agreed: Type.Union([Type.Object({ target: Type.Number(), targetUpper: Type.Union([Type.Number(), Type.Null()]) }), Type.Null()], {
    description: 'The target in force once the offer is accepted: the counter-offer when one was taken',
  }),
});

export const OfferSchema = Type.Object({
  id: Type.String(),
  periodId: Type.String(),
  opdId: Type.String(),
  version: Type.Integer(),
  supersedesId: Type.Union([Type.String(), Type.Null()]),
  amendmentReason: Type.Union([Type.String(), Type.Null()]),
  deadline: Type.String(),
  status: Type.String(),
  targets: Type.Array(TargetView),
  answer: Type.Union([
    Type.Object({
      kind: Type.String(),
      headName: Type.String(),
      answeredAt: Type.String(),
      reason: Type.Union([Type.String(), Type.Null()]),
      replacementName: Type.Union([Type.String(), Type.Null()]),
      moreAmbitious: Type.Union([Type.Boolean(), Type.Null()], { description: 'For a counter-offer: true when it asks at least as much as the offer' }),
    }),
    Type.Null(),
  ]),
  decision: Type.Union([Type.Object({ approved: Type.Boolean(), reason: Type.Union([Type.String(), Type.Null()]), decidedAt: Type.String() }), Type.Null()]),
});
