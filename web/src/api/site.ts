/** What the server tells the web app about this city: its name, clock, map and bounds. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';

export interface SiteInfo {
  cityName: string;
  timeZone: string;
  /** Leaflet URL template, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png */
  tileUrl: string;
  tileAttribution: string;
  /** [minLon, minLat, maxLon, maxLat] */
  bbox: [number, number, number, number];
  defaultLocale: 'id' | 'en';
  /** Photos per complaint and bytes per photo the server accepts. */
  uploads: { maxFiles: number; maxBytes: number };
}

export function useSite() {
  return useQuery({ queryKey: ['site'], queryFn: () => api.get<SiteInfo>('/api/site'), staleTime: Number.POSITIVE_INFINITY });
}
