/** Upserts of reference data by natural key, so seeding twice changes nothing. */
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

/** Inserts an OPD by code or refreshes its reference fields; contact details set by people stay. */
export async function upsertOpd(db: Kysely<Database>, row: OpdSeedRow): Promise<string> {
  const result = await db
    .insertInto('opd')
    .values(row)
    .onConflict((oc) =>
      oc.column('code').doUpdateSet({ name: row.name, short_name: row.short_name, kind: row.kind, parent_id: row.parent_id, wilayah_id: row.wilayah_id }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return result.id;
}

export async function hasAnyOpd(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom('opd').select('id').limit(1).executeTakeFirst()) !== undefined;
}
