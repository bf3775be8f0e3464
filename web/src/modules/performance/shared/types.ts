/**
 * The performance API's shapes as the web app reads them. The server's schemas are the source:
 * planning.schemas.ts, auction.schemas.ts, report.schemas.ts and score.schemas.ts.
 */

export type Quarter = 1 | 2 | 3 | 4;
export type Direction = 'higher' | 'lower' | 'range';

export interface Period {
  id: string;
  kind: 'rpjmd' | 'year';
  name: string;
  startYear: number;
  endYear: number;
  parentId: string | null;
}

export interface Indicator {
  id: string;
  goalId: string;
  opdId: string;
  code: string;
  name: string;
  definition: string;
  unit: string;
  direction: Direction;
  baseline: { value: number; year: number } | null;
  source: 'opd' | 'computed';
  measure: string | null;
  formula: string;
}

export type OfferStatus = 'open' | 'accepted' | 'declined' | 'awaiting_approval' | 'rejected' | 'superseded';

export interface OfferTarget {
  indicatorId: string;
  indicatorName: string;
  direction: Direction;
  unit: string;
  target: number;
  targetUpper: number | null;
  /** TW I-IV; null where the offer set none. */
  quarterly: Array<number | null>;
  agreed: { target: number; targetUpper: number | null } | null;
}

export interface Offer {
  id: string;
  periodId: string;
  opdId: string;
  version: number;
  supersedesId: string | null;
  amendmentReason: string | null;
  deadline: string;
  status: OfferStatus;
  targets: OfferTarget[];
  answer: {
    kind: 'accept' | 'decline' | 'counter';
    headName: string;
    answeredAt: string;
    reason: string | null;
    replacementName: string | null;
    moreAmbitious: boolean | null;
  } | null;
  decision: { approved: boolean; reason: string | null; decidedAt: string } | null;
}

export type ReportStatus = 'draft' | 'submitted' | 'returned' | 'verified';

export interface ReportSummary {
  id: string;
  periodId: string;
  year: number;
  opdId: string;
  opd: string | null;
  quarter: Quarter;
  quarterName: string;
  status: ReportStatus;
  dueDate: string;
  overdue: boolean;
  submittedAt: string | null;
  verifiedAt: string | null;
  updatedAt: string;
}

export interface Evidence {
  id: string;
  indicatorId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: string;
  url: string;
}

export interface Person {
  id: string;
  name: string | null;
}

export interface ReportLine {
  indicatorId: string;
  code: string;
  name: string;
  unit: string;
  direction: Direction;
  source: 'opd' | 'computed';
  formula: string;
  target: {
    yearly: number | null;
    yearlyUpper: number | null;
    quarter: number | null;
    quarterUpper: number | null;
    quarterFromYear: boolean;
  };
  realization: {
    value: number | null;
    note: string | null;
    computed: boolean;
    provisional: boolean;
    updatedAt: string | null;
  };
  achievement: { percent: number | null; basis: string; explanation: string };
  evidence: Evidence[];
}

export interface Report extends ReportSummary {
  offerId: string | null;
  targetsAgreed: boolean;
  submittedBy: Person | null;
  verifiedBy: Person | null;
  createdAt: string;
  indicators: ReportLine[];
  reviews: Array<{ decision: 'verified' | 'returned'; comment: string | null; reviewer: Person | null; reviewedAt: string }>;
}

/** A weighted mean with how much of it had figures. */
export interface Mean {
  value: number | null;
  coverage: number;
  missing: number;
}

export interface TrendPoint {
  quarter: number;
  composite: number | null;
}

export interface IndicatorScore {
  indicatorId: string;
  code: string;
  name: string;
  unit: string;
  direction: Direction;
  target: number;
  targetUpper: number | null;
  yearlyTarget: boolean;
  realization: number | null;
  achievement: { percent: number | null; basis: string; explanation: { id: string; en: string } };
}

export interface OpdScore {
  opdId: string;
  opdCode: string;
  opdName: string;
  quarter: number;
  reportStatus: ReportStatus | null;
  indicators: IndicatorScore[];
  performance: Mean;
  absorption: { ofPlan: number | null; ofPagu: number | null; deviation: number | null };
  responsiveness: { percent: number | null; answered: number; inTime: number };
  composite: Mean;
  predicate: string | null;
  rank: number | null;
  trend: TrendPoint[];
}

export interface QuarterScores {
  periodId: string;
  year: number;
  quarter: number;
  city: { mean: number | null; sd: number | null; scored: number };
  items: OpdScore[];
}

export interface OpdRef {
  id: string;
  code: string;
  name: string;
}

export interface RuleResult {
  id: string;
  periodId: string;
  quarter: number;
  ruleId: string;
  label: string;
  outcome: 'reward' | 'punishment';
  opd: OpdRef;
  indicator: { id: string; name: string } | null;
  official: string | null;
  figures: Record<string, number>;
  explanation: { id: string; en: string };
  status: 'pending' | 'confirmed' | 'waived';
  decisionReason: string | null;
  decidedAt: string | null;
  publishedAt: string | null;
}

export interface Band {
  /** Scores strictly above this earn the band; null on the last band, which takes the rest. */
  above: number | null;
  label: string;
}

/** A reward/punishment rule (rules.ts); the settings page shows them, the API edits them. */
export type Rule = { id: string; outcome: 'reward' | 'punishment'; label: string } & (
  | { kind: 'composite_above_mean'; deviations: number; quarters: number }
  | { kind: 'absorption_below_plan'; belowPercentOfPlan: number; atQuarter: number }
  | { kind: 'indicator_below'; belowPercent: number }
);

export interface Weights {
  performance: number;
  absorption: number;
  responsiveness: number;
}

export interface Settings {
  bands: Band[];
  weights: Weights;
  rules: Rule[];
  updatedAt: string | null;
}

export interface PublishedScore {
  opdId: string;
  opdCode: string;
  opdName: string;
  rank: number | null;
  performance: number | null;
  absorption: number | null;
  responsiveness: number | null;
  composite: number | null;
  predicate: string | null;
  trend: TrendPoint[];
}

export interface PublicationRef {
  periodId: string;
  year: number;
  quarter: number;
  publishedAt: string;
}

export interface PublishedQuarter extends PublicationRef {
  items: PublishedScore[];
  findings: Array<{
    label: string;
    outcome: 'reward' | 'punishment';
    opd: OpdRef;
    indicator: { id: string; name: string } | null;
    figures: Record<string, number>;
    publishedAt: string;
  }>;
}
