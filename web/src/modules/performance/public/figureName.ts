/**
 * The names a rule gives its figures (rules.ts on the server: "achievement %", "score TW I 2026")
 * in the reader's words. A name this does not know is shown as the server wrote it.
 */
import type { TFunction } from 'i18next';

const FIXED: Record<string, string> = {
  'achievement %': 'figure.achievement',
  'threshold %': 'figure.threshold',
  'absorption of plan %': 'figure.absorptionOfPlan',
};

export function figureName(name: string, t: TFunction<'scores'>): string {
  const fixed = FIXED[name];
  if (fixed) return t(fixed);
  const perQuarter = /^(score|bar) (.+)$/.exec(name);
  if (perQuarter) return t(perQuarter[1] === 'score' ? 'figure.score' : 'figure.bar', { when: perQuarter[2] });
  return name;
}
