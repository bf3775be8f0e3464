/**
 * The catalogue's reference lists: producers (an OPD, kelurahan or health facility, each acting
 * through an OPD's staff), topic groups and licences. Anyone reads them; the walidata and admins
 * add producers and groups.
 */
import { AppError } from '../../errors.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { RequestContext } from '../../platform/context.js';
import type { Platform } from '../../platform/module.js';
import { createOpdService } from '../org/index.js';
import * as repo from './catalogue.repository.js';
import type { CreateGroupBody, CreateProducerBody } from './catalogue.schemas.js';
import { catalogueErrors, datasetErrors } from './dataset.errors.js';
import { LICENSES, type LicenseView } from './license.reference.js';
import type { ProducerKind } from './opendata.tables.js';

export interface ProducerView {
  id: string;
  name: string;
  title: string;
  kind: ProducerKind;
  opdId: string;
  description: string;
  email: string | null;
  datasetCount: number;
  createdAt: string;
}

export interface GroupView {
  id: string;
  name: string;
  title: string;
  description: string;
  datasetCount: number;
  createdAt: string;
}

const producerView = (p: repo.ProducerRow & { dataset_count: number }): ProducerView => ({
  id: p.id,
  name: p.name,
  title: p.title,
  kind: p.kind,
  opdId: p.opd_id,
  description: p.description,
  email: p.email,
  datasetCount: Number(p.dataset_count),
  createdAt: p.created_at.toISOString(),
});

const groupView = (g: repo.GroupRow & { dataset_count: number }): GroupView => ({
  id: g.id,
  name: g.name,
  title: g.title,
  description: g.description,
  datasetCount: Number(g.dataset_count),
  createdAt: g.created_at.toISOString(),
});

export function createCatalogueService(platform: Platform) {
  const { db, audit } = platform;
  const opds = createOpdService(platform);

  async function oneProducer(id: string, ref: string): Promise<ProducerView> {
    const [row] = await repo.producersWithCounts(db, [id]);
    if (!row) throw datasetErrors.producerNotFound(ref);
    return producerView(row);
  }

  async function oneGroup(id: string, ref: string): Promise<GroupView> {
    const [row] = await repo.groupsWithCounts(db, [id]);
    if (!row) throw catalogueErrors.groupNotFound(ref);
    return groupView(row);
  }

  return {
    /** Every producer by title, with its count of public datasets (always counted: one query either way). */
    /** Producers and groups by id, without dataset counts: cheap enough for every package an API answer shows. */
    async namesById(): Promise<{ producers: Map<string, ProducerView>; groups: Map<string, GroupView> }> {
      const { producers, groups } = await repo.allProducersAndGroups(db);
      // The counts are left at 0: a package names its organization and groups, it does not count them.
      return {
        producers: new Map(producers.map((p) => [p.id, producerView({ ...p, dataset_count: 0 })])),
        groups: new Map(groups.map((g) => [g.id, groupView({ ...g, dataset_count: 0 })])),
      };
    },

    async listProducers(_ctx: RequestContext, _options: { withCounts?: boolean } = {}): Promise<ProducerView[]> {
      return (await repo.producersWithCounts(db)).map(producerView);
    },

    async getProducer(_ctx: RequestContext, ref: string): Promise<ProducerView> {
      const row = await repo.findProducer(db, ref);
      if (!row) throw datasetErrors.producerNotFound(ref);
      return oneProducer(row.id, ref);
    },

    /** Adds a producer acting through an OPD's staff (walidata, admin). */
    async createProducer(ctx: RequestContext, input: CreateProducerBody): Promise<ProducerView> {
      authorize(ctx, 'opendata.configure');
      const opd = await opds.get(input.opdId).catch((error) => {
        if (error instanceof AppError && error.kind === 'not_found') return null;
        throw error;
      });
      if (!opd) throw catalogueErrors.opdNotFound(input.opdId);
      const created = await db.transaction().execute(async (trx) => {
        const row = await repo.insertProducer(trx, {
          name: input.name,
          title: input.title.trim(),
          kind: input.kind,
          opd_id: input.opdId,
          description: input.description?.trim() ?? '',
          email: input.email?.trim().toLowerCase() || null,
        });
        if (!row) throw catalogueErrors.nameTaken('producer', input.name);
        await audit.record(trx, ctx, {
          action: 'opendata.producer.create',
          recordType: 'od_producer',
          recordId: row.id,
          opdId: row.opd_id,
          after: { name: row.name, title: row.title, kind: row.kind, opdId: row.opd_id, email: row.email },
        });
        return row;
      });
      return oneProducer(created.id, input.name);
    },

    async listGroups(_ctx: RequestContext, _options: { withCounts?: boolean } = {}): Promise<GroupView[]> {
      return (await repo.groupsWithCounts(db)).map(groupView);
    },

    async getGroup(_ctx: RequestContext, ref: string): Promise<GroupView> {
      const row = await repo.findGroup(db, ref);
      if (!row) throw catalogueErrors.groupNotFound(ref);
      return oneGroup(row.id, ref);
    },

    /** Adds a topic group (walidata, admin). */
    async createGroup(ctx: RequestContext, input: CreateGroupBody): Promise<GroupView> {
      authorize(ctx, 'opendata.configure');
      const created = await db.transaction().execute(async (trx) => {
        const row = await repo.insertGroup(trx, { name: input.name, title: input.title.trim(), description: input.description?.trim() ?? '' });
        if (!row) throw catalogueErrors.nameTaken('group', input.name);
        await audit.record(trx, ctx, {
          action: 'opendata.group.create',
          recordType: 'od_group',
          recordId: row.id,
          after: { name: row.name, title: row.title, description: row.description },
        });
        return row;
      });
      return oneGroup(created.id, input.name);
    },

    /** The licences a dataset may carry (license.reference.ts). */
    licenses: (): LicenseView[] => LICENSES.map((l) => ({ ...l })),
  };
}

export type CatalogueService = ReturnType<typeof createCatalogueService>;
