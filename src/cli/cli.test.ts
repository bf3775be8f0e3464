/**
 * The `balaikota` command as an administrator runs it, against a fresh PGlite data folder: each
 * call is its own process, as on a server.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connection.js';

const root = path.resolve(import.meta.dirname, '../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-cli-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function balaikota(...args: string[]): { code: number | null; out: string; err: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

async function query<T>(text: string): Promise<T[]> {
  const db = await openDatabase({ pgliteDir: dataDir });
  try {
    return (await sql.raw<T>(text).execute(db.db)).rows;
  } finally {
    await db.close();
  }
}

describe('the balaikota command', () => {
  it('migrates a new database, then finds it up to date', () => {
    const first = balaikota('migrate');
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/Applied \d+ migration\(s\)/);
    expect(balaikota('migrate').out.trim()).toBe('The database is up to date.');
  });

  it('seeds the reference data and one demo account per role', async () => {
    const res = balaikota('seed', '--demo');
    expect(res.code).toBe(0);
    expect(res.out).toContain('Reference data: 5 kecamatan, 57 kelurahan');
    for (const role of ['warga', 'operator_opd', 'kepala_opd', 'admin', 'walidata', 'auditor', 'eksekutif']) expect(res.out).toContain(role);
    const grants = await query<{ role: string; code: string | null }>(
      `select g.role, o.code from role_grant g join app_user u on u.id = g.user_id left join opd o on o.id = g.opd_id where u.email like '%@demo.balaikota.localhost' order by u.email`,
    );
    expect(grants).toContainEqual({ role: 'operator_opd', code: 'DPUPRPKP' });
    expect(grants).toContainEqual({ role: 'operator_opd', code: 'DISHUB' });
    expect(grants).toContainEqual({ role: 'kepala_opd', code: 'DPUPRPKP' });
  });

  it('creates a user with a role, grants and revokes, and issues a token', async () => {
    const created = balaikota(
      'user',
      'create',
      '--email',
      'kasi.jalan@malangkota.go.id',
      '--name',
      'Kasi Jalan',
      '--role',
      'operator_opd',
      '--opd',
      'DPUPRPKP',
    );
    expect(created.code).toBe(0);
    expect(created.out).toMatch(/Password: \S{15,}/);
    expect(balaikota('user', 'grant', '--email', 'kasi.jalan@malangkota.go.id', '--role', 'auditor').code).toBe(0);
    expect(balaikota('user', 'revoke', '--email', 'kasi.jalan@malangkota.go.id', '--role', 'operator_opd', '--opd', 'DPUPRPKP').code).toBe(0);
    const roles = await query<{ role: string }>(
      `select role from role_grant g join app_user u on u.id = g.user_id where u.email = 'kasi.jalan@malangkota.go.id'`,
    );
    expect(roles).toEqual([{ role: 'auditor' }]);

    const token = balaikota('token', 'create', '--email', 'kasi.jalan@malangkota.go.id', '--name', 'sistem pelaporan', '--scopes', 'read');
    expect(token.code).toBe(0);
    expect(token.out).toMatch(/\nbk_[\w-]{40,}/);
    const stored = await query<{ token_hash: string }>('select token_hash from api_token');
    expect(token.out).not.toContain(stored[0].token_hash);
  });

  it('imports kelurahan boundaries from a GeoJSON file and reports the match', () => {
    const file = path.join(dataDir, 'batas.geojson');
    const square = (lon: number, lat: number) => [
      [
        [lon, lat],
        [lon + 0.005, lat],
        [lon + 0.005, lat + 0.005],
        [lon, lat + 0.005],
        [lon, lat],
      ],
    ];
    fs.writeFileSync(
      file,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { NAMOBJ: 'Kauman', WADMKC: 'Klojen' }, geometry: { type: 'Polygon', coordinates: square(112.624, -7.987) } },
          { type: 'Feature', properties: { NAMOBJ: 'Tidak Ada' }, geometry: { type: 'Polygon', coordinates: square(112.61, -7.95) } },
        ],
      }),
    );
    const res = balaikota('import', 'boundaries', file);
    expect(res.code).toBe(0);
    const report = JSON.parse(res.out);
    expect(report.counts).toMatchObject({ matched: 1, unmatched: 1 });
  });

  it('imports a folder of Satu Data datasets as the walidata, and lists the problems of a catalogue by row', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-katalog-'));
    const catalogue = (frequency: string) =>
      `nama,judul,produsen,lisensi,frekuensi,akses,berkas\nsd-negeri,Sekolah Dasar Negeri,dispendukcapil,CC-BY-4.0,${frequency},Terbuka,sd.csv\n`;
    fs.writeFileSync(path.join(folder, 'sd.csv'), 'kecamatan,jumlah\nKlojen,40\nSukun,52\n');
    fs.writeFileSync(path.join(folder, 'katalog.csv'), catalogue('Sesekali'));
    const refused = balaikota('import', 'datasets', folder, '--as', 'walidata@demo.balaikota.localhost');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('row 2, frekuensi: "Sesekali" is not a known frequency');

    fs.writeFileSync(path.join(folder, 'katalog.csv'), catalogue('Tahunan'));
    const res = balaikota('import', 'datasets', folder, '--as', 'walidata@demo.balaikota.localhost', '--publish');
    expect(res.code).toBe(0);
    expect(res.out).toContain('[1/1] row 2 sd-negeri: imported');
    expect(res.out).toContain('Imported 1, skipped 0 (already there), failed 0.');
    expect(await query(`select name, status from od_dataset where name = 'sd-negeri'`)).toEqual([{ name: 'sd-negeri', status: 'DITAYANGKAN' }]);
    const audit = await query<{ actor_label: string }>(`select actor_label from audit_log where action = 'opendata.import'`);
    expect(audit).toEqual([{ actor_label: 'walidata@demo.balaikota.localhost' }]);
    expect(balaikota('import', 'datasets', folder).err).toContain('Missing --as');
  });

  it('explains a mistake and exits 2', () => {
    const res = balaikota('user', 'grant', '--email', 'kasi.jalan@malangkota.go.id', '--role', 'raja');
    expect(res.code).toBe(2);
    expect(res.err).toContain('Unknown role "raja"');
    expect(res.err).toContain('Usage: balaikota');
    const unknownUser = balaikota('user', 'grant', '--email', 'siapa@x.id', '--role', 'warga');
    expect(unknownUser.code).toBe(2);
    expect(unknownUser.err).toContain('No account with email "siapa@x.id"');
  });
});
