/** Payloads of the semi-annual evaluation (Tahap I and II), its evidence and the score's settings. */
import { type Static, Type } from '@sinclair/typebox';
import { NullableNumber, Uuid } from '../../platform/http/schemas.js';
import { DimensionCode, Year } from './plan.schemas.js';

const Index = NullableNumber({ minimum: 1, maximum: 5, description: '1-5 with at most two decimals; null while not yet known' });
const Weight = Type.Number({ minimum: 0, maximum: 1 });

const IndicesOf = <T extends ReturnType<typeof NullableNumber> | typeof Weight>(value: T) =>
  Type.Object({ baseline: value, output: value, outcome: value, impact: value, quickWin: value }, { additionalProperties: false });

export const WeightsSchema = IndicesOf(Weight);
export const IndicesSchema = IndicesOf(Index);

export const SettingsSchema = Type.Object({
  weights: WeightsSchema,
  updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description: 'null while the defaults apply' }),
});
// Any number passes the schema: the service names a negative weight, or a sum other than 1, with a 422.
const AnyWeight = Type.Number();
export const SettingsBody = Type.Object(
  {
    weights: Type.Object(
      { baseline: AnyWeight, output: AnyWeight, outcome: AnyWeight, impact: AnyWeight, quickWin: AnyWeight },
      { additionalProperties: false, description: 'Each at least 0; together 1 (within 1e-9)' },
    ),
  },
  { additionalProperties: false },
);
export type SettingsBody = Static<typeof SettingsBody>;

export const CreateEvaluationBody = Type.Object(
  { year: Year, stage: Type.Union([Type.Literal(1), Type.Literal(2)], { description: 'Tahap I or II' }) },
  { additionalProperties: false },
);
export type CreateEvaluationBody = Static<typeof CreateEvaluationBody>;

export const UpdateEvaluationBody = Type.Object(
  {
    indices: Type.Optional(IndicesSchema),
    dimensions: Type.Optional(
      Type.Array(Type.Object({ dimension: DimensionCode, index: Index }, { additionalProperties: false }), {
        maxItems: 6,
        description: 'An index per smart city dimension; dimensions left out have none',
      }),
    ),
    notes: Type.Optional(Type.String({ maxLength: 8000 })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateEvaluationBody = Static<typeof UpdateEvaluationBody>;

export const IndexKeySchema = Type.Union(
  ['baseline', 'output', 'outcome', 'impact', 'quickWin'].map((k) => Type.Literal(k)),
  { description: 'The evaluation index a file supports' },
);

export const EvidenceSchema = Type.Object({
  id: Type.String(),
  index: Type.Union([Type.String(), Type.Null()], { description: 'baseline, output, outcome, impact, quickWin, or null for the whole evaluation' }),
  name: Type.String(),
  contentType: Type.String(),
  size: Type.Integer({ description: 'Bytes' }),
  uploadedAt: Type.String({ format: 'date-time' }),
  url: Type.String({ description: 'Where to download it (those who may see drafts)' }),
});
export type EvidenceView = Static<typeof EvidenceSchema>;

export const EvaluationSchema = Type.Object({
  id: Type.String(),
  year: Type.Integer(),
  stage: Type.Integer({ description: '1 = Tahap I, 2 = Tahap II' }),
  label: Type.String({ description: 'e.g. "Tahap I 2024"' }),
  status: Type.Union([Type.Literal('draft'), Type.Literal('published')]),
  indices: IndicesSchema,
  weights: WeightsSchema,
  score: NullableNumber({ description: 'The weighted sum, rounded half up to three decimals; null until all five indices are given' }),
  dimensions: Type.Array(Type.Object({ dimension: Type.String(), name: Type.String(), index: NullableNumber() }), { description: 'All six, in order' }),
  notes: Type.String(),
  evidence: Type.Array(EvidenceSchema),
  publishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type EvaluationView = Static<typeof EvaluationSchema>;

export const EvaluationListQuery = Type.Object(
  {
    status: Type.Optional(Type.Union([Type.Literal('draft'), Type.Literal('published')])),
    fromYear: Type.Optional(Year),
    toYear: Type.Optional(Year),
  },
  { additionalProperties: false },
);
export type EvaluationListQuery = Static<typeof EvaluationListQuery>;

export const EvidenceParams = Type.Object({ id: Uuid });
