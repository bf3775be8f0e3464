/**
 * Turns the validator's findings into one problem per field, worded for the person who sent them.
 */
import type { FieldProblem, LocalizedText } from '../../errors.js';

interface ValidationIssue {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

const FORMAT_NAMES: Record<string, LocalizedText> = {
  email: { id: 'alamat email', en: 'an email address' },
  uuid: { id: 'UUID', en: 'a UUID' },
  'date-time': { id: 'tanggal dan waktu ISO 8601', en: 'an ISO 8601 date-time' },
  date: { id: 'tanggal (YYYY-MM-DD)', en: 'a date (YYYY-MM-DD)' },
  uri: { id: 'URL', en: 'a URL' },
};

function describe(issue: ValidationIssue): LocalizedText {
  const p = issue.params;
  switch (issue.keyword) {
    case 'required':
      return { id: 'wajib diisi', en: 'is required' };
    case 'type':
      return { id: `harus bertipe ${p.type}`, en: `must be of type ${p.type}` };
    case 'minLength':
      return { id: `minimal ${p.limit} karakter`, en: `must be at least ${p.limit} characters` };
    case 'maxLength':
      return { id: `maksimal ${p.limit} karakter`, en: `must be at most ${p.limit} characters` };
    case 'minimum':
      return { id: `minimal ${p.limit}`, en: `must be at least ${p.limit}` };
    case 'maximum':
      return { id: `maksimal ${p.limit}`, en: `must be at most ${p.limit}` };
    case 'minItems':
      return { id: `minimal ${p.limit} butir`, en: `must have at least ${p.limit} items` };
    case 'maxItems':
      return { id: `maksimal ${p.limit} butir`, en: `must have at most ${p.limit} items` };
    case 'format': {
      const name = FORMAT_NAMES[String(p.format)] ?? { id: String(p.format), en: String(p.format) };
      return { id: `harus berupa ${name.id}`, en: `must be ${name.en}` };
    }
    case 'formatMinimum':
      return { id: `paling awal ${p.limit}`, en: `must be ${p.limit} or later` };
    case 'formatMaximum':
      return { id: `paling akhir ${p.limit}`, en: `must be ${p.limit} or earlier` };
    case 'pattern':
      return { id: 'formatnya tidak sesuai', en: 'has the wrong format' };
    case 'enum':
    case 'anyOf':
    case 'const': {
      const allowed = Array.isArray(p.allowedValues) ? p.allowedValues.join(', ') : undefined;
      return allowed
        ? { id: `harus salah satu dari: ${allowed}`, en: `must be one of: ${allowed}` }
        : { id: 'nilainya tidak diizinkan', en: 'has a value that is not allowed' };
    }
    case 'additionalProperties':
      return { id: 'tidak dikenal; hapus kolom ini', en: 'is not a known field; remove it' };
    default:
      return { id: 'tidak valid', en: `is not valid (${issue.message ?? issue.keyword})` };
  }
}

function fieldOf(issue: ValidationIssue, context: string): string {
  const path = issue.instancePath.replace(/^\//, '').split('/').filter(Boolean);
  if (issue.keyword === 'required' && typeof issue.params.missingProperty === 'string') {
    path.push(issue.params.missingProperty);
  }
  if (issue.keyword === 'additionalProperties' && typeof issue.params.additionalProperty === 'string') {
    path.push(issue.params.additionalProperty);
  }
  return path.length > 0 ? path.join('.') : context;
}

/** One entry per failing field (the first rule each broke), in the order the validator found them. */
export function fieldProblems(issues: ValidationIssue[], context: string): FieldProblem[] {
  const seen = new Map<string, FieldProblem>();
  for (const issue of issues) {
    // anyOf/oneOf report every branch that failed; the summary entry is enough.
    if (issue.keyword === 'if') continue;
    const field = fieldOf(issue, context);
    if (!seen.has(field)) seen.set(field, { field, message: describe(issue) });
  }
  return [...seen.values()];
}
