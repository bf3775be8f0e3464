/** The smart city API's answers (src/modules/smartcity/*.schemas.ts), as the pages read them. */

export type Horizon = 'quick_win' | 'menengah' | 'panjang';
export const HORIZONS: Horizon[] = ['quick_win', 'menengah', 'panjang'];

export interface Element {
  code: string;
  name: string;
}

/** One of the six dimensions (Smart Governance ... Smart Environment) with its three elements. */
export interface Dimension {
  code: string;
  name: string;
  elements: Element[];
}

/** A programme of the city's masterplan. */
export interface Programme {
  id: string;
  code: string;
  title: string;
  description: string;
  dimension: string;
  element: string;
  horizon: Horizon;
  startYear: number;
  endYear: number;
  leadOpdId: string | null;
  /** The lead OPD's short name. */
  leadOpdName: string | null;
  /** Roadmap items that serve it, and their mean progress (null without items). */
  items: number;
  progress: number | null;
}

export type ProgrammeInput = Omit<Programme, 'id' | 'leadOpdName' | 'items' | 'progress'>;

export interface Milestone {
  id: string;
  title: string;
  /** YYYY-MM-DD */
  due: string;
  /** The day it was done (YYYY-MM-DD), or null. */
  doneAt: string | null;
  weight: number;
}

export interface RoadmapIndicator {
  id: string;
  name: string;
  unit: string;
  target: number;
  realization: number | null;
}

/** An OPD's roadmap item; progress is the server's (0-100), from its milestones. */
export interface RoadmapItem {
  id: string;
  opdId: string;
  opdName: string | null;
  programmeId: string | null;
  title: string;
  description: string;
  dimension: string;
  element: string;
  horizon: Horizon;
  owner: string;
  budget: number;
  startYear: number;
  endYear: number;
  milestones: Milestone[];
  indicators: RoadmapIndicator[];
  progress: number;
  updatedAt: string;
}

export type IndicatorInput = Omit<RoadmapIndicator, 'id'>;

/** What the form changes on an item (PATCH); its milestones and indicators change on their own. */
export interface RoadmapInput {
  programmeId: string | null;
  title: string;
  description: string;
  dimension: string;
  element: string;
  horizon: Horizon;
  owner: string;
  budget: number;
  startYear: number;
  endYear: number;
}

/** A new item: the OPD it belongs to, and its first indicators. */
export interface NewRoadmapInput extends RoadmapInput {
  opdId: string;
  indicators: IndicatorInput[];
}

export interface RoadmapFilter {
  opdId?: string;
  dimension?: string;
  horizon?: Horizon;
  /** Items running in this year (from their start year to their end year). */
  year?: number;
  /** Words in the item's title. */
  q?: string;
}

/** A roll-up figure: progress 0-100 (null when nothing counts yet) over so many items. */
export interface RollUp {
  progress: number | null;
  items: number;
}

export interface Progress {
  year: number | null;
  city: RollUp;
  dimensions: Array<RollUp & { code: string; name: string; elements: Array<RollUp & { code: string; name: string }> }>;
  opds: Array<RollUp & { opdId: string; opdName: string | null }>;
  programmes: Array<RollUp & { id: string; code: string; title: string }>;
}

/** The five evaluation indices, in the order the national evaluation lists them. */
export type IndexKey = 'baseline' | 'output' | 'outcome' | 'impact' | 'quickWin';
export const INDEX_KEYS: IndexKey[] = ['baseline', 'output', 'outcome', 'impact', 'quickWin'];

export type Weights = Record<IndexKey, number>;

export type Stage = 1 | 2;

export interface EvaluationEvidence {
  id: string;
  /** The index it supports, or null for the evaluation as a whole. */
  index: IndexKey | null;
  name: string;
  contentType: string;
  size: number;
  url: string;
  uploadedAt: string;
}

export interface Evaluation {
  id: string;
  year: number;
  stage: Stage;
  /** "Tahap I 2024" */
  label: string;
  status: 'draft' | 'published';
  indices: Record<IndexKey, number | null>;
  weights: Weights;
  score: number | null;
  dimensions: Array<{ dimension: string; name: string; index: number | null }>;
  evidence: EvaluationEvidence[];
  notes: string;
  publishedAt: string | null;
  updatedAt: string;
}

export interface EvaluationInput {
  indices: Record<IndexKey, number | null>;
  dimensions: Array<{ dimension: string; index: number | null }>;
  notes: string;
}

export interface Settings {
  weights: Weights;
  /** null while the defaults apply. */
  updatedAt?: string | null;
}
