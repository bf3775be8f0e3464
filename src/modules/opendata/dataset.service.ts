/**
 * The catalogue's datasets (DOMAIN.md section 7): producers create and edit their own datasets and
 * send them to the walidata, who approves, rejects, publishes and unpublishes them. Every step is
 * one transaction with its review row, its audit entry and an outbox event. Search, queue and
 * freshness counts read through here too; REST routes and the CKAN API both call this service.
 */
import { commonErrors } from '../../errors.js';
import { authorize } from '../../platform/auth/authorize.js';
import { can, reachableOpds } from '../../platform/auth/permissions.js';
import { cityDay } from '../../platform/calendar/working-days.js';
import type { RequestContext } from '../../platform/context.js';
import type { Platform } from '../../platform/module.js';
import { findProducer, groupsByNames } from './catalogue.repository.js';
import { datasetErrors } from './dataset.errors.js';
import { type CheckedDataset, checkDatasetInput, type DatasetInput, inputOf } from './dataset.input.js';
import { DATASET_REVIEWED } from './dataset.notifications.js';
import * as repo from './dataset.repository.js';
import { searchDatasets } from './dataset.search.repository.js';
import {
  type DatasetSearch,
  type DatasetSearchResult,
  type DatasetView,
  datasetViews,
  dueOf,
  FACET_FIELDS,
  type FacetCount,
  type FacetField,
  FREQUENCY_LABELS,
  type ReviewView,
} from './dataset.views.js';
import { canEdit, type DatasetAction, isDatasetAction, nextStatus, QUEUE_STATUSES, STEPS, statusAfterEdit } from './dataset.workflow.js';
import { type DatasetAccessRow, findDatasetAccess } from './dataset-access.repository.js';
import { isOverdue } from './freshness.rules.js';
import { canSeeDataset } from './opendata.reach.js';
import { DATASET_STATUSES, type DatasetStatus, FREQUENCIES, type Frequency } from './opendata.tables.js';
import { publicResourceView } from './resource.views.js';

export type { DatasetInput } from './dataset.input.js';
export type { DatasetSearch, DatasetSearchResult, DatasetView, FacetCount, ReviewView } from './dataset.views.js';

export interface FreshnessCount {
  opdId: string;
  producers: number;
  published: number;
  overdue: number;
}

export const MAX_SEARCH_LIMIT = 1000;
const clamp = (n: number | undefined, min: number, max: number, fallback: number) =>
  Number.isFinite(n) ? Math.min(max, Math.max(min, Math.trunc(n as number))) : fallback;

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string })?.code === '23505';
}

/** What an audit entry keeps of a dataset's metadata. */
const metadataOf = (input: CheckedDataset | DatasetInput, producerId: string, status: DatasetStatus) => ({ ...input, producer: producerId, status });

function valuesOf(d: CheckedDataset, producerId: string): repo.DatasetValues {
  return {
    name: d.name,
    title: d.title,
    notes: d.notes,
    producer_id: producerId,
    license_id: d.licenseId,
    tags: d.tags,
    extras: JSON.stringify(d.extras),
    contact_name: d.contact?.name ?? null,
    contact_email: d.contact?.email ?? null,
    concept: d.concept,
    definition: d.definition,
    measure: d.measure,
    unit: d.unit,
    presentation_level: d.presentationLevel,
    region_code: d.region?.code ?? null,
    region_name: d.region?.name ?? null,
    frequency: d.frequency,
    temporal_start: d.temporalStart,
    temporal_end: d.temporalEnd,
    access_level: d.accessLevel,
  };
}

function onlyKnown<T extends string>(field: string, values: string[] | undefined, known: readonly T[]): T[] | undefined {
  if (!values?.length) return undefined;
  const unknown = values.filter((v) => !(known as readonly string[]).includes(v));
  if (unknown.length) throw datasetErrors.badFilter(field, unknown, known);
  return values as T[];
}

export function createDatasetService(platform: Platform) {
  const { db, audit, outbox, config } = platform;
  const timeZone = config.cityTimezone;
  const views = (ids: string[]) => datasetViews(db, ids, timeZone);

  async function one(id: string, ref = id): Promise<DatasetView> {
    const [view] = await views([id]);
    if (!view) throw datasetErrors.notFound(ref);
    return view;
  }

  /**
   * The view as this caller may see it: a version still waiting for its producer's confirmation
   * is shown only inside the producer's OPD and to the city-wide readers.
   */
  function forCaller(ctx: RequestContext, view: DatasetView): DatasetView {
    if (ctx.actor && can(ctx.actor, 'opendata.read_internal', view.producer.opdId)) return view;
    return { ...view, resources: view.resources.map(publicResourceView) };
  }

  /** The dataset if the caller may see it; otherwise 404, so that a draft's existence does not leak. */
  async function visible(ctx: RequestContext, ref: string): Promise<DatasetAccessRow> {
    const row = await findDatasetAccess(db, ref);
    if (!row || !canSeeDataset(ctx, row)) throw datasetErrors.notFound(ref);
    return row;
  }

  /** Refuses early (401/403) someone who produces for no OPD, before their input is checked. */
  function producerOnly(ctx: RequestContext): void {
    if (!ctx.actor) throw commonErrors.unauthenticated();
    const reach = reachableOpds(ctx.actor, 'opendata.produce');
    if (reach !== 'all' && reach.length === 0) throw commonErrors.forbidden();
  }

  function check(input: DatasetInput): CheckedDataset {
    const { value, problems } = checkDatasetInput(input);
    if (problems.length) throw datasetErrors.invalid(problems);
    return value;
  }

  /** The producer (which must be the caller's) and the group ids the input names. */
  async function resolve(ctx: RequestContext, d: CheckedDataset) {
    const producer = await findProducer(db, d.producer);
    if (!producer) throw datasetErrors.producerNotFound(d.producer);
    const actor = authorize(ctx, 'opendata.produce', producer.opd_id);
    const groups = await groupsByNames(db, d.groups);
    const unknown = d.groups.filter((name) => !groups.some((g) => g.name === name));
    if (unknown.length) {
      throw datasetErrors.invalid([
        {
          field: 'groups',
          message: { id: `tidak dikenal: ${unknown.join(', ')}; lihat /api/opendata/groups`, en: `unknown: ${unknown.join(', ')}; see /api/opendata/groups` },
        },
      ]);
    }
    return { actor, producer, groupIds: groups.map((g) => g.id) };
  }

  async function write(ctx: RequestContext, ref: string, next: (current: DatasetView) => DatasetInput): Promise<DatasetView> {
    const access = await visible(ctx, ref);
    authorize(ctx, 'opendata.produce', access.opd_id);
    const current = await one(access.id, ref);
    if (!canEdit(current.status)) throw datasetErrors.locked(current.status);
    const d = check(next(current));
    const { actor, producer, groupIds } = await resolve(ctx, d);
    try {
      await db.transaction().execute(async (trx) => {
        const status = await repo.lockStatus(trx, access.id);
        if (!status) throw datasetErrors.notFound(ref);
        if (!canEdit(status)) throw datasetErrors.locked(status);
        if (await repo.nameTaken(trx, d.name, access.id)) throw datasetErrors.nameTaken(d.name);
        const to = statusAfterEdit(status);
        await repo.updateDataset(trx, access.id, { ...valuesOf(d, producer.id), status: to });
        await repo.setGroups(trx, access.id, groupIds);
        await repo.refreshSearchVectors(trx, [access.id]);
        if (to !== status) {
          // The history says why a rejected dataset is a draft again.
          await repo.insertReview(trx, {
            dataset_id: access.id,
            action: 'edit',
            from_status: status,
            to_status: to,
            comment: '',
            actor_user_id: actor.userId,
            actor_name: actor.name,
          });
        }
        await audit.record(trx, ctx, {
          action: 'opendata.dataset.update',
          recordType: 'od_dataset',
          recordId: access.id,
          opdId: producer.opd_id,
          before: metadataOf(inputOf(current), current.producer.id, status),
          after: metadataOf(d, producer.id, to),
        });
      });
    } catch (error) {
      throw isUniqueViolation(error) ? datasetErrors.nameTaken(d.name) : error;
    }
    return one(access.id);
  }

  return {
    /** The catalogue: full text, filters and facets; with includePrivate, also what the caller may see inside. */
    async search(ctx: RequestContext, s: DatasetSearch): Promise<DatasetSearchResult> {
      const frequencies = onlyKnown<Frequency>('frequency', s.frequencies, FREQUENCIES);
      const statuses = onlyKnown<DatasetStatus>('status', s.statuses, DATASET_STATUSES);
      // A query with no letter or digit (CKAN clients send *:* for everything) asks for no words.
      const q = s.q && /[\p{L}\p{N}]/u.test(s.q) ? s.q.trim().slice(0, 500) : undefined;
      const result = await searchDatasets(db, {
        q,
        producers: s.producers?.map((p) => p.toLowerCase()),
        tags: s.tags,
        groups: s.groups?.map((g) => g.toLowerCase()),
        formats: s.formats?.map((f) => f.toUpperCase()),
        frequencies,
        years: s.years,
        statuses,
        internalOpds: s.includePrivate ? reachableOpds(ctx.actor, 'opendata.read_internal') : [],
        sort: s.sort ?? 'relevance',
        offset: clamp(s.offset, 0, Number.MAX_SAFE_INTEGER, 0),
        limit: clamp(s.limit, 0, MAX_SEARCH_LIMIT, 10),
        facetLimit: clamp(s.facetLimit, 0, 10_000, 50),
        facetMinCount: clamp(s.facetMinCount, 1, Number.MAX_SAFE_INTEGER, 1),
        facetFields: s.facetFields,
      });
      const facets = Object.fromEntries(FACET_FIELDS.map((f) => [f, [] as FacetCount[]])) as Record<FacetField, FacetCount[]>;
      for (const row of result.facets) {
        const title = row.facet === 'frequency' ? (FREQUENCY_LABELS[row.name as Frequency] ?? row.name) : row.title;
        facets[row.facet].push({ name: row.name, title, count: row.n });
      }
      return { total: result.total, items: (await views(result.ids)).map((v) => forCaller(ctx, v)), facets };
    },

    /** One dataset by id or name; 404 unless public or the caller may see inside its producer. */
    async get(ctx: RequestContext, ref: string): Promise<DatasetView> {
      const access = await visible(ctx, ref);
      return forCaller(ctx, await one(access.id, ref));
    },

    /** A new draft dataset of one of the caller's producers. */
    async create(ctx: RequestContext, input: DatasetInput): Promise<DatasetView> {
      producerOnly(ctx);
      const d = check(input);
      const { actor, producer, groupIds } = await resolve(ctx, d);
      let id: string;
      try {
        id = await db.transaction().execute(async (trx) => {
          if (await repo.nameTaken(trx, d.name)) throw datasetErrors.nameTaken(d.name);
          const id = await repo.insertDataset(trx, { ...valuesOf(d, producer.id), created_by: actor.userId });
          await repo.setGroups(trx, id, groupIds);
          await repo.refreshSearchVectors(trx, [id]);
          await audit.record(trx, ctx, {
            action: 'opendata.dataset.create',
            recordType: 'od_dataset',
            recordId: id,
            opdId: producer.opd_id,
            after: metadataOf(d, producer.id, 'DRAFT'),
          });
          return id;
        });
      } catch (error) {
        throw isUniqueViolation(error) ? datasetErrors.nameTaken(d.name) : error;
      }
      return one(id);
    },

    /** Replaces the dataset's metadata whole (fields left out become empty). */
    update: (ctx: RequestContext, ref: string, input: DatasetInput) => write(ctx, ref, () => input),

    /** Changes only the fields given. */
    patch: (ctx: RequestContext, ref: string, changes: Partial<DatasetInput>) =>
      write(ctx, ref, (current) => ({ ...inputOf(current), ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) })),

    /** A workflow step (dataset.workflow.ts): the producer submits, cancels, reopens; the walidata approves, rejects, publishes, unpublishes. */
    async transition(ctx: RequestContext, ref: string, action: string, comment = ''): Promise<DatasetView> {
      if (!isDatasetAction(action)) {
        throw datasetErrors.invalid([{ field: 'action', message: { id: `tidak dikenal: ${action}`, en: `unknown: ${action}` } }]);
      }
      const access = await visible(ctx, ref);
      const step = STEPS[action];
      const actor = authorize(ctx, step.by === 'produce' ? 'opendata.produce' : 'opendata.curate', access.opd_id);
      const note = comment.trim();
      await db.transaction().execute(async (trx) => {
        const from = await repo.lockStatus(trx, access.id);
        if (!from) throw datasetErrors.notFound(ref);
        const to = nextStatus(action, from);
        if (!to) throw datasetErrors.wrongStatus(action, from);
        if (step.commentRequired && !note) throw datasetErrors.commentRequired(action);
        if (action === 'submit') {
          const blockers = await repo.submitBlockers(trx, access.id);
          if (blockers.resources === 0) throw datasetErrors.noResource();
          if (blockers.unconfirmed.length) throw datasetErrors.unconfirmed(blockers.unconfirmed);
        }
        let publish: { nextDueOn: string | null } | undefined;
        if (action === 'publish') {
          const [row] = await repo.datasetRows(trx, [access.id]);
          publish = { nextDueOn: dueOf(row, timeZone) };
        }
        await repo.setStatus(trx, access.id, to, publish);
        await repo.insertReview(trx, {
          dataset_id: access.id,
          action,
          from_status: from,
          to_status: to,
          comment: note,
          actor_user_id: actor.userId,
          actor_name: actor.name,
        });
        await audit.record(trx, ctx, {
          action: `opendata.dataset.${action}`,
          recordType: 'od_dataset',
          recordId: access.id,
          opdId: access.opd_id,
          before: { status: from },
          after: { status: to, comment: note },
        });
        // The title as it was at this step: the mail may go out after a later edit.
        await outbox.enqueue(trx, DATASET_REVIEWED, { datasetId: access.id, action, toStatus: to, comment: note, title: access.title });
      });
      return one(access.id);
    },

    /** The dataset's workflow history, oldest first: for its producer's staff and those who see inside. */
    async reviews(ctx: RequestContext, ref: string): Promise<ReviewView[]> {
      const access = await visible(ctx, ref);
      authorize(ctx, 'opendata.read_internal', access.opd_id);
      return (await repo.reviewsOf(db, access.id)).map((r) => ({
        id: Number(r.id),
        action: r.action,
        fromStatus: r.from_status,
        toStatus: r.to_status,
        comment: r.comment,
        actorName: r.actor_name,
        at: r.at.toISOString(),
      }));
    },

    /** Names in the public catalogue, sorted (CKAN's package_list). */
    listNames: (_ctx: RequestContext, page: { offset: number; limit: number }) =>
      repo.publicNames(db, clamp(page.offset, 0, Number.MAX_SAFE_INTEGER, 0), clamp(page.limit, 0, MAX_SEARCH_LIMIT, MAX_SEARCH_LIMIT)),

    /** Tags of the public catalogue, optionally containing `q` (CKAN's tag_list). */
    listTags: (_ctx: RequestContext, filter: { q?: string; limit?: number }) =>
      repo.publicTags(db, filter.q?.trim() || undefined, clamp(filter.limit, 1, MAX_SEARCH_LIMIT, MAX_SEARCH_LIMIT)),

    /** The walidata's queue: waiting for approval, then approved and not yet published, oldest first. */
    async queue(ctx: RequestContext): Promise<DatasetView[]> {
      authorize(ctx, 'opendata.curate');
      return views(await repo.idsWithStatus(db, QUEUE_STATUSES));
    },

    /** Per OPD: its producers, its published datasets and how many of those are past their data's due date. */
    async freshnessByOpd(ctx: RequestContext): Promise<FreshnessCount[]> {
      if (!ctx.actor) throw commonErrors.unauthenticated();
      const reach = reachableOpds(ctx.actor, 'opendata.read_internal');
      if (reach !== 'all' && reach.length === 0) throw commonErrors.forbidden();
      const today = cityDay(new Date(), timeZone);
      const [producers, published] = await Promise.all([repo.producersPerOpd(db), repo.publishedClock(db)]);
      const counts = new Map<string, FreshnessCount>();
      const of = (opdId: string) => {
        const count = counts.get(opdId) ?? { opdId, producers: 0, published: 0, overdue: 0 };
        counts.set(opdId, count);
        return count;
      };
      for (const p of producers) of(p.opd_id).producers = Number(p.n);
      for (const d of published) {
        const count = of(d.opd_id);
        count.published++;
        if (isOverdue(dueOf(d, timeZone), today)) count.overdue++;
      }
      return [...counts.values()].filter((c) => reach === 'all' || reach.includes(c.opdId)).sort((a, b) => a.opdId.localeCompare(b.opdId));
    },
  };
}

export type DatasetService = ReturnType<typeof createDatasetService>;
export type { DatasetAction };
