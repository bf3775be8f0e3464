/**
 * Forwarding to SP4N-LAPOR!, the national complaint system, for complaints the admin desk finds
 * outside the city's authority (DOMAIN.md: "bukan wewenang: redirect or forward"). Off until
 * LAPOR_URL is set. Its public API is not published, so what we send is our own documented JSON
 * (docs/API.md), POSTed with a bearer token to LAPOR_URL or to a bridge the city runs in front of
 * it; the answer's `id` (or `tracking_id`) is kept on the timeline. Never the reporter's identity
 * for anonim or rahasia complaints.
 */
import { systemContext } from '../../platform/context.js';
import type { Platform } from '../../platform/module.js';
import type { OutboxHandler } from '../../platform/outbox/outbox.service.js';
import { allCategories } from './category.cache.js';
import * as repo from './complaint.repository.js';

export const LAPOR_TOPIC = 'lapor.forward';

export function laporOutboxHandlers(platform: Platform): Record<string, OutboxHandler> {
  const { db, config } = platform;
  return {
    async [LAPOR_TOPIC](payload) {
      if (!config.lapor.url) throw new Error('LAPOR_URL is not set: forwarding is off');
      const c = await repo.findComplaint(db, { id: String(payload.complaintId) });
      if (!c) return;
      const category = (await allCategories(db)).find((k) => k.id === c.category_id);
      const identified = c.privacy === 'publik';
      const body = {
        reference: c.tracking_no,
        source: 'SAMBAT',
        city: config.cityName,
        kind: c.kind,
        category: category?.name ?? null,
        description: c.description,
        address: c.address,
        lat: c.lat,
        lon: c.lon,
        filedAt: c.created_at.toISOString(),
        privacy: c.privacy,
        reason: payload.note ?? null,
        reporter: identified ? { name: c.reporter_name, email: c.reporter_email, phone: c.reporter_phone } : null,
      };
      const res = await fetch(config.lapor.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(config.lapor.token ? { authorization: `Bearer ${config.lapor.token}` } : {}) },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(15_000),
      });
      // The remote's body may echo personal data: only the status is kept as the error.
      if (!res.ok) throw new Error(`SP4N-LAPOR! answered ${res.status}`);
      const answer = (await res.json().catch(() => ({}))) as { id?: unknown; tracking_id?: unknown };
      const remoteId = String(answer.id ?? answer.tracking_id ?? '');
      await db.transaction().execute(async (trx) => {
        await repo.insertEvent(trx, {
          complaint_id: c.id,
          type: 'forwarded_lapor',
          from_status: null,
          to_status: null,
          visibility: 'public',
          actor_user_id: null,
          actor_party: 'system',
          actor_opd_id: null,
          note: remoteId ? `Diteruskan ke SP4N-LAPOR! dengan nomor ${remoteId}.` : 'Diteruskan ke SP4N-LAPOR!.',
          data: { remoteId },
        });
        await platform.audit.record(trx, systemContext(), {
          action: 'complaint.forwarded_lapor',
          recordType: 'complaint',
          recordId: c.id,
          after: { remoteId },
        });
      });
    },
  };
}
