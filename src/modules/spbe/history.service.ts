/**
 * The city's SPBE indices across years: its own final evaluations and the national evaluations'
 * published results. Each item names its framework; results under different frameworks are not
 * comparable, so the pages draw one series per framework and never join them.
 */
import type { Platform } from '../../platform/module.js';
import * as repo from './evaluation.repository.js';
import { evaluationSummary } from './evaluation.view.js';
import { listPublishedResults } from './framework.repository.js';
import { createFrameworkService } from './framework.service.js';
import { predicateOf } from './spbe.index.js';

export function createHistoryService(platform: Platform) {
  const frameworks = createFrameworkService(platform);
  return {
    async history() {
      const [evaluations, rows, published] = await Promise.all([
        repo.listEvaluations(platform.db),
        repo.levelsByYear(platform.db),
        listPublishedResults(platform.db),
      ]);
      const items = [];
      for (const result of published) {
        const framework = await frameworks.framework(result.framework_code);
        const predicate = predicateOf(framework, result.index);
        items.push({
          year: result.year,
          frameworkCode: framework.code,
          frameworkName: framework.name,
          index: result.index,
          predicate: { code: predicate.code, label: predicate.label },
          source: 'kemenpanrb' as const,
          sourceName: result.source,
        });
      }
      for (const evaluation of evaluations.filter((e) => e.status === 'final')) {
        const framework = await frameworks.framework(evaluation.framework_code);
        const summary = evaluationSummary(
          evaluation,
          framework,
          rows.filter((r) => r.year === evaluation.year),
        );
        if (summary.index === null || summary.predicate === null) continue;
        items.push({
          year: evaluation.year,
          frameworkCode: framework.code,
          frameworkName: framework.name,
          index: summary.index,
          predicate: summary.predicate,
          source: 'evaluasi' as const,
          sourceName: 'Evaluasi mandiri di Balaikota',
        });
      }
      return items.sort((a, b) => a.year - b.year || a.source.localeCompare(b.source));
    },
  };
}
