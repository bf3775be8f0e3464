/**
 * Who sees what of a dataset. Published (DITAYANGKAN) and not Tertutup: its metadata is public.
 * Terbuka: its data too. Everything else only to those with opendata.read_internal on the
 * producer's OPD (the producer's staff, the walidata, the city's leadership and auditors).
 */
import { can } from '../../platform/auth/permissions.js';
import type { RequestContext } from '../../platform/context.js';
import type { DatasetAccessRow } from './dataset-access.repository.js';

type Visible = Pick<DatasetAccessRow, 'status' | 'access_level' | 'opd_id'>;

/** True when the dataset is in the public catalogue: published and not Tertutup. */
export function isPublic(row: Pick<Visible, 'status' | 'access_level'>): boolean {
  return row.status === 'DITAYANGKAN' && row.access_level !== 'tertutup';
}

function readsInternal(ctx: RequestContext, row: Visible): boolean {
  return ctx.actor !== null && can(ctx.actor, 'opendata.read_internal', row.opd_id);
}

/** May this caller see the dataset's metadata and resources' descriptions? */
export function canSeeDataset(ctx: RequestContext, row: Visible): boolean {
  return isPublic(row) || readsInternal(ctx, row);
}

/** May this caller read the dataset's data (rows, downloads, datastore)? */
export function canReadData(ctx: RequestContext, row: Visible): boolean {
  return (isPublic(row) && row.access_level === 'terbuka') || readsInternal(ctx, row);
}
