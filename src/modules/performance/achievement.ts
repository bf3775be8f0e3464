/**
 * Achievement (capaian) of one indicator in one period, by the PermenPANRB rule (DOMAIN.md
 * section 4). Pure arithmetic: every answer carries the formula it used, written out with the
 * figures, so an OPD head can check it by hand.
 */

export type Direction = 'higher' | 'lower' | 'range';

export interface Target {
  direction: Direction;
  /** The target; for a range, its lower bound. */
  value: number;
  /** For a range only: its upper bound. */
  upper?: number;
}

export type AchievementBasis = 'formula' | 'zero_target' | 'within_range' | 'missing';

export interface Achievement {
  /** Percent, not capped unless the caller asks; null when it cannot be computed. */
  percent: number | null;
  basis: AchievementBasis;
  /** The computation written out, in Indonesian and English. */
  explanation: { id: string; en: string };
}

/** Rounds for display and storage: two decimals, as reports print them. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

const fmt = (n: number) => String(round2(n));

function higher(realization: number, target: number): Achievement {
  if (target === 0) {
    // Nothing to divide by: any realization at or above a target of zero meets it.
    const met = realization >= 0;
    return {
      percent: met ? 100 : 0,
      basis: 'zero_target',
      explanation: {
        id: `Target 0 (makin tinggi makin baik): realisasi ${fmt(realization)} ${met ? 'memenuhi' : 'tidak memenuhi'} target, capaian ${met ? 100 : 0}%.`,
        en: `Target 0 (higher is better): realization ${fmt(realization)} ${met ? 'meets' : 'misses'} it, achievement ${met ? 100 : 0}%.`,
      },
    };
  }
  const percent = (realization / target) * 100;
  return {
    percent: round2(percent),
    basis: 'formula',
    explanation: {
      id: `${fmt(realization)} / ${fmt(target)} × 100% = ${fmt(percent)}%`,
      en: `${fmt(realization)} / ${fmt(target)} × 100% = ${fmt(percent)}%`,
    },
  };
}

function lower(realization: number, target: number): Achievement {
  if (target === 0) {
    // "Zero accidents": met only by zero; the formula would divide by the target.
    const met = realization <= 0;
    return {
      percent: met ? 100 : 0,
      basis: 'zero_target',
      explanation: {
        id: `Target 0 (makin rendah makin baik): realisasi ${fmt(realization)} ${met ? 'memenuhi' : 'melampaui'} target, capaian ${met ? 100 : 0}%.`,
        en: `Target 0 (lower is better): realization ${fmt(realization)} ${met ? 'meets' : 'exceeds'} it, achievement ${met ? 100 : 0}%.`,
      },
    };
  }
  const percent = ((2 * target - realization) / target) * 100;
  return {
    percent: round2(percent),
    basis: 'formula',
    explanation: {
      id: `(2 × ${fmt(target)} − ${fmt(realization)}) / ${fmt(target)} × 100% = ${fmt(percent)}%`,
      en: `(2 × ${fmt(target)} − ${fmt(realization)}) / ${fmt(target)} × 100% = ${fmt(percent)}%`,
    },
  };
}

/**
 * Achievement of a realization against a target. A range counts as met inside its bounds; above
 * it, the upper bound is the target of a lower-is-better indicator; below it, the lower bound is
 * the target of a higher-is-better one. Missing realization gives null, never zero: a report not
 * yet made is not a failure to perform.
 */
export function achievement(target: Target, realization: number | null | undefined, options: { cap?: number } = {}): Achievement {
  if (realization === null || realization === undefined || !Number.isFinite(realization)) {
    return {
      percent: null,
      basis: 'missing',
      explanation: { id: 'Realisasi belum dilaporkan; capaian tidak dihitung.', en: 'No realization reported; achievement not computed.' },
    };
  }
  let result: Achievement;
  if (target.direction === 'higher') result = higher(realization, target.value);
  else if (target.direction === 'lower') result = lower(realization, target.value);
  else {
    const upper = target.upper ?? target.value;
    if (realization > upper) result = lower(realization, upper);
    else if (realization < target.value) result = higher(realization, target.value);
    else {
      result = {
        percent: 100,
        basis: 'within_range',
        explanation: {
          id: `Realisasi ${fmt(realization)} di dalam rentang ${fmt(target.value)}–${fmt(upper)}: capaian 100%.`,
          en: `Realization ${fmt(realization)} lies within ${fmt(target.value)}–${fmt(upper)}: achievement 100%.`,
        },
      };
    }
  }
  if (options.cap !== undefined && result.percent !== null && result.percent > options.cap) {
    return {
      ...result,
      percent: options.cap,
      explanation: {
        id: `${result.explanation.id}; dibatasi ${options.cap}%.`,
        en: `${result.explanation.en}; capped at ${options.cap}%.`,
      },
    };
  }
  return result;
}
