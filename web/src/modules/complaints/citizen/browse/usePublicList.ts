/** One page of public complaints for the filters (and, on the map page, the visible area). */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Paged } from '../../../../api/client';
import type { PublicComplaint } from '../../shared/types';
import type { BrowseFilters } from './filters';

/** minLon,minLat,maxLon,maxLat: the GeoJSON order the API takes. */
export type Bbox = [number, number, number, number];

export function bboxParam(bbox: Bbox): string {
  // Six decimals is about 10 cm: enough, and the same view gives the same cache key.
  return bbox.map((n) => n.toFixed(6)).join(',');
}

export function usePublicList(filters: BrowseFilters, page: number, pageSize: number, bbox?: Bbox | null) {
  const { i18n } = useTranslation();
  const query = { ...filters, page, pageSize, bbox: bbox ? bboxParam(bbox) : undefined };
  return useQuery({
    // The language is part of the answer (status labels, category names).
    queryKey: ['sambat', 'public-list', query, i18n.language],
    queryFn: ({ signal }) => api.get<Paged<PublicComplaint>>('/api/sambat/complaints', query, signal),
    // The old page stays on screen while the next one loads, instead of a flash of "loading".
    placeholderData: keepPreviousData,
  });
}
