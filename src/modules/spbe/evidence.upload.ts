/**
 * Reads a piece of evidence sent for one level of an indicator: a multipart form with the field
 * `level` and one file named `file`, or JSON {level, url, name} for a link to where the evidence
 * lives (a regulation on JDIH, a page of the platform). Limits answer in the sender's terms.
 */
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../errors.js';
import { readFileForm } from '../../platform/http/file-form.js';
import { spbeErrors } from './spbe.errors.js';

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

export type EvidenceUpload =
  | { kind: 'file'; level: number; fileName: string | undefined; data: Buffer }
  | { kind: 'link'; level: number; url: string; name: string };

const levelOf = (raw: unknown) => {
  const level = typeof raw === 'number' ? raw : Number(String(raw ?? '').trim());
  if (!Number.isInteger(level) || level < 1 || level > 5) throw spbeErrors.evidenceLevel();
  return level;
};

function linkOf(body: unknown): EvidenceUpload {
  const { level, url, name } = (body ?? {}) as { level?: unknown; url?: unknown; name?: unknown };
  const parsed = typeof url === 'string' && /^(https?:\/\/|\/)/.test(url.trim()) ? url.trim() : null;
  if (!parsed || parsed.length > 2000)
    throw new AppError(
      'spbe.evidence_link',
      'invalid',
      {
        id: 'Tautan bukti harus berupa alamat http(s) atau halaman platform yang diawali "/".',
        en: 'An evidence link must be an http(s) address or a platform page starting with "/".',
      },
      { fields: [{ field: 'url', message: { id: 'bukan alamat', en: 'not an address' } }] },
    );
  const label = typeof name === 'string' && name.trim() ? name.trim().slice(0, 200) : parsed;
  return { kind: 'link', level: levelOf(level), url: parsed, name: label };
}

export async function readEvidence(request: FastifyRequest): Promise<EvidenceUpload> {
  if (!request.isMultipart()) {
    if (request.body && typeof request.body === 'object') return linkOf(request.body);
    throw spbeErrors.evidenceForm();
  }
  const { fields, file } = await readFileForm(request, {
    maxBytes: EVIDENCE_MAX_BYTES,
    fields: ['level'],
    errors: { tooLarge: () => spbeErrors.evidenceTooLarge(EVIDENCE_MAX_BYTES), oneFile: spbeErrors.evidenceForm, broken: spbeErrors.evidenceForm },
  });
  const level = levelOf(fields.level);
  if (!file) throw spbeErrors.evidenceForm();
  return { kind: 'file', level, fileName: file.name, data: file.data };
}
