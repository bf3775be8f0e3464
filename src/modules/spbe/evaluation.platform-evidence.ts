/**
 * Evidence the platform itself holds for an indicator: the complaint service's statistics for
 * the indicator on public complaints (42 in PermenPANRB 59/2020) and the catalogue's for the one
 * on open data (43). Indicators are matched by what they are about, not by number, so an imported
 * framework that names them the same way gets the link too; a policy indicator on the same
 * subject does not, as a policy is proved by a document, not by traffic.
 */
import type { Platform } from '../../platform/module.js';
import { createStatsService } from '../complaints/index.js';
import { catalogueSummary } from '../opendata/index.js';
import type { FrameworkIndicator } from './framework.definition.js';

export type PlatformSource = 'sambat' | 'opendata';

export interface PlatformEvidence {
  source: PlatformSource;
  summary: string;
  figures: Record<string, number>;
  url: string;
}

export function platformSourceOf(indicator: Pick<FrameworkIndicator, 'name'>): PlatformSource | null {
  if (/kebijakan internal/i.test(indicator.name)) return null;
  if (/pengaduan/i.test(indicator.name)) return 'sambat';
  if (/data terbuka/i.test(indicator.name)) return 'opendata';
  return null;
}

export function createPlatformEvidence(platform: Platform) {
  const stats = createStatsService(platform);
  return {
    /** The figures for the evaluated year (complaints filed that year; the catalogue as it stands). */
    async forYear(year: number): Promise<Record<PlatformSource, PlatformEvidence>> {
      const [byOpd, catalogue] = await Promise.all([stats.byOpd({ from: `${year}-01-01`, to: `${year}-12-31` }), catalogueSummary(platform)]);
      const received = byOpd.reduce((sum, o) => sum + o.received, 0);
      const answered = byOpd.reduce((sum, o) => sum + o.answered, 0);
      const inTime = byOpd.reduce((sum, o) => sum + Math.round((o.answeredInTimeShare ?? 0) * o.answered), 0);
      const share = answered > 0 ? Math.round((inTime / answered) * 100) : 0;
      return {
        sambat: {
          source: 'sambat',
          summary: `SAMBAT ${year}: ${received} aduan diterima, ${answered} dijawab, ${share}% dari yang dijawab tepat waktu.`,
          figures: { received, answered, answeredInTime: inTime },
          url: '/aduan',
        },
        opendata: {
          source: 'opendata',
          summary: `Satu Data: ${catalogue.published} dataset ditayangkan oleh ${catalogue.publishingOpds} perangkat daerah; ${catalogue.overdue} melewati jadwal pemutakhiran.`,
          figures: { ...catalogue },
          url: '/data',
        },
      };
    },
  };
}
