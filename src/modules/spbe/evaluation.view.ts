/**
 * How an evaluation and its indicators are shown, and to whom: the coordination team and the
 * assessors see everything; an OPD's staff see every indicator's level and status but the claims,
 * explanations, evidence and reviews only of the indicators assigned to their own OPD; the public
 * sees a final evaluation's levels and indices only.
 */

import type { PlatformEvidence } from './evaluation.platform-evidence.js';
import type { AssessmentRow, EvaluationRow, EvidenceRow, ReviewRow } from './evaluation.repository.js';
import type { Framework, FrameworkIndicator } from './framework.definition.js';
import { type Levels, type SpbeIndex, spbeIndex } from './spbe.index.js';

export type Basis = 'self' | 'final';

/** The levels an index is computed from: the OPDs' own (self) or after the assessors' judgement (final). */
export function levelsOf(rows: Array<Pick<AssessmentRow, 'indicator' | 'status' | 'self_level' | 'assessed_level'>>, basis: Basis): Levels {
  const levels = new Map<number, number>();
  for (const row of rows) {
    if (basis === 'final') {
      if (row.status === 'confirmed' || row.status === 'corrected') levels.set(row.indicator, row.assessed_level ?? row.self_level);
    } else if (row.status !== 'unassigned' && row.status !== 'draft') {
      levels.set(row.indicator, row.self_level);
    }
  }
  return levels;
}

export function progressOf(rows: Array<Pick<AssessmentRow, 'status'>>) {
  return {
    indicators: rows.length,
    assigned: rows.filter((r) => r.status !== 'unassigned').length,
    submitted: rows.filter((r) => r.status === 'submitted' || r.status === 'confirmed' || r.status === 'corrected').length,
    reviewed: rows.filter((r) => r.status === 'confirmed' || r.status === 'corrected').length,
  };
}

export function evaluationSummary(
  evaluation: EvaluationRow,
  framework: Framework,
  rows: Array<Pick<AssessmentRow, 'indicator' | 'status' | 'self_level' | 'assessed_level'>>,
) {
  const basis: Basis = evaluation.status === 'final' ? 'final' : 'self';
  const index: SpbeIndex = spbeIndex(framework, levelsOf(rows, basis));
  const anyLevel = index.filled > 0;
  return {
    year: evaluation.year,
    frameworkCode: framework.code,
    frameworkName: framework.name,
    status: evaluation.status,
    finalizedAt: evaluation.finalized_at?.toISOString() ?? null,
    basis,
    index: anyLevel ? index.total : null,
    predicate: anyLevel ? index.predicate : null,
    progress: progressOf(rows),
  };
}

export interface AssessmentParts {
  opdName: string | null;
  evidence: EvidenceRow[];
  reviews: ReviewRow[];
  platform: PlatformEvidence | null;
  /** False when the reader may see only the level and status. */
  detailed: boolean;
}

export function assessmentView(framework: Framework, indicator: FrameworkIndicator, row: AssessmentRow, parts: AssessmentParts) {
  const scale = framework.scales[indicator.scale];
  return {
    number: indicator.number,
    name: indicator.name,
    domainNumber: indicator.domainNumber,
    aspectNumber: indicator.aspectNumber,
    weight: indicator.weight / 100,
    scale: indicator.scale,
    levelNames: scale?.levels ?? [],
    levelDescriptions: indicator.levels,
    opdId: row.opd_id,
    opdName: parts.opdName,
    status: row.status,
    claims: parts.detailed ? row.claims : [],
    explanation: parts.detailed ? row.explanation : '',
    selfLevel: row.self_level,
    assessedLevel: row.assessed_level,
    finalLevel: row.assessed_level ?? row.self_level,
    evidence: parts.detailed
      ? parts.evidence.map((e) => ({
          id: e.id,
          level: e.level,
          kind: e.kind,
          name: e.name,
          url: e.kind === 'link' ? (e.url as string) : `/api/spbe/evidence/${e.id}`,
          size: e.size_bytes,
          uploadedAt: e.uploaded_at.toISOString(),
        }))
      : [],
    reviews: parts.detailed
      ? parts.reviews.map((r) => ({ decision: r.decision, level: r.level, comment: r.comment, assessor: r.assessor_name, at: r.at.toISOString() }))
      : [],
    platform: parts.platform,
  };
}

export type AssessmentView = ReturnType<typeof assessmentView>;
