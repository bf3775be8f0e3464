/**
 * Reads an evidence upload: multipart/form-data with a field indicatorId and one file named file.
 * The limits answer with messages an OPD operator can act on, not with the parser's words.
 */
import type { FastifyRequest } from 'fastify';
import { readFileForm } from '../../platform/http/file-form.js';
import { evidenceErrors } from './report.errors.js';

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

export interface EvidenceUpload {
  indicatorId: string;
  /** As the sender named it: shown, never used as a path. */
  fileName: string | undefined;
  data: Buffer;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function readEvidenceForm(request: FastifyRequest): Promise<EvidenceUpload> {
  if (!request.isMultipart()) throw evidenceErrors.notAForm();
  const { fields, file } = await readFileForm(request, {
    maxBytes: EVIDENCE_MAX_BYTES,
    fields: ['indicatorId'],
    errors: { tooLarge: () => evidenceErrors.tooLarge(EVIDENCE_MAX_BYTES), oneFile: evidenceErrors.oneFile, broken: evidenceErrors.brokenForm },
  });
  const indicatorId = fields.indicatorId;
  if (!indicatorId || !UUID.test(indicatorId)) throw evidenceErrors.missingIndicator();
  if (!file) throw evidenceErrors.missingFile();
  return { indicatorId, fileName: file.name, data: file.data };
}
