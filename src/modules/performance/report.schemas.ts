/** The quarterly reports' payloads: opening, figures, review, and the report as a page shows it. */
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { NullableNumber, PageQuery, Uuid } from '../../platform/http/schemas.js';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Quarter = Type.Integer({ minimum: 1, maximum: 4, description: 'Triwulan: 1 = TW I (January-March) ... 4 = TW IV' });
const Status = Type.Union([Type.Literal('draft'), Type.Literal('submitted'), Type.Literal('returned'), Type.Literal('verified')]);
const Note = Type.String({ maxLength: 2000 });

export const ReportListQuery = Type.Object(
  { periodId: Type.Optional(Uuid), opdId: Type.Optional(Uuid), quarter: Type.Optional(Quarter), status: Type.Optional(Status), ...PageQuery },
  { additionalProperties: false },
);
export type ReportListQuery = Static<typeof ReportListQuery>;

export const OpenReportBody = Type.Object({ periodId: Uuid, opdId: Uuid, quarter: Quarter }, { additionalProperties: false });
export type OpenReportBody = Static<typeof OpenReportBody>;

export const RealizationBody = Type.Object(
  {
    value: NullableNumber({ minimum: -1e12, maximum: 1e12 }),
    note: Type.Optional(Nullable(Note)),
  },
  { additionalProperties: false, description: 'A null value needs a note saying why the figure is missing before the report can be submitted' },
);
export type RealizationBody = Static<typeof RealizationBody>;

export const ReviewBody = Type.Object(
  {
    decision: Type.Union([Type.Literal('verified'), Type.Literal('returned')]),
    comment: Type.Optional(Type.String({ minLength: 1, maxLength: 4000, description: 'Required when returning: what the OPD must fix' })),
  },
  { additionalProperties: false },
);
export type ReviewBody = Static<typeof ReviewBody>;

export const RealizationParams = Type.Object({ id: Uuid, indicatorId: Uuid });
export const EvidenceParams = Type.Object({ id: Uuid, evidenceId: Uuid });

const Person = Nullable(Type.Object({ id: Type.String(), name: Nullable(Type.String()) }));

export const ReportSummarySchema = Type.Object({
  id: Type.String(),
  periodId: Type.String(),
  year: Type.Integer(),
  opdId: Type.String(),
  opd: Nullable(Type.String()),
  quarter: Type.Integer(),
  quarterName: Type.String({ description: 'TW I ... TW IV' }),
  status: Type.String({ description: 'draft, submitted, returned or verified' }),
  dueDate: Type.String({ description: 'The 10th of the month after the quarter' }),
  overdue: Type.Boolean({ description: 'Past its due date and not submitted' }),
  submittedAt: Nullable(Type.String()),
  verifiedAt: Nullable(Type.String()),
  updatedAt: Type.String(),
});
export type ReportSummary = Static<typeof ReportSummarySchema>;

export const EvidenceSchema = Type.Object({
  id: Type.String(),
  indicatorId: Type.String(),
  fileName: Type.String(),
  contentType: Type.String({ description: 'As judged from the content, not as sent' }),
  sizeBytes: Type.Integer(),
  uploadedAt: Type.String(),
  url: Type.String(),
});
export type EvidenceView = Static<typeof EvidenceSchema>;

const IndicatorLine = Type.Object({
  indicatorId: Type.String(),
  code: Type.String(),
  name: Type.String(),
  unit: Type.String(),
  direction: Type.String(),
  source: Type.String({ description: 'opd: typed by the OPD; computed: filled in by the platform' }),
  formula: Type.String({ description: 'How the figure is reached; for a computed indicator, the platform\u2019s own formula' }),
  target: Type.Object({
    yearly: Nullable(Type.Number({ description: 'The agreed yearly target (the counter-offer when one was taken); null while no offer is accepted' })),
    yearlyUpper: Nullable(Type.Number()),
    quarter: Nullable(Type.Number({ description: 'The target achievement is measured against this quarter' })),
    quarterUpper: Nullable(Type.Number()),
    quarterFromYear: Type.Boolean({
      description: 'True when the rencana aksi gives this quarter no figure and the agreed yearly target applies (a counter-offer changes yearly targets only)',
    }),
  }),
  realization: Type.Object({
    value: Nullable(Type.Number()),
    note: Nullable(Type.String()),
    computed: Type.Boolean({ description: 'Filled in by the platform, not typed by the OPD' }),
    provisional: Type.Boolean({ description: 'A computed figure of a report not yet submitted: the current value, fixed at submission' }),
    updatedAt: Nullable(Type.String()),
  }),
  achievement: Type.Object({
    percent: Nullable(Type.Number()),
    basis: Type.String({ description: 'formula, zero_target, within_range or missing' }),
    explanation: Type.String({ description: 'The computation written out, in the language asked for' }),
  }),
  evidence: Type.Array(EvidenceSchema),
});
export type IndicatorLine = Static<typeof IndicatorLine>;

export const ReportSchema = Type.Object({
  ...ReportSummarySchema.properties,
  offerId: Nullable(Type.String()),
  targetsAgreed: Type.Boolean({ description: 'False while an amendment of the year\u2019s offer waits for its answer: figures cannot change then' }),
  submittedBy: Person,
  verifiedBy: Person,
  createdAt: Type.String(),
  indicators: Type.Array(IndicatorLine),
  reviews: Type.Array(
    Type.Object({
      decision: Type.String(),
      comment: Nullable(Type.String()),
      reviewer: Person,
      reviewedAt: Type.String(),
    }),
    { description: 'Every verification and return, oldest first' },
  ),
});
export type ReportView = Static<typeof ReportSchema>;
