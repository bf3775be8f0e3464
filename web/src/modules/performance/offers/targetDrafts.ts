/**
 * The offer form's targets as typed, and their reading into the API's targets. Pure: what is
 * missing or wrong is returned by field, for the form to show beside each input.
 */
import { parseFigure } from '../shared/figures';
import type { Indicator } from '../shared/types';
import { isRange, type TargetInput } from './api';

export interface TargetDraft {
  target: string;
  upper: string;
  quarterly: [string, string, string, string];
}

export const emptyDraft = (): TargetDraft => ({ target: '', upper: '', quarterly: ['', '', '', ''] });

export type DraftProblem = 'number' | 'upper' | 'none';

/**
 * Indicators with a yearly target are offered; those left blank are not. Problems are keyed
 * `${indicatorId}.target`, `.upper` or `.q1`-`.q4`; `none` when no indicator has a target.
 */
export function readTargets(indicators: Indicator[], drafts: Record<string, TargetDraft>): { targets: TargetInput[]; problems: Record<string, DraftProblem> } {
  const problems: Record<string, DraftProblem> = {};
  const targets: TargetInput[] = [];
  for (const indicator of indicators) {
    const draft = drafts[indicator.id] ?? emptyDraft();
    const target = parseFigure(draft.target);
    const quarterly = draft.quarterly.map(parseFigure);
    quarterly.forEach((q, i) => {
      if (q === 'invalid') problems[`${indicator.id}.q${i + 1}`] = 'number';
    });
    if (target === null) {
      // A quarter or bound typed without a yearly target is a slip, not "leave this indicator out".
      if (quarterly.some((q) => q !== null) || draft.upper.trim() !== '') problems[`${indicator.id}.target`] = 'number';
      continue;
    }
    if (target === 'invalid') {
      problems[`${indicator.id}.target`] = 'number';
      continue;
    }
    const upper = parseFigure(draft.upper);
    if (isRange(indicator.direction) && (typeof upper !== 'number' || upper < target)) problems[`${indicator.id}.upper`] = 'upper';
    targets.push({
      indicatorId: indicator.id,
      target,
      ...(isRange(indicator.direction) && typeof upper === 'number' ? { targetUpper: upper } : {}),
      ...(quarterly.some((q) => q !== null) ? { quarterly: quarterly.map((q) => (typeof q === 'number' ? q : null)) } : {}),
    });
  }
  if (targets.length === 0 && Object.keys(problems).length === 0) problems.targets = 'none';
  return { targets, problems };
}
