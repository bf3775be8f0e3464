/**
 * The yearly SPBE self-evaluation (DOMAIN.md section 6). The coordination team opens a year under
 * a framework and assigns each indicator to an OPD; the OPD claims levels with explanations and
 * evidence and submits; the internal assessors confirm, correct or return; the team finalizes
 * once every indicator is judged, and the final evaluation is public.
 */
import { randomUUID } from 'node:crypto';
import { commonErrors } from '../../errors.js';
import { authorize } from '../../platform/auth/authorize.js';
import { can, reachableOpds } from '../../platform/auth/permissions.js';
import type { RequestContext } from '../../platform/context.js';
import type { Platform } from '../../platform/module.js';
import { evidenceFileName, evidenceKindOf } from '../../platform/storage/evidence-kind.js';
import { createOpdService } from '../org/index.js';
import { createPlatformEvidence, platformSourceOf } from './evaluation.platform-evidence.js';
import * as repo from './evaluation.repository.js';
import { type AssessmentView, assessmentView, type Basis, evaluationSummary, levelsOf } from './evaluation.view.js';
import type { EvidenceUpload } from './evidence.upload.js';
import type { Framework, FrameworkIndicator } from './framework.definition.js';
import { createFrameworkService } from './framework.service.js';
import { spbeErrors } from './spbe.errors.js';
import { countedLevel, gapAnalysis, simulate, spbeIndex } from './spbe.index.js';
import type { Claim } from './spbe.tables.js';

export const EVIDENCE_PER_INDICATOR = 20;
const EDITABLE = new Set(['draft', 'returned']);
const REASSIGNABLE = new Set(['unassigned', 'draft', 'returned']);

export interface FillInput {
  claims: Claim[];
  explanation: string;
}
export interface ReviewInput {
  decision: 'confirm' | 'correct' | 'return';
  level?: number;
  comment?: string;
}

/** Who reads: everyone's details, only some OPDs' details, or the public (final evaluations only). */
type Reader = { kind: 'all' } | { kind: 'opds'; opds: string[] } | { kind: 'public' };

function readerOf(ctx: RequestContext): Reader {
  const reach = reachableOpds(ctx.actor, 'spbe.read_internal');
  if (reach === 'all') return { kind: 'all' };
  return reach.length > 0 ? { kind: 'opds', opds: reach } : { kind: 'public' };
}

function checkClaims(claims: Claim[]): Claim[] {
  const seen = new Set<number>();
  claims.forEach((claim, i) => {
    if (seen.has(claim.level)) throw spbeErrors.badClaims(i, `tingkat ${claim.level} disebut dua kali`, `level ${claim.level} appears twice`);
    seen.add(claim.level);
  });
  return [...claims].sort((a, b) => a.level - b.level).map((c) => ({ level: c.level, met: c.met, explanation: c.explanation.trim() }));
}

export function createEvaluationService(platform: Platform) {
  const { db, audit, storage } = platform;
  const frameworks = createFrameworkService(platform);
  const opds = createOpdService(platform);
  const platformEvidence = createPlatformEvidence(platform);

  /** The evaluation and its framework, when the caller may see it: an open one is not public. */
  async function visible(ctx: RequestContext, year: number) {
    const evaluation = await repo.findEvaluation(db, year);
    if (!evaluation || (evaluation.status !== 'final' && readerOf(ctx).kind === 'public')) throw spbeErrors.evaluationNotFound(year);
    return { evaluation, framework: await frameworks.framework(evaluation.framework_code) };
  }

  function indicatorOf(framework: Framework, number: number): FrameworkIndicator {
    const indicator = framework.indicators.find((i) => i.number === number);
    if (!indicator) throw spbeErrors.indicatorNotFound(number);
    return indicator;
  }

  /** Runs a change to one indicator in a transaction, with the evaluation open and the row locked. */
  async function changeAssessment<T>(
    year: number,
    number: number,
    change: (trx: typeof db, rows: { evaluation: repo.EvaluationRow; framework: Framework; row: repo.AssessmentRow }) => Promise<T>,
  ): Promise<T> {
    return db.transaction().execute(async (trx) => {
      const evaluation = await repo.findEvaluation(trx, year, true);
      if (!evaluation) throw spbeErrors.evaluationNotFound(year);
      if (evaluation.status === 'final') throw spbeErrors.evaluationFinal(year);
      const framework = await frameworks.framework(evaluation.framework_code);
      indicatorOf(framework, number);
      const row = await repo.findAssessment(trx, year, number, true);
      if (!row) throw spbeErrors.indicatorNotFound(number);
      return change(trx, { evaluation, framework, row });
    });
  }

  /** Recounts the level the claims reach with the evidence now attached. */
  async function recount(trx: typeof db, row: repo.AssessmentRow, claims: Claim[] = row.claims): Promise<number> {
    const evidence = await repo.listEvidence(trx, row.year, row.indicator);
    return countedLevel(claims, new Set(evidence.map((e) => e.level)));
  }

  async function view(ctx: RequestContext, year: number, number: number): Promise<AssessmentView> {
    const { evaluation, framework } = await visible(ctx, year);
    const row = await repo.findAssessment(db, year, number);
    if (!row) throw spbeErrors.indicatorNotFound(number);
    const indicator = indicatorOf(framework, number);
    const reader = readerOf(ctx);
    const detailed = reader.kind === 'all' || (reader.kind === 'opds' && !!row.opd_id && reader.opds.includes(row.opd_id));
    const [evidence, reviews, names, platformFigures] = await Promise.all([
      detailed ? repo.listEvidence(db, year, number) : [],
      detailed ? repo.listReviews(db, year, number) : [],
      opds.shortNames(row.opd_id ? [row.opd_id] : []),
      platformSourceOf(indicator) ? platformEvidence.forYear(evaluation.year) : null,
    ]);
    const source = platformSourceOf(indicator);
    return assessmentView(framework, indicator, row, {
      opdName: row.opd_id ? (names.get(row.opd_id) ?? null) : null,
      evidence,
      reviews,
      platform: source && platformFigures ? platformFigures[source] : null,
      detailed,
    });
  }

  async function levelsFor(ctx: RequestContext, year: number, basis: Basis | undefined) {
    const { evaluation, framework } = await visible(ctx, year);
    const chosen: Basis = basis ?? (evaluation.status === 'final' ? 'final' : 'self');
    return { framework, levels: levelsOf(await repo.listAssessments(db, year), chosen), basis: chosen };
  }

  return {
    /** Every evaluation the caller may see, newest first, each with its index so far. */
    async list(ctx: RequestContext) {
      const reader = readerOf(ctx);
      const [evaluations, rows] = await Promise.all([repo.listEvaluations(db), repo.levelsByYear(db)]);
      const items = [];
      for (const evaluation of evaluations) {
        if (evaluation.status !== 'final' && reader.kind === 'public') continue;
        const framework = await frameworks.framework(evaluation.framework_code);
        items.push(
          evaluationSummary(
            evaluation,
            framework,
            rows.filter((r) => r.year === evaluation.year),
          ),
        );
      }
      return items;
    },

    /** Opens a year's evaluation under a framework in force that year, every indicator unassigned. */
    async create(ctx: RequestContext, input: { year: number; frameworkCode: string }) {
      const actor = authorize(ctx, 'spbe.coordinate');
      const framework = await frameworks.framework(input.frameworkCode);
      if (input.year < framework.fromYear || (framework.toYear !== null && input.year > framework.toYear))
        throw spbeErrors.yearOutsideFramework(input.year, framework.fromYear, framework.toYear);
      await db.transaction().execute(async (trx) => {
        const numbers = framework.indicators.map((i) => i.number);
        if (!(await repo.insertEvaluation(trx, input.year, framework.code, actor.userId, numbers))) throw spbeErrors.evaluationExists(input.year);
        await audit.record(trx, ctx, {
          action: 'spbe.evaluation.create',
          recordType: 'spbe_evaluation',
          recordId: String(input.year),
          after: { year: input.year, framework: framework.code },
        });
      });
      return this.summary(ctx, input.year);
    },

    async summary(ctx: RequestContext, year: number) {
      const { evaluation, framework } = await visible(ctx, year);
      return evaluationSummary(evaluation, framework, await repo.listAssessments(db, year));
    },

    /** The evaluation with every indicator, shown as the caller may see it. */
    async detail(ctx: RequestContext, year: number) {
      const { evaluation, framework } = await visible(ctx, year);
      const reader = readerOf(ctx);
      const [rows, evidence, reviews] = await Promise.all([
        repo.listAssessments(db, year),
        reader.kind === 'public' ? [] : repo.listEvidence(db, year),
        reader.kind === 'public' ? [] : repo.listReviews(db, year),
      ]);
      const names = await opds.shortNames([...new Set(rows.map((r) => r.opd_id).filter((o): o is string => !!o))]);
      const needsPlatform = framework.indicators.some((i) => platformSourceOf(i));
      const figures = needsPlatform ? await platformEvidence.forYear(year) : null;
      const byNumber = new Map(rows.map((r) => [r.indicator, r]));
      const indicators = framework.indicators.map((indicator) => {
        const row = byNumber.get(indicator.number) as repo.AssessmentRow;
        const source = platformSourceOf(indicator);
        return assessmentView(framework, indicator, row, {
          opdName: row.opd_id ? (names.get(row.opd_id) ?? null) : null,
          evidence: evidence.filter((e) => e.indicator === indicator.number),
          reviews: reviews.filter((r) => r.indicator === indicator.number),
          platform: source && figures ? figures[source] : null,
          detailed: reader.kind === 'all' || (reader.kind === 'opds' && !!row.opd_id && reader.opds.includes(row.opd_id)),
        });
      });
      return { ...evaluationSummary(evaluation, framework, rows), indicators };
    },

    indicator: view,

    /** Assigns indicators to OPDs (or takes them back), all or nothing. */
    async assign(ctx: RequestContext, year: number, assignments: Array<{ indicator: number; opdId: string | null }>) {
      authorize(ctx, 'spbe.coordinate');
      const wanted = [...new Set(assignments.map((a) => a.opdId).filter((o): o is string => !!o))];
      const known = await opds.shortNames(wanted);
      await db.transaction().execute(async (trx) => {
        const evaluation = await repo.findEvaluation(trx, year, true);
        if (!evaluation) throw spbeErrors.evaluationNotFound(year);
        if (evaluation.status === 'final') throw spbeErrors.evaluationFinal(year);
        const framework = await frameworks.framework(evaluation.framework_code);
        const changes: Array<{ indicator: number; from: string | null; to: string | null }> = [];
        for (const [i, assignment] of assignments.entries()) {
          if (!framework.indicators.some((n) => n.number === assignment.indicator)) throw spbeErrors.unknownIndicator(i, assignment.indicator);
          if (assignment.opdId && !known.has(assignment.opdId)) throw spbeErrors.unknownOpd(i);
          const row = await repo.findAssessment(trx, year, assignment.indicator, true);
          if (!row || row.opd_id === assignment.opdId) continue;
          if (!REASSIGNABLE.has(row.status)) throw spbeErrors.cannotReassign(assignment.indicator, row.status);
          const status = assignment.opdId ? (row.status === 'unassigned' ? 'draft' : row.status) : 'unassigned';
          await repo.updateAssessment(trx, year, assignment.indicator, { opd_id: assignment.opdId, status });
          changes.push({ indicator: assignment.indicator, from: row.opd_id, to: assignment.opdId });
        }
        if (changes.length > 0)
          await audit.record(trx, ctx, { action: 'spbe.evaluation.assign', recordType: 'spbe_evaluation', recordId: String(year), after: { changes } });
      });
      return this.detail(ctx, year);
    },

    /** The OPD's claims for one indicator: which levels are met, and why. */
    async fill(ctx: RequestContext, year: number, number: number, input: FillInput) {
      const claims = checkClaims(input.claims);
      await changeAssessment(year, number, async (trx, { row }) => {
        authorize(ctx, 'spbe.fill', row.opd_id);
        if (!EDITABLE.has(row.status)) throw spbeErrors.notEditable(number, row.status);
        const selfLevel = await recount(trx, row, claims);
        await repo.updateAssessment(trx, year, number, { claims: JSON.stringify(claims), explanation: input.explanation.trim(), self_level: selfLevel });
        await audit.record(trx, ctx, {
          action: 'spbe.indicator.fill',
          recordType: 'spbe_assessment',
          recordId: `${year}/${number}`,
          opdId: row.opd_id,
          before: { selfLevel: row.self_level },
          after: { selfLevel, claims: claims.map((c) => ({ level: c.level, met: c.met })) },
        });
      });
      return view(ctx, year, number);
    },

    /** Adds a file or a link as evidence for one level; the upload is read only once the caller may add it. */
    async addEvidence(ctx: RequestContext, year: number, number: number, read: () => Promise<EvidenceUpload>) {
      const current = await repo.findAssessment(db, year, number);
      if (!current) throw spbeErrors.evaluationNotFound(year);
      authorize(ctx, 'spbe.fill', current.opd_id);
      const upload = await read();
      let stored: { key: string; contentType: string; fileName: string; size: number } | null = null;
      if (upload.kind === 'file') {
        const kind = evidenceKindOf(upload.data);
        if (!kind) throw spbeErrors.evidenceKind();
        const key = `spbe/${year}/${number}/${randomUUID()}.${kind.extension}`;
        await storage.put(key, upload.data, kind.contentType);
        stored = { key, contentType: kind.contentType, fileName: evidenceFileName(upload.fileName, kind), size: upload.data.length };
      }
      try {
        await changeAssessment(year, number, async (trx, { row }) => {
          const actor = authorize(ctx, 'spbe.fill', row.opd_id);
          if (!EDITABLE.has(row.status)) throw spbeErrors.notEditable(number, row.status);
          if ((await repo.listEvidence(trx, year, number)).length >= EVIDENCE_PER_INDICATOR) throw spbeErrors.tooMuchEvidence(number, EVIDENCE_PER_INDICATOR);
          const evidence = await repo.insertEvidence(trx, {
            year,
            indicator: number,
            level: upload.level,
            kind: upload.kind,
            name: stored ? stored.fileName : (upload as { name: string }).name,
            url: upload.kind === 'link' ? upload.url : null,
            file_key: stored?.key ?? null,
            content_type: stored?.contentType ?? null,
            size_bytes: stored?.size ?? null,
            uploaded_by: actor.userId,
          });
          const selfLevel = await recount(trx, row);
          await repo.updateAssessment(trx, year, number, { self_level: selfLevel });
          await audit.record(trx, ctx, {
            action: 'spbe.evidence.add',
            recordType: 'spbe_assessment',
            recordId: `${year}/${number}`,
            opdId: row.opd_id,
            after: { evidenceId: evidence.id, level: evidence.level, kind: evidence.kind, name: evidence.name, selfLevel },
          });
        });
      } catch (error) {
        // Nothing was recorded, so the stored file would be an orphan.
        if (stored) await storage.delete(stored.key).catch(() => undefined);
        throw error;
      }
      return view(ctx, year, number);
    },

    async removeEvidence(ctx: RequestContext, year: number, number: number, evidenceId: string) {
      const removed = await changeAssessment(year, number, async (trx, { row }) => {
        authorize(ctx, 'spbe.fill', row.opd_id);
        if (!EDITABLE.has(row.status)) throw spbeErrors.notEditable(number, row.status);
        const evidence = await repo.findEvidence(trx, evidenceId);
        if (!evidence || evidence.year !== year || evidence.indicator !== number) throw spbeErrors.evidenceNotFound();
        await repo.deleteEvidence(trx, evidenceId);
        const selfLevel = await recount(trx, row);
        await repo.updateAssessment(trx, year, number, { self_level: selfLevel });
        await audit.record(trx, ctx, {
          action: 'spbe.evidence.remove',
          recordType: 'spbe_assessment',
          recordId: `${year}/${number}`,
          opdId: row.opd_id,
          before: { evidenceId, level: evidence.level, name: evidence.name },
          after: { selfLevel },
        });
        return evidence;
      });
      if (removed.file_key) await storage.delete(removed.file_key).catch(() => undefined);
      return view(ctx, year, number);
    },

    /** An evidence file, for those who may read the indicator's details. */
    async evidenceFile(ctx: RequestContext, id: string) {
      const evidence = await repo.findEvidence(db, id);
      const row = evidence ? await repo.findAssessment(db, evidence.year, evidence.indicator) : undefined;
      if (!evidence || !row || !can(ctx.actor, 'spbe.read_internal', row.opd_id)) {
        if (!ctx.actor) throw commonErrors.unauthenticated();
        throw spbeErrors.evidenceNotFound();
      }
      const file = evidence.file_key ? await storage.get(evidence.file_key) : null;
      if (!file) throw spbeErrors.evidenceNotFound();
      return { fileName: evidence.name, contentType: evidence.content_type ?? 'application/octet-stream', data: file.data };
    },

    /** Sends the indicator to the assessors; it must reach level 1 at least. */
    async submit(ctx: RequestContext, year: number, number: number) {
      await changeAssessment(year, number, async (trx, { row }) => {
        authorize(ctx, 'spbe.fill', row.opd_id);
        if (!EDITABLE.has(row.status)) throw spbeErrors.notEditable(number, row.status);
        const selfLevel = await recount(trx, row);
        if (selfLevel < 1) throw spbeErrors.nothingClaimed(number);
        await repo.updateAssessment(trx, year, number, { status: 'submitted', submitted_at: new Date(), self_level: selfLevel, assessed_level: null });
        await audit.record(trx, ctx, {
          action: 'spbe.indicator.submit',
          recordType: 'spbe_assessment',
          recordId: `${year}/${number}`,
          opdId: row.opd_id,
          after: { selfLevel },
        });
      });
      return view(ctx, year, number);
    },

    /** The assessor's judgement: confirm the level, correct it (with a reason), or return it to the OPD. */
    async review(ctx: RequestContext, year: number, number: number, input: ReviewInput) {
      const comment = input.comment?.trim() ?? '';
      if (input.decision !== 'confirm' && comment === '') throw spbeErrors.needsComment();
      if (input.decision === 'correct' && input.level === undefined) throw spbeErrors.needsLevel();
      await changeAssessment(year, number, async (trx, { row }) => {
        const actor = authorize(ctx, 'spbe.assess');
        if (row.status !== 'submitted') throw spbeErrors.notSubmitted(number, row.status);
        const level = input.decision === 'confirm' ? row.self_level : input.decision === 'correct' ? (input.level as number) : null;
        const status = input.decision === 'confirm' ? 'confirmed' : input.decision === 'correct' ? 'corrected' : 'returned';
        await repo.insertReview(trx, {
          year,
          indicator: number,
          decision: input.decision,
          level,
          comment,
          assessor_id: actor.userId,
          assessor_name: actor.name,
        });
        await repo.updateAssessment(trx, year, number, { status, assessed_level: level });
        await audit.record(trx, ctx, {
          action: `spbe.indicator.${input.decision}`,
          recordType: 'spbe_assessment',
          recordId: `${year}/${number}`,
          opdId: row.opd_id,
          before: { status: row.status, selfLevel: row.self_level },
          after: { status, assessedLevel: level, comment },
        });
      });
      return view(ctx, year, number);
    },

    /** Closes the year once every indicator is judged; the result becomes public. */
    async finalize(ctx: RequestContext, year: number) {
      const actor = authorize(ctx, 'spbe.coordinate');
      await db.transaction().execute(async (trx) => {
        const evaluation = await repo.findEvaluation(trx, year, true);
        if (!evaluation) throw spbeErrors.evaluationNotFound(year);
        if (evaluation.status === 'final') throw spbeErrors.evaluationFinal(year);
        const rows = await repo.listAssessments(trx, year);
        const left = rows.filter((r) => r.status !== 'confirmed' && r.status !== 'corrected').length;
        if (left > 0) throw spbeErrors.notAllReviewed(left);
        await repo.finalizeEvaluation(trx, year, actor.userId);
        const framework = await frameworks.framework(evaluation.framework_code);
        const index = spbeIndex(framework, levelsOf(rows, 'final'));
        await audit.record(trx, ctx, {
          action: 'spbe.evaluation.finalize',
          recordType: 'spbe_evaluation',
          recordId: String(year),
          after: { index: index.total, predicate: index.predicate.code },
        });
      });
      return this.summary(ctx, year);
    },

    async index(ctx: RequestContext, year: number, basis?: Basis) {
      const { framework, levels, basis: chosen } = await levelsFor(ctx, year, basis);
      return { basis: chosen, ...spbeIndex(framework, levels) };
    },

    async gaps(ctx: RequestContext, year: number, basis?: Basis) {
      const { framework, levels } = await levelsFor(ctx, year, basis);
      return gapAnalysis(framework, levels);
    },

    async simulate(ctx: RequestContext, year: number, changes: Record<string, number>, basis?: Basis) {
      const { framework, levels, basis: chosen } = await levelsFor(ctx, year, basis);
      const parsed: Record<number, number> = {};
      for (const [key, level] of Object.entries(changes)) {
        const number = Number(key);
        indicatorOf(framework, number);
        parsed[number] = level;
      }
      const { before, after } = simulate(framework, levels, parsed);
      return { before: { basis: chosen, ...before }, after: { basis: chosen, ...after } };
    },
  };
}

export type EvaluationService = ReturnType<typeof createEvaluationService>;
