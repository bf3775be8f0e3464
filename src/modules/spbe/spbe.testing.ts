/** Helpers the SPBE tests share: evidence forms, and an evaluation filled and judged through the API. */
import { as, type Session, type TestApp } from '../../testing/test-app.js';

/** A 1 x 1 PNG: the smallest file that is evidence by its content. */
export const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** A multipart form with the field level and one file named file. */
export function evidenceForm(level: number | string, fileName: string, bytes: Buffer) {
  const boundary = `----spbe${Math.random().toString(16).slice(2)}`;
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="level"\r\n\r\n${level}\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  };
}

/**
 * Takes indicators of an open evaluation to `level` as the OPD would (claims, one link of
 * evidence per level, submit) and has the assessor confirm them; each must be assigned to the
 * OPD of `filler` already.
 */
export async function fillAndConfirm(t: TestApp, year: number, numbers: number[], level: number, filler: Session, assessor: Session): Promise<void> {
  const call = async (method: 'PUT' | 'POST', url: string, who: Session, payload?: object) => {
    const res = await t.app.inject({ method, url, headers: as(who), ...(payload ? { payload } : {}) });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  };
  for (const number of numbers) {
    const base = `/api/spbe/evaluations/${year}/indicators/${number}`;
    const levels = Array.from({ length: level }, (_, i) => i + 1);
    await call('PUT', base, filler, {
      claims: levels.map((l) => ({ level: l, met: true, explanation: `Tingkat ${l} terpenuhi.` })),
      explanation: 'Diisi otomatis.',
    });
    for (const l of levels)
      await call('POST', `${base}/evidence`, filler, { level: l, url: `https://jdih.example.go.id/bukti/${number}/${l}`, name: `Bukti tingkat ${l}` });
    await call('POST', `${base}/submit`, filler);
    await call('POST', `${base}/review`, assessor, { decision: 'confirm' });
  }
}
