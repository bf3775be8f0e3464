/** The planning cascade's payloads: periods, goals (sasaran) and indicators. */
import { type Static, Type } from '@sinclair/typebox';
import { Uuid } from '../../platform/http/schemas.js';

const Year = Type.Integer({ minimum: 2000, maximum: 2100 });
const Text = (max: number) => Type.String({ minLength: 2, maxLength: max, pattern: '\\S' });
const Code = Type.String({ minLength: 1, maxLength: 30, pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$', description: 'e.g. S1, IKU-1.2' });

export const CreatePeriodBody = Type.Object(
  {
    kind: Type.Union([Type.Literal('rpjmd'), Type.Literal('year')], { description: 'rpjmd: the five-year plan; year: one year inside it' }),
    name: Text(120),
    startYear: Year,
    endYear: Type.Optional(Year),
    parentId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type CreatePeriodBody = Static<typeof CreatePeriodBody>;

export const PeriodSchema = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  name: Type.String(),
  startYear: Type.Integer(),
  endYear: Type.Integer(),
  parentId: Type.Union([Type.String(), Type.Null()]),
});

export const CreateGoalBody = Type.Object({ periodId: Uuid, code: Code, title: Text(500), parentGoalId: Type.Optional(Uuid) }, { additionalProperties: false });
export type CreateGoalBody = Static<typeof CreateGoalBody>;

export const GoalSchema = Type.Object({
  id: Type.String(),
  periodId: Type.String(),
  code: Type.String(),
  title: Type.String(),
  parentGoalId: Type.Union([Type.String(), Type.Null()]),
});

export const GoalListQuery = Type.Object({ periodId: Uuid }, { additionalProperties: false });

const Source = Type.Union([
  Type.Object({ kind: Type.Literal('opd') }, { additionalProperties: false, description: 'Entered by the OPD each quarter' }),
  Type.Object(
    {
      kind: Type.Literal('computed'),
      measure: Type.String({ minLength: 1, maxLength: 60, description: 'One of the platform\u2019s measures: sambat_on_time' }),
    },
    { additionalProperties: false, description: 'Computed by the platform from data it holds' },
  ),
]);

export const CreateIndicatorBody = Type.Object(
  {
    goalId: Uuid,
    opdId: Uuid,
    code: Code,
    name: Text(300),
    definition: Text(2000),
    unit: Type.String({ minLength: 1, maxLength: 40 }),
    direction: Type.Union([Type.Literal('higher'), Type.Literal('lower'), Type.Literal('range')]),
    baseline: Type.Optional(Type.Object({ value: Type.Number(), year: Year }, { additionalProperties: false, description: 'Titik nol' })),
    source: Source,
    formula: Type.Optional(Text(1000)),
  },
  { additionalProperties: false },
);
export type CreateIndicatorBody = Static<typeof CreateIndicatorBody>;

export const IndicatorSchema = Type.Object({
  id: Type.String(),
  goalId: Type.String(),
  opdId: Type.String(),
  code: Type.String(),
  name: Type.String(),
  definition: Type.String(),
  unit: Type.String(),
  direction: Type.String(),
  baseline: Type.Union([Type.Object({ value: Type.Number(), year: Type.Integer() }), Type.Null()]),
  source: Type.String(),
  measure: Type.Union([Type.String(), Type.Null()]),
  formula: Type.String({ description: 'How the figure is reached, written out' }),
});

export const IndicatorListQuery = Type.Object(
  { goalId: Type.Optional(Uuid), opdId: Type.Optional(Uuid), periodId: Type.Optional(Uuid) },
  { additionalProperties: false, minProperties: 1 },
);
