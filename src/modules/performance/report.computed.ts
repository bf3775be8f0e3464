/**
 * Figures the platform fills in itself for computed indicators (measures.ts), from what other
 * modules export. sambat_on_time: the share of the OPD's SAMBAT complaints first answered in the
 * quarter (city time) that were answered within their time limit.
 */
import type { Platform } from '../../platform/module.js';
import { createStatsService } from '../complaints/index.js';
import { round2 } from './achievement.js';
import { isMeasure, type Measure } from './measures.js';
import { type Quarter, quarterDays } from './report.due.js';

export interface ComputedFigure {
  value: number | null;
  /** Says what was counted, or why there is no figure. */
  note: string;
}

type Compute = (platform: Platform, opdId: string, year: number, quarter: Quarter) => Promise<ComputedFigure>;

const COMPUTE: Record<Measure, Compute> = {
  async sambat_on_time(platform, opdId, year, quarter) {
    const { first, last } = quarterDays(year, quarter);
    const { answered, inTime } = await createStatsService(platform).answeredInTime({ opdId, from: first, to: last });
    if (answered === 0) {
      return { value: null, note: `Tidak ada aduan SAMBAT yang dijawab OPD antara ${first} dan ${last}: tidak ada yang dapat diukur.` };
    }
    return {
      value: round2((inTime / answered) * 100),
      note: `${inTime} dari ${answered} aduan SAMBAT yang dijawab OPD antara ${first} dan ${last} dijawab dalam batas waktu.`,
    };
  },
};

/**
 * The current figure of each computed indicator among these, by indicator id. Runs its queries
 * outside any transaction: on PGlite a transaction holds the only connection.
 */
export async function computedFigures(
  platform: Platform,
  indicators: Array<{ indicator_id: string; source: string; measure: string | null }>,
  opdId: string,
  year: number,
  quarter: Quarter,
): Promise<Map<string, ComputedFigure>> {
  const byMeasure = new Map<string, ComputedFigure>();
  const figures = new Map<string, ComputedFigure>();
  for (const i of indicators) {
    if (i.source !== 'computed') continue;
    const measure = i.measure ?? '';
    if (!byMeasure.has(measure)) {
      byMeasure.set(
        measure,
        isMeasure(measure)
          ? await COMPUTE[measure](platform, opdId, year, quarter)
          : { value: null, note: `Ukuran ${measure || '(kosong)'} tidak dikenal platform; nilai tidak dapat dihitung.` },
      );
    }
    figures.set(i.indicator_id, byMeasure.get(measure) as ComputedFigure);
  }
  return figures;
}
