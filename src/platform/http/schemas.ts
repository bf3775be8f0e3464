/** Schemas shared by every module's routes: paging, problems, ids. */
import { type TSchema, Type } from '@sinclair/typebox';

export const Uuid = Type.String({ format: 'uuid' });

/**
 * A calendar day, 'YYYY-MM-DD', from 1900 to 2199. The date format alone lets years 0000 to 9999
 * through, and at both ends the city's day arithmetic (years below 100) and the database (a day
 * past 9999-12-31) fail: a query such as from=0001-01-01 answered 500 until this bound.
 */
export const CalendarDay = (options: { description?: string } = {}) =>
  Type.String({ format: 'date', formatMinimum: '1900-01-01', formatMaximum: '2199-12-31', ...options });
export const IdParams = Type.Object({ id: Uuid });

export const PageQuery = {
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
};

export function paging(query: { page?: number; pageSize?: number }): { limit: number; offset: number; page: number; pageSize: number } {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  return { limit: pageSize, offset: (page - 1) * pageSize, page, pageSize };
}

export const Paged = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    total: Type.Integer({ description: 'How many match the filter in all (lists of complaints stop counting at 1,000 and say so in totalCapped)' }),
    totalCapped: Type.Optional(Type.Boolean({ description: 'True when more match than total says: narrow the filter' })),
    page: Type.Integer(),
    pageSize: Type.Integer(),
  });

export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String({ description: 'What went wrong and what to do, in the language asked for' }),
    code: Type.String({ description: 'Stable machine-readable code' }),
    instance: Type.String(),
    requestId: Type.String(),
    errors: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
  },
  { $id: 'Problem', description: 'RFC 9457 problem details' },
);

/** Documented error answers for a route, by status. */
export function problems(...statuses: number[]): Record<number, typeof ProblemSchema> {
  return Object.fromEntries(statuses.map((s) => [s, ProblemSchema]));
}

/**
 * A number or null, as one schema with both types rather than a union: the validator coerces
 * types, and inside a union it turned null into 0 (number first) or 0 into null (null first).
 */
export const NullableNumber = (options: { minimum?: number; maximum?: number; description?: string } = {}) =>
  Type.Unsafe<number | null>({ ...options, type: ['number', 'null'] });

export const NullableString = (options: { maxLength: number; format?: string }) => Type.Union([Type.String(options), Type.Null()]);
