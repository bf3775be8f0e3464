/**
 * Each OPD's smart city roadmap: items placed in one dimension and element, with an owner, a
 * budget, milestones (whose weight makes the item's progress) and indicators. An OPD's staff keep
 * their own OPD's items, admins any; everyone may read them, and the progress rolled up to the
 * city (smartcity.rollup.ts).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { RequestContext } from '../../platform/context.js';
import { paging } from '../../platform/http/schemas.js';
import type { Platform } from '../../platform/module.js';
import { createOpdService } from '../org/index.js';
import * as planRepo from './plan.repository.js';
import { checkPlacement, checkYears } from './plan.service.js';
import * as repo from './roadmap.repository.js';
import type {
  CreateIndicatorBody,
  CreateItemBody,
  CreateMilestoneBody,
  ItemListQuery,
  ItemView,
  PatchIndicatorBody,
  PatchItemBody,
  PatchMilestoneBody,
  ProgressView,
} from './roadmap.schemas.js';
import { itemView, rollupItems } from './roadmap.view.js';
import { smartcityErrors } from './smartcity.errors.js';
import { percent, rollUp } from './smartcity.rollup.js';

const milestoneRow = (itemId: string, m: CreateMilestoneBody) => ({
  item_id: itemId,
  title: m.title.trim(),
  due: m.due,
  weight: m.weight ?? 1,
  done_at: m.doneAt ?? null,
});
const indicatorRow = (itemId: string, i: CreateIndicatorBody) => ({
  item_id: itemId,
  name: i.name.trim(),
  unit: i.unit.trim(),
  target: i.target,
  realization: i.realization ?? null,
});

export function createRoadmapService(platform: Platform) {
  const { db, audit } = platform;
  const opds = createOpdService(platform);

  async function views(rows: repo.ItemRow[], on: Kysely<Database> = db): Promise<ItemView[]> {
    const ids = rows.map((r) => r.id);
    const [milestones, indicators, names] = await Promise.all([
      repo.milestonesOf(on, ids),
      repo.indicatorsOf(on, ids),
      opds.shortNames([...new Set(rows.map((r) => r.opd_id))]),
    ]);
    return rows.map((r) =>
      itemView(
        r,
        milestones.filter((m) => m.item_id === r.id),
        indicators.filter((i) => i.item_id === r.id),
        names.get(r.opd_id) ?? null,
      ),
    );
  }

  async function viewOf(on: Kysely<Database>, id: string): Promise<ItemView> {
    const row = await repo.findItem(on, id);
    if (!row) throw smartcityErrors.itemNotFound();
    return (await views([row], on))[0];
  }

  async function checkProgramme(id: string | null | undefined): Promise<void> {
    if (id && !(await planRepo.findProgramme(db, id))) throw smartcityErrors.programmeNotFound();
  }

  /**
   * Runs a change to an item of the caller's OPD in one transaction with its audit entry: the
   * item is locked, so that two changes to its milestones cannot interleave.
   */
  async function changeItem(
    ctx: RequestContext,
    id: string,
    action: string,
    change: (trx: Kysely<Database>, item: repo.ItemRow) => Promise<unknown>,
  ): Promise<ItemView> {
    return db.transaction().execute(async (trx) => {
      const item = await repo.findItem(trx, id, { forUpdate: true });
      if (!item) throw smartcityErrors.itemNotFound();
      authorize(ctx, 'smartcity.roadmap', item.opd_id);
      const before = await viewOf(trx, id);
      await change(trx, item);
      const after = await viewOf(trx, id);
      await audit.record(trx, ctx, { action, recordType: 'sc_roadmap_item', recordId: id, opdId: item.opd_id, before, after });
      return after;
    });
  }

  /** The item a milestone or indicator belongs to, or not found. */
  async function itemOfChild(find: () => Promise<{ item_id: string } | undefined>, notFound: () => Error): Promise<string> {
    const child = await find();
    if (!child) throw notFound();
    return child.item_id;
  }

  return {
    async list(query: ItemListQuery) {
      const page = paging(query);
      const { rows, total } = await repo.listItems(db, query, page);
      return { items: await views(rows), total, page: page.page, pageSize: page.pageSize };
    },

    get: (id: string) => viewOf(db, id),

    /** Adds an item to an OPD's roadmap, with its first milestones and indicators. */
    async create(ctx: RequestContext, input: CreateItemBody): Promise<ItemView> {
      const actor = authorize(ctx, 'smartcity.roadmap', input.opdId);
      if (!(await opds.shortNames([input.opdId])).has(input.opdId)) throw smartcityErrors.opdNotFound('opdId');
      await checkPlacement(db, input.dimension, input.element);
      checkYears(input.startYear, input.endYear);
      await checkProgramme(input.programmeId);
      return db.transaction().execute(async (trx) => {
        const item = await repo.insertItem(trx, {
          opd_id: input.opdId,
          programme_id: input.programmeId ?? null,
          title: input.title.trim(),
          description: input.description?.trim() ?? '',
          dimension_code: input.dimension,
          element_code: input.element,
          horizon: input.horizon,
          owner: input.owner.trim(),
          budget: input.budget,
          start_year: input.startYear,
          end_year: input.endYear,
          created_by: actor.userId,
        });
        await repo.insertMilestones(
          trx,
          (input.milestones ?? []).map((m) => milestoneRow(item.id, m)),
        );
        await repo.insertIndicators(
          trx,
          (input.indicators ?? []).map((i) => indicatorRow(item.id, i)),
        );
        const view = await viewOf(trx, item.id);
        await audit.record(trx, ctx, { action: 'smartcity.roadmap.create', recordType: 'sc_roadmap_item', recordId: item.id, opdId: item.opd_id, after: view });
        return view;
      });
    },

    /** Changes an item's fields; a new dimension needs an element of its own. */
    async update(ctx: RequestContext, id: string, input: PatchItemBody): Promise<ItemView> {
      const current = await repo.findItem(db, id);
      if (!current) throw smartcityErrors.itemNotFound();
      authorize(ctx, 'smartcity.roadmap', current.opd_id);
      const dimension = input.dimension ?? current.dimension_code;
      const element = input.element ?? current.element_code;
      if (input.dimension !== undefined || input.element !== undefined) await checkPlacement(db, dimension, element);
      checkYears(input.startYear ?? current.start_year, input.endYear ?? current.end_year);
      await checkProgramme(input.programmeId);
      return changeItem(ctx, id, 'smartcity.roadmap.update', (trx) =>
        repo.updateItem(trx, id, {
          programme_id: input.programmeId,
          title: input.title?.trim(),
          description: input.description?.trim(),
          dimension_code: dimension,
          element_code: element,
          horizon: input.horizon,
          owner: input.owner?.trim(),
          budget: input.budget,
          start_year: input.startYear,
          end_year: input.endYear,
        }),
      );
    },

    /** Removes an item with its milestones and indicators. */
    async remove(ctx: RequestContext, id: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const item = await repo.findItem(trx, id, { forUpdate: true });
        if (!item) throw smartcityErrors.itemNotFound();
        authorize(ctx, 'smartcity.roadmap', item.opd_id);
        const before = await viewOf(trx, id);
        await repo.deleteItem(trx, id);
        await audit.record(trx, ctx, { action: 'smartcity.roadmap.delete', recordType: 'sc_roadmap_item', recordId: id, opdId: item.opd_id, before });
      });
    },

    addMilestone: (ctx: RequestContext, itemId: string, input: CreateMilestoneBody) =>
      changeItem(ctx, itemId, 'smartcity.roadmap.milestone_add', (trx, item) => repo.insertMilestones(trx, [milestoneRow(item.id, input)])),

    async updateMilestone(ctx: RequestContext, id: string, input: PatchMilestoneBody): Promise<ItemView> {
      const itemId = await itemOfChild(() => repo.findMilestone(db, id), smartcityErrors.milestoneNotFound);
      return changeItem(ctx, itemId, 'smartcity.roadmap.milestone_update', async (trx) => {
        if (!(await repo.findMilestone(trx, id))) throw smartcityErrors.milestoneNotFound();
        await repo.updateMilestone(trx, id, { title: input.title?.trim(), due: input.due, weight: input.weight, done_at: input.doneAt });
      });
    },

    async removeMilestone(ctx: RequestContext, id: string): Promise<ItemView> {
      const itemId = await itemOfChild(() => repo.findMilestone(db, id), smartcityErrors.milestoneNotFound);
      return changeItem(ctx, itemId, 'smartcity.roadmap.milestone_delete', async (trx) => {
        if (!(await repo.findMilestone(trx, id))) throw smartcityErrors.milestoneNotFound();
        await repo.deleteMilestone(trx, id);
      });
    },

    addIndicator: (ctx: RequestContext, itemId: string, input: CreateIndicatorBody) =>
      changeItem(ctx, itemId, 'smartcity.roadmap.indicator_add', (trx, item) => repo.insertIndicators(trx, [indicatorRow(item.id, input)])),

    async updateIndicator(ctx: RequestContext, id: string, input: PatchIndicatorBody): Promise<ItemView> {
      const itemId = await itemOfChild(() => repo.findIndicator(db, id), smartcityErrors.indicatorNotFound);
      return changeItem(ctx, itemId, 'smartcity.roadmap.indicator_update', async (trx) => {
        if (!(await repo.findIndicator(trx, id))) throw smartcityErrors.indicatorNotFound();
        await repo.updateIndicator(trx, id, { name: input.name?.trim(), unit: input.unit?.trim(), target: input.target, realization: input.realization });
      });
    },

    async removeIndicator(ctx: RequestContext, id: string): Promise<ItemView> {
      const itemId = await itemOfChild(() => repo.findIndicator(db, id), smartcityErrors.indicatorNotFound);
      return changeItem(ctx, itemId, 'smartcity.roadmap.indicator_delete', async (trx) => {
        if (!(await repo.findIndicator(trx, id))) throw smartcityErrors.indicatorNotFound();
        await repo.deleteIndicator(trx, id);
      });
    },

    /** Progress from the items up to the city, optionally of the items running in one year. */
    async progress(year?: number): Promise<ProgressView> {
      const [dimensions, items] = await Promise.all([planRepo.listDimensions(db), repo.allItems(db, { year })]);
      const milestones = await repo.milestonesOf(
        db,
        items.map((i) => i.id),
      );
      const up = rollUp(
        rollupItems(items, milestones),
        dimensions.map((d) => ({ code: d.code, elements: d.elements.map((e) => e.code) })),
      );
      const share = (s: { progress: number | null; items: number }) => ({ progress: percent(s.progress), items: s.items });
      const names = await opds.shortNames([...up.opds.keys()]);
      const programmes = await planRepo.programmeNames(db, [...up.programmes.keys()]);
      return {
        year: year ?? null,
        city: share(up.city),
        dimensions: dimensions.map((d) => {
          const rolled = up.dimensions.get(d.code);
          return {
            code: d.code,
            name: d.name,
            ...share(rolled ?? { progress: null, items: 0 }),
            elements: d.elements.map((e) => ({ code: e.code, name: e.name, ...share(rolled?.elements.get(e.code) ?? { progress: null, items: 0 }) })),
          };
        }),
        opds: [...up.opds]
          .map(([opdId, s]) => ({ opdId, opdName: names.get(opdId) ?? null, ...share(s) }))
          .sort((a, b) => (a.opdName ?? '').localeCompare(b.opdName ?? '', 'id')),
        programmes: programmes.map((p) => ({ id: p.id, code: p.code, title: p.title, ...share(up.programmes.get(p.id) ?? { progress: null, items: 0 }) })),
      };
    },
  };
}
