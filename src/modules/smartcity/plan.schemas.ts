/** Payloads of the six dimensions and the masterplan's programmes. */
import { type Static, Type } from '@sinclair/typebox';
import { NullableNumber, PageQuery, Uuid } from '../../platform/http/schemas.js';

export const Year = Type.Integer({ minimum: 2000, maximum: 2100 });
export const Text = (max: number) => Type.String({ minLength: 2, maxLength: max, pattern: '\\S' });
export const LongText = (max: number) => Type.String({ maxLength: max });
export const DimensionCode = Type.String({ minLength: 2, maxLength: 40, pattern: '^[a-z_]+$', description: 'e.g. governance, living' });
export const ElementCode = Type.String({ minLength: 2, maxLength: 60, pattern: '^[a-z_]+$', description: 'e.g. pelayanan, sampah_dan_limbah' });
export const Horizon = Type.Union([Type.Literal('quick_win'), Type.Literal('menengah'), Type.Literal('panjang')], {
  description: 'quick_win: within a year; menengah: medium term; panjang: long term',
});
const NullableUuid = Type.Union([Uuid, Type.Null()]);
const NullableText = Type.Union([Type.String(), Type.Null()]);

export const DimensionSchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  elements: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
});

const ProgrammeFields = {
  code: Type.String({ minLength: 1, maxLength: 30, pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$', description: 'e.g. QW-01, SG-2.1' }),
  title: Text(300),
  description: LongText(4000),
  dimension: DimensionCode,
  element: ElementCode,
  horizon: Horizon,
  startYear: Year,
  endYear: Year,
  leadOpdId: NullableUuid,
};

export const CreateProgrammeBody = Type.Object(
  { ...ProgrammeFields, description: Type.Optional(ProgrammeFields.description), leadOpdId: Type.Optional(NullableUuid) },
  { additionalProperties: false },
);
export type CreateProgrammeBody = Static<typeof CreateProgrammeBody>;

export const PatchProgrammeBody = Type.Partial(Type.Object(ProgrammeFields), { additionalProperties: false, minProperties: 1 });
export type PatchProgrammeBody = Static<typeof PatchProgrammeBody>;

export const ProgrammeSchema = Type.Object({
  id: Type.String(),
  code: Type.String(),
  title: Type.String(),
  description: Type.String(),
  dimension: Type.String(),
  element: Type.String(),
  horizon: Type.String(),
  startYear: Type.Integer(),
  endYear: Type.Integer(),
  leadOpdId: NullableText,
  leadOpdName: NullableText,
  items: Type.Integer({ description: 'OPD roadmap items that serve this programme' }),
  progress: NullableNumber({ description: 'Mean progress (0-100) of those items; null when there are none' }),
});
export type ProgrammeView = Static<typeof ProgrammeSchema>;

export const ProgrammeListQuery = Type.Object(
  { dimension: Type.Optional(DimensionCode), element: Type.Optional(ElementCode), horizon: Type.Optional(Horizon), ...PageQuery },
  { additionalProperties: false },
);
export type ProgrammeListQuery = Static<typeof ProgrammeListQuery>;
