/** Payloads of scores, settings, rule results and publications. */
import { type Static, Type } from '@sinclair/typebox';
import { NullableNumber, Uuid } from '../../platform/http/schemas.js';

const Percent = Type.Union([Type.Number(), Type.Null()]);
const Label = Type.String({ minLength: 1, maxLength: 80, pattern: '\\S' });
const RuleId = Type.String({ minLength: 1, maxLength: 40, pattern: '^[a-z0-9-]+$', description: 'Lower-case letters, digits and hyphens' });
const Outcome = Type.Union([Type.Literal('reward'), Type.Literal('punishment')]);
const QuarterNo = Type.Integer({ minimum: 1, maximum: 4, description: 'Triwulan (TW) I-IV' });

export const QuarterQuery = Type.Object({ periodId: Uuid, quarter: QuarterNo }, { additionalProperties: false });
export const QuarterParams = Type.Object({ periodId: Uuid, quarter: QuarterNo });

export const RuleSchema = Type.Union([
  Type.Object(
    {
      id: RuleId,
      kind: Type.Literal('composite_above_mean'),
      deviations: Type.Number({ minimum: 0, maximum: 10 }),
      quarters: Type.Integer({ minimum: 1, maximum: 8 }),
      outcome: Outcome,
      label: Label,
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      id: RuleId,
      kind: Type.Literal('absorption_below_plan'),
      belowPercentOfPlan: Type.Number({ minimum: 0, maximum: 1000 }),
      atQuarter: QuarterNo,
      outcome: Outcome,
      label: Label,
    },
    { additionalProperties: false },
  ),
  Type.Object(
    { id: RuleId, kind: Type.Literal('indicator_below'), belowPercent: Type.Number({ minimum: 0, maximum: 1000 }), outcome: Outcome, label: Label },
    { additionalProperties: false },
  ),
]);

export const SettingsBody = Type.Object(
  {
    bands: Type.Array(Type.Object({ above: NullableNumber({ minimum: -1000, maximum: 1000 }), label: Label }, { additionalProperties: false }), {
      minItems: 1,
      maxItems: 12,
      description: 'Highest first; a score strictly above `above` earns the band; the last band has above = null and takes the rest',
    }),
    weights: Type.Object(
      {
        performance: Type.Number({ minimum: 0, maximum: 1 }),
        absorption: Type.Number({ minimum: 0, maximum: 1 }),
        responsiveness: Type.Number({ minimum: 0, maximum: 1 }),
      },
      { additionalProperties: false, description: 'The composite score\u2019s weights; they add up to 1' },
    ),
    rules: Type.Array(RuleSchema, { maxItems: 30 }),
  },
  { additionalProperties: false },
);
export type SettingsBody = Static<typeof SettingsBody>;

export const SettingsSchema = Type.Composite([SettingsBody, Type.Object({ updatedAt: Type.Union([Type.String(), Type.Null()]) })]);

const Text = Type.Object({ id: Type.String(), en: Type.String() });
const Mean = Type.Object({ value: Percent, coverage: Type.Number(), missing: Type.Integer() });

const IndicatorScoreSchema = Type.Object({
  indicatorId: Type.String(),
  code: Type.String(),
  name: Type.String(),
  unit: Type.String(),
  direction: Type.String(),
  target: Type.Number(),
  targetUpper: Percent,
  yearlyTarget: Type.Boolean(),
  realization: Percent,
  achievement: Type.Object({ percent: Percent, basis: Type.String(), explanation: Text }),
});

export const OpdScoreSchema = Type.Object({
  opdId: Type.String(),
  opdCode: Type.String(),
  opdName: Type.String(),
  quarter: Type.Integer(),
  reportStatus: Type.Union([Type.String(), Type.Null()]),
  indicators: Type.Array(IndicatorScoreSchema),
  performance: Mean,
  absorption: Type.Object({ ofPlan: Percent, ofPagu: Percent, deviation: Percent }),
  responsiveness: Type.Object({ percent: Percent, answered: Type.Integer(), inTime: Type.Integer() }),
  composite: Mean,
  predicate: Type.Union([Type.String(), Type.Null()]),
  rank: Type.Union([Type.Integer(), Type.Null()]),
  trend: Type.Array(Type.Object({ quarter: Type.Integer(), composite: Percent })),
});

export const QuarterScoresSchema = Type.Object({
  periodId: Type.String(),
  year: Type.Integer(),
  quarter: Type.Integer(),
  city: Type.Object({ mean: Percent, sd: Percent, scored: Type.Integer() }),
  items: Type.Array(OpdScoreSchema),
});

const OpdRef = Type.Object({ id: Type.String(), code: Type.String(), name: Type.String() });
const IndicatorRef = Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]);
const Figures = Type.Record(Type.String(), Type.Number());

export const RuleResultSchema = Type.Object({
  id: Type.String(),
  periodId: Type.String(),
  quarter: Type.Integer(),
  ruleId: Type.String(),
  label: Type.String(),
  outcome: Type.String(),
  opd: OpdRef,
  indicator: IndicatorRef,
  official: Type.Union([Type.String(), Type.Null()]),
  figures: Figures,
  explanation: Text,
  status: Type.String(),
  decisionReason: Type.Union([Type.String(), Type.Null()]),
  decidedAt: Type.Union([Type.String(), Type.Null()]),
  publishedAt: Type.Union([Type.String(), Type.Null()]),
});

export const RuleResultQuery = Type.Object(
  {
    periodId: Type.Optional(Uuid),
    quarter: Type.Optional(QuarterNo),
    status: Type.Optional(Type.Union([Type.Literal('pending'), Type.Literal('confirmed'), Type.Literal('waived')])),
  },
  { additionalProperties: false },
);

export const DecisionBody = Type.Object(
  { decision: Type.Union([Type.Literal('confirm'), Type.Literal('waive')]), reason: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
);

const PublishedScoreSchema = Type.Object({
  opdId: Type.String(),
  opdCode: Type.String(),
  opdName: Type.String(),
  rank: Type.Union([Type.Integer(), Type.Null()]),
  performance: Percent,
  absorption: Percent,
  responsiveness: Percent,
  composite: Percent,
  predicate: Type.Union([Type.String(), Type.Null()]),
  trend: Type.Array(Type.Object({ quarter: Type.Integer(), composite: Percent })),
});

export const PublicationSchema = Type.Object({
  periodId: Type.String(),
  year: Type.Integer(),
  quarter: Type.Integer(),
  publishedAt: Type.String(),
  items: Type.Array(PublishedScoreSchema),
});

export const PublishedQuarterSchema = Type.Composite([
  PublicationSchema,
  Type.Object({
    findings: Type.Array(
      Type.Object({ label: Type.String(), outcome: Type.String(), opd: OpdRef, indicator: IndicatorRef, figures: Figures, publishedAt: Type.String() }),
    ),
  }),
]);

export const PublicationListSchema = Type.Object({
  items: Type.Array(Type.Object({ periodId: Type.String(), year: Type.Integer(), quarter: Type.Integer(), publishedAt: Type.String() })),
});
