/** Shared by the reports' tests and the authorization matrix: evidence uploads, and reports in each state. */
import { as, type Session, type TestApp } from '../../testing/test-app.js';

/** A real 1×1 PNG. */
export const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** multipart/form-data with the field indicatorId (when given) and files named "file". */
export function evidenceForm(indicatorId: string | undefined, files: Array<{ name: string; type: string; bytes: Buffer }>) {
  const boundary = `----balaikota${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  if (indicatorId !== undefined) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="indicatorId"\r\n\r\n${indicatorId}\r\n`));
  for (const f of files) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n`),
      f.bytes,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export interface ReportFixture {
  /** TW I, a draft: figures and evidence go here; `evidence` to download, `evidenceToDelete` to remove. */
  draft: string;
  evidence: string;
  evidenceToDelete: string;
  /** TW II, a draft with every figure given, ready to submit. */
  toSubmit: string;
  /** TW III, submitted, waiting for review. TW IV is left for opening. */
  submitted: string;
}

/**
 * Reports of OPD A in a year whose offer its head accepted, in the states the authorization
 * matrix's requests need, made by that head through the API.
 */
export async function reportFixture(t: TestApp, head: Session, opdId: string, periodId: string, indicatorId: string): Promise<ReportFixture> {
  const call = async (method: 'POST' | 'PUT', url: string, payload?: object | Buffer, extra: Record<string, string> = {}) => {
    const res = await t.app.inject({ method, url, headers: { ...as(head), ...extra }, ...(payload ? { payload } : {}) });
    if (res.statusCode >= 300) throw new Error(`report fixture ${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const open = async (quarter: number) => (await call('POST', '/api/performance/reports', { periodId, opdId, quarter })).id as string;
  const fill = (report: string, value: number) => call('PUT', `/api/performance/reports/${report}/realizations/${indicatorId}`, { value });
  const attach = async (report: string) => {
    const form = evidenceForm(indicatorId, [{ name: 'bukti.png', type: 'image/png', bytes: TINY_PNG }]);
    return (await call('POST', `/api/performance/reports/${report}/evidence`, form.payload, form.headers)).id as string;
  };
  const draft = await open(1);
  const [evidence, evidenceToDelete] = [await attach(draft), await attach(draft)];
  const toSubmit = await open(2);
  await fill(toSubmit, 40);
  const submitted = await open(3);
  await fill(submitted, 60);
  await call('POST', `/api/performance/reports/${submitted}/submit`);
  return { draft, evidence, evidenceToDelete, toSubmit, submitted };
}
