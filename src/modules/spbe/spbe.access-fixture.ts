/**
 * SPBE records for the authorization matrix, one set per run: an open evaluation whose
 * indicators 42-44 belong to OPD A (42 a draft with evidence, 43 submitted, 44 ready to submit),
 * an evaluation whose every indicator is judged (to finalize, written straight to the table: the
 * matrix checks who may call a route, evaluation.test.ts the workflow), and a free year.
 */
import { sql } from 'kysely';
import { as, type Session, type TestApp } from '../../testing/test-app.js';

export interface SpbeFixture {
  /** An open evaluation under PermenPANRB 59/2020. */
  open: number;
  /** An open evaluation with every indicator confirmed. */
  ready: number;
  /** A year with no evaluation yet. */
  free: number;
  /** A link of evidence on indicator 42 of `open`. */
  evidenceId: string;
  /** A file of evidence on indicator 42 of `open`. */
  fileId: string;
  /** A small framework of this run's own code, to import. */
  framework: object;
}

export async function spbeFixture(t: TestApp, coordinator: Session, headA: Session, opdA: string, run: number): Promise<SpbeFixture> {
  const call = async (method: 'POST' | 'PUT', url: string, who: Session, payload: object | Buffer, headers: Record<string, string> = {}) => {
    const res = await t.app.inject({ method, url, headers: { ...as(who), ...headers }, payload });
    if (res.statusCode >= 300) throw new Error(`fixture ${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const open = 2040 + run;
  const ready = 2060 + run;
  const free = 2080 + run;
  for (const year of [open, ready]) await call('POST', '/api/spbe/evaluations', coordinator, { year, frameworkCode: 'permenpanrb-59-2020' });
  await call('PUT', `/api/spbe/evaluations/${open}/assignments`, coordinator, { assignments: [42, 43, 44].map((indicator) => ({ indicator, opdId: opdA })) });
  const base = (n: number) => `/api/spbe/evaluations/${open}/indicators/${n}`;
  for (const n of [42, 43, 44]) await call('PUT', base(n), headA, { claims: [{ level: 1, met: true, explanation: 'Ada.' }], explanation: 'Uji akses.' });
  const withLink = await call('POST', `${base(42)}/evidence`, headA, { level: 1, url: 'https://jdih.example.go.id/uji', name: 'Uji' });
  const boundary = '----spbeakses';
  const withFile = await call(
    'POST',
    `${base(42)}/evidence`,
    headA,
    Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="level"\r\n\r\n2\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bukti.pdf"\r\n\r\n%PDF-1.4\n%uji\n`),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    { 'content-type': `multipart/form-data; boundary=${boundary}` },
  );
  for (const n of [43, 44]) await call('POST', `${base(n)}/evidence`, headA, { level: 1, url: 'https://jdih.example.go.id/uji', name: 'Uji' });
  await call('POST', `${base(43)}/submit`, headA, {});
  await sql`
    update spbe_assessment set opd_id = ${opdA}, status = 'confirmed', self_level = 1, assessed_level = 1
    where year = ${ready}`.execute(t.platform.db);
  const evidence = withFile.evidence as Array<{ id: string; kind: string }>;
  return {
    open,
    ready,
    free,
    evidenceId: (withLink.evidence as Array<{ id: string }>)[0].id,
    fileId: evidence.find((e) => e.kind === 'file')?.id as string,
    framework: {
      code: `uji-akses-${run}`,
      name: 'Kerangka uji akses',
      regulation: 'Peraturan uji',
      fromYear: 2026,
      toYear: null,
      scales: [{ code: 'proses', name: 'Proses', levels: ['1', '2', '3', '4', '5'] }],
      domains: [
        {
          number: 1,
          name: 'Satu',
          aspects: [{ number: 1, name: 'Satu', indicators: [{ number: 1, name: 'Satu', weight: 100, scale: 'proses', levels: ['a', 'b', 'c', 'd', 'e'] }] }],
        },
      ],
      predicates: [{ code: 'kurang', label: 'Kurang', min: 0 }],
    },
  };
}
