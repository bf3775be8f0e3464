/**
 * The budget of lelang kinerja (DOMAIN.md section 4): each OPD's ceiling (pagu) and planned cash
 * schedule for a year, the realization BKAD reports quarter by quarter in a workbook, and the
 * absorption (serapan) that follows, per quarter and cumulative, against the pagu and the plan.
 * Admins and the mayor's team set budgets and import; the leadership reads every OPD, an OPD its own.
 */
import { commonErrors } from '../../errors.js';
import { authorize } from '../../platform/auth/authorize.js';
import { reachableOpds } from '../../platform/auth/permissions.js';
import { type RequestContext, systemContext } from '../../platform/context.js';
import type { Platform } from '../../platform/module.js';
import { createOpdService, createUsersService } from '../org/index.js';
import { absorptionByQuarter, budgetProblem, QUARTERS } from './absorption.js';
import { budgetErrors, type CellProblem } from './budget.errors.js';
import * as repo from './budget.repository.js';
import type { SetBudgetBody } from './budget.schemas.js';
import { buildTemplate, checkRealization, type KnownOpd, type Quarterly, readWorkbook, XLSX_TYPE } from './budget.workbook.js';
import { planningErrors } from './planning.errors.js';
import { findPeriod, type PeriodRow } from './planning.repository.js';

export interface UploadedFile {
  fileName: string;
  bytes: Buffer;
}

const planOf = (b: repo.BudgetRow): [number, number, number, number] => [b.plan_q1, b.plan_q2, b.plan_q3, b.plan_q4];

function realizedOf(rows: repo.RealizationRow[], opdId: string): Quarterly {
  return QUARTERS.map((q) => rows.find((r) => r.opd_id === opdId && r.quarter === q)?.spent ?? null) as Quarterly;
}

const total = (figures: ReadonlyArray<number | null>) => figures.reduce<number>((sum, n) => sum + (n ?? 0), 0);
const figures = (b: repo.BudgetRow) => ({ pagu: b.pagu, plan: planOf(b) });

export function createBudgetService(platform: Platform) {
  const { db, audit } = platform;
  const opdService = createOpdService(platform);
  const users = createUsersService(platform);

  async function yearPeriod(periodId: string): Promise<PeriodRow> {
    const period = await findPeriod(db, periodId);
    if (!period) throw planningErrors.periodNotFound();
    if (period.kind !== 'year') throw budgetErrors.notAYear('periodId');
    return period;
  }

  async function allOpds(): Promise<KnownOpd[]> {
    const { items } = await opdService.list({ limit: 100_000, offset: 0 });
    return items.map((o) => ({ id: o.id, code: o.code, name: o.name, shortName: o.shortName }));
  }

  async function importerName(userId: string): Promise<string | null> {
    try {
      return (await users.get(systemContext(), userId, { asSystem: true })).name;
    } catch {
      return null;
    }
  }

  /** Budgets as pages show them, ordered by OPD code. Reads through the pool: never call it inside a transaction. */
  async function views(budgets: repo.BudgetRow[]) {
    if (budgets.length === 0) return [];
    const periodId = budgets[0].period_id;
    const [realizations, opds] = await Promise.all([
      repo.realizationsOf(
        db,
        periodId,
        budgets.map((b) => b.opd_id),
      ),
      allOpds(),
    ]);
    const imports = await repo.importsById(db, [...new Set(realizations.map((r) => r.import_id))]);
    const importers = new Map<string, string | null>();
    for (const id of new Set(imports.map((i) => i.imported_by).filter((id): id is string => id !== null))) importers.set(id, await importerName(id));
    const opdById = new Map(opds.map((o) => [o.id, o]));
    return budgets
      .map((b) => {
        const realized = realizedOf(realizations, b.opd_id);
        const quarters = absorptionByQuarter({ pagu: b.pagu, plan: planOf(b), realized });
        const own = new Set(realizations.filter((r) => r.opd_id === b.opd_id).map((r) => r.import_id));
        const last = imports.filter((i) => own.has(i.id)).sort((x, y) => y.imported_at.getTime() - x.imported_at.getTime())[0];
        const opd = opdById.get(b.opd_id);
        const name = last?.imported_by ? importers.get(last.imported_by) : null;
        return {
          periodId: b.period_id,
          opdId: b.opd_id,
          opd: { code: opd?.code ?? '', name: opd?.name ?? '', shortName: opd?.shortName ?? '' },
          pagu: b.pagu,
          plan: planOf(b),
          planTotal: total(planOf(b)),
          realizedTotal: total(realized),
          reportedThrough: quarters.filter((q) => q.realizedCumulative !== null).at(-1)?.quarter ?? null,
          quarters,
          updatedAt: b.updated_at.toISOString(),
          lastImport: last
            ? {
                id: last.id,
                fileName: last.file_name,
                importedAt: last.imported_at.toISOString(),
                importedBy: last.imported_by && name ? { id: last.imported_by, name } : null,
              }
            : null,
        };
      })
      .sort((x, y) => x.opd.code.localeCompare(y.opd.code));
  }

  /** The OPDs whose budgets the caller may read: 'all' or a list that is never empty. */
  function readerReach(ctx: RequestContext): 'all' | string[] {
    if (!ctx.actor) throw commonErrors.unauthenticated();
    const reach = reachableOpds(ctx.actor, 'performance.read');
    if (reach !== 'all' && reach.length === 0) throw commonErrors.forbidden();
    return reach;
  }

  const localized = (ctx: RequestContext, problems: CellProblem[]) =>
    problems.map((p) => ({ field: `${p.column}${p.row}`, row: p.row, column: p.column, header: p.header, message: p.message[ctx.locale] }));

  return {
    /** A year's budgets with their absorption: the leadership sees every OPD, an OPD its own. */
    async list(ctx: RequestContext, filter: { periodId: string; opdId?: string }) {
      const reach = readerReach(ctx);
      const period = await yearPeriod(filter.periodId);
      const rows = await repo.listBudgets(db, { periodId: period.id, opdId: filter.opdId, opdIds: reach });
      return { period: { id: period.id, name: period.name, year: period.start_year }, items: await views(rows) };
    },

    /** Sets an OPD's pagu and cash plan for a year; the plan may not exceed the pagu, nor the pagu fall below what is spent. */
    async set(ctx: RequestContext, periodId: string, opdId: string, input: SetBudgetBody) {
      const actor = authorize(ctx, 'performance.budget');
      await yearPeriod(periodId);
      if (!(await opdService.shortNames([opdId])).has(opdId)) throw planningErrors.opdNotFound();
      const plan = input.plan as [number, number, number, number];
      const saved = await db.transaction().execute(async (trx) => {
        const before = await repo.findBudget(trx, periodId, opdId, { forUpdate: true });
        const realized = realizedOf(await repo.realizationsOf(trx, periodId, [opdId]), opdId);
        const problem = budgetProblem({ pagu: input.pagu, plan, realized });
        if (problem) throw budgetErrors.overPagu(problem);
        if (total(realized) > input.pagu) throw budgetErrors.paguBelowRealized(input.pagu, total(realized));
        const after = await repo.upsertBudget(trx, {
          period_id: periodId,
          opd_id: opdId,
          pagu: input.pagu,
          plan_q1: plan[0],
          plan_q2: plan[1],
          plan_q3: plan[2],
          plan_q4: plan[3],
          updated_by: actor.userId,
        });
        await audit.record(trx, ctx, {
          action: 'performance.budget.set',
          recordType: 'perf_budget',
          recordId: `${periodId}/${opdId}`,
          opdId,
          before: before ? figures(before) : null,
          after: figures(after),
        });
        return after;
      });
      return (await views([saved]))[0];
    },

    /** BKAD's template for a year: every OPD with a budget, prefilled with what is already imported. */
    async template(ctx: RequestContext, periodId: string) {
      authorize(ctx, 'performance.budget');
      const period = await yearPeriod(periodId);
      const items = await views(await repo.listBudgets(db, { periodId, opdIds: 'all' }));
      const data = await buildTemplate({
        periodName: period.name,
        year: period.start_year,
        rows: items.map((b) => ({ code: b.opd.code, name: b.opd.name, realized: b.quarters.map((q) => q.realized) as Quarterly })),
      });
      return { data, contentType: XLSX_TYPE, fileName: `realisasi-anggaran-${period.start_year}.xlsx` };
    },

    /**
     * Imports BKAD's workbook whole or not at all: every problem is listed by row and column and
     * nothing is written; otherwise each filled cell replaces that quarter's realization.
     * `readFile` is called only once the caller may import, so a refused upload is never read.
     */
    async importRealization(ctx: RequestContext, periodId: string, readFile: () => Promise<UploadedFile>) {
      const actor = authorize(ctx, 'performance.budget');
      const period = await yearPeriod(periodId);
      const file = await readFile();
      const sheet = await readWorkbook(file.bytes);
      const opds = await allOpds();
      const done = await db.transaction().execute(async (trx) => {
        // Held until commit, so that no pagu changes under the check below.
        const budgets = await repo.listBudgets(trx, { periodId, opdIds: 'all' }, { forUpdate: true });
        const recorded = await repo.realizationsOf(
          trx,
          periodId,
          budgets.map((b) => b.opd_id),
        );
        const checked = checkRealization(sheet, {
          year: period.start_year,
          opds,
          budgets: new Map(budgets.map((b) => [b.opd_id, { pagu: b.pagu, realized: realizedOf(recorded, b.opd_id) }])),
        });
        if (checked.problems.length > 0) throw budgetErrors.importInvalid(checked.problems);
        const imported = await repo.insertImport(trx, {
          period_id: periodId,
          file_name: file.fileName,
          row_count: checked.rows.length,
          imported_by: actor.userId,
        });
        const cells = checked.rows.flatMap((r) =>
          QUARTERS.flatMap((q) => {
            const spent = r.values[q - 1];
            return spent === null ? [] : [{ period_id: periodId, opd_id: r.opdId, quarter: q, spent, import_id: imported.id }];
          }),
        );
        await repo.upsertRealizations(trx, cells);
        const replaced = cells.flatMap((c) => {
          const old = recorded.find((r) => r.opd_id === c.opd_id && r.quarter === c.quarter);
          return old ? [{ opdId: c.opd_id, quarter: c.quarter, spent: old.spent }] : [];
        });
        await audit.record(trx, ctx, {
          action: 'performance.budget.import',
          recordType: 'perf_budget_import',
          recordId: imported.id,
          before: { cells: replaced },
          after: {
            periodId,
            fileName: file.fileName,
            rows: checked.rows.length,
            cells: cells.map((c) => ({ opdId: c.opd_id, quarter: c.quarter, spent: c.spent })),
          },
        });
        return { imported, checked, cellsWritten: cells.length };
      });
      const inFile = new Set(done.checked.rows.map((r) => r.opdId));
      return {
        importId: done.imported.id,
        fileName: done.imported.file_name,
        rows: done.checked.rows.length,
        cellsWritten: done.cellsWritten,
        warnings: localized(ctx, done.checked.warnings),
        items: await views((await repo.listBudgets(db, { periodId, opdIds: 'all' })).filter((b) => inFile.has(b.opd_id))),
      };
    },

    /** The import's cell problems in the caller's language, for the problem answer. */
    cellProblems: localized,
  };
}
