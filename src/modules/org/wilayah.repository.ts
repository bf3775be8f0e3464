/** SQL for wilayah (kecamatan and kelurahan), their codes and boundaries. */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { GeoJsonGeometry } from './org.tables.js';
import type { Bbox } from './wilayah.resolver.js';

export interface WilayahRow {
  id: string;
  level: 'kecamatan' | 'kelurahan';
  name: string;
  parent_id: string | null;
  centre_lat: number | null;
  centre_lon: number | null;
  has_boundary: boolean;
}

export interface WilayahCodeRow {
  wilayah_id: string;
  system: string;
  code: string;
}

/** Every kecamatan and kelurahan without their boundaries (which can be large), by name. */
export async function listWilayah(db: Kysely<Database>): Promise<WilayahRow[]> {
  return db
    .selectFrom('wilayah')
    .select(['id', 'level', 'name', 'parent_id', 'centre_lat', 'centre_lon'])
    .select(sql<boolean>`boundary is not null`.as('has_boundary'))
    .orderBy('name')
    .execute();
}

export async function listWilayahCodes(db: Kysely<Database>): Promise<WilayahCodeRow[]> {
  return db.selectFrom('wilayah_code').select(['wilayah_id', 'system', 'code']).orderBy('system').orderBy('code').execute();
}

export interface BoundaryCandidate {
  id: string;
  name: string;
  kecamatan_id: string;
  kecamatan_name: string;
  boundary: GeoJsonGeometry;
}

/** Kelurahan with a boundary whose box holds the point: the few worth the exact polygon test. */
export async function findBoundaryCandidates(db: Kysely<Database>, lat: number, lon: number): Promise<BoundaryCandidate[]> {
  const rows = await db
    .selectFrom('wilayah as kel')
    .innerJoin('wilayah as kec', 'kec.id', 'kel.parent_id')
    .select(['kel.id', 'kel.name', 'kec.id as kecamatan_id', 'kec.name as kecamatan_name', 'kel.boundary'])
    .where('kel.level', '=', 'kelurahan')
    .where('kel.boundary', 'is not', null)
    .where('kel.min_lat', '<=', lat)
    .where('kel.max_lat', '>=', lat)
    .where('kel.min_lon', '<=', lon)
    .where('kel.max_lon', '>=', lon)
    .orderBy('kel.name')
    .execute();
  return rows as BoundaryCandidate[];
}

/** Stores a kelurahan's boundary with its box, replacing any earlier one. */
export async function saveBoundary(db: Kysely<Database>, wilayahId: string, boundary: GeoJsonGeometry, bbox: Bbox, source: string): Promise<void> {
  await db
    .updateTable('wilayah')
    .set({
      boundary: JSON.stringify(boundary),
      min_lat: bbox.minLat,
      min_lon: bbox.minLon,
      max_lat: bbox.maxLat,
      max_lon: bbox.maxLon,
      boundary_source: source,
      boundary_loaded_at: sql<Date>`now()`,
    })
    .where('id', '=', wilayahId)
    .execute();
}

/** Sets a wilayah's code in one system, replacing its earlier code in that system. */
export async function upsertWilayahCode(db: Kysely<Database>, wilayahId: string, system: string, code: string): Promise<void> {
  await db
    .insertInto('wilayah_code')
    .values({ wilayah_id: wilayahId, system, code })
    .onConflict((oc) => oc.columns(['wilayah_id', 'system']).doUpdateSet({ code }))
    .execute();
}

export interface KecamatanCentreRow {
  id: string;
  name: string;
  lat: number;
  lon: number;
}

export async function listKecamatanCentres(db: Kysely<Database>): Promise<KecamatanCentreRow[]> {
  const rows = await db
    .selectFrom('wilayah')
    .select(['id', 'name', 'centre_lat as lat', 'centre_lon as lon'])
    .where('level', '=', 'kecamatan')
    .where('centre_lat', 'is not', null)
    .where('centre_lon', 'is not', null)
    .orderBy('name')
    .execute();
  return rows as KecamatanCentreRow[];
}

export async function countKelurahanWithBoundary(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('wilayah')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('level', '=', 'kelurahan')
    .where('boundary', 'is not', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function allWilayahNames(db: Kysely<Database>): Promise<Array<{ id: string; name: string }>> {
  return db.selectFrom('wilayah').select(['id', 'name']).execute();
}
