/** Payloads of the OPD roadmaps: items, their milestones and indicators, and the progress roll-up. */
import { type Static, Type } from '@sinclair/typebox';
import { CalendarDay, NullableNumber, PageQuery, Uuid } from '../../platform/http/schemas.js';
import { DimensionCode, ElementCode, Horizon, LongText, Text, Year } from './plan.schemas.js';

const Rupiah = Type.Integer({ minimum: 0, maximum: 1e15, description: 'Whole rupiah' });
const weight = { exclusiveMinimum: 0, maximum: 1000, description: 'How much of the item this milestone is: shares on any scale' };
const Weight = Type.Number(weight);
const Figure = Type.Number({ minimum: -1e12, maximum: 1e12 });
const NullableDay = Type.Union([CalendarDay(), Type.Null()]);
const NullableFigure = NullableNumber({ minimum: -1e12, maximum: 1e12 });

const MilestoneFields = {
  title: Text(300),
  due: CalendarDay({ description: 'When it is due, YYYY-MM-DD' }),
  weight: Weight,
  doneAt: NullableDay,
};
export const CreateMilestoneBody = Type.Object(
  {
    ...MilestoneFields,
    weight: Type.Optional(Type.Number({ ...weight, default: 1 })),
    doneAt: Type.Optional(MilestoneFields.doneAt),
  },
  { additionalProperties: false },
);
export type CreateMilestoneBody = Static<typeof CreateMilestoneBody>;
export const PatchMilestoneBody = Type.Partial(Type.Object(MilestoneFields), { additionalProperties: false, minProperties: 1 });
export type PatchMilestoneBody = Static<typeof PatchMilestoneBody>;

const IndicatorFields = {
  name: Text(300),
  unit: Type.String({ minLength: 1, maxLength: 40, pattern: '\\S' }),
  target: Figure,
  realization: NullableFigure,
};
export const CreateIndicatorBody = Type.Object({ ...IndicatorFields, realization: Type.Optional(NullableFigure) }, { additionalProperties: false });
export type CreateIndicatorBody = Static<typeof CreateIndicatorBody>;
export const PatchIndicatorBody = Type.Partial(Type.Object(IndicatorFields), { additionalProperties: false, minProperties: 1 });
export type PatchIndicatorBody = Static<typeof PatchIndicatorBody>;

const ItemFields = {
  programmeId: Type.Union([Uuid, Type.Null()]),
  title: Text(300),
  description: LongText(4000),
  dimension: DimensionCode,
  element: ElementCode,
  horizon: Horizon,
  owner: Text(200),
  budget: Rupiah,
  startYear: Year,
  endYear: Year,
};

export const CreateItemBody = Type.Object(
  {
    opdId: Uuid,
    ...ItemFields,
    programmeId: Type.Optional(ItemFields.programmeId),
    description: Type.Optional(ItemFields.description),
    milestones: Type.Optional(Type.Array(CreateMilestoneBody, { maxItems: 50 })),
    indicators: Type.Optional(Type.Array(CreateIndicatorBody, { maxItems: 50 })),
  },
  { additionalProperties: false },
);
export type CreateItemBody = Static<typeof CreateItemBody>;

export const PatchItemBody = Type.Partial(Type.Object(ItemFields), { additionalProperties: false, minProperties: 1 });
export type PatchItemBody = Static<typeof PatchItemBody>;

export const MilestoneSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  due: Type.String({ description: 'YYYY-MM-DD' }),
  doneAt: Type.Union([Type.String(), Type.Null()]),
  weight: Type.Number(),
});

export const IndicatorSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  unit: Type.String(),
  target: Type.Number(),
  realization: NullableNumber(),
});

export const ItemSchema = Type.Object({
  id: Type.String(),
  opdId: Type.String(),
  opdName: Type.Union([Type.String(), Type.Null()]),
  programmeId: Type.Union([Type.String(), Type.Null()]),
  title: Type.String(),
  description: Type.String(),
  dimension: Type.String(),
  element: Type.String(),
  horizon: Type.String(),
  owner: Type.String(),
  budget: Type.Number({ description: 'Whole rupiah' }),
  startYear: Type.Integer(),
  endYear: Type.Integer(),
  milestones: Type.Array(MilestoneSchema, { description: 'By due date' }),
  indicators: Type.Array(IndicatorSchema),
  progress: Type.Number({ description: 'Done milestones\u2019 weight over all milestones\u2019 weight, 0-100 to one decimal; 0 without milestones' }),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type ItemView = Static<typeof ItemSchema>;

export const ItemListQuery = Type.Object(
  {
    opdId: Type.Optional(Uuid),
    programmeId: Type.Optional(Uuid),
    dimension: Type.Optional(DimensionCode),
    element: Type.Optional(ElementCode),
    horizon: Type.Optional(Horizon),
    year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100, description: 'Items running in this year (startYear <= year <= endYear)' })),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Words in the title' })),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type ItemListQuery = Static<typeof ItemListQuery>;

export const ProgressQuery = Type.Object(
  { year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100, description: 'Only items running in this year' })) },
  { additionalProperties: false },
);

const Share = {
  progress: NullableNumber({ description: 'Mean of the items\u2019 progress, 0-100 to one decimal; null without items' }),
  items: Type.Integer(),
};

export const ProgressSchema = Type.Object({
  year: Type.Union([Type.Integer(), Type.Null()]),
  city: Type.Object(Share),
  dimensions: Type.Array(
    Type.Object({
      code: Type.String(),
      name: Type.String(),
      ...Share,
      elements: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), ...Share })),
    }),
  ),
  opds: Type.Array(Type.Object({ opdId: Type.String(), opdName: Type.Union([Type.String(), Type.Null()]), ...Share })),
  programmes: Type.Array(Type.Object({ id: Type.String(), code: Type.String(), title: Type.String(), ...Share })),
});
export type ProgressView = Static<typeof ProgressSchema>;

export const MilestoneParams = Type.Object({ id: Uuid });
