/**
 * The map's points for an area: GET /api/sambat/complaints.geojson pages of at most 200 (the
 * server's limit), fetched a few at a time up to MAX_POINTS, the newest first. Past that the map
 * says it shows only the newest and asks to zoom in or filter. The server stops counting at 1,000
 * and says so with totalCapped: such an area is read page by page until a short page ends it.
 */
import { api } from '../../../../api/client';
import type { MapPoint } from '../../../../map/clusters';
import type { PublicComplaint } from '../../shared/types';
import type { BrowseFilters } from './filters';
import { type Bbox, bboxParam } from './usePublicList';

const PAGE_SIZE = 200;
export const MAX_POINTS = 3000;
const MAX_PAGES = MAX_POINTS / PAGE_SIZE;
const AT_ONCE = 4;

interface GeoJsonAnswer {
  type: 'FeatureCollection';
  features: Array<{ geometry: { coordinates: number[] }; properties: Omit<PublicComplaint, 'lat' | 'lon'> }>;
  total: number;
  totalCapped?: boolean;
  page: number;
  pageSize: number;
}

export interface LoadedPoints {
  points: MapPoint[];
  /** Every match in the area is among the points. */
  complete: boolean;
}

function toPoints(answer: GeoJsonAnswer): MapPoint[] {
  return answer.features.map(({ geometry, properties: p }) => ({
    trackingNo: p.trackingNo,
    status: p.status,
    statusLabel: p.statusLabel,
    category: p.category.name,
    lon: geometry.coordinates[0],
    lat: geometry.coordinates[1],
  }));
}

export async function loadPoints(filters: BrowseFilters, bbox: Bbox, signal: AbortSignal): Promise<LoadedPoints> {
  const query = { ...filters, bbox: bboxParam(bbox), pageSize: PAGE_SIZE };
  const fetchPage = (page: number) => api.get<GeoJsonAnswer>('/api/sambat/complaints.geojson', { ...query, page }, signal);
  const first = await fetchPage(1);
  const points = toPoints(first);
  // An exact total says how many pages there are; a capped one ("more than 1,000") does not.
  const capped = first.totalCapped === true;
  const knownPages = capped ? MAX_PAGES : Math.min(Math.ceil(first.total / PAGE_SIZE), MAX_PAGES);
  let lastFull = first.features.length === PAGE_SIZE;
  let page = 2;
  while (lastFull && page <= knownPages) {
    const batch = Array.from({ length: Math.min(AT_ONCE, knownPages - page + 1) }, (_, i) => page + i);
    const answers = await Promise.all(batch.map(fetchPage));
    for (const answer of answers) points.push(...toPoints(answer));
    lastFull = answers.every((a) => a.features.length === PAGE_SIZE);
    page += batch.length;
  }
  const complete = !lastFull || (!capped && points.length >= first.total);
  return { points, complete };
}
