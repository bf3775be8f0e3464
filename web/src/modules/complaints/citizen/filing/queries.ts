/** The server calls the filing wizard makes before it sends anything: QR place, wilayah, nearby complaints, support. */
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../../api/client';
import type { NearbyComplaint } from '../../shared/types';
import type { LatLon } from './photos';

/** The place a QR poster names (src/modules/complaints/qr/qr.schemas.ts, QrPlacePublicSchema). */
export interface QrPlace {
  code: string;
  name: string;
  address: string | null;
  lat: number;
  lon: number;
  categoryCode: string | null;
}

export function useQrPlace(code: string | null) {
  return useQuery({
    queryKey: ['sambat', 'qr-place', code],
    queryFn: () => api.get<QrPlace>(`/api/sambat/qr-places/${encodeURIComponent(code ?? '')}`),
    enabled: !!code,
    staleTime: 10 * 60_000,
  });
}

/** Which kecamatan and kelurahan a point lies in (src/modules/org/wilayah.schemas.ts, ResolvedPlaceSchema). */
export interface ResolvedPlace {
  kecamatan: { id: string; name: string };
  kelurahan: { id: string; name: string } | null;
  method: 'boundary' | 'nearest_centre';
  approximate: boolean;
  note: string;
}

// Six decimals are about 10 cm: finer differences are the same place and need no second look-up.
const round = (value: number) => Math.round(value * 1e6) / 1e6;

export function useResolvedPlace(point: LatLon | null) {
  const lat = point ? round(point.lat) : null;
  const lon = point ? round(point.lon) : null;
  return useQuery({
    queryKey: ['org', 'wilayah', 'resolve', lat, lon],
    queryFn: ({ signal }) => api.get<ResolvedPlace>('/api/org/wilayah/resolve', { lat, lon }, signal),
    enabled: lat !== null && lon !== null,
    staleTime: 10 * 60_000,
  });
}

export function useNearby(category: string, point: LatLon | null, text: string) {
  const lat = point ? round(point.lat) : null;
  const lon = point ? round(point.lon) : null;
  return useQuery({
    queryKey: ['sambat', 'nearby', category, lat, lon, text],
    queryFn: ({ signal }) => api.get<{ items: NearbyComplaint[] }>('/api/sambat/complaints/nearby', { category, lat, lon, text: text || undefined }, signal),
    select: (answer) => answer.items,
    enabled: !!category && lat !== null && lon !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function useSupport(trackingNo: string) {
  return useMutation({
    mutationFn: () => api.post<{ supporters: number; added: boolean }>(`/api/sambat/complaints/${encodeURIComponent(trackingNo)}/support`),
  });
}
