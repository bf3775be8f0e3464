/**
 * An SPBE evaluation filled through the HTTP API, for the browser test to finish by hand: the
 * coordinator assigns what is left to one OPD, each OPD's account claims level 1 with a link as
 * evidence and submits, and the assessor confirms. Only the indicators left out are untouched.
 */
import type { ApiSession } from './api.js';

interface Row {
  number: number;
  opdId: string | null;
  status: string;
}

export interface FillAtLevelOne {
  year: number;
  coordinator: ApiSession;
  auditor: ApiSession;
  /** The account that fills each OPD's indicators, by OPD id. */
  fillers: Record<string, ApiSession>;
  /** Where the indicators nobody has yet go. */
  assignRestTo: string;
  /** Indicators to leave as they are, for the browser. */
  except: number[];
}

export async function fillAllAtLevelOne({ year, coordinator, auditor, fillers, assignRestTo, except }: FillAtLevelOne): Promise<number> {
  const path = `/api/spbe/evaluations/${year}`;
  const before = await coordinator.request<{ indicators: Row[] }>('GET', path);
  const rest = before.indicators.filter((a) => !except.includes(a.number) && !a.opdId);
  if (rest.length > 0) {
    await coordinator.request('PUT', `${path}/assignments`, { assignments: rest.map((a) => ({ indicator: a.number, opdId: assignRestTo })) });
  }
  const after = await coordinator.request<{ indicators: Row[] }>('GET', path);
  let filled = 0;
  for (const a of after.indicators) {
    if (except.includes(a.number) || a.status === 'confirmed') continue;
    const filler = a.opdId ? fillers[a.opdId] : undefined;
    if (!filler) throw new Error(`no account fills indicator ${a.number} (OPD ${a.opdId})`);
    const one = `${path}/indicators/${a.number}`;
    await filler.request('PUT', one, {
      claims: [{ level: 1, met: true, explanation: `Tingkat 1 indikator ${a.number} sudah diterapkan.` }],
      explanation: '',
    });
    await filler.request('POST', `${one}/evidence`, {
      level: 1,
      url: `https://jdih.malangkota.go.id/bukti/${year}/${a.number}`,
      name: `Bukti tingkat 1 indikator ${a.number}`,
    });
    await filler.request('POST', `${one}/submit`, {});
    await auditor.request('POST', `${one}/review`, { decision: 'confirm', comment: '' });
    filled++;
  }
  return filled;
}
