/** The budget's payloads: pagu and cash plan, the list with absorption, and the BKAD import's answer and problems. */
import { type Static, Type } from '@sinclair/typebox';
import { ProblemSchema, Uuid } from '../../platform/http/schemas.js';
import { MAX_AMOUNT } from './budget.workbook.js';

const Rupiah = Type.Integer({ minimum: 0, maximum: MAX_AMOUNT, description: 'Whole rupiah' });
const MaybeNumber = Type.Union([Type.Number(), Type.Null()]);

export const BudgetParams = Type.Object({ periodId: Uuid, opdId: Uuid });

export const SetBudgetBody = Type.Object(
  {
    pagu: Rupiah,
    plan: Type.Array(Rupiah, { minItems: 4, maxItems: 4, description: 'Planned cash out per quarter, TW I-IV, not cumulative; together at most the pagu' }),
  },
  { additionalProperties: false },
);
export type SetBudgetBody = Static<typeof SetBudgetBody>;

export const BudgetListQuery = Type.Object({ periodId: Uuid, opdId: Type.Optional(Uuid) }, { additionalProperties: false });
export const PeriodQuery = Type.Object({ periodId: Uuid }, { additionalProperties: false });

const QuarterSchema = Type.Object({
  quarter: Type.Integer({ minimum: 1, maximum: 4 }),
  planned: Type.Integer({ description: 'Planned cash out in this quarter' }),
  realized: Type.Union([Type.Integer(), Type.Null()], { description: 'Spent in this quarter; null until BKAD reports it' }),
  absorption: Type.Union([Type.Number(), Type.Null()], { description: 'This quarter\u2019s spending as a percentage of the pagu' }),
  plannedCumulative: Type.Integer(),
  realizedCumulative: Type.Union([Type.Integer(), Type.Null()], { description: 'Null from the first quarter not yet reported: a gap is not zero' }),
  absorptionCumulative: Type.Union([Type.Number(), Type.Null()], { description: 'Spending to the end of this quarter as a percentage of the pagu' }),
  ofPlanCumulative: MaybeNumber,
  deviation: Type.Union([Type.Integer(), Type.Null()], { description: 'Realized minus planned to date, in rupiah; negative is behind the plan' }),
});

const ImportInfo = Type.Object({
  id: Type.String(),
  fileName: Type.String(),
  importedAt: Type.String({ format: 'date-time' }),
  importedBy: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]),
});

export const BudgetSchema = Type.Object({
  periodId: Type.String(),
  opdId: Type.String(),
  opd: Type.Object({ code: Type.String(), name: Type.String(), shortName: Type.String() }),
  pagu: Type.Integer(),
  plan: Type.Array(Type.Integer(), { description: 'TW I-IV' }),
  planTotal: Type.Integer(),
  realizedTotal: Type.Integer({ description: 'All spending reported so far' }),
  reportedThrough: Type.Union([Type.Integer(), Type.Null()], { description: 'The last quarter with a cumulative figure (every quarter up to it reported)' }),
  quarters: Type.Array(QuarterSchema),
  updatedAt: Type.String({ format: 'date-time' }),
  lastImport: Type.Union([ImportInfo, Type.Null()], { description: 'The latest BKAD import that brought any of this OPD\u2019s figures' }),
});

export const BudgetListSchema = Type.Object({
  period: Type.Object({ id: Type.String(), name: Type.String(), year: Type.Integer() }),
  items: Type.Array(BudgetSchema),
});

const CellProblemSchema = Type.Object({
  field: Type.String({ description: 'The cell, as Excel names it: C5' }),
  row: Type.Integer({ description: 'The row number Excel shows' }),
  column: Type.String({ description: 'The column letter' }),
  header: Type.String({ description: 'The column\u2019s header' }),
  message: Type.String(),
});

export const ImportAnswer = Type.Object({
  importId: Type.String(),
  fileName: Type.String(),
  rows: Type.Integer({ description: 'OPD rows in the file' }),
  cellsWritten: Type.Integer({ description: 'Quarters written; empty cells leave what was there' }),
  warnings: Type.Array(CellProblemSchema, { description: 'Imported anyway: names that differ from the OPD\u2019s name' }),
  items: Type.Array(BudgetSchema, { description: 'The OPDs in the file, with their new figures' }),
});

/** The import's 422: the problem, with every cell to correct (the first hundred); other problems name a field only. */
export const ImportProblemSchema = Type.Object(
  {
    ...ProblemSchema.properties,
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          field: Type.String(),
          row: Type.Optional(Type.Integer()),
          column: Type.Optional(Type.String()),
          header: Type.Optional(Type.String()),
          message: Type.String(),
        }),
      ),
    ),
  },
  { description: 'RFC 9457 problem details; for a workbook with problems, errors lists each cell with its row, column and header' },
);
