/**
 * Reads an evidence upload: multipart/form-data with one file named file and, when the file
 * supports one of the five indices, a field index. The limits answer with messages the smart city
 * team can act on, not with the parser's words.
 */
import type { FastifyRequest } from 'fastify';
import { readFileForm } from '../../platform/http/file-form.js';
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
  const { fields, file } = await readFileForm(request, {
    maxBytes: EVIDENCE_MAX_BYTES,
    fields: ['index'],
    errors: { tooLarge: () => uploadErrors.tooLarge(EVIDENCE_MAX_BYTES), oneFile: uploadErrors.oneFile, broken: uploadErrors.brokenForm },
  });
  const index = fields.index;
  if (index !== undefined && index !== '' && !(INDEX_KEYS as readonly string[]).includes(index)) throw uploadErrors.badIndex();
  if (!file) throw uploadErrors.missingFile();
  return { index: index ? (index as IndexKey) : null, fileName: file.name, data: file.data };
}
