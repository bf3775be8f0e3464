/**
 * Reference data inserted by natural key when missing. Rows that exist are left as they are, so a
 * later seed (an upgrade, `balaikota seed`) never undoes what an administrator changed.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.js';

export async function upsertKecamatan(db: Kysely<Database>, name: string, lat: number, lon: number): Promise<string> {
  const row = await sql<{ id: string }>`
    insert into wilayah (level, name, centre_lat, centre_lon) values ('kecamatan', ${name}, ${lat}, ${lon})
    on conflict (name) where level = 'kecamatan' do update set centre_lat = excluded.centre_lat, centre_lon = excluded.centre_lon
    returning id`.execute(db);
  return row.rows[0].id;
}

export async function upsertKelurahan(db: Kysely<Database>, kecamatanId: string, name: string): Promise<string> {
  const existing = await db
    .selectFrom('wilayah')
    .select('id')
    .where('level', '=', 'kelurahan')
    .where('parent_id', '=', kecamatanId)
    .where('name', '=', name)
    .executeTakeFirst();
  if (existing) return existing.id;
  const row = await db
    .insertInto('wilayah')
    .values({
      level: 'kelurahan',
      name,
      parent_id: kecamatanId,
      centre_lat: null,
      centre_lon: null,
      boundary: null,
      min_lat: null,
      min_lon: null,
      max_lat: null,
      max_lon: null,
      boundary_source: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface OpdSeedRow {
  code: string;
  name: string;
  short_name: string;
  kind: Database['opd']['kind'];
  parent_id: string | null;
  valid_from: string;
  wilayah_id: string | null;
}

/** Inserts an OPD unless its code exists; returns its id either way. */
export async function insertOpdIfMissing(db: Kysely<Database>, row: OpdSeedRow): Promise<string> {
  await db
    .insertInto('opd')
    .values(row)
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  const found = await db.selectFrom('opd').select('id').where('code', '=', row.code).executeTakeFirstOrThrow();
  return found.id;
}

export async function insertWilayahCodeIfMissing(db: Kysely<Database>, wilayahId: string, system: string, code: string): Promise<void> {
  await db
    .insertInto('wilayah_code')
    .values({ wilayah_id: wilayahId, system, code })
    .onConflict((oc) => oc.doNothing())
    .execute();
}
