/** The SPBE module's payloads: frameworks, evaluations, indicators, indices. */
import { type Static, Type } from '@sinclair/typebox';
import { NullableNumber, NullableString } from '../../platform/http/schemas.js';
import { DomainInput } from './framework.definition.js';

const Predicate = Type.Object({ code: Type.String(), label: Type.String() });
const NullableUuid = Type.Unsafe<string | null>({ type: ['string', 'null'], format: 'uuid' });

export const FrameworkSummarySchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  regulation: Type.String(),
  fromYear: Type.Integer(),
  toYear: NullableNumber(),
  notes: Type.String(),
  domains: Type.Integer(),
  aspects: Type.Integer(),
  indicators: Type.Integer(),
  inUse: Type.Optional(Type.Boolean({ description: 'An evaluation uses it' })),
});
export const FrameworkDetailSchema = Type.Composite([
  Type.Omit(FrameworkSummarySchema, ['domains', 'inUse']),
  Type.Object({
    scales: Type.Record(Type.String(), Type.Array(Type.String()), { description: 'Level names 1-5 by scale' }),
    domains: Type.Array(DomainInput),
    predicates: Type.Array(Type.Object({ code: Type.String(), label: Type.String(), min: Type.Number() })),
  }),
]);
export const FrameworkCodeParams = Type.Object({ code: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{2,63}$' }) });

const Progress = Type.Object({ indicators: Type.Integer(), assigned: Type.Integer(), submitted: Type.Integer(), reviewed: Type.Integer() });
export const EvaluationSummarySchema = Type.Object({
  year: Type.Integer(),
  frameworkCode: Type.String(),
  frameworkName: Type.String(),
  status: Type.Union([Type.Literal('open'), Type.Literal('final')]),
  finalizedAt: NullableString({ maxLength: 40 }),
  basis: Type.Union([Type.Literal('self'), Type.Literal('final')], {
    description: 'Whose levels the index is of: the OPDs (self) or after the assessors (final)',
  }),
  index: NullableNumber({ description: 'Null while no indicator has a level' }),
  predicate: Type.Union([Predicate, Type.Null()]),
  progress: Progress,
});

export const ClaimSchema = Type.Object({
  level: Type.Integer({ minimum: 1, maximum: 5 }),
  met: Type.Boolean(),
  explanation: Type.String({ maxLength: 4000 }),
});
const EvidenceSchema = Type.Object({
  id: Type.String(),
  level: Type.Integer(),
  kind: Type.Union([Type.Literal('file'), Type.Literal('link')]),
  name: Type.String(),
  url: Type.String(),
  size: NullableNumber(),
  uploadedAt: Type.String(),
});
const ReviewSchema = Type.Object({
  decision: Type.Union([Type.Literal('confirm'), Type.Literal('correct'), Type.Literal('return')]),
  level: NullableNumber(),
  comment: Type.String(),
  assessor: Type.String(),
  at: Type.String(),
});
const PlatformEvidenceSchema = Type.Object({
  source: Type.Union([Type.Literal('sambat'), Type.Literal('opendata')]),
  summary: Type.String(),
  figures: Type.Record(Type.String(), Type.Number()),
  url: Type.String(),
});
export const AssessmentSchema = Type.Object({
  number: Type.Integer(),
  name: Type.String(),
  domainNumber: Type.Integer(),
  aspectNumber: Type.Integer(),
  weight: Type.Number({ description: 'Percent of the whole index' }),
  scale: Type.String(),
  levelNames: Type.Array(Type.String()),
  levelDescriptions: Type.Array(Type.String()),
  opdId: NullableString({ maxLength: 40 }),
  opdName: NullableString({ maxLength: 200 }),
  status: Type.Union(['unassigned', 'draft', 'submitted', 'returned', 'confirmed', 'corrected'].map((s) => Type.Literal(s))),
  claims: Type.Array(ClaimSchema),
  explanation: Type.String(),
  selfLevel: Type.Integer({ description: 'The level the claims reach: met, with evidence, and the level below counted' }),
  assessedLevel: NullableNumber(),
  finalLevel: Type.Integer(),
  evidence: Type.Array(EvidenceSchema),
  reviews: Type.Array(ReviewSchema),
  platform: Type.Union([PlatformEvidenceSchema, Type.Null()], { description: 'What the platform itself knows for this indicator (complaints, open data)' }),
});
export const EvaluationDetailSchema = Type.Composite([EvaluationSummarySchema, Type.Object({ indicators: Type.Array(AssessmentSchema) })]);

export const YearParams = Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) });
export const IndicatorParams = Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }), number: Type.Integer({ minimum: 1, maximum: 999 }) });
export const EvidenceParams = Type.Composite([IndicatorParams, Type.Object({ id: Type.String({ format: 'uuid' }) })]);
export const BasisQuery = Type.Object({ basis: Type.Optional(Type.Union([Type.Literal('self'), Type.Literal('final')])) });

export const CreateEvaluationBody = Type.Object({
  year: Type.Integer({ minimum: 2000, maximum: 2100 }),
  frameworkCode: Type.String({ minLength: 1, maxLength: 64 }),
});
export const AssignmentsBody = Type.Object({
  assignments: Type.Array(Type.Object({ indicator: Type.Integer({ minimum: 1, maximum: 999 }), opdId: NullableUuid }), { minItems: 1, maxItems: 500 }),
});
export const FillBody = Type.Object({ claims: Type.Array(ClaimSchema, { maxItems: 5 }), explanation: Type.String({ maxLength: 8000 }) });
export type FillBody = Static<typeof FillBody>;
export const ReviewBody = Type.Object({
  decision: Type.Union([Type.Literal('confirm'), Type.Literal('correct'), Type.Literal('return')]),
  level: Type.Optional(Type.Integer({ minimum: 0, maximum: 5 })),
  comment: Type.Optional(Type.String({ maxLength: 4000 })),
});

const GroupIndex = Type.Object({ number: Type.Integer(), name: Type.String(), weight: Type.Number(), index: Type.Number() });
export const SpbeIndexSchema = Type.Object({
  basis: Type.Union([Type.Literal('self'), Type.Literal('final')]),
  total: Type.Number(),
  predicate: Predicate,
  domains: Type.Array(GroupIndex),
  aspects: Type.Array(Type.Composite([GroupIndex, Type.Object({ domainNumber: Type.Integer() })])),
  filled: Type.Integer(),
  indicators: Type.Integer(),
});
export const GapsSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      number: Type.Integer(),
      name: Type.String(),
      level: Type.Integer(),
      nextLevel: Type.Integer(),
      gain: Type.Number({ description: 'How much the index rises with one level more' }),
      indexAfter: Type.Number(),
    }),
  ),
});
export const SimulateBody = Type.Object({
  basis: Type.Optional(Type.Union([Type.Literal('self'), Type.Literal('final')])),
  levels: Type.Record(Type.String({ pattern: '^[0-9]{1,3}$' }), Type.Integer({ minimum: 0, maximum: 5 }), {
    description: 'Indicator number to the level to try',
  }),
});
export const SimulationSchema = Type.Object({ before: SpbeIndexSchema, after: SpbeIndexSchema });
export const HistorySchema = Type.Object({
  items: Type.Array(
    Type.Object({
      year: Type.Integer(),
      frameworkCode: Type.String(),
      frameworkName: Type.String(),
      index: Type.Number(),
      predicate: Predicate,
      source: Type.Union([Type.Literal('evaluasi'), Type.Literal('kemenpanrb')]),
      sourceName: Type.String(),
    }),
  ),
});
