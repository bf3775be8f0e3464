/**
 * Quarterly performance reports (TW I-IV, DOMAIN.md section 4). An OPD whose offer for the year is
 * accepted opens a report per quarter, gives a realization (or a note on why there is none) for
 * each agreed indicator, and submits it; the platform fills in the computed indicators. An auditor
 * or the mayor's team verifies it, which locks its figures, or returns it with a comment.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { authorize } from '../../platform/auth/authorize.js';
import { cityDay } from '../../platform/calendar/working-days.js';
import { type RequestContext, systemContext } from '../../platform/context.js';
import { paging } from '../../platform/http/schemas.js';
import { isDuplicateKeyError } from '../../platform/idempotency/idempotency.js';
import type { Platform } from '../../platform/module.js';
import { createOpdService, createUsersService } from '../org/index.js';
import { findPeriod } from './planning.repository.js';
import { assertEditable, checkReads, editable, lockedByDatabase, readable, readerReach } from './report.access.js';
import { computedFigures } from './report.computed.js';
import { type Quarter, reportDueDate } from './report.due.js';
import { reportErrors } from './report.errors.js';
import { REPORT_CHANGED, type ReportStep } from './report.notifications.js';
import * as repo from './report.repository.js';
import type { OpenReportBody, RealizationBody, ReportListQuery, ReportSummary, ReportView, ReviewBody } from './report.schemas.js';
import { type ReportTargets, reportTargetsOf } from './report.targets.js';
import { reportView, summaryOf } from './report.view.js';

/** A verified report's rows are guarded by a trigger too: its refusal is the service's own 409. */
export async function guardLock<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (lockedByDatabase(error)) throw reportErrors.locked();
    throw error;
  }
}

/** The report's lines, refusing changes while the year's offer is not (or no longer) accepted. */
export async function agreedTargets(exec: Kysely<Database>, report: repo.ReportRow): Promise<ReportTargets> {
  const targets = await reportTargetsOf(exec, report.period_id, report.opd_id, report.quarter as Quarter);
  if (!targets.accepted) throw reportErrors.noAcceptedOffer(targets.offer?.status ?? null);
  return targets;
}

export function createReportService(platform: Platform) {
  const { db, audit, outbox, config } = platform;
  const users = createUsersService(platform);
  const opds = createOpdService(platform);
  const today = () => cityDay(new Date(), config.cityTimezone);
  const notify = (trx: Kysely<Database>, reportId: string, step: ReportStep, comment: string | null = null) =>
    outbox.enqueue(trx, REPORT_CHANGED, { reportId, step, ...(comment ? { comment } : {}) });

  async function yearOf(periodId: string): Promise<number> {
    return (await findPeriod(db, periodId))?.start_year ?? 0;
  }

  async function namesOf(ids: Array<string | null>): Promise<Map<string, string | null>> {
    const unique = [...new Set(ids.filter((id): id is string => !!id))];
    const found = await Promise.all(
      unique.map((id) =>
        users
          .get(systemContext(), id, { asSystem: true })
          .then((u) => u.name)
          .catch(() => null),
      ),
    );
    return new Map(unique.map((id, i) => [id, found[i]]));
  }

  /** The whole report as a page shows it; read after any transaction has ended. */
  async function view(ctx: RequestContext, report: repo.ReportRow): Promise<ReportView> {
    const year = await yearOf(report.period_id);
    const targets = await reportTargetsOf(db, report.period_id, report.opd_id, report.quarter as Quarter);
    const [realizations, evidence, reviews] = await Promise.all([
      repo.realizationsOf(db, report.id),
      repo.evidenceOf(db, report.id),
      repo.reviewsOf(db, report.id),
    ]);
    const open = report.status === 'draft' || report.status === 'returned';
    const live = open
      ? await computedFigures(
          platform,
          targets.lines.map((l) => l.indicator),
          report.opd_id,
          year,
          report.quarter as Quarter,
        )
      : new Map();
    return reportView({
      report,
      year,
      opd: (await opds.shortNames([report.opd_id])).get(report.opd_id) ?? null,
      targets,
      realizations,
      evidence,
      reviews,
      names: await namesOf([report.submitted_by, report.verified_by, ...reviews.map((r) => r.reviewer_id)]),
      live,
      locale: ctx.locale,
      today: today(),
    });
  }

  return {
    view,

    /** Reports the caller may read (the leadership all, an OPD its own), latest due first. */
    async list(ctx: RequestContext, query: ReportListQuery): Promise<{ items: ReportSummary[]; total: number; page: number; pageSize: number }> {
      const page = paging(query);
      const { rows, total } = await repo.listReports(db, { ...query, opdIds: readerReach(ctx) }, page);
      const years = new Map<string, number>();
      for (const id of new Set(rows.map((r) => r.period_id))) years.set(id, await yearOf(id));
      const names = await opds.shortNames([...new Set(rows.map((r) => r.opd_id))]);
      const day = today();
      return {
        items: rows.map((r) => summaryOf(r, years.get(r.period_id) ?? 0, names.get(r.opd_id) ?? null, day)),
        total,
        page: page.page,
        pageSize: page.pageSize,
      };
    },

    async get(ctx: RequestContext, id: string): Promise<ReportView> {
      return view(ctx, await readable(ctx, db, id));
    },

    /** Opens the draft report of a quarter, for an OPD whose offer for that year is accepted. */
    async open(ctx: RequestContext, input: OpenReportBody): Promise<ReportView> {
      checkReads(ctx, input.opdId, reportErrors.opdNotReachable);
      authorize(ctx, 'performance.report', input.opdId);
      const period = await findPeriod(db, input.periodId);
      if (!period) throw reportErrors.periodNotFound();
      if (period.kind !== 'year') throw reportErrors.notAYear();
      const exists = async () => {
        const found = await repo.findReportFor(db, input.periodId, input.opdId, input.quarter);
        return found ? reportErrors.exists(found.id, found.status, found.quarter) : null;
      };
      const twin = await exists();
      if (twin) throw twin;
      const offer = await repo.latestOffer(db, input.periodId, input.opdId);
      if (offer?.status !== 'accepted') throw reportErrors.noAcceptedOffer(offer?.status ?? null);
      const dueDate = reportDueDate(period.start_year, input.quarter as Quarter);
      const report = await db
        .transaction()
        .execute(async (trx) => {
          const row = await repo.insertReport(trx, {
            period_id: input.periodId,
            opd_id: input.opdId,
            quarter: input.quarter,
            status: 'draft',
            due_date: dueDate,
          });
          await audit.record(trx, ctx, {
            action: 'performance.report.open',
            recordType: 'perf_report',
            recordId: row.id,
            opdId: row.opd_id,
            after: { periodId: row.period_id, quarter: row.quarter, dueDate, offerId: offer.id },
          });
          return row;
        })
        .catch(async (error) => {
          // Two opened at once: the unique (period, OPD, quarter) keeps one, and the other is told which.
          if (isDuplicateKeyError(error)) throw (await exists()) ?? error;
          throw error;
        });
      return view(ctx, report);
    },

    /** Sets one indicator's realization and note, while the report is a draft or returned. */
    async setRealization(ctx: RequestContext, id: string, indicatorId: string, input: RealizationBody): Promise<ReportView> {
      const report = await guardLock(
        db.transaction().execute(async (trx) => {
          const { report, actor } = await editable(ctx, trx, id);
          const line = (await agreedTargets(trx, report)).lines.find((l) => l.indicator.indicator_id === indicatorId);
          if (!line) throw reportErrors.indicatorNotInReport(indicatorId);
          if (line.indicator.source === 'computed') throw reportErrors.computedIndicator(line.indicator.code);
          const before = (await repo.realizationsOf(trx, id)).find((r) => r.indicator_id === indicatorId);
          const note = input.note?.trim() || null;
          await repo.saveRealization(trx, { report_id: id, indicator_id: indicatorId, value: input.value, note, computed: false, updated_by: actor.userId });
          await audit.record(trx, ctx, {
            action: 'performance.report.realization',
            recordType: 'perf_report',
            recordId: id,
            opdId: report.opd_id,
            before: before ? { indicatorId, value: before.value, note: before.note } : null,
            after: { indicatorId, code: line.indicator.code, value: input.value, note },
          });
          return repo.updateReport(trx, id, {});
        }),
      );
      return view(ctx, report);
    },

    /**
     * Submits the report: fills in the computed indicators, then requires a realization or a
     * note for every indicator.
     */
    async submit(ctx: RequestContext, id: string): Promise<ReportView> {
      const current = await readable(ctx, db, id);
      authorize(ctx, 'performance.report', current.opd_id);
      assertEditable(current);
      const targets = await agreedTargets(db, current);
      const figures = await computedFigures(
        platform,
        targets.lines.map((l) => l.indicator),
        current.opd_id,
        await yearOf(current.period_id),
        current.quarter as Quarter,
      );
      const report = await guardLock(
        db.transaction().execute(async (trx) => {
          const { report, actor } = await editable(ctx, trx, id);
          const { lines } = await agreedTargets(trx, report);
          const filled: Record<string, number | null> = {};
          for (const l of lines.filter((x) => x.indicator.source === 'computed')) {
            // Computed a moment ago, outside this transaction; an indicator added since has no figure yet.
            const figure = figures.get(l.indicator.indicator_id) ?? { value: null, note: 'Nilai belum dapat dihitung; kirim ulang laporan.' };
            await repo.saveRealization(trx, {
              report_id: id,
              indicator_id: l.indicator.indicator_id,
              value: figure.value,
              note: figure.note,
              computed: true,
              updated_by: null,
            });
            filled[l.indicator.code] = figure.value;
          }
          const stored = new Map((await repo.realizationsOf(trx, id)).map((r) => [r.indicator_id, r]));
          const missing = lines
            .filter((l) => {
              const r = stored.get(l.indicator.indicator_id);
              return !r || (r.value === null && !r.note);
            })
            .map((l) => l.indicator.code);
          if (missing.length > 0) throw reportErrors.incomplete(missing);
          const updated = await repo.updateReport(trx, id, { status: 'submitted', submitted_at: new Date(), submitted_by: actor.userId });
          await audit.record(trx, ctx, {
            action: 'performance.report.submit',
            recordType: 'perf_report',
            recordId: id,
            opdId: report.opd_id,
            before: { status: report.status },
            after: { status: 'submitted', computed: filled },
          });
          await notify(trx, id, 'submitted');
          return updated;
        }),
      );
      return view(ctx, report);
    },

    /** A reviewer verifies a submitted report, locking its figures, or returns it with a comment. */
    async review(ctx: RequestContext, id: string, input: ReviewBody): Promise<ReportView> {
      const report = await guardLock(
        db.transaction().execute(async (trx) => {
          const report = await readable(ctx, trx, id, true);
          const actor = authorize(ctx, 'performance.verify', report.opd_id);
          if (report.status !== 'submitted') throw reportErrors.notSubmitted(report.status);
          const comment = input.comment?.trim() || null;
          if (input.decision === 'returned' && !comment) throw reportErrors.commentRequired();
          await repo.insertReview(trx, { report_id: id, decision: input.decision, comment, reviewer_id: actor.userId });
          const updated = await repo.updateReport(
            trx,
            id,
            input.decision === 'verified' ? { status: 'verified', verified_at: new Date(), verified_by: actor.userId } : { status: 'returned' },
          );
          await audit.record(trx, ctx, {
            action: input.decision === 'verified' ? 'performance.report.verify' : 'performance.report.return',
            recordType: 'perf_report',
            recordId: id,
            opdId: report.opd_id,
            before: { status: report.status },
            after: { status: updated.status, comment },
          });
          await notify(trx, id, input.decision, comment);
          return updated;
        }),
      );
      return view(ctx, report);
    },
  };
}

export type ReportService = ReturnType<typeof createReportService>;
