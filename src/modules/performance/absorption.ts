/**
 * Budget absorption (serapan anggaran, DOMAIN.md section 4): realized spending against the ceiling
 * (pagu), per quarter and cumulative, and against the planned cash schedule. Amounts are whole
 * rupiah; percentages are rounded to two decimals only when reported.
 */
import { round2 } from './achievement.js';

export type Quarter = 1 | 2 | 3 | 4;
export const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];

export interface BudgetYear {
  /** The year's ceiling in rupiah. */
  pagu: number;
  /** Planned cash out per quarter (index 0 = TW I). */
  plan: readonly [number, number, number, number];
  /** Realized spending per quarter; null for a quarter not yet imported. */
  realized: readonly [number | null, number | null, number | null, number | null];
}

export interface QuarterAbsorption {
  quarter: Quarter;
  planned: number;
  realized: number | null;
  /** This quarter's spending as a share of the pagu. */
  absorption: number | null;
  plannedCumulative: number;
  realizedCumulative: number | null;
  /** Spending to the end of this quarter as a share of the pagu. */
  absorptionCumulative: number | null;
  /** Spending to date as a share of what the plan meant to spend by now. */
  ofPlanCumulative: number | null;
  /** Realized minus planned to date, in rupiah: negative is behind the plan. */
  deviation: number | null;
}

/** Checks a budget year before it is stored; returns what to fix, or null. */
export function budgetProblem(year: BudgetYear): { id: string; en: string } | null {
  const plannedTotal = year.plan.reduce((a, b) => a + b, 0);
  if (year.pagu < 0 || year.plan.some((p) => p < 0) || year.realized.some((r) => r !== null && r < 0)) {
    return { id: 'Pagu, rencana dan realisasi tidak boleh negatif.', en: 'The ceiling, the plan and the realization cannot be negative.' };
  }
  if (plannedTotal > year.pagu) {
    return {
      id: `Rencana penarikan dana (Rp${plannedTotal.toLocaleString('id-ID')}) melebihi pagu (Rp${year.pagu.toLocaleString('id-ID')}).`,
      en: `The cash plan (Rp${plannedTotal.toLocaleString('en')}) is over the ceiling (Rp${year.pagu.toLocaleString('en')}).`,
    };
  }
  return null;
}

const share = (part: number, whole: number): number | null => (whole > 0 ? round2((part / whole) * 100) : null);

/**
 * The year quarter by quarter. A quarter without realization has no figures, and neither has any
 * cumulative figure after it: a gap is not spending of zero.
 */
export function absorptionByQuarter(year: BudgetYear): QuarterAbsorption[] {
  let planned = 0;
  let realized: number | null = 0;
  return QUARTERS.map((quarter, i) => {
    planned += year.plan[i];
    const spent = year.realized[i];
    realized = realized === null || spent === null ? null : realized + spent;
    return {
      quarter,
      planned: year.plan[i],
      realized: spent,
      absorption: spent === null ? null : share(spent, year.pagu),
      plannedCumulative: planned,
      realizedCumulative: realized,
      absorptionCumulative: realized === null ? null : share(realized, year.pagu),
      ofPlanCumulative: realized === null ? null : share(realized, planned),
      deviation: realized === null ? null : realized - planned,
    };
  });
}
