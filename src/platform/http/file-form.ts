/**
 * Reads a multipart form that carries at most one file, in the part named `file`, and a few short
 * text fields. The parser's own failures become the caller's errors, in words the sender can act
 * on: too large, more than one file, or a body that is not a whole form (a missing boundary, an
 * upload cut off).
 */
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../errors.js';

export interface FileForm {
  fields: Record<string, string>;
  /** The file as sent, or null when the form has none (or an empty one). */
  file: { name: string | undefined; data: Buffer } | null;
}

export interface FileFormOptions {
  maxBytes: number;
  /** The text fields to keep, trimmed; others are ignored. */
  fields: readonly string[];
  errors: { tooLarge: () => AppError; oneFile: () => AppError; broken: () => AppError };
}

export async function readFileForm(request: FastifyRequest, options: FileFormOptions): Promise<FileForm> {
  const fields: Record<string, string> = {};
  let file: FileForm['file'] = null;
  try {
    const parts = request.parts({ limits: { fileSize: options.maxBytes, files: 1, fields: options.fields.length + 4, fieldSize: 1024 } });
    for await (const part of parts) {
      if (part.type === 'file') {
        const data = await part.toBuffer();
        if (part.fieldname === 'file' && data.length > 0) file = { name: part.filename, data };
      } else if (options.fields.includes(part.fieldname)) {
        fields[part.fieldname] = String(part.value).trim();
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw options.errors.tooLarge();
    if (code === 'FST_FILES_LIMIT') throw options.errors.oneFile();
    const status = (error as { statusCode?: number }).statusCode;
    if (error instanceof AppError || (status !== undefined && status < 500)) throw error;
    throw options.errors.broken();
  }
  return { fields, file };
}
