/** How a dataset is shown: the DatasetView of the contract, built from its row, its groups and its resources. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { cityDay } from '../../platform/calendar/working-days.js';
import { type DatasetRow, datasetRows, groupsOfDatasets } from './dataset.repository.js';
import { isOverdue, nextDueDate } from './freshness.rules.js';
import { licenseById } from './license.reference.js';
import { isPublic } from './opendata.reach.js';
import type { AccessLevel, DatasetStatus, ExtraPair, Frequency, ProducerKind } from './opendata.tables.js';
import { type ResourceView, resourceViewsOf } from './resource.views.js';

/** The fields the catalogue counts facets of. */
export const FACET_FIELDS = ['producer', 'tag', 'group', 'format', 'frequency', 'year'] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

export type DatasetSort = 'relevance' | 'title_asc' | 'title_desc' | 'updated_desc' | 'updated_asc' | 'created_desc';

export interface DatasetView {
  id: string;
  name: string;
  title: string;
  notes: string;
  producer: { id: string; name: string; title: string; kind: ProducerKind; opdId: string };
  licenseId: string;
  licenseTitle: string;
  licenseUrl: string;
  tags: string[];
  groups: { id: string; name: string; title: string }[];
  extras: ExtraPair[];
  contact: { name: string; email: string } | null;
  concept: string;
  definition: string;
  measure: string;
  unit: string;
  presentationLevel: string;
  region: { code: string; name: string } | null;
  frequency: Frequency;
  temporalStart: string | null;
  temporalEnd: string | null;
  accessLevel: AccessLevel;
  status: DatasetStatus;
  isPublic: boolean;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  lastDataAt: string | null;
  nextDueOn: string | null;
  overdue: boolean;
  resources: ResourceView[];
}

export interface ReviewView {
  id: number;
  action: string;
  fromStatus: DatasetStatus;
  toStatus: DatasetStatus;
  comment: string;
  actorName: string;
  at: string;
}

export interface FacetCount {
  name: string;
  title: string;
  count: number;
}

export interface DatasetSearch {
  q?: string;
  /** Producer names. */
  producers?: string[];
  tags?: string[];
  /** Group names. */
  groups?: string[];
  formats?: string[];
  frequencies?: string[];
  years?: number[];
  statuses?: string[];
  /** Besides the public catalogue, what the caller may see inside: their OPD's drafts, everything for the walidata. */
  includePrivate?: boolean;
  sort?: DatasetSort;
  offset: number;
  limit: number;
  facetLimit?: number;
  facetMinCount?: number;
  /** The facets to count (all by default); CKAN clients name theirs in facet.field. */
  facetFields?: FacetField[];
}

export interface DatasetSearchResult {
  total: number;
  items: DatasetView[];
  facets: Record<FacetField, FacetCount[]>;
}

/** Jadwal pemutakhiran as Indonesian portals name it (DOMAIN.md section 7). */
export const FREQUENCY_LABELS: Record<Frequency, string> = {
  harian: 'Harian',
  mingguan: 'Mingguan',
  bulanan: 'Bulanan',
  triwulanan: 'Triwulanan',
  empat_bulanan: 'Empat Bulanan',
  semesteran: 'Semesteran',
  tahunan: 'Tahunan',
  dua_tahunan: 'Dua Tahunan',
  ad_hoc: 'Ad-hoc',
};

export const ACCESS_LABELS: Record<AccessLevel, string> = { terbuka: 'Terbuka', terbatas: 'Terbatas', tertutup: 'Tertutup' };

/**
 * The next due date of the data, from the day of the last data in the city and the frequency;
 * computed here rather than read, so that a page is right before the hourly clock has run.
 */
export function dueOf(row: Pick<DatasetRow, 'frequency' | 'last_data_at'>, timeZone: string): string | null {
  return row.last_data_at ? nextDueDate(row.frequency, cityDay(row.last_data_at, timeZone)) : null;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function datasetView(
  row: DatasetRow,
  groups: DatasetView['groups'],
  resources: ResourceView[],
  clock: { today: string; timeZone: string },
): DatasetView {
  const license = licenseById(row.license_id);
  const nextDueOn = dueOf(row, clock.timeZone);
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    notes: row.notes,
    producer: { id: row.producer_id, name: row.producer_name, title: row.producer_title, kind: row.producer_kind, opdId: row.opd_id },
    licenseId: row.license_id,
    licenseTitle: license?.title ?? row.license_id,
    licenseUrl: license?.url ?? '',
    tags: row.tags,
    groups,
    extras: row.extras,
    contact: row.contact_name && row.contact_email ? { name: row.contact_name, email: row.contact_email } : null,
    concept: row.concept,
    definition: row.definition,
    measure: row.measure,
    unit: row.unit,
    presentationLevel: row.presentation_level,
    region: row.region_code && row.region_name ? { code: row.region_code, name: row.region_name } : null,
    frequency: row.frequency,
    temporalStart: row.temporal_start,
    temporalEnd: row.temporal_end,
    accessLevel: row.access_level,
    status: row.status,
    isPublic: isPublic(row),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    publishedAt: iso(row.published_at),
    lastDataAt: iso(row.last_data_at),
    nextDueOn,
    overdue: row.status === 'DITAYANGKAN' && isOverdue(nextDueOn, clock.today),
    resources,
  };
}

/** The views of these datasets in the order of `ids` (ids no longer there are left out). */
export async function datasetViews(db: Kysely<Database>, ids: string[], timeZone: string, now = new Date()): Promise<DatasetView[]> {
  if (ids.length === 0) return [];
  const [rows, groups, resources] = await Promise.all([datasetRows(db, ids), groupsOfDatasets(db, ids), resourceViewsOf(db, ids)]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const clock = { today: cityDay(now, timeZone), timeZone };
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const own = groups.filter((g) => g.dataset_id === id).map((g) => ({ id: g.id, name: g.name, title: g.title }));
    return [datasetView(row, own, resources.get(id) ?? [], clock)];
  });
}
