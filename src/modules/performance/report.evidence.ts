/**
 * Evidence files of a report's indicators: stored under keys of our own making with the kind
 * their content shows, at most ten per indicator, and served only to those who may read the
 * report. They change with the figures: while the report is a draft or returned.
 */
import { randomUUID } from 'node:crypto';
import { authorize } from '../../platform/auth/authorize.js';
import type { RequestContext } from '../../platform/context.js';
import type { Platform } from '../../platform/module.js';
import { evidenceFileName, evidenceKindOf } from '../../platform/storage/evidence-kind.js';
import { assertEditable, editable, readable } from './report.access.js';
import { evidenceErrors, reportErrors } from './report.errors.js';
import * as repo from './report.repository.js';
import type { EvidenceView } from './report.schemas.js';
import { agreedTargets, guardLock } from './report.service.js';
import type { EvidenceUpload } from './report.upload.js';
import { evidenceView } from './report.view.js';

export const EVIDENCE_PER_INDICATOR = 10;

export function createEvidenceService(platform: Platform) {
  const { db, audit, storage } = platform;

  return {
    /** Adds one file to an indicator of the report; the upload is read only once the caller may add it. */
    async add(ctx: RequestContext, id: string, read: () => Promise<EvidenceUpload>): Promise<EvidenceView> {
      const current = await readable(ctx, db, id);
      authorize(ctx, 'performance.report', current.opd_id);
      assertEditable(current);
      const upload = await read();
      const kind = evidenceKindOf(upload.data);
      if (!kind) throw evidenceErrors.wrongKind();
      const key = `performance/reports/${id}/${randomUUID()}.${kind.extension}`;
      await storage.put(key, upload.data, kind.contentType);
      try {
        const row = await guardLock(
          db.transaction().execute(async (trx) => {
            const { report, actor } = await editable(ctx, trx, id);
            const line = (await agreedTargets(trx, report)).lines.find((l) => l.indicator.indicator_id === upload.indicatorId);
            if (!line) throw reportErrors.indicatorNotInReport(upload.indicatorId);
            if ((await repo.countEvidence(trx, id, upload.indicatorId)) >= EVIDENCE_PER_INDICATOR)
              throw evidenceErrors.tooMany(line.indicator.code, EVIDENCE_PER_INDICATOR);
            const row = await repo.insertEvidence(trx, {
              report_id: id,
              indicator_id: upload.indicatorId,
              file_key: key,
              file_name: evidenceFileName(upload.fileName, kind),
              content_type: kind.contentType,
              size_bytes: upload.data.length,
              uploaded_by: actor.userId,
            });
            await repo.updateReport(trx, id, {});
            await audit.record(trx, ctx, {
              action: 'performance.report.evidence_add',
              recordType: 'perf_report',
              recordId: id,
              opdId: report.opd_id,
              after: { evidenceId: row.id, indicatorId: row.indicator_id, fileName: row.file_name, contentType: row.content_type, sizeBytes: row.size_bytes },
            });
            return row;
          }),
        );
        return evidenceView(row);
      } catch (error) {
        await storage.delete(key).catch(() => undefined);
        throw error;
      }
    },

    /** The file itself, for those who may read the report. */
    async file(ctx: RequestContext, id: string, evidenceId: string): Promise<{ data: Buffer; contentType: string; fileName: string }> {
      await readable(ctx, db, id);
      const evidence = await repo.findEvidence(db, id, evidenceId);
      if (!evidence) throw evidenceErrors.notFound();
      const stored = await storage.get(evidence.file_key);
      if (!stored) throw evidenceErrors.notFound();
      return { data: stored.data, contentType: evidence.content_type, fileName: evidence.file_name };
    },

    /** Removes a file while the report may still change. */
    async remove(ctx: RequestContext, id: string, evidenceId: string): Promise<void> {
      const key = await guardLock(
        db.transaction().execute(async (trx) => {
          const { report } = await editable(ctx, trx, id);
          const evidence = await repo.findEvidence(trx, id, evidenceId);
          if (!evidence) throw evidenceErrors.notFound();
          await repo.deleteEvidence(trx, evidenceId);
          await repo.updateReport(trx, id, {});
          await audit.record(trx, ctx, {
            action: 'performance.report.evidence_delete',
            recordType: 'perf_report',
            recordId: id,
            opdId: report.opd_id,
            before: { evidenceId, indicatorId: evidence.indicator_id, fileName: evidence.file_name },
          });
          return evidence.file_key;
        }),
      );
      // After the commit: a file left behind by a failed delete harms nobody; a row without its file would.
      await storage.delete(key).catch(() => undefined);
    },
  };
}
