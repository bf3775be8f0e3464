/**
 * The auction's documents as PDF: the pakta integritas kesanggupan of an accepted offer and the
 * perjanjian kinerja (with its rencana aksi) of an OPD's year. Both are drawn afresh from the
 * recorded answer on each request, so they always say what the database says; whoever may read
 * the offer may read them (another OPD is told it does not exist).
 */
import { AppError } from '../../../errors.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Platform } from '../../../platform/module.js';
import { createOpdService } from '../../org/index.js';
import type { Quarter } from '../absorption.js';
import { createAuctionService, type OfferView } from '../auction.service.js';
import { planningErrors } from '../planning.errors.js';
import { findPeriod, listGoals, listIndicators } from '../planning.repository.js';
import { createFindingsService } from '../score.findings.js';
import { createScoreService } from '../score.service.js';
import { paktaIntegritasPdf } from './pakta-integritas.js';
import { perjanjianKinerjaPdf } from './perjanjian-kinerja.js';
import { reportCardPdf } from './report-card.js';

export interface AgreementLine {
  goal: { code: string; title: string };
  code: string;
  name: string;
  unit: string;
  /** The target in force: the counter-offer's figure where the head countered. */
  agreed: { target: number; targetUpper: number | null };
  /** Rencana aksi, TW I-IV as offered; null where the offer set none. */
  quarterly: Array<number | null>;
}

/** What both documents say about one accepted offer. */
export interface AgreementFacts {
  offerId: string;
  version: number;
  year: number;
  opd: { code: string; name: string; shortName: string };
  /** The head who answered, by the name of the account that answered. */
  head: string;
  answer: { kind: 'accept' | 'counter'; at: Date };
  /** When the mayor's team approved a counter that asked less; null when none was needed. */
  approvedAt: Date | null;
  city: { place: string; mayor: string; timeZone: string };
  targets: AgreementLine[];
}

export interface PdfFile {
  filename: string;
  data: Buffer;
}

// Statuses in the words the OPD uses; the code stays beside them so support can match it.
const STATUS_ID: Record<string, string> = {
  open: 'menunggu jawaban kepala OPD',
  declined: 'ditolak kepala OPD',
  awaiting_approval: 'tawaran balik menunggu persetujuan Tim Wali Kota',
  rejected: 'tawaran balik tidak disetujui',
  superseded: 'sudah diganti versi yang lebih baru',
};

const FINDING_STATUS: Record<string, string> = { pending: 'menunggu keputusan', confirmed: 'dikukuhkan', waived: 'dikesampingkan' };

const documentErrors = {
  notAccepted: (status: string) =>
    new AppError('performance.offer_not_accepted', 'conflict', {
      id: `Tawaran ini belum memiliki jawaban yang diterima (status ${status}: ${STATUS_ID[status] ?? status}), jadi belum ada pakta integritas.`,
      en: `This offer has no accepted answer yet (status ${status}), so there is no pakta integritas.`,
    }),
  notAYear: () =>
    new AppError(
      'performance.agreement_needs_year',
      'invalid',
      {
        id: 'Perjanjian kinerja dibuat per tahun: pilih periode tahunan, bukan periode RPJMD.',
        en: 'A perjanjian kinerja is made per year: choose a yearly period, not an RPJMD.',
      },
      { fields: [{ field: 'periodId', message: { id: 'bukan periode tahunan', en: 'is not a yearly period' } }] },
    ),
  noOffer: (year: number) =>
    new AppError('performance.no_offer_for_year', 'not_found', {
      id: `Belum ada tawaran kinerja tahun ${year} untuk OPD ini, jadi perjanjian kinerjanya belum dapat dibuat.`,
      en: `There is no ${year} performance offer to this OPD, so its perjanjian kinerja cannot be made yet.`,
    }),
  notScored: (year: number, quarter: number) =>
    new AppError('performance.not_scored', 'not_found', {
      id: `OPD ini tidak dinilai pada TW ${quarter} ${year}: belum ada tawaran kinerja yang diterima untuk tahun itu.`,
      en: `This OPD is not scored in TW ${quarter} ${year}: it has no accepted performance offer for that year.`,
    }),
  agreementNotAccepted: (year: number, status: string) =>
    new AppError('performance.agreement_not_accepted', 'conflict', {
      id: `Tawaran kinerja tahun ${year} untuk OPD ini berstatus ${status} (${STATUS_ID[status] ?? status}); perjanjian kinerja dibuat dari tawaran yang sudah diterima.`,
      en: `This OPD's ${year} offer is ${status}; a perjanjian kinerja is made from an accepted offer.`,
    }),
};

/** The place a letter of the city is signed in, and the mayor's title: "Kota Malang" gives Malang and Wali Kota Malang. */
function cityOf(cityName: string, timeZone: string): AgreementFacts['city'] {
  const kota = /^Kota\s+(.+)$/i.exec(cityName);
  if (kota) return { place: kota[1], mayor: `Wali Kota ${kota[1]}`, timeZone };
  const kabupaten = /^Kabupaten\s+(.+)$/i.exec(cityName);
  if (kabupaten) return { place: kabupaten[1], mayor: `Bupati ${kabupaten[1]}`, timeZone };
  return { place: cityName, mayor: `Wali Kota ${cityName}`, timeZone };
}

/** A file name any browser and file system keeps as it is: pakta-integritas-DPUPRPKP-2026.pdf. */
function fileName(kind: string, facts: AgreementFacts): string {
  const version = facts.version > 1 ? `-v${facts.version}` : '';
  return `${kind}-${facts.opd.code}-${facts.year}${version}`.replace(/[^A-Za-z0-9.-]+/g, '-').concat('.pdf');
}

export function createDocumentsService(platform: Platform) {
  const { db, config } = platform;
  const auction = createAuctionService(platform);
  const scores = createScoreService(platform);
  const findings = createFindingsService(platform);
  const opds = createOpdService(platform);

  async function factsOf(offer: OfferView): Promise<AgreementFacts> {
    const period = await findPeriod(db, offer.periodId);
    if (!period) throw planningErrors.periodNotFound();
    // An offer's indicators belong to its year or to the RPJMD around it (as when it was made).
    const periods = [period.id, ...(period.parent_id ? [period.parent_id] : [])];
    const [indicators, goals, opd] = await Promise.all([
      Promise.all(periods.map((periodId) => listIndicators(db, { opdId: offer.opdId, periodId }))).then((lists) => lists.flat()),
      Promise.all(periods.map((periodId) => listGoals(db, periodId))).then((lists) => lists.flat()),
      opds.get(offer.opdId),
    ]);
    const indicatorOf = new Map(indicators.map((i) => [i.id, i]));
    const goalOf = new Map(goals.map((g) => [g.id, g]));
    const answer = offer.answer as NonNullable<OfferView['answer']>;
    const targets = offer.targets.map((t): AgreementLine => {
      const indicator = indicatorOf.get(t.indicatorId);
      const goal = indicator ? goalOf.get(indicator.goal_id) : undefined;
      return {
        goal: { code: goal?.code ?? '', title: goal?.title ?? '-' },
        code: indicator?.code ?? '',
        name: t.indicatorName,
        unit: t.unit,
        agreed: t.agreed ?? { target: t.target, targetUpper: t.targetUpper },
        quarterly: t.quarterly,
      };
    });
    const byCode = (a: string, b: string) => a.localeCompare(b, 'id', { numeric: true });
    targets.sort((a, b) => byCode(a.goal.code, b.goal.code) || byCode(a.code, b.code));
    return {
      offerId: offer.id,
      version: offer.version,
      year: period.start_year,
      opd: { code: opd.code, name: opd.name, shortName: opd.shortName },
      head: answer.headName,
      answer: { kind: answer.kind === 'counter' ? 'counter' : 'accept', at: new Date(answer.answeredAt) },
      approvedAt: offer.decision?.approved ? new Date(offer.decision.decidedAt) : null,
      city: cityOf(config.cityName, config.cityTimezone),
      targets,
    };
  }

  return {
    /** The pakta integritas kesanggupan of an accepted offer, as the head's answer recorded it. */
    async paktaIntegritas(ctx: RequestContext, offerId: string): Promise<PdfFile> {
      const offer = await auction.get(ctx, offerId);
      if (offer.status !== 'accepted' || !offer.answer) throw documentErrors.notAccepted(offer.status);
      const facts = await factsOf(offer);
      return { filename: fileName('pakta-integritas', facts), data: await paktaIntegritasPdf(facts) };
    },

    /** The perjanjian kinerja and rencana aksi of an OPD's year, from its accepted offer (latest version). */
    async perjanjianKinerja(ctx: RequestContext, periodId: string, opdId: string): Promise<PdfFile> {
      // Asked first so that an unknown caller learns nothing, not even whether the period exists.
      const [offer] = await auction.list(ctx, { periodId, opdId });
      const period = await findPeriod(db, periodId);
      if (!period) throw planningErrors.periodNotFound();
      if (period.kind !== 'year') throw documentErrors.notAYear();
      // Another OPD's offer is not in the caller's list: it answers as if there were none.
      if (!offer) throw documentErrors.noOffer(period.start_year);
      if (offer.status !== 'accepted' || !offer.answer) throw documentErrors.agreementNotAccepted(period.start_year, offer.status);
      const facts = await factsOf(offer);
      return { filename: fileName('perjanjian-kinerja', facts), data: await perjanjianKinerjaPdf(facts) };
    },

    /** An OPD's quarterly report card: its scores, each indicator and the rules' findings, as the mayor's view shows them. */
    async reportCard(ctx: RequestContext, periodId: string, opdId: string, quarter: Quarter): Promise<PdfFile> {
      const all = await scores.scores(ctx, periodId, quarter);
      // Another OPD's row is not in the caller's answer: as if it were not scored.
      const score = all.items.find((s) => s.opdId === opdId);
      if (!score) throw documentErrors.notScored(all.year, quarter);
      const found = (await findings.results(ctx, { periodId, quarter })).filter((r) => r.opd.id === opdId);
      const data = await reportCardPdf({
        year: all.year,
        score,
        scored: all.city.scored,
        findings: found.map((r) => ({ label: r.label, status: FINDING_STATUS[r.status] ?? r.status, explanation: r.explanation.id })),
        printedAt: new Date(),
        timeZone: config.cityTimezone,
      });
      return { filename: `rapor-kinerja-${score.opdCode}-${all.year}-TW${quarter}.pdf`.replace(/[^A-Za-z0-9.-]+/g, '-'), data };
    },
  };
}
