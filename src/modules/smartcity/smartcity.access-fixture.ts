/**
 * Smart city records for the authorization matrix, made by an admin through the API: a programme,
 * roadmap items of OPD A with milestones and indicators to change and remove, and two draft
 * evaluations of this run's own year (one with evidence, one complete and ready to publish).
 */
import { as, type Session, type TestApp } from '../../testing/test-app.js';
import { fileForm } from '../opendata/opendata.access-fixture.js';
import { TINY_PNG } from '../performance/report.testing.js';

export interface SmartcityFixture {
  programme: string;
  /** OPD A's item to read and change, with a milestone and an indicator of each kind. */
  item: string;
  milestone: string;
  milestoneToDelete: string;
  indicator: string;
  indicatorToDelete: string;
  /** OPD A's item for the DELETE route. */
  itemToDelete: string;
  /** Tahap I of the run's year, a draft with two evidence files. */
  draft: string;
  evidence: string;
  evidenceToDelete: string;
  /** Tahap II of the run's year, a draft with all five indices. */
  toPublish: string;
}

/** A roadmap item of this OPD, as the matrix's requests and the fixture make it. */
export const roadmapItemInput = (opdId: string, title: string) => ({
  opdId,
  title,
  dimension: 'governance',
  element: 'pelayanan',
  horizon: 'quick_win',
  owner: 'Sekretaris',
  budget: 10_000_000,
  startYear: 2026,
  endYear: 2026,
});

export async function smartcityFixture(t: TestApp, admin: Session, opdA: string, run: number): Promise<SmartcityFixture> {
  const call = async (method: 'POST' | 'PUT', url: string, payload?: object | Buffer, headers: Record<string, string> = {}) => {
    const res = await t.app.inject({ method, url, headers: { ...as(admin), ...headers }, ...(payload ? { payload } : {}) });
    if (res.statusCode >= 300) throw new Error(`smart city fixture ${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const programme = await call('POST', '/api/smartcity/programmes', {
    code: `AKSES-${run}`,
    title: `Program uji ${run}`,
    dimension: 'governance',
    element: 'pelayanan',
    horizon: 'quick_win',
    startYear: 2026,
    endYear: 2026,
  });
  const item = await call('POST', '/api/smartcity/roadmap', {
    ...roadmapItemInput(opdA, `Butir uji ${run}`),
    programmeId: programme.id,
    milestones: [
      { title: 'Tonggak satu', due: '2026-03-31' },
      { title: 'Tonggak dua', due: '2026-06-30' },
    ],
    indicators: [
      { name: 'Indikator satu', unit: '%', target: 80 },
      { name: 'Indikator dua', unit: '%', target: 90 },
    ],
  });
  const itemToDelete = await call('POST', '/api/smartcity/roadmap', roadmapItemInput(opdA, `Butir hapus ${run}`));
  const year = 2000 + run;
  const draft = await call('POST', '/api/smartcity/evaluations', { year, stage: 1 });
  const attach = async () => {
    const form = fileForm(TINY_PNG, 'bukti.png', { index: 'baseline' });
    return (await call('POST', `/api/smartcity/evaluations/${draft.id}/evidence`, form.payload, form.headers)).id as string;
  };
  const [evidence, evidenceToDelete] = [await attach(), await attach()];
  const toPublish = await call('POST', '/api/smartcity/evaluations', { year, stage: 2 });
  await call('PUT', `/api/smartcity/evaluations/${toPublish.id}`, { indices: { baseline: 3, output: 3, outcome: 3, impact: 3, quickWin: 3 } });
  return {
    programme: programme.id,
    item: item.id,
    milestone: item.milestones[0].id,
    milestoneToDelete: item.milestones[1].id,
    indicator: item.indicators[0].id,
    indicatorToDelete: item.indicators[1].id,
    itemToDelete: itemToDelete.id,
    draft: draft.id,
    evidence,
    evidenceToDelete,
    toPublish: toPublish.id,
  };
}
