/**
 * Reads a complaint or an answer sent as multipart/form-data: a JSON part named "data" and up to
 * UPLOAD_MAX_FILES files named "photos". Each photo goes through the photo pipeline (type judged by
 * content, GPS read, a clean public copy); the limits answer with messages a citizen can act on.
 */

import type { Static, TSchema } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';
import { AppError } from '../../errors.js';
import { refuseBadInput } from '../../platform/http/input-guard.js';
import { malformedJsonField, validateWith } from '../../platform/http/validate.js';
import { photoErrors } from './photo.errors.js';
import { DEFAULT_PHOTO_LIMITS, type ProcessedPhoto, processPhoto } from './photo.processing.js';

const tooManyPhotos = (max: number) =>
  new AppError(
    'photo.too_many',
    'unprocessable',
    { id: `Paling banyak ${max} foto dalam satu kiriman.`, en: `At most ${max} photos can be sent at once.` },
    { fields: [{ field: 'photos', message: { id: `maksimal ${max}`, en: `at most ${max}` } }] },
  );

const brokenForm = () =>
  new AppError('malformed_body', 'invalid', {
    id: 'Isian formulir terpotong atau rusak, mungkin karena unggahan terputus. Kirim ulang formulirnya.',
    en: 'The form data is cut off or damaged, perhaps by an interrupted upload. Send the form again.',
  });

export interface ReadForm<T> {
  data: T;
  photos: ProcessedPhoto[];
}

/**
 * The validated body and processed photos of a JSON or multipart request. Routes using it declare
 * their JSON body schema (for the API document) with attachValidation, because a multipart body
 * only becomes that JSON here.
 */
export async function readForm<S extends TSchema>(request: FastifyRequest, schema: S, config: Config): Promise<ReadForm<Static<S>>> {
  const invalid = request.validationError as (Error & { validationContext?: string }) | undefined;
  if (invalid && (invalid.validationContext !== 'body' || !request.isMultipart())) throw invalid;
  if (!request.isMultipart()) return { data: request.body as Static<S>, photos: [] };
  let data: unknown;
  const uploads: Buffer[] = [];
  try {
    for await (const part of request.parts({ limits: { fileSize: config.uploadMaxBytes, files: config.uploadMaxFiles, fields: 10, fieldSize: 64 * 1024 } })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'photos') {
          await part.toBuffer();
          continue;
        }
        uploads.push(await part.toBuffer());
      } else if (part.fieldname === 'data') {
        try {
          data = JSON.parse(String(part.value));
        } catch {
          throw malformedJsonField('data');
        }
        // The JSON part is parsed here, after the request-wide check of input has run (input-guard.ts).
        refuseBadInput(data, 'data');
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw photoErrors.tooLarge(config.uploadMaxBytes + 1, config.uploadMaxBytes);
    if (code === 'FST_FILES_LIMIT') throw tooManyPhotos(config.uploadMaxFiles);
    const status = (error as { statusCode?: number }).statusCode;
    if (error instanceof AppError || (status !== undefined && status < 500)) throw error;
    // Anything else the parser throws is the body's fault: a missing boundary, or a body that
    // stops inside a part (an upload cut off on a phone). It answered 500 before.
    throw brokenForm();
  }
  const valid = validateWith(schema, data ?? {});
  const limits = { maxBytes: config.uploadMaxBytes, maxPixels: DEFAULT_PHOTO_LIMITS.maxPixels };
  const photos: ProcessedPhoto[] = [];
  for (const upload of uploads) photos.push(await processPhoto(upload, limits, { timeZone: config.cityTimezone }));
  return { data: valid, photos };
}
