import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateComplaints } from '../../../bench/complaints/generate.js';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { COUNT_CAP } from './complaint.repository.js';

/** The newest public complaints in a box, straight from the table: what a page must show. */
async function newestInBox(t: TestApp, box: number[], limit: number) {
  const [minLon, minLat, maxLon, maxLat] = box;
  const { rows } = await sql<{ tracking_no: string }>`
    select tracking_no from complaint
    where privacy <> 'rahasia' and lon between ${minLon} and ${maxLon} and lat between ${minLat} and ${maxLat}
    order by created_at desc, number desc limit ${limit}`.execute(t.platform.db);
  return rows.map((r) => r.tracking_no);
}

describe.each(DATABASE_KINDS)('the public map list on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
    // Enough complaints that a box around a kecamatan centre holds more than the count's cap.
    await generateComplaints(t.platform.db, 12_000);
  });
  afterAll(() => t.close());

  it('shows the newest complaints of a crowded box first, and says the count stopped at the cap', async () => {
    const box = [112.61, -7.995, 112.65, -7.96];
    const res = await t.app.inject({ method: 'GET', url: `/api/sambat/complaints?bbox=${box.join(',')}&pageSize=50` });
    const body = res.json();
    expect(body).toMatchObject({ total: COUNT_CAP, totalCapped: true });
    expect(body.items.map((i: { trackingNo: string }) => i.trackingNo)).toEqual(await newestInBox(t, box, 50));
    const second = await t.app.inject({ method: 'GET', url: `/api/sambat/complaints?bbox=${box.join(',')}&pageSize=50&page=2` });
    expect(second.json().items.map((i: { trackingNo: string }) => i.trackingNo)).toEqual((await newestInBox(t, box, 100)).slice(50));
  });

  it('counts a quiet box exactly and shows its newest first', async () => {
    // The corner of Sukun's cloud of complaints: some, far fewer than the cap.
    const box = [112.593, -8.017, 112.6, -8.01];
    const expected = await newestInBox(t, box, 1000);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(COUNT_CAP);
    const res = await t.app.inject({ method: 'GET', url: `/api/sambat/complaints?bbox=${box.join(',')}&pageSize=200` });
    expect(res.json()).toMatchObject({ total: expected.length, totalCapped: false });
    expect(res.json().items.map((i: { trackingNo: string }) => i.trackingNo)).toEqual(expected.slice(0, 200));
  });
});
