/**
 * Sending the complaint: multipart/form-data with the JSON in a part "data" and the photos in
 * "photos" (docs/API.md), under one Idempotency-Key per filing attempt. The key is kept across
 * retries, so a double click or a retry after a dropped connection files nothing twice: the
 * server answers a repeat with the first answer.
 */
import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { apiRequest } from '../../../../api/client';
import type { FiledAnswer } from '../../shared/types';
import type { Draft } from './draft';

/** The JSON body, as FileComplaintBody in src/modules/complaints/complaint.schemas.ts. */
export function complaintBody(draft: Draft, qrCode: string | null) {
  const address = draft.address.trim() || undefined;
  let location: Record<string, unknown>;
  if (qrCode && draft.useQrPlace) location = { qrPlace: qrCode, address };
  else if (draft.pin) location = { lat: draft.pin.lat, lon: draft.pin.lon, source: draft.pin.source, address };
  else location = { address };
  const reporter = {
    name: draft.name.trim() || undefined,
    email: draft.email.trim() || undefined,
    phone: draft.phone.trim() || undefined,
  };
  const anyReporter = Object.values(reporter).some((v) => v !== undefined);
  return {
    kind: draft.kind,
    category: draft.category,
    description: draft.description.trim(),
    location,
    privacy: draft.privacy,
    reporter: anyReporter ? reporter : undefined,
  };
}

/** crypto.randomUUID exists only on https (and localhost); getRandomValues works everywhere. */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function useFileComplaint() {
  const key = useRef<string | null>(null);
  const mutation = useMutation({
    mutationFn: ({ draft, qrCode }: { draft: Draft; qrCode: string | null }) => {
      key.current ??= newKey();
      const form = new FormData();
      form.append('data', JSON.stringify(complaintBody(draft, qrCode)));
      for (const photo of draft.photos) form.append('photos', photo.file, photo.file.name);
      return apiRequest<FiledAnswer>('/api/sambat/complaints', { method: 'POST', body: form, headers: { 'Idempotency-Key': key.current } });
    },
  });
  /** Forgets the attempt: the next filing is a new complaint with a new key. */
  const startOver = () => {
    key.current = null;
    mutation.reset();
  };
  return { ...mutation, startOver };
}
