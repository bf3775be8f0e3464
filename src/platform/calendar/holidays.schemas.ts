import { Type } from '@sinclair/typebox';
import { CalendarDay, NullableString } from '../http/schemas.js';

const Kind = Type.Union(
  (['libur_nasional', 'cuti_bersama', 'libur_daerah'] as const).map((k) => Type.Literal(k)),
  {
    description: 'libur_nasional: national holiday; cuti_bersama: joint leave day; libur_daerah: a day off the city declares',
  },
);
const Day = Type.String({ format: 'date' });

export const HolidayViewSchema = Type.Object({
  day: Type.String({ format: 'date' }),
  name: Type.String(),
  kind: Kind,
  source: Type.Union([Type.String(), Type.Null()], { description: 'The decree or notice the day comes from' }),
});

export const HolidayListQuery = Type.Object(
  { year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100, description: "Default: this year in the city's time zone" })) },
  { additionalProperties: false },
);

export const HolidayListSchema = Type.Object({
  year: Type.Integer(),
  items: Type.Array(HolidayViewSchema),
});

export const DayParams = Type.Object({ day: Day });

export const CreateHolidayBody = Type.Object(
  {
    day: Day,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    kind: Kind,
    source: Type.Optional(NullableString({ maxLength: 300 })),
  },
  { additionalProperties: false },
);

export const UpdateHolidayBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    kind: Type.Optional(Kind),
    source: Type.Optional(NullableString({ maxLength: 300 })),
  },
  { additionalProperties: false, minProperties: 1, description: 'To move a holiday to another day, delete it and add the new day' },
);

export const WorkingDaysQuery = Type.Object(
  {
    from: Type.Optional(CalendarDay({ description: "The starting day (it does not count); default today in the city's time zone" })),
    days: Type.Integer({ minimum: 1, maximum: 250, description: 'How many working days' }),
  },
  { additionalProperties: false },
);

export const WorkingDaysSchema = Type.Object({
  from: Type.String({ format: 'date' }),
  days: Type.Integer(),
  due: Type.String({ format: 'date', description: 'The n-th working day after from' }),
  dueAt: Type.String({ format: 'date-time', description: 'The end of the due day in the city (23:59:59.999 local time)' }),
  holidays: Type.Array(HolidayViewSchema, {
    description: 'Entries of the holiday table after from up to due, the reason a deadline is later than weekends alone make it',
  }),
});
