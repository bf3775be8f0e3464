/**
 * What a citizen sees after the crashes: each acknowledged complaint found by its tracking number
 * on the public API (a rahasia one with its secret), as it was filed, with its photos served.
 */
import type { Filing } from './filing-client.js';

export interface ApiReport {
  found: number;
  photosServed: number;
  problems: string[];
}

interface PublicDetail {
  complaint: {
    trackingNo: string;
    description: string;
    category: { code: string };
    lat: number | null;
    lon: number | null;
    address: string | null;
    photos: Array<{ url: string; thumbnailUrl: string }>;
  };
  timeline: Array<{ type: string }>;
}

async function checkOne(baseUrl: string, filing: Filing, report: ApiReport): Promise<void> {
  const { trackingNo, secret } = filing.answer!;
  const headers: Record<string, string> = filing.body.privacy === 'rahasia' ? { 'x-tracking-secret': secret } : {};
  const response = await fetch(`${baseUrl}/api/sambat/complaints/${trackingNo}`, { headers, signal: AbortSignal.timeout(30_000) });
  if (response.status !== 200) {
    report.problems.push(`GET ${trackingNo} (key ${filing.key}) answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
    return;
  }
  const { complaint, timeline } = (await response.json()) as PublicDetail;
  const wrong: string[] = [];
  if (complaint.description !== filing.body.description) wrong.push('description');
  if (complaint.category.code !== filing.body.category) wrong.push('category');
  const loc = filing.body.location;
  if ('lat' in loc ? complaint.lat !== loc.lat || complaint.lon !== loc.lon : complaint.address !== loc.address || complaint.lat !== null)
    wrong.push('location');
  if (complaint.photos.length !== filing.photos.length) wrong.push(`photos (${complaint.photos.length} of ${filing.photos.length})`);
  if (timeline[0]?.type !== 'submitted') wrong.push('timeline does not start with submitted');
  for (const photo of complaint.photos) {
    const served = await fetch(`${baseUrl}${photo.thumbnailUrl}`, { headers, signal: AbortSignal.timeout(30_000) });
    const bytes = Buffer.from(await served.arrayBuffer());
    if (served.status !== 200 || served.headers.get('content-type') !== 'image/jpeg' || bytes.length === 0) {
      wrong.push(`photo ${photo.thumbnailUrl} answered ${served.status}`);
    } else {
      report.photosServed++;
    }
  }
  if (wrong.length > 0) report.problems.push(`GET ${trackingNo} (key ${filing.key}) differs from what was filed: ${wrong.join(', ')}`);
  else report.found++;
}

/** Looks up every acknowledged filing, `concurrency` at a time. */
export async function checkThroughApi(baseUrl: string, filings: Filing[], concurrency: number): Promise<ApiReport> {
  const report: ApiReport = { found: 0, photosServed: 0, problems: [] };
  const queue = filings.filter((f) => f.answer);
  const worker = async () => {
    for (let filing = queue.shift(); filing; filing = queue.shift()) await checkOne(baseUrl, filing, report);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return report;
}
