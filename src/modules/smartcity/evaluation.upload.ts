/**
 * Reads an evidence upload: multipart/form-data with one file named file and, when the file
 * supports one of the five indices, a field index. The limits answer with messages the smart city
 * team can act on, not with the parser's words.
 */
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../errors.js';
import { uploadErrors } from './smartcity.errors.js';
import { INDEX_KEYS, type IndexKey } from './smartcity.score.js';

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

export interface EvidenceUpload {
  index: IndexKey | null;
  /** As the sender named it: shown, never used as a path. */
  fileName: string | undefined;
  data: Buffer;
}

export async function readEvidenceForm(request: FastifyRequest): Promise<EvidenceUpload> {
  if (!request.isMultipart()) throw uploadErrors.notAForm();
  let index: string | undefined;
  let file: { name: string | undefined; data: Buffer } | undefined;
  try {
    for await (const part of request.parts({ limits: { fileSize: EVIDENCE_MAX_BYTES, files: 1, fields: 5, fieldSize: 1024 } })) {
      if (part.type === 'file') {
        const data = await part.toBuffer();
        if (part.fieldname === 'file') file = { name: part.filename, data };
      } else if (part.fieldname === 'index') {
        index = String(part.value).trim();
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw uploadErrors.tooLarge(EVIDENCE_MAX_BYTES);
    if (code === 'FST_FILES_LIMIT') throw uploadErrors.oneFile();
    const status = (error as { statusCode?: number }).statusCode;
    if (error instanceof AppError || (status !== undefined && status < 500)) throw error;
    // Whatever else the parser throws is the body's fault: a missing boundary, or an upload cut off.
    throw uploadErrors.brokenForm();
  }
  if (index !== undefined && index !== '' && !(INDEX_KEYS as readonly string[]).includes(index)) throw uploadErrors.badIndex();
  if (!file || file.data.length === 0) throw uploadErrors.missingFile();
  return { index: index ? (index as IndexKey) : null, fileName: file.name, data: file.data };
}
