/**
 * Reads an evidence upload: multipart/form-data with a field indicatorId and one file named file.
 * The limits answer with messages an OPD operator can act on, not with the parser's words.
 */
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../errors.js';
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
  let indicatorId: string | undefined;
  let file: { name: string | undefined; data: Buffer } | undefined;
  try {
    for await (const part of request.parts({ limits: { fileSize: EVIDENCE_MAX_BYTES, files: 1, fields: 5, fieldSize: 1024 } })) {
      if (part.type === 'file') {
        const data = await part.toBuffer();
        if (part.fieldname === 'file') file = { name: part.filename, data };
      } else if (part.fieldname === 'indicatorId') {
        indicatorId = String(part.value).trim();
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw evidenceErrors.tooLarge(EVIDENCE_MAX_BYTES);
    if (code === 'FST_FILES_LIMIT') throw evidenceErrors.oneFile();
    const status = (error as { statusCode?: number }).statusCode;
    if (error instanceof AppError || (status !== undefined && status < 500)) throw error;
    // Whatever else the parser throws is the body's fault: a missing boundary, or an upload cut off.
    throw evidenceErrors.brokenForm();
  }
  if (!indicatorId || !UUID.test(indicatorId)) throw evidenceErrors.missingIndicator();
  if (!file || file.data.length === 0) throw evidenceErrors.missingFile();
  return { indicatorId, fileName: file.name, data: file.data };
}
