/**
 * The catalogue's starting reference data, loaded where missing and never overwriting: a producer
 * for every OPD in force (its staff act for it) and the topic groups Indonesian portals use. Runs
 * after migrations on every start, so it reads two lists and writes only what is new.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Platform } from '../../platform/module.js';
import { createOpdService } from '../org/index.js';
import { insertGroupsIfMissing, insertProducersIfMissing, producerKeys } from './catalogue.repository.js';

export const GROUPS: ReadonlyArray<{ name: string; title: string; description: string }> = [
  { name: 'kesehatan', title: 'Kesehatan', description: 'Fasilitas dan tenaga kesehatan, penyakit, gizi, imunisasi, kesehatan ibu dan anak.' },
  { name: 'pendidikan', title: 'Pendidikan', description: 'Sekolah, guru, peserta didik, angka partisipasi dan kelulusan.' },
  { name: 'kependudukan', title: 'Kependudukan', description: 'Jumlah dan sebaran penduduk, kelahiran, kematian, perpindahan, dokumen kependudukan.' },
  { name: 'ekonomi', title: 'Ekonomi', description: 'Perdagangan, koperasi dan UMKM, industri, ketenagakerjaan, investasi, harga.' },
  { name: 'infrastruktur', title: 'Infrastruktur', description: 'Jalan, jembatan, drainase, perumahan dan permukiman, tata ruang.' },
  { name: 'lingkungan-hidup', title: 'Lingkungan Hidup', description: 'Sampah, ruang terbuka hijau, kualitas air dan udara.' },
  { name: 'sosial', title: 'Sosial', description: 'Kesejahteraan sosial, kemiskinan, perlindungan anak dan perempuan, keluarga berencana.' },
  { name: 'pemerintahan', title: 'Pemerintahan', description: 'Kepegawaian, keuangan dan aset daerah, pelayanan publik, wilayah administrasi.' },
  { name: 'pariwisata', title: 'Pariwisata', description: 'Kunjungan wisatawan, destinasi, hotel dan restoran, kebudayaan, kepemudaan dan olahraga.' },
  { name: 'transportasi', title: 'Transportasi', description: 'Angkutan umum, lalu lintas, parkir, kendaraan bermotor.' },
];

/** A producer's name from an OPD's short name: 'Kel. Sukun' is kel-sukun, 'Dinsos-P3AP2KB' is dinsos-p3ap2kb. */
export function producerSlug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
}

/** Loads what is missing; returns how many producers and groups were added. */
export async function seedOpendata(db: Kysely<Database>): Promise<{ producers: number; groups: number }> {
  const groups = await insertGroupsIfMissing(db, [...GROUPS]);
  // The seed has only the database; the OPD service reads through it and nothing else.
  const opds = createOpdService({ db } as Platform);
  const today = new Date().toISOString().slice(0, 10);
  const { items } = await opds.list({ validOn: today, limit: 100_000, offset: 0 });
  const existing = await producerKeys(db);
  // An OPD has its producer once one of kind opd or kelurahan acts through it (a health facility does not count).
  const covered = new Set(existing.filter((p) => p.kind !== 'faskes').map((p) => p.opd_id));
  const names = new Set(existing.map((p) => p.name));
  const rows = items
    .filter((opd) => !covered.has(opd.id))
    .map((opd) => {
      const short = producerSlug(opd.shortName);
      const name = short.length >= 2 && !names.has(short) ? short : producerSlug(opd.code);
      names.add(name);
      return { name, title: opd.name, kind: opd.kind === 'kelurahan' ? ('kelurahan' as const) : ('opd' as const), opd_id: opd.id, email: opd.email };
    })
    .filter((row) => row.name.length >= 2);
  return { producers: await insertProducersIfMissing(db, rows), groups };
}
