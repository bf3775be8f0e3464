/** The report as an answer: what a page needs to show it without asking again. Pure. */
import type { Locale } from '../../config.js';
import { achievement } from './achievement.js';
import { isMeasure, MEASURES } from './measures.js';
import type { ComputedFigure } from './report.computed.js';
import { quarterName } from './report.due.js';
import type { EvidenceRow, RealizationRow, ReportRow, ReviewRow } from './report.repository.js';
import type { EvidenceView, IndicatorLine, ReportSummary, ReportView } from './report.schemas.js';
import { achievementTarget, type ReportLine, type ReportTargets } from './report.targets.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function summaryOf(report: ReportRow, year: number, opd: string | null, today: string): ReportSummary {
  const done = report.status === 'submitted' || report.status === 'verified';
  return {
    id: report.id,
    periodId: report.period_id,
    year,
    opdId: report.opd_id,
    opd,
    quarter: report.quarter,
    quarterName: quarterName(report.quarter),
    status: report.status,
    dueDate: report.due_date,
    overdue: !done && today > report.due_date,
    submittedAt: iso(report.submitted_at),
    verifiedAt: iso(report.verified_at),
    updatedAt: report.updated_at.toISOString(),
  };
}

export function evidenceView(e: EvidenceRow): EvidenceView {
  return {
    id: e.id,
    indicatorId: e.indicator_id,
    fileName: e.file_name,
    contentType: e.content_type,
    sizeBytes: e.size_bytes,
    uploadedAt: e.uploaded_at.toISOString(),
    url: `/api/performance/reports/${e.report_id}/evidence/${e.id}`,
  };
}

export interface ViewInput {
  report: ReportRow;
  year: number;
  opd: string | null;
  targets: ReportTargets;
  realizations: RealizationRow[];
  evidence: EvidenceRow[];
  reviews: ReviewRow[];
  /** Names of the people who submitted, verified and reviewed, by user id. */
  names: Map<string, string | null>;
  /** Current figures of computed indicators, shown while the report is open. */
  live: Map<string, ComputedFigure>;
  locale: Locale;
  today: string;
}

function line(input: ViewInput, l: ReportLine, stored: RealizationRow | undefined): IndicatorLine {
  const { indicator } = l;
  const open = input.report.status === 'draft' || input.report.status === 'returned';
  const live = indicator.source === 'computed' && open ? input.live.get(indicator.indicator_id) : undefined;
  const value = live ? live.value : (stored?.value ?? null);
  const target = achievementTarget(l);
  const reached = target
    ? achievement(target, value)
    : { percent: null, basis: 'missing', explanation: { id: 'Belum ada target yang disepakati.', en: 'No agreed target yet.' } };
  const measure = indicator.measure ?? '';
  return {
    indicatorId: indicator.indicator_id,
    code: indicator.code,
    name: indicator.name,
    unit: indicator.unit,
    direction: indicator.direction,
    source: indicator.source,
    formula: indicator.source === 'computed' && isMeasure(measure) ? MEASURES[measure].formula[input.locale] : indicator.formula,
    target: {
      yearly: l.agreed?.target ?? null,
      yearlyUpper: l.agreed?.targetUpper ?? null,
      quarter: l.quarter?.value ?? null,
      quarterUpper: l.quarter?.upper ?? null,
      quarterFromYear: l.quarter?.fromYear ?? false,
    },
    realization: {
      value,
      note: live ? live.note : (stored?.note ?? null),
      computed: indicator.source === 'computed' ? true : (stored?.computed ?? false),
      provisional: !!live,
      updatedAt: live ? null : iso(stored?.updated_at ?? null),
    },
    achievement: { percent: reached.percent, basis: reached.basis, explanation: reached.explanation[input.locale] },
    evidence: input.evidence.filter((e) => e.indicator_id === indicator.indicator_id).map(evidenceView),
  };
}

export function reportView(input: ViewInput): ReportView {
  const { report, names } = input;
  const person = (id: string | null) => (id ? { id, name: names.get(id) ?? null } : null);
  const stored = new Map(input.realizations.map((r) => [r.indicator_id, r]));
  return {
    ...summaryOf(report, input.year, input.opd, input.today),
    offerId: input.targets.offer?.id ?? null,
    targetsAgreed: input.targets.accepted,
    submittedBy: person(report.submitted_by),
    verifiedBy: person(report.verified_by),
    createdAt: report.created_at.toISOString(),
    indicators: input.targets.lines.map((l) => line(input, l, stored.get(l.indicator.indicator_id))),
    reviews: input.reviews.map((r) => ({
      decision: r.decision,
      comment: r.comment,
      reviewer: person(r.reviewer_id),
      reviewedAt: r.reviewed_at.toISOString(),
    })),
  };
}
