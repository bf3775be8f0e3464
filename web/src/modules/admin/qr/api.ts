/** QR places and the addresses of their printable images (qr.routes.ts). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Paged } from '../../../api/client';

export const PAGE_SIZE = 25;

export interface QrPlace {
  id: string;
  code: string;
  name: string;
  address: string | null;
  lat: number;
  lon: number;
  categoryCode: string | null;
  active: boolean;
  createdAt: string;
  /** What the QR code encodes: the filing form with this place filled in. */
  formUrl: string;
}

const KEY = ['admin', 'qr-places'] as const;
const base = (code: string) => `/api/sambat/qr-places/${encodeURIComponent(code)}`;

export const qrImageUrl = (code: string, file: 'qr.svg' | 'qr.png' | 'poster.svg') => `${base(code)}/${file}`;

export function useQrPlaces(page: number) {
  return useQuery({
    queryKey: [...KEY, page],
    queryFn: ({ signal }) => api.get<Paged<QrPlace>>('/api/sambat/qr-places', { page, pageSize: PAGE_SIZE }, signal),
    placeholderData: (previous) => previous,
  });
}

export interface NewQrPlace {
  code: string;
  name: string;
  address: string | null;
  lat: number;
  lon: number;
  categoryCode: string | null;
}

function useQrChange<I>(send: (input: I) => Promise<QrPlace>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => client.invalidateQueries({ queryKey: KEY }) });
}

export const useCreateQrPlace = () => useQrChange((input: NewQrPlace) => api.post<QrPlace>('/api/sambat/qr-places', input));

export const useUpdateQrPlace = () =>
  useQrChange(({ code, ...changes }: { code: string; name?: string; address?: string | null; active?: boolean }) => api.patch<QrPlace>(base(code), changes));
