/**
 * The SPBE API's answers (src/modules/spbe, the contract in issue 8): frameworks versioned by
 * regulation, the yearly evaluation with one assessment per indicator, and the indices.
 */

/** An integer 0-5; 0 means not even level 1 counts. */
export type Level = number;

export interface FrameworkSummary {
  code: string;
  name: string;
  regulation: string;
  fromYear: number;
  toYear: number | null;
  notes: string;
  domains: number;
  aspects: number;
  indicators: number;
}

export interface FrameworkIndicator {
  number: number;
  name: string;
  weight: number;
  scale: string;
  /** What each level means for this indicator, level 1 to 5. */
  levels: string[];
}

export interface FrameworkAspect {
  number: number;
  name: string;
  weight?: number;
  indicators: FrameworkIndicator[];
}

export interface FrameworkDomain {
  number: number;
  name: string;
  weight?: number;
  aspects: FrameworkAspect[];
}

export interface FrameworkDetail extends Omit<FrameworkSummary, 'domains'> {
  /** The five level names of each scale ("kapabilitas proses", "kematangan layanan"). */
  scales: Record<string, string[]>;
  domains: FrameworkDomain[];
}

export type PredicateCode = 'memuaskan' | 'sangat_baik' | 'baik' | 'cukup' | 'kurang';

export interface Predicate {
  code: PredicateCode;
  label: string;
}

export type EvaluationStatus = 'open' | 'final';

export interface Progress {
  indicators: number;
  assigned: number;
  submitted: number;
  reviewed: number;
}

export interface EvaluationSummary {
  year: number;
  frameworkCode: string;
  frameworkName: string;
  status: EvaluationStatus;
  finalizedAt: string | null;
  /** Whose levels the index is of: the OPDs' own while open, the final ones once final. */
  basis: Basis;
  index: number | null;
  predicate: Predicate | null;
  progress: Progress;
}

export type AssessmentStatus = 'unassigned' | 'draft' | 'submitted' | 'returned' | 'confirmed' | 'corrected';
export const ASSESSMENT_STATUSES: AssessmentStatus[] = ['unassigned', 'draft', 'submitted', 'returned', 'confirmed', 'corrected'];

export interface Claim {
  level: number;
  met: boolean;
  explanation: string;
}

export interface Evidence {
  id: string;
  level: number;
  kind: 'file' | 'link';
  name: string;
  url: string;
  size: number | null;
  uploadedAt: string;
}

export type Decision = 'confirm' | 'correct' | 'return';

export interface Review {
  decision: Decision;
  level: Level | null;
  comment: string;
  assessor: string;
  at: string;
}

/** What the platform itself holds for an indicator: SAMBAT's figures for 42, the catalogue's for 43. */
export interface PlatformEvidence {
  source: 'sambat' | 'opendata';
  summary: string;
  figures: Record<string, number>;
  url: string;
}

export interface Assessment {
  number: number;
  name: string;
  domainNumber: number;
  aspectNumber: number;
  weight: number;
  scale: string;
  levelNames: string[];
  levelDescriptions: string[];
  opdId: string | null;
  opdName: string | null;
  status: AssessmentStatus;
  claims: Claim[];
  explanation: string;
  selfLevel: Level;
  assessedLevel: Level | null;
  finalLevel: Level;
  evidence: Evidence[];
  reviews: Review[];
  platform: PlatformEvidence | null;
}

export interface EvaluationDetail extends EvaluationSummary {
  indicators: Assessment[];
}

export type Basis = 'self' | 'final';

export interface SpbeIndex {
  basis: Basis;
  total: number;
  predicate: Predicate;
  domains: Array<{ number: number; name: string; weight: number; index: number }>;
  aspects: Array<{ number: number; domainNumber: number; name: string; weight: number; index: number }>;
  filled: number;
  indicators: number;
}

export interface Gap {
  number: number;
  name: string;
  level: Level;
  nextLevel: Level;
  gain: number;
  indexAfter: number;
}

export interface Simulation {
  before: SpbeIndex;
  after: SpbeIndex;
}

export interface HistoryPoint {
  year: number;
  frameworkCode: string;
  frameworkName: string;
  index: number;
  predicate: Predicate;
  source: 'evaluasi' | 'kemenpanrb';
}
