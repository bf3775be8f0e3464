/**
 * The citizen's side of the crash test: complaints filed over HTTP as the web form files them,
 * each with an Idempotency-Key of its own, and a ledger of what the server acknowledged. A request
 * that got no answer (the server died under it) stays pending and is sent again after the restart
 * with the same key and the same body, as a client that never saw its receipt must do.
 */
import type { Photo } from './photos.js';

export interface FilingBody {
  category: string;
  description: string;
  location: { lat: number; lon: number } | { address: string };
  privacy: 'publik' | 'rahasia';
}

export interface Filing {
  key: string;
  body: FilingBody;
  photos: Photo[];
  /** Set once a 2xx answer came back: the server promised the complaint exists. */
  answer?: { trackingNo: string; secret: string };
  /** Sent again after a restart because its first attempt got no answer. */
  retried: boolean;
  /** The retry's answer was a replay of a filing that had committed before the kill. */
  replayed: boolean;
  /** A 4xx other than 429: this filing must not exist. */
  refused?: string;
}

/** Sent, and neither answered nor refused: the server may or may not have filed it. */
export const isPending = (f: Filing) => !f.answer && !f.refused;

export interface Tally {
  sent: number;
  /** Filings sent again after a restart because they got no answer before the kill. */
  retried: number;
  /** Retries answered with the first filing's receipt (it had committed, its answer was lost). */
  retriedReplayed: number;
  /** Retries that filed now (the first attempt never committed). */
  retriedFiledNow: number;
  /** Acknowledged filings sent again after a restart; each must get its first receipt back. */
  resent: number;
  /** Of those, answered with their first receipt (Idempotent-Replayed, same tracking number and secret). */
  resentReplayed: number;
  serverErrors: number;
  tooManyRequests: number;
  /** 4xx answers other than 429: a request this client should never have had refused. */
  refused: string[];
}

export const newTally = (): Tally => ({
  sent: 0,
  retried: 0,
  retriedReplayed: 0,
  retriedFiledNow: 0,
  resent: 0,
  resentReplayed: 0,
  serverErrors: 0,
  tooManyRequests: 0,
  refused: [],
});

type Attempt =
  | { outcome: 'acknowledged'; trackingNo: string; secret: string; replayed: boolean }
  | { outcome: 'wait'; ms: number }
  | { outcome: 'server-error' }
  | { outcome: 'refused'; detail: string }
  | { outcome: 'no-answer' };

const REQUEST_TIMEOUT_MS = 60_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One POST of the filing; JSON without photos, multipart (a "data" part and "photos") with them. */
async function attempt(baseUrl: string, filing: Filing, tally: Tally): Promise<Attempt> {
  let body: string | FormData;
  const headers: Record<string, string> = { 'idempotency-key': filing.key, accept: 'application/json' };
  if (filing.photos.length === 0) {
    body = JSON.stringify(filing.body);
    headers['content-type'] = 'application/json';
  } else {
    body = new FormData();
    body.append('data', JSON.stringify(filing.body));
    for (const photo of filing.photos) body.append('photos', new Blob([new Uint8Array(photo.bytes)], { type: photo.type }), photo.name);
  }
  tally.sent++;
  let response: Response;
  let text: string;
  try {
    response = await fetch(`${baseUrl}/api/sambat/complaints`, { method: 'POST', headers, body, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    text = await response.text();
  } catch {
    return { outcome: 'no-answer' };
  }
  if (response.status === 200 || response.status === 201) {
    const answer = JSON.parse(text) as { trackingNo: string; secret: string };
    return { outcome: 'acknowledged', trackingNo: answer.trackingNo, secret: answer.secret, replayed: response.headers.get('idempotent-replayed') === 'true' };
  }
  if (response.status === 429) {
    tally.tooManyRequests++;
    const seconds = Number(response.headers.get('retry-after'));
    return { outcome: 'wait', ms: (Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 120) : 1) * 1000 };
  }
  if (response.status >= 500) {
    tally.serverErrors++;
    return { outcome: 'server-error' };
  }
  return { outcome: 'refused', detail: `${filing.key}: ${response.status} ${text.slice(0, 300)}` };
}

function acknowledge(filing: Filing, result: Extract<Attempt, { outcome: 'acknowledged' }>, tally: Tally): void {
  filing.answer = { trackingNo: result.trackingNo, secret: result.secret };
  if (filing.retried) {
    filing.replayed = result.replayed;
    if (result.replayed) tally.retriedReplayed++;
    else tally.retriedFiledNow++;
  }
}

function refuse(filing: Filing, detail: string, tally: Tally): void {
  filing.refused = detail;
  tally.refused.push(detail);
}

/** Records an answer that settles a filing (a receipt or a refusal); false when it must go again. */
function settled(filing: Filing, result: Awaited<ReturnType<typeof attempt>>, tally: Tally): boolean {
  if (result.outcome === 'acknowledged') acknowledge(filing, result, tally);
  else if (result.outcome === 'refused') refuse(filing, result.detail, tally);
  else return false;
  return true;
}

/**
 * Files until `stopped()` turns true. Each filing is tried until answered: a 429 waits as long as
 * Retry-After says, a 5xx is counted and tried again; a request with no answer after the kill
 * stays pending for `settle`.
 */
export async function fileUntilStopped(baseUrl: string, next: () => Filing, stopped: () => boolean, tally: Tally): Promise<void> {
  while (!stopped()) {
    const filing = next();
    for (;;) {
      const result = await attempt(baseUrl, filing, tally);
      if (settled(filing, result, tally)) break;
      if (stopped()) break;
      if (result.outcome === 'wait') await sleep(result.ms);
      else if (result.outcome === 'server-error') await sleep(200);
      // No answer from a live server: the kill is under way, or the request timed out. Either way
      // the same key goes again, which is what the Idempotency-Key is for.
      else await sleep(100);
      if (stopped()) break;
    }
  }
}

/** Sends every unanswered filing again, same key and body, `concurrency` at a time, until each is answered. */
export async function settle(baseUrl: string, pending: Filing[], concurrency: number, tally: Tally): Promise<void> {
  const queue = [...pending];
  const worker = async () => {
    for (let filing = queue.shift(); filing; filing = queue.shift()) {
      filing.retried = true;
      tally.retried++;
      for (let tries = 0; ; tries++) {
        const result = await attempt(baseUrl, filing, tally);
        if (settled(filing, result, tally)) break;
        if (tries >= 20) throw new Error(`${filing.key} got no answer from a running server after ${tries + 1} tries`);
        await sleep(result.outcome === 'wait' ? result.ms : 250);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/**
 * Sends acknowledged filings again, same key and body, as a client that retries needlessly (a
 * double tap, a lost answer on a flaky network) after the server came back: each must get its
 * first receipt back and file nothing. Returns what went wrong.
 */
export async function resendAcknowledged(baseUrl: string, filings: Filing[], tally: Tally): Promise<string[]> {
  const problems: string[] = [];
  for (const filing of filings) {
    tally.resent++;
    for (;;) {
      const result = await attempt(baseUrl, filing, tally);
      if (result.outcome === 'wait') {
        await sleep(result.ms);
        continue;
      }
      if (result.outcome !== 'acknowledged') problems.push(`${filing.key}: sent again after a restart, got ${result.outcome}`);
      else if (!result.replayed || result.trackingNo !== filing.answer?.trackingNo || result.secret !== filing.answer.secret) {
        problems.push(
          `${filing.key}: sent again after a restart, got ${result.trackingNo} (replayed: ${result.replayed}) instead of its receipt ${filing.answer?.trackingNo}`,
        );
      } else {
        tally.resentReplayed++;
      }
      break;
    }
  }
  return problems;
}
