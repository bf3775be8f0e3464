/** Shared set-up for the complaint module's tests: people with roles, and filing a complaint. */
import type { Session, TestApp } from '../../testing/test-app.js';
import { opdId, userWithRole } from '../../testing/test-app.js';

export const ALUN_ALUN = { lat: -7.9826, lon: 112.6308 };

export async function cast(t: TestApp) {
  const pu = await opdId(t, 'DPUPRPKP');
  const dishub = await opdId(t, 'DISHUB');
  return {
    pu,
    dishub,
    admin: await userWithRole(t, 'admin'),
    operatorPu: await userWithRole(t, 'operator_opd', pu),
    operatorDishub: await userWithRole(t, 'operator_opd', dishub),
    kepalaPu: await userWithRole(t, 'kepala_opd', pu),
    auditor: await userWithRole(t, 'auditor'),
    warga: await userWithRole(t, 'warga'),
  };
}

export interface Filed {
  trackingNo: string;
  secret: string;
  status: string;
  dueAt: string | null;
  id: string;
}

/** Files a complaint through the public API and finds its id through the staff list. */
export async function fileComplaint(t: TestApp, admin: Session, body: Record<string, unknown> = {}): Promise<Filed> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/sambat/complaints',
    payload: {
      category: 'JALAN',
      description: 'Jalan berlubang besar di depan alun-alun, membahayakan pengendara motor.',
      location: ALUN_ALUN,
      ...body,
    },
  });
  if (res.statusCode !== 201) throw new Error(`filing failed: ${res.statusCode} ${res.body}`);
  const filed = res.json();
  const list = await t.app.inject({ method: 'GET', url: `/api/sambat/staff/complaints?q=${filed.trackingNo}`, headers: { cookie: admin.cookie } });
  return { ...filed, id: list.json().items[0].id };
}

/** A multipart body with a JSON part "data" and files "photos", as the web form sends it. */
export function multipart(data: unknown, photos: Array<{ name: string; type: string; bytes: Buffer }>) {
  const boundary = `----balaikota${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="data"\r\n\r\n${JSON.stringify(data)}\r\n`)];
  for (const p of photos) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="photos"; filename="${p.name}"\r\nContent-Type: ${p.type}\r\n\r\n`),
      p.bytes,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
