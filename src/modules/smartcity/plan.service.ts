/**
 * The smart city masterplan: the six dimensions with their elements, and the programmes the city
 * commits to (quick wins within a year, medium- and long-term). The smart city team maintains the
 * programmes; everyone may read them, as the masterplan is a public document.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { RequestContext } from '../../platform/context.js';
import { paging } from '../../platform/http/schemas.js';
import { isDuplicateKeyError } from '../../platform/idempotency/idempotency.js';
import type { Platform } from '../../platform/module.js';
import { createOpdService } from '../org/index.js';
import * as repo from './plan.repository.js';
import type { CreateProgrammeBody, PatchProgrammeBody, ProgrammeListQuery, ProgrammeView } from './plan.schemas.js';
import * as roadmapRepo from './roadmap.repository.js';
import { rollupItems } from './roadmap.view.js';
import { smartcityErrors } from './smartcity.errors.js';
import { percent, rollUp } from './smartcity.rollup.js';

/**
 * Checks that the element belongs to the dimension (the database refuses it too, but without
 * saying which field to fix).
 */
export async function checkPlacement(db: Kysely<Database>, dimension: string, element: string): Promise<void> {
  const dimensions = await repo.listDimensions(db);
  const found = dimensions.find((d) => d.code === dimension);
  if (!found) throw smartcityErrors.unknownDimension(dimension);
  if (!found.elements.some((e) => e.code === element)) {
    throw smartcityErrors.elementNotInDimension(
      element,
      found.name,
      found.elements.map((e) => e.code),
    );
  }
}

export function checkYears(startYear: number, endYear: number): void {
  if (endYear < startYear) throw smartcityErrors.endBeforeStart();
}

export function createPlanService(platform: Platform) {
  const { db, audit } = platform;
  const opds = createOpdService(platform);

  async function checkOpd(id: string | null | undefined, field: string): Promise<void> {
    if (id && !(await opds.shortNames([id])).has(id)) throw smartcityErrors.opdNotFound(field);
  }

  /** Programmes as the API shows them, with the progress of the roadmap items that serve them. */
  async function views(rows: repo.ProgrammeRow[]): Promise<ProgrammeView[]> {
    if (rows.length === 0) return [];
    const items = await roadmapRepo.allItems(db, { programmeIds: rows.map((r) => r.id) });
    const milestones = await roadmapRepo.milestonesOf(
      db,
      items.map((i) => i.id),
    );
    const shares = rollUp(rollupItems(items, milestones)).programmes;
    const names = await opds.shortNames([...new Set(rows.flatMap((r) => (r.lead_opd_id ? [r.lead_opd_id] : [])))]);
    return rows.map((r) => {
      const share = shares.get(r.id) ?? { progress: null, items: 0 };
      return {
        id: r.id,
        code: r.code,
        title: r.title,
        description: r.description,
        dimension: r.dimension_code,
        element: r.element_code,
        horizon: r.horizon,
        startYear: r.start_year,
        endYear: r.end_year,
        leadOpdId: r.lead_opd_id,
        leadOpdName: r.lead_opd_id ? (names.get(r.lead_opd_id) ?? null) : null,
        items: share.items,
        progress: percent(share.progress),
      };
    });
  }

  async function view(row: repo.ProgrammeRow): Promise<ProgrammeView> {
    return (await views([row]))[0];
  }

  const codeTaken = (code: string) => (error: unknown) => {
    if (isDuplicateKeyError(error)) throw smartcityErrors.codeTaken(code);
    throw error;
  };

  return {
    dimensions: () => repo.listDimensions(db),

    async listProgrammes(query: ProgrammeListQuery) {
      const page = paging(query);
      const { rows, total } = await repo.listProgrammes(db, query, page);
      return { items: await views(rows), total, page: page.page, pageSize: page.pageSize };
    },

    async getProgramme(id: string): Promise<ProgrammeView> {
      const row = await repo.findProgramme(db, id);
      if (!row) throw smartcityErrors.programmeNotFound();
      return view(row);
    },

    /** Adds a programme to the masterplan (the smart city team). */
    async createProgramme(ctx: RequestContext, input: CreateProgrammeBody): Promise<ProgrammeView> {
      authorize(ctx, 'smartcity.plan');
      await checkPlacement(db, input.dimension, input.element);
      checkYears(input.startYear, input.endYear);
      await checkOpd(input.leadOpdId, 'leadOpdId');
      const row = await db
        .transaction()
        .execute(async (trx) => {
          const created = await repo.insertProgramme(trx, {
            code: input.code,
            title: input.title.trim(),
            description: input.description?.trim() ?? '',
            dimension_code: input.dimension,
            element_code: input.element,
            horizon: input.horizon,
            start_year: input.startYear,
            end_year: input.endYear,
            lead_opd_id: input.leadOpdId ?? null,
          });
          await audit.record(trx, ctx, { action: 'smartcity.programme.create', recordType: 'sc_programme', recordId: created.id, after: created });
          return created;
        })
        .catch(codeTaken(input.code));
      return view(row);
    },

    /** Changes a programme; a new dimension needs an element of its own. */
    async updateProgramme(ctx: RequestContext, id: string, input: PatchProgrammeBody): Promise<ProgrammeView> {
      authorize(ctx, 'smartcity.plan');
      const current = await repo.findProgramme(db, id);
      if (!current) throw smartcityErrors.programmeNotFound();
      const dimension = input.dimension ?? current.dimension_code;
      const element = input.element ?? current.element_code;
      if (input.dimension !== undefined || input.element !== undefined) await checkPlacement(db, dimension, element);
      checkYears(input.startYear ?? current.start_year, input.endYear ?? current.end_year);
      await checkOpd(input.leadOpdId, 'leadOpdId');
      const row = await db
        .transaction()
        .execute(async (trx) => {
          const updated = await repo.updateProgramme(trx, id, {
            code: input.code,
            title: input.title?.trim(),
            description: input.description?.trim(),
            dimension_code: dimension,
            element_code: element,
            horizon: input.horizon,
            start_year: input.startYear,
            end_year: input.endYear,
            lead_opd_id: input.leadOpdId,
          });
          await audit.record(trx, ctx, { action: 'smartcity.programme.update', recordType: 'sc_programme', recordId: id, before: current, after: updated });
          return updated;
        })
        .catch(codeTaken(input.code ?? current.code));
      return view(row);
    },
  };
}
