import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { KECAMATAN, OPDS, STRUCTURE_VALID_FROM } from './reference-data.js';
import { insertOpdIfMissing, insertWilayahCodeIfMissing, upsertKecamatan, upsertKelurahan } from './seed.repository.js';

export interface SeedSummary {
  kecamatan: number;
  kelurahan: number;
  opd: number;
}

/** Loads Kota Malang's wilayah and OPDs that are missing; safe to run again, and never undoes an admin's change. */
export async function seedOrgReferenceData(db: Kysely<Database>): Promise<SeedSummary> {
  return db.transaction().execute(async (trx) => {
    const wilayahIds = new Map<string, string>();
    let kelurahanCount = 0;
    for (const kec of KECAMATAN) {
      const kecId = await upsertKecamatan(trx, kec.name, kec.centre.lat, kec.centre.lon);
      wilayahIds.set(kec.name, kecId);
      for (const [system, code] of Object.entries(kec.codes)) await insertWilayahCodeIfMissing(trx, kecId, system, code);
      for (const kel of kec.kelurahan) {
        const kelId = await upsertKelurahan(trx, kecId, kel.name);
        wilayahIds.set(`${kec.name}/${kel.name}`, kelId);
        for (const [system, code] of Object.entries(kel.codes ?? {})) await insertWilayahCodeIfMissing(trx, kelId, system, code);
        kelurahanCount++;
      }
    }
    const opdIds = new Map<string, string>();
    for (const opd of OPDS) {
      const wilayahKey = opd.wilayah ? (opd.wilayah.kelurahan ? `${opd.wilayah.kecamatan}/${opd.wilayah.kelurahan}` : opd.wilayah.kecamatan) : undefined;
      const id = await insertOpdIfMissing(trx, {
        code: opd.code,
        name: opd.name,
        short_name: opd.shortName,
        kind: opd.kind,
        parent_id: opd.parentCode ? (opdIds.get(opd.parentCode) ?? null) : null,
        valid_from: STRUCTURE_VALID_FROM,
        wilayah_id: wilayahKey ? (wilayahIds.get(wilayahKey) ?? null) : null,
      });
      opdIds.set(opd.code, id);
    }
    return { kecamatan: KECAMATAN.length, kelurahan: kelurahanCount, opd: OPDS.length };
  });
}
