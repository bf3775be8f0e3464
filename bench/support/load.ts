/** Drives a server with autocannon and keeps the figures a benchmark table shows. */
import autocannon from 'autocannon';

export interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

/** Runs autocannon for `seconds`; `next` makes each request (random points, boxes, filters). */
export async function load(
  url: string,
  method: 'GET' | 'POST',
  next: () => { path: string; body?: string },
  options: { connections?: number; seconds: number; headers?: Record<string, string> },
): Promise<Figures> {
  const result = await autocannon({
    url,
    connections: options.connections ?? 32,
    duration: options.seconds,
    requests: [
      {
        method,
        setupRequest: (req) => {
          const r = next();
          return { ...req, path: r.path, body: r.body, headers: { 'content-type': 'application/json', ...options.headers } };
        },
      },
    ],
  });
  return { rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}
