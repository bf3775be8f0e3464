/**
 * The roadmap form's state, as typed: everything is text until it is sent, so a half-typed amount
 * or year stays on screen. inputOf turns it into the API's body, or names the fields it cannot
 * read, by the names the API uses for them ("budget", "indicators.0.target").
 */
import { formatNumber } from '../../../i18n/format';
import { parseFigure, parseRupiah } from '../shared/format';
import type { Horizon, IndicatorInput, NewRoadmapInput, RoadmapItem } from '../shared/types';

export interface IndicatorDraft {
  key: number;
  name: string;
  unit: string;
  target: string;
  realization: string;
}

export interface RoadmapDraft {
  opdId: string;
  programmeId: string;
  title: string;
  description: string;
  dimension: string;
  element: string;
  horizon: Horizon | '';
  owner: string;
  budget: string;
  startYear: string;
  endYear: string;
  /** Only for a new item; an existing item's indicators change one by one. */
  indicators: IndicatorDraft[];
}

export function emptyDraft(opdId: string): RoadmapDraft {
  const year = String(new Date().getFullYear());
  return {
    opdId,
    programmeId: '',
    title: '',
    description: '',
    dimension: '',
    element: '',
    horizon: '',
    owner: '',
    budget: '',
    startYear: year,
    endYear: year,
    indicators: [],
  };
}

export function draftOf(item: RoadmapItem): RoadmapDraft {
  return {
    opdId: item.opdId,
    programmeId: item.programmeId ?? '',
    title: item.title,
    description: item.description,
    dimension: item.dimension,
    element: item.element,
    horizon: item.horizon,
    owner: item.owner,
    budget: formatNumber(item.budget),
    startYear: String(item.startYear),
    endYear: String(item.endYear),
    indicators: [],
  };
}

/** Fields the form itself could not read, by the API's names. */
export type DraftProblems = Record<string, true>;

const yearOf = (value: string) => (/^\d{4}$/.test(value.trim()) ? Number(value) : null);

/** One indicator as typed, or the names of its fields that are not figures. */
export function indicatorOf(row: Omit<IndicatorDraft, 'key'>, prefix: string, problems: DraftProblems): IndicatorInput {
  const target = parseFigure(row.target);
  const realization = parseFigure(row.realization);
  if (typeof target !== 'number') problems[`${prefix}target`] = true;
  if (realization === 'invalid') problems[`${prefix}realization`] = true;
  return {
    name: row.name.trim(),
    unit: row.unit.trim(),
    target: typeof target === 'number' ? target : 0,
    realization: typeof realization === 'number' ? realization : null,
  };
}

export function inputOf(draft: RoadmapDraft): { input: NewRoadmapInput; problems: DraftProblems } {
  const problems: DraftProblems = {};
  const budget = parseRupiah(draft.budget);
  if (typeof budget !== 'number') problems.budget = true;
  const startYear = yearOf(draft.startYear);
  const endYear = yearOf(draft.endYear);
  if (startYear === null) problems.startYear = true;
  if (endYear === null) problems.endYear = true;
  const indicators = draft.indicators.map((row, index) => indicatorOf(row, `indicators.${index}.`, problems));
  return {
    problems,
    input: {
      opdId: draft.opdId,
      programmeId: draft.programmeId || null,
      title: draft.title.trim(),
      description: draft.description.trim(),
      // Left blank, these go as they are: the server names the field, and the form shows its word beside it.
      dimension: draft.dimension,
      element: draft.element,
      horizon: draft.horizon as Horizon,
      owner: draft.owner.trim(),
      budget: typeof budget === 'number' ? budget : 0,
      startYear: startYear ?? 0,
      endYear: endYear ?? 0,
      indicators,
    },
  };
}
