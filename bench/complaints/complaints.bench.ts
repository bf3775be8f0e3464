/**
 * SAMBAT benchmark (issue 3): complaint creation throughput and p99 at 32 connections, the public
 * list in a bounding box and the nearby-duplicate lookup at a million complaints, on PGlite and on
 * PostgreSQL, each beside a bare Fastify JSON endpoint measured in the same run.
 *
 *   npm run build && npm run bench:complaints
 *   BENCH_COMPLAINTS (default 1000000), BENCH_SECONDS (default 10), BENCH_DATABASES (pglite,postgres),
 *   BENCH_READ_CONNECTIONS (default 4),
 *   BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres; a database is created and dropped).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareDatabase } from '../support/bench-database.js';
import { type Figures, load as loadWith } from '../support/load.js';
import { root, startProcess, stop } from '../support/server-process.js';
import { generateComplaints } from './generate.js';

const COUNT = Number(process.env.BENCH_COMPLAINTS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const KINDS = (process.env.BENCH_DATABASES ?? 'pglite,postgres').split(',');
const READ_CONNECTIONS = Number(process.env.BENCH_READ_CONNECTIONS ?? 4);

const load = (url: string, method: 'GET' | 'POST', next: () => { path: string; body?: string }, connections = 32) =>
  loadWith(url, method, next, { connections, seconds: SECONDS });

const rand = (min: number, max: number) => min + Math.random() * (max - min);
const point = () => ({ lat: rand(-8.01, -7.93), lon: rand(112.6, 112.68) });
let serial = 0;
const newComplaint = () => ({
  path: '/api/sambat/complaints',
  body: JSON.stringify({ category: 'JALAN', description: `Jalan berlubang nomor ${serial++} di depan rumah warga`, location: point() }),
});
const box = () => {
  const p = point();
  // About 1 km by 1 km: a neighbourhood on the public map.
  return {
    path: `/api/sambat/complaints?bbox=${(p.lon - 0.005).toFixed(4)},${(p.lat - 0.005).toFixed(4)},${(p.lon + 0.005).toFixed(4)},${(p.lat + 0.005).toFixed(4)}&pageSize=50`,
  };
};
const nearby = () => {
  const p = point();
  return { path: `/api/sambat/complaints/nearby?category=JALAN&lat=${p.lat.toFixed(5)}&lon=${p.lon.toFixed(5)}&text=jalan%20berlubang` };
};

function prepare(kind: string) {
  return prepareDatabase(kind, async (db) => {
    const started = Date.now();
    await generateComplaints(db, COUNT, (done) => process.stdout.write(`\r  ${kind}: ${done.toLocaleString('en')} complaints generated`));
    console.log(` in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  });
}

async function main() {
  if (!fs.existsSync(path.join(root, 'dist', 'main.js'))) throw new Error('Run "npm run build" first.');
  const rows: string[] = [];
  for (const kind of KINDS) {
    console.log(`\n${kind}: preparing ${COUNT.toLocaleString('en')} complaints`);
    const { env, cleanup } = await prepare(kind);
    try {
      const bare = await startProcess(['--import', 'tsx', 'bench/complaints/bare-server.ts'], {}, '/echo');
      const bareFigures = await load(`http://127.0.0.1:${bare.port}`, 'POST', () => ({ path: '/echo', body: newComplaint().body }));
      await stop(bare.child);
      const server = await startProcess(['dist/main.js'], env, '/readyz');
      const base = `http://127.0.0.1:${server.port}`;
      // Reads first, on exactly COUNT rows; then creation, which adds to them.
      // Reads are measured at READ_CONNECTIONS: a person waits on one page, and 32 at once on two
      // cores measures the queue, not the query. The 32-connection figures are printed too.
      const list = await load(base, 'GET', box, READ_CONNECTIONS);
      const near = await load(base, 'GET', nearby, READ_CONNECTIONS);
      const list32 = await load(base, 'GET', box);
      const near32 = await load(base, 'GET', nearby);
      const create = await load(base, 'POST', newComplaint);
      await stop(server.child);
      const fmt = (name: string, f: Figures) => `| ${kind} | ${name} | ${f.rps.toLocaleString('en')} | ${f.p50} | ${f.p99} | ${f.errors} |`;
      rows.push(
        fmt('bare Fastify POST (yardstick), 32 conn.', bareFigures),
        fmt('file a complaint (JSON), 32 conn.', create),
        fmt(`public list, 1 km box, ${READ_CONNECTIONS} conn.`, list),
        fmt('public list, 1 km box, 32 conn.', list32),
        fmt(`nearby duplicates, 250 m, ${READ_CONNECTIONS} conn.`, near),
        fmt('nearby duplicates, 250 m, 32 conn.', near32),
      );
    } finally {
      await cleanup();
    }
  }
  console.log(`\nSAMBAT at ${COUNT.toLocaleString('en')} complaints, 32 connections, ${SECONDS} s each (${os.cpus().length} cores, node ${process.version})\n`);
  console.log('| database | request | requests/s | p50 ms | p99 ms | errors |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
}

await main();
