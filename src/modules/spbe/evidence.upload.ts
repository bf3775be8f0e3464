/**
 * Reads a piece of evidence sent for one level of an indicator: a multipart form with the field
 * `level` and one file named `file`, or JSON {level, url, name} for a link to where the evidence
 * lives (a regulation on JDIH, a page of the platform). Limits answer in the sender's terms.
 */
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../errors.js';
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
  let level: unknown;
  let file: { name: string | undefined; data: Buffer } | undefined;
  try {
    for await (const part of request.parts({ limits: { fileSize: EVIDENCE_MAX_BYTES, files: 1, fields: 5, fieldSize: 1024 } })) {
      if (part.type === 'file') {
        const data = await part.toBuffer();
        if (part.fieldname === 'file') file = { name: part.filename, data };
      } else if (part.fieldname === 'level') {
        level = part.value;
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw spbeErrors.evidenceTooLarge(EVIDENCE_MAX_BYTES);
    const status = (error as { statusCode?: number }).statusCode;
    if (error instanceof AppError || (status !== undefined && status < 500)) throw error;
    // Whatever else the parser throws is the body's fault: a missing boundary, or an upload cut off.
    throw spbeErrors.evidenceForm();
  }
  const checkedLevel = levelOf(level);
  if (!file || file.data.length === 0) throw spbeErrors.evidenceForm();
  return { kind: 'file', level: checkedLevel, fileName: file.name, data: file.data };
}
