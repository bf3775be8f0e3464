/** The one lookup every part of the module needs before a permission check: a dataset with its producer's OPD. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { AccessLevel, DatasetStatus } from './opendata.tables.js';

export interface DatasetAccessRow {
  id: string;
  name: string;
  title: string;
  status: DatasetStatus;
  access_level: AccessLevel;
  producer_id: string;
  /** The OPD whose staff act for the producer: what OPD-scoped roles are checked against. */
  opd_id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The dataset by id or by name (CKAN accepts either), or undefined. */
export async function findDatasetAccess(db: Kysely<Database>, idOrName: string): Promise<DatasetAccessRow | undefined> {
  return db
    .selectFrom('od_dataset as d')
    .innerJoin('od_producer as p', 'p.id', 'd.producer_id')
    .select(['d.id', 'd.name', 'd.title', 'd.status', 'd.access_level', 'd.producer_id', 'p.opd_id'])
    .where(UUID.test(idOrName) ? 'd.id' : 'd.name', '=', UUID.test(idOrName) ? idOrName : idOrName.toLowerCase())
    .executeTakeFirst();
}

/** The dataset a resource belongs to, with the resource's id. */
export async function findDatasetAccessByResource(db: Kysely<Database>, resourceId: string): Promise<DatasetAccessRow | undefined> {
  if (!UUID.test(resourceId)) return undefined;
  return db
    .selectFrom('od_resource as r')
    .innerJoin('od_dataset as d', 'd.id', 'r.dataset_id')
    .innerJoin('od_producer as p', 'p.id', 'd.producer_id')
    .select(['d.id', 'd.name', 'd.title', 'd.status', 'd.access_level', 'd.producer_id', 'p.opd_id'])
    .where('r.id', '=', resourceId)
    .executeTakeFirst();
}
