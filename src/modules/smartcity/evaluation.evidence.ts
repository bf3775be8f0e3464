/**
 * Evidence files of an evaluation (bukti dukung): stored under keys of our own making with the
 * kind their content shows, at most fifty per evaluation. The smart city team adds and removes
 * them while the evaluation is a draft; those who see drafts download them.
 */
import { randomUUID } from 'node:crypto';
import { commonErrors } from '../../errors.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { RequestContext } from '../../platform/context.js';
import type { Platform } from '../../platform/module.js';
import { evidenceFileName, evidenceKindOf } from '../../platform/storage/evidence-kind.js';
import * as repo from './evaluation.repository.js';
import type { EvidenceView } from './evaluation.schemas.js';
import type { EvidenceUpload } from './evaluation.upload.js';
import { evidenceView } from './evaluation.view.js';
import { smartcityErrors, uploadErrors } from './smartcity.errors.js';
import { readsDrafts } from './smartcity.reach.js';

export const EVIDENCE_PER_EVALUATION = 50;

export function createEvidenceService(platform: Platform) {
  const { db, audit, storage } = platform;

  return {
    /** Adds one file; the upload is read only once the caller may add it. */
    async add(ctx: RequestContext, evaluationId: string, read: () => Promise<EvidenceUpload>): Promise<EvidenceView> {
      const actor = authorize(ctx, 'smartcity.plan');
      const evaluation = await repo.findEvaluation(db, evaluationId);
      if (!evaluation) throw smartcityErrors.evaluationNotFound();
      if (evaluation.status !== 'draft') throw smartcityErrors.published();
      const upload = await read();
      const kind = evidenceKindOf(upload.data);
      if (!kind) throw uploadErrors.wrongKind();
      const key = `smartcity/evaluations/${evaluationId}/${randomUUID()}.${kind.extension}`;
      await storage.put(key, upload.data, kind.contentType);
      try {
        const row = await db.transaction().execute(async (trx) => {
          const locked = await repo.findEvaluation(trx, evaluationId, { forUpdate: true });
          if (locked?.status !== 'draft') throw smartcityErrors.published();
          if ((await repo.countEvidence(trx, evaluationId)) >= EVIDENCE_PER_EVALUATION) throw smartcityErrors.tooManyEvidence(EVIDENCE_PER_EVALUATION);
          const row = await repo.insertEvidence(trx, {
            evaluation_id: evaluationId,
            index_key: upload.index,
            file_key: key,
            file_name: evidenceFileName(upload.fileName, kind),
            content_type: kind.contentType,
            size_bytes: upload.data.length,
            uploaded_by: actor.userId,
          });
          await repo.updateEvaluation(trx, evaluationId, {});
          await audit.record(trx, ctx, {
            action: 'smartcity.evaluation.evidence_add',
            recordType: 'sc_evaluation',
            recordId: evaluationId,
            after: { evidenceId: row.id, index: row.index_key, fileName: row.file_name, contentType: row.content_type, sizeBytes: row.size_bytes },
          });
          return row;
        });
        return evidenceView(row);
      } catch (error) {
        await storage.delete(key).catch(() => undefined);
        throw error;
      }
    },

    /** The file itself, for those who see drafts (published evaluations list their files by name only). */
    async file(ctx: RequestContext, id: string): Promise<{ data: Buffer; contentType: string; fileName: string }> {
      if (!readsDrafts(ctx)) throw ctx.actor ? commonErrors.forbidden() : commonErrors.unauthenticated();
      const evidence = await repo.findEvidence(db, id);
      if (!evidence) throw smartcityErrors.evidenceNotFound();
      const stored = await storage.get(evidence.file_key);
      if (!stored) throw smartcityErrors.evidenceNotFound();
      return { data: stored.data, contentType: evidence.content_type, fileName: evidence.file_name };
    },

    /** Removes a file while the evaluation is a draft. */
    async remove(ctx: RequestContext, id: string): Promise<void> {
      authorize(ctx, 'smartcity.plan');
      const key = await db.transaction().execute(async (trx) => {
        const evidence = await repo.findEvidence(trx, id);
        if (!evidence) throw smartcityErrors.evidenceNotFound();
        const evaluation = await repo.findEvaluation(trx, evidence.evaluation_id, { forUpdate: true });
        if (evaluation?.status !== 'draft') throw smartcityErrors.published();
        await repo.deleteEvidence(trx, id);
        await repo.updateEvaluation(trx, evidence.evaluation_id, {});
        await audit.record(trx, ctx, {
          action: 'smartcity.evaluation.evidence_delete',
          recordType: 'sc_evaluation',
          recordId: evidence.evaluation_id,
          before: { evidenceId: id, index: evidence.index_key, fileName: evidence.file_name },
        });
        return evidence.file_key;
      });
      // After the commit: a file left behind by a failed delete harms nobody; a row without its file would.
      await storage.delete(key).catch(() => undefined);
    },
  };
}
