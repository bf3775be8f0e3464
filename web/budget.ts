/**
 * The JavaScript budget of the citizen pages: what a phone downloads on its first visit to each one,
 * gzipped, must stay within BUDGET_BYTES. The build prints the figure per page and fails over it.
 *
 * A page's first load is the entry chunk, the page's own chunk and everything either imports
 * statically. Leaflet (about 43 KB) does not fit beside React, React Router, TanStack Query and
 * i18next in that budget, so the map is a module the page fetches after its first render, while the
 * list and the forms already work; the build prints that figure too (`later`), so it stays visible.
 */
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

export const BUDGET_BYTES = 150 * 1024;

interface CitizenPage {
  path: string;
  module: string;
  /** Lazy modules the page fetches after its first render. */
  later?: string[];
}

export const CITIZEN_PAGES: CitizenPage[] = [
  { path: '/', module: 'src/modules/complaints/citizen/home/HomePage.tsx' },
  { path: '/aduan/baru', module: 'src/modules/complaints/citizen/filing/FilingPage.tsx', later: ['src/map/LeafletMap.tsx'] },
  { path: '/lacak/:trackingNo', module: 'src/modules/complaints/citizen/tracking/TrackPage.tsx' },
  { path: '/aduan', module: 'src/modules/complaints/citizen/browse/ListPage.tsx' },
  { path: '/peta', module: 'src/modules/complaints/citizen/browse/MapPage.tsx', later: ['src/map/LeafletMap.tsx', 'src/map/clusters.ts'] },
  { path: '/kinerja', module: 'src/modules/performance/public/PublishedScoresPage.tsx' },
  { path: '/data', module: 'src/modules/opendata/catalogue/CataloguePage.tsx' },
  { path: '/data/:name', module: 'src/modules/opendata/dataset/DatasetPage.tsx' },
  { path: '/spbe', module: 'src/modules/spbe/public/SpbePublicPage.tsx' },
  { path: '/smartcity', module: 'src/modules/smartcity/public/SmartCityPage.tsx' },
];

interface ChunkInfo {
  fileName: string;
  gzipBytes: number;
  imports: string[];
  facade: string | null;
  isEntry: boolean;
}

function closure(start: ChunkInfo[], byFile: Map<string, ChunkInfo>): Set<ChunkInfo> {
  const seen = new Set<ChunkInfo>();
  const stack = [...start];
  while (stack.length > 0) {
    const chunk = stack.pop()!;
    if (seen.has(chunk)) continue;
    seen.add(chunk);
    for (const file of chunk.imports) {
      const next = byFile.get(file);
      if (next) stack.push(next);
    }
  }
  return seen;
}

export function checkBudget(): Plugin {
  return {
    name: 'balaikota-js-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks: ChunkInfo[] = [];
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        chunks.push({
          fileName: item.fileName,
          gzipBytes: gzipSync(item.code, { level: 9 }).length,
          imports: item.imports,
          facade: item.facadeModuleId,
          isEntry: item.isEntry,
        });
      }
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      const bySource = (module: string) => chunks.find((c) => c.facade?.replaceAll('\\', '/').endsWith(`/web/${module}`));
      const entries = chunks.filter((c) => c.isEntry);
      const lines: string[] = [];
      const over: string[] = [];
      const sizeOf = (roots: ChunkInfo[]) => [...closure(roots, byFile)].reduce((sum, c) => sum + c.gzipBytes, 0);
      const chunkOf = (module: string) => {
        const chunk = bySource(module);
        if (!chunk) this.error(`JS budget: no chunk for ${module}; is it still imported lazily?`);
        return chunk;
      };
      const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(7)} KB`;
      for (const page of CITIZEN_PAGES) {
        const first = [...entries, chunkOf(page.module)];
        const total = sizeOf(first);
        const later = page.later ? `   then ${kb(sizeOf([...first, ...page.later.map(chunkOf)]) - total)} for the map` : '';
        lines.push(`  ${page.path.padEnd(20)} ${kb(total)}${later}`);
        if (total > BUDGET_BYTES) over.push(page.path);
      }
      const limit = (BUDGET_BYTES / 1024).toFixed(0);
      process.stdout.write(`\nCitizen pages, first-load JavaScript (gzip), budget ${limit} KB each:\n${lines.join('\n')}\n\n`);
      if (over.length > 0 && !process.env.BUDGET_REPORT_ONLY) this.error(`JS budget exceeded (${limit} KB gzip) on: ${over.join(', ')}`);
    },
  };
}
