/**
 * Who hears of each step of the auction, by mail through the outbox: the OPD head of a new or
 * amended offer, of the mayor's decision and of an offer still unanswered near its deadline; the
 * mayor's team of every answer, and of a counter that waits for them.
 */
import type { Locale } from '../../config.js';
import type { Platform } from '../../platform/module.js';
import type { OutboxHandler } from '../../platform/outbox/outbox.service.js';
import { createOpdService, createUsersService } from '../org/index.js';
import * as repo from './auction.repository.js';
import { queueMails } from './performance.mail.js';
import { findPeriod } from './planning.repository.js';

export const OFFER_CHANGED = 'performance.offer.changed';

export type OfferStep = 'offered' | 'amended' | 'answered' | 'decided' | 'reminder';

interface Facts {
  opd: string;
  year: string;
  deadline: string;
  status: string;
  link: string;
}

const TEXT: Record<OfferStep, Record<Locale, (f: Facts) => { subject: string; body: string }>> = {
  offered: {
    id: (f) => ({
      subject: `[Lelang Kinerja] Tawaran target ${f.year} untuk ${f.opd}`,
      body: `Tim Wali Kota menawarkan target kinerja ${f.year}. Jawab paling lambat ${f.deadline}.`,
    }),
    en: (f) => ({
      subject: `[Performance auction] Targets offered for ${f.year} to ${f.opd}`,
      body: `The mayor's team offers your ${f.year} targets. Answer by ${f.deadline}.`,
    }),
  },
  amended: {
    id: (f) => ({
      subject: `[Lelang Kinerja] Tawaran ${f.year} untuk ${f.opd} diubah`,
      body: `Tawaran target ${f.year} diubah dan perlu dijawab lagi paling lambat ${f.deadline}.`,
    }),
    en: (f) => ({
      subject: `[Performance auction] The ${f.year} offer to ${f.opd} was amended`,
      body: `The ${f.year} offer was amended and needs a new answer by ${f.deadline}.`,
    }),
  },
  answered: {
    id: (f) => ({
      subject: `[Lelang Kinerja] ${f.opd} menjawab tawaran ${f.year}: ${f.status}`,
      body: `Kepala ${f.opd} telah menjawab tawaran target ${f.year} (status: ${f.status}).`,
    }),
    en: (f) => ({
      subject: `[Performance auction] ${f.opd} answered the ${f.year} offer: ${f.status}`,
      body: `The head of ${f.opd} answered the ${f.year} offer (status: ${f.status}).`,
    }),
  },
  reminder: {
    id: (f) => ({
      subject: `[Lelang Kinerja] Tawaran ${f.year} untuk ${f.opd} belum dijawab`,
      body: `Tawaran target kinerja ${f.year} belum dijawab. Batas waktunya ${f.deadline}; setelah itu tawaran tidak dapat dijawab lagi.`,
    }),
    en: (f) => ({
      subject: `[Performance auction] The ${f.year} offer to ${f.opd} is not answered yet`,
      body: `The ${f.year} offer has not been answered. The deadline is ${f.deadline}; after it the offer cannot be answered.`,
    }),
  },
  decided: {
    id: (f) => ({
      subject: `[Lelang Kinerja] Keputusan atas tawaran balik ${f.year}: ${f.status}`,
      body: `Tim Wali Kota telah memutuskan tawaran balik ${f.opd} untuk ${f.year} (status: ${f.status}).`,
    }),
    en: (f) => ({
      subject: `[Performance auction] Decision on the ${f.year} counter-offer: ${f.status}`,
      body: `The mayor's team decided on ${f.opd}'s ${f.year} counter-offer (status: ${f.status}).`,
    }),
  },
};

export function auctionOutboxHandlers(platform: Platform): Record<string, OutboxHandler> {
  const { db, config } = platform;
  const users = createUsersService(platform);
  const opds = createOpdService(platform);

  return {
    [OFFER_CHANGED]: async (payload) => {
      const offer = await repo.findOffer(db, String(payload.offerId));
      if (!offer) return;
      const step = payload.step as OfferStep;
      const period = await findPeriod(db, offer.period_id);
      const facts = {
        opd: (await opds.shortNames([offer.opd_id])).get(offer.opd_id) ?? '',
        year: String(period?.start_year ?? ''),
        deadline: offer.deadline,
        status: String(payload.status ?? offer.status),
        link: `${config.publicUrl}/api/performance/offers/${offer.id}`,
      };
      // The head answers; the mayor's team decides.
      const people = step === 'answered' ? await users.contacts(['eksekutif'], null) : await users.contacts(['kepala_opd'], offer.opd_id);
      await queueMails(platform, people, (locale) => TEXT[step][locale](facts), facts.link);
    },
  };
}
