/**
 * Satu Data benchmark (issue 7), on PGlite and on PostgreSQL:
 * - uploading and parsing a 100,000-row CSV through the API (time to the answer, the server's
 *   peak memory), then confirming its columns;
 * - datastore_search with a filter on a table of a million rows, p99;
 * - package_search with facets over 10,000 datasets, p99.
 *
 *   npm run build && npm run bench:opendata
 *   BENCH_DATASETS (10000), BENCH_ROWS (1000000), BENCH_UPLOAD_ROWS (100000), BENCH_SECONDS (10),
 *   BENCH_DATABASES (pglite,postgres), BENCH_DATABASE_URL (a database is created there and dropped).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Kysely, sql } from 'kysely';
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/schema.js';
import { createTokensService, createUsersService, opdIdByCode } from '../../src/modules/org/index.js';
import { createAuditLog } from '../../src/platform/audit/audit.service.js';
import { systemContext } from '../../src/platform/context.js';
import type { Platform } from '../../src/platform/module.js';
import { prepareDatabase } from '../support/bench-database.js';
import { type Figures, load } from '../support/load.js';
import { root, startProcess, stop } from '../support/server-process.js';
import { generateCatalogue, generateDatastore, INDICATORS, KECAMATAN, KELURAHAN } from './generate.js';

const DATASETS = Number(process.env.BENCH_DATASETS ?? 10_000);
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const UPLOAD_ROWS = Number(process.env.BENCH_UPLOAD_ROWS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const KINDS = (process.env.BENCH_DATABASES ?? 'pglite,postgres').split(',');
const UPLOADS = 3;

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;

/** A producer account of Dispendukcapil with a write token, made through the org module's services. */
async function producerToken(db: Kysely<Database>): Promise<string> {
  const platform = {
    db,
    audit: createAuditLog(db),
    config: loadConfig({ DATA_DIR: os.tmpdir() }),
    secrets: { sessionSecret: 'bench-session-secret-0123456789abcdef', encryptionKey: 'bench-encryption-key-0123456789abcdef' },
  } as unknown as Platform;
  const ctx = systemContext('en');
  const opdId = await opdIdByCode(db, 'DISPENDUKCAPIL');
  const user = await createUsersService(platform).create(
    ctx,
    {
      email: 'produsen@bench.balaikota.localhost',
      name: 'Produsen Bench',
      password: 'Sandi-Bench-2026!',
      roles: [{ role: 'operator_opd', opdId: opdId ?? null }],
    },
    { asSystem: true },
  );
  const { token } = await createTokensService(platform).create(ctx, { userId: user.id, name: 'bench', scopes: ['write'], expiresAt: null }, { asSystem: true });
  return token;
}

/** A long Satu Data table: kelurahan x indicator x year, the value last. */
function csvOf(rows: number): Buffer {
  const lines = ['kode_wilayah,kecamatan,kelurahan,indikator,tahun,nilai'];
  for (let i = 1; i <= rows; i++) {
    lines.push(
      `3573${String(i % 57).padStart(6, '0')},${KECAMATAN[i % 5]},Kelurahan ${i % 57},Indikator ${(i >> 3) % 200},${2000 + (i % 25)},${((i * 7919) % 100000) / 10}`,
    );
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

function multipart(bytes: Buffer, fileName: string): { body: Buffer; type: string } {
  const boundary = `----bench${Date.now()}`;
  return {
    type: `multipart/form-data; boundary=${boundary}`,
    body: Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="name"\r\n\r\nTabel\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n`),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  };
}

/** The process's memory in MB, from /proc: the resident set now (VmRSS) or its peak (VmHWM). */
function memoryOf(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/** Resets the peak so the next VmHWM is this upload's own (Linux; ignored where not allowed). */
function resetPeak(pid: number): void {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // Without it the peak includes start-up, which is lower than an upload's in practice.
  }
}

interface UploadFigures {
  uploadMs: number;
  confirmMs: number;
  peakMb: number;
  idleMb: number;
}

async function upload(base: string, token: string, pid: number, n: number, csv: Buffer): Promise<UploadFigures> {
  const headers = { authorization: token };
  const name = `unggah-${n}`;
  const created = await fetch(`${base}/api/opendata/datasets`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ name, title: `Unggahan ${n}`, producer: 'dispendukcapil', licenseId: 'CC-BY-4.0', frequency: 'tahunan', accessLevel: 'terbuka' }),
  });
  if (created.status !== 201) throw new Error(`dataset: ${created.status} ${await created.text()}`);
  const idleMb = memoryOf(pid, 'VmRSS');
  resetPeak(pid);
  const form = multipart(csv, 'indikator.csv');
  let started = performance.now();
  const res = await fetch(`${base}/api/opendata/datasets/${name}/resources`, {
    method: 'POST',
    headers: { ...headers, 'content-type': form.type },
    body: form.body,
  });
  const uploadMs = performance.now() - started;
  if (res.status !== 201) throw new Error(`upload: ${res.status} ${await res.text()}`);
  const resource = (await res.json()) as { id: string; latestVersion: { versionNo: number; columns: unknown[]; keyColumns: string[] } };
  const peakMb = memoryOf(pid, 'VmHWM');
  started = performance.now();
  const confirmed = await fetch(`${base}/api/opendata/resources/${resource.id}/versions/${resource.latestVersion.versionNo}/columns`, {
    method: 'PUT',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ columns: resource.latestVersion.columns, keyColumns: resource.latestVersion.keyColumns }),
  });
  const confirmMs = performance.now() - started;
  if (confirmed.status !== 200) throw new Error(`confirm: ${confirmed.status} ${await confirmed.text()}`);
  return { uploadMs, confirmMs, peakMb, idleMb };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function main() {
  if (!fs.existsSync(path.join(root, 'dist', 'main.js'))) throw new Error('Run "npm run build" first.');
  const csv = csvOf(UPLOAD_ROWS);
  const out: string[] = [];
  for (const kind of KINDS) {
    let token = '';
    let resourceId = '';
    const database = await prepareDatabase(kind, async (db) => {
      let started = Date.now();
      await generateCatalogue(db, DATASETS, (done) => process.stdout.write(`\r  ${kind}: ${done.toLocaleString('en')} datasets`));
      console.log(` in ${((Date.now() - started) / 1000).toFixed(0)} s`);
      started = Date.now();
      resourceId = await generateDatastore(db, ROWS);
      console.log(`  ${kind}: ${ROWS.toLocaleString('en')} datastore rows in ${((Date.now() - started) / 1000).toFixed(0)} s`);
      token = await producerToken(db);
      // What autovacuum would do a minute later: without statistics the planner guesses at the
      // new million rows, and the first minute's reads would measure the guess.
      await sql`analyze`.execute(db);
    });
    try {
      const server = await startProcess(['dist/main.js'], database.env, '/readyz');
      const base = `http://127.0.0.1:${server.port}`;
      const pid = server.child.pid as number;
      const datastore = () => {
        const filters = JSON.stringify({
          kelurahan: `Kelurahan ${Math.floor(Math.random() * KELURAHAN)}`,
          indikator: `Indikator ${Math.floor(Math.random() * INDICATORS)}`,
        });
        return { path: `/api/3/action/datastore_search?resource_id=${resourceId}&limit=100&filters=${encodeURIComponent(filters)}` };
      };
      const words = ['penduduk', 'sekolah', 'kesehatan', 'jalan', 'sampah', 'wisata', 'pegawai', 'kelurahan', 'kecamatan', 'umkm'];
      const facets = encodeURIComponent(JSON.stringify(['organization', 'tags', 'groups', 'res_format']));
      const packages = () => ({ path: `/api/3/action/package_search?q=${pick(words)}&rows=10&facet.field=${facets}` });
      const figures: Array<[string, Figures]> = [];
      for (const connections of [4, 32]) {
        figures.push([
          `datastore_search, filter, 1 of ${ROWS.toLocaleString('en')} rows tables, ${connections} conn.`,
          await load(base, 'GET', datastore, { connections, seconds: SECONDS }),
        ]);
        figures.push([
          `package_search, word + 4 facets, ${DATASETS.toLocaleString('en')} datasets, ${connections} conn.`,
          await load(base, 'GET', packages, { connections, seconds: SECONDS }),
        ]);
      }
      // Uploads last: each adds 100,000 rows that the reads above would otherwise meet unsettled.
      const uploads: UploadFigures[] = [];
      for (let n = 1; n <= UPLOADS; n++) uploads.push(await upload(base, token, pid, n, csv));
      await stop(server.child);
      out.push(
        `| ${kind} | upload + parse ${UPLOAD_ROWS.toLocaleString('en')}-row CSV (${(csv.length / 1_048_576).toFixed(1)} MB), median of ${UPLOADS} | ${Math.round(median(uploads.map((u) => u.uploadMs)))} ms | peak RSS ${median(uploads.map((u) => u.peakMb))} MB (idle ${median(uploads.map((u) => u.idleMb))} MB) |`,
        `| ${kind} | confirm its columns, median of ${UPLOADS} | ${Math.round(median(uploads.map((u) => u.confirmMs)))} ms | |`,
        ...figures.map(([name, f]) => `| ${kind} | ${name} | p99 ${f.p99} ms (p50 ${f.p50}) | ${f.rps.toLocaleString('en')}/s, ${f.errors} errors |`),
      );
    } finally {
      await database.cleanup();
    }
  }
  console.log(`\nSatu Data, ${SECONDS} s per load (${os.cpus().length} cores, node ${process.version})\n`);
  console.log('| database | measure | figure | also |');
  console.log('|---|---|---|---|');
  for (const line of out) console.log(line);
}

await main();
