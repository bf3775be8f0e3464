/**
 * Validation outside Fastify's own body check, for JSON that arrives inside a multipart form: the
 * same schema, the same rules (every error, formats), and the same 400 answer listing each field.
 */
import type { Static, TSchema } from '@sinclair/typebox';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { AppError } from '../../errors.js';

const ajv = new Ajv({ allErrors: true, coerceTypes: false, useDefaults: true });
// ajv-formats ships CommonJS with a default export; under NodeNext the callable sits on .default.
(addFormats as unknown as { default: (a: Ajv) => void }).default(ajv);
const compiled = new WeakMap<TSchema, ValidateFunction>();

/** The value typed by the schema, or the 400-kind error Fastify's own validation would give. */
export function validateWith<T extends TSchema>(schema: T, value: unknown, context: 'body' | 'querystring' = 'body'): Static<T> {
  let check = compiled.get(schema);
  if (!check) {
    check = ajv.compile(schema);
    compiled.set(schema, check);
  }
  if (check(value)) return value as Static<T>;
  throw Object.assign(new Error('validation failed'), { validation: check.errors ?? [], validationContext: context, statusCode: 400 });
}

export const malformedJsonField = (field: string) =>
  new AppError(
    'malformed_body',
    'invalid',
    { id: `Kolom "${field}" harus berisi JSON yang sah.`, en: `The field "${field}" must hold valid JSON.` },
    { fields: [{ field, message: { id: 'bukan JSON yang sah', en: 'is not valid JSON' } }] },
  );
