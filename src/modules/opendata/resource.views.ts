/** How resources and their versions are shown, in our REST API and (through the CKAN part) to CKAN clients. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { ColumnSpec, VersionSummary } from './opendata.tables.js';
import { type ResourceRow, resourcesOf, type VersionRow, versionsOf } from './resource.repository.js';

export interface VersionView {
  versionNo: number;
  fileName: string;
  mediaType: string;
  bytes: number;
  sha256: string;
  rowCount: number;
  columns: ColumnSpec[];
  keyColumns: string[];
  confirmed: boolean;
  summary: VersionSummary | null;
  createdAt: string;
}

export interface ResourceView {
  id: string;
  datasetId: string;
  name: string;
  description: string;
  kind: 'upload' | 'link';
  /** For a link, the link; for an upload, the path of its CSV download. */
  url: string;
  /** Upper case, as CKAN shows it: CSV, XLSX, JSON, PDF, ... */
  format: string;
  position: number;
  createdAt: string;
  updatedAt: string;
  /** The latest confirmed version; null for a link or before the first confirmation. */
  currentVersion: VersionView | null;
  /** The latest version, confirmed or not (the producer's console shows it to be confirmed). */
  latestVersion: VersionView | null;
  versionCount: number;
}

/** The path an upload's current data is downloaded from, relative to the site (the CKAN part makes it absolute). */
export const downloadPath = (resourceId: string, format: 'csv' | 'xlsx' | 'json' = 'csv') => `/api/opendata/resources/${resourceId}/download.${format}`;

export function versionView(row: VersionRow): VersionView {
  return {
    versionNo: row.version_no,
    fileName: row.file_name,
    mediaType: row.media_type,
    bytes: Number(row.bytes),
    sha256: row.sha256,
    rowCount: row.row_count,
    columns: row.columns,
    keyColumns: row.key_columns,
    confirmed: row.confirmed_at !== null,
    summary: row.summary,
    createdAt: row.created_at.toISOString(),
  };
}

/** One resource with its versions (any order). */
export function resourceView(row: ResourceRow, versions: VersionRow[]): ResourceView {
  const sorted = [...versions].sort((a, b) => a.version_no - b.version_no);
  const current = sorted.find((v) => v.id === row.current_version_id);
  const latest = sorted.at(-1);
  return {
    id: row.id,
    datasetId: row.dataset_id,
    name: row.name,
    description: row.description,
    kind: row.kind,
    url: row.kind === 'link' ? (row.url ?? '') : downloadPath(row.id),
    format: row.format,
    position: row.position,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    currentVersion: current ? versionView(current) : null,
    latestVersion: latest ? versionView(latest) : null,
    versionCount: sorted.length,
  };
}

/**
 * The view for a caller who does not work on the dataset: versions not yet confirmed are the
 * producer's drafts, so the latest they see is the current one.
 */
export function publicResourceView(view: ResourceView): ResourceView {
  return { ...view, latestVersion: view.currentVersion };
}

/** The resources of these datasets, in their order, by dataset id. */
export async function resourceViewsOf(db: Kysely<Database>, datasetIds: string[]): Promise<Map<string, ResourceView[]>> {
  const result = new Map<string, ResourceView[]>(datasetIds.map((id) => [id, []]));
  const resources = await resourcesOf(db, datasetIds);
  const versions = await versionsOf(
    db,
    resources.map((r) => r.id),
  );
  const byResource = new Map<string, VersionRow[]>();
  for (const v of versions) {
    const list = byResource.get(v.resource_id);
    if (list) list.push(v);
    else byResource.set(v.resource_id, [v]);
  }
  for (const r of resources) result.get(r.dataset_id)?.push(resourceView(r, byResource.get(r.id) ?? []));
  return result;
}
