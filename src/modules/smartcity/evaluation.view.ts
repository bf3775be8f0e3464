/** An evaluation as the API, the workbook and the PDF show it. */
import type { DimensionIndexRow, EvaluationRow, EvidenceRow } from './evaluation.repository.js';
import type { EvaluationView, EvidenceView } from './evaluation.schemas.js';
import { type IndexKey, type ScoreWeights, scoreOf } from './smartcity.score.js';

export const stageLabel = (year: number, stage: number) => `Tahap ${stage === 1 ? 'I' : 'II'} ${year}`;

export function indicesOf(row: EvaluationRow): Record<IndexKey, number | null> {
  return { baseline: row.baseline, output: row.output, outcome: row.outcome, impact: row.impact, quickWin: row.quick_win };
}

export function evidenceView(e: EvidenceRow): EvidenceView {
  return {
    id: e.id,
    index: e.index_key,
    name: e.file_name,
    contentType: e.content_type,
    size: e.size_bytes,
    uploadedAt: e.uploaded_at.toISOString(),
    url: `/api/smartcity/evidence/${e.id}`,
  };
}

/**
 * A published evaluation shows the weights and score frozen when it was published; a draft is
 * scored with the current settings.
 */
export function evaluationView(
  row: EvaluationRow,
  dimensionIndices: DimensionIndexRow[],
  evidence: EvidenceRow[],
  dimensions: ReadonlyArray<{ code: string; name: string }>,
  currentWeights: ScoreWeights,
): EvaluationView {
  const indices = indicesOf(row);
  const weights = row.weights ?? currentWeights;
  return {
    id: row.id,
    year: row.year,
    stage: row.stage,
    label: stageLabel(row.year, row.stage),
    status: row.status,
    indices,
    weights,
    score: row.status === 'published' ? row.score : scoreOf(indices, weights),
    dimensions: dimensions.map((d) => ({ dimension: d.code, name: d.name, index: dimensionIndices.find((x) => x.dimension_code === d.code)?.value ?? null })),
    notes: row.notes,
    evidence: evidence.map(evidenceView),
    publishedAt: row.published_at?.toISOString() ?? null,
    updatedAt: row.updated_at.toISOString(),
  };
}
