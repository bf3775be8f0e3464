/**
 * The six smart city dimensions and their eighteen elements as the Gerakan Menuju 100 Smart City
 * names them (DOMAIN.md section 5). Loaded where missing and never overwriting, on every start.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export const DIMENSIONS: ReadonlyArray<{ code: string; name: string; elements: ReadonlyArray<{ code: string; name: string }> }> = [
  {
    code: 'governance',
    name: 'Smart Governance',
    elements: [
      { code: 'pelayanan', name: 'Pelayanan' },
      { code: 'birokrasi', name: 'Birokrasi' },
      { code: 'kebijakan', name: 'Kebijakan' },
    ],
  },
  {
    code: 'branding',
    name: 'Smart Branding',
    elements: [
      { code: 'pariwisata', name: 'Pariwisata' },
      { code: 'bisnis', name: 'Bisnis' },
      { code: 'wajah_kota', name: 'Wajah Kota' },
    ],
  },
  {
    code: 'economy',
    name: 'Smart Economy',
    elements: [
      { code: 'industri', name: 'Industri' },
      { code: 'kesejahteraan', name: 'Kesejahteraan' },
      { code: 'ekosistem_transaksi_keuangan', name: 'Ekosistem Transaksi Keuangan' },
    ],
  },
  {
    code: 'living',
    name: 'Smart Living',
    elements: [
      { code: 'harmonisasi_tata_ruang', name: 'Harmonisasi Tata Ruang' },
      { code: 'kesehatan', name: 'Kesehatan' },
      { code: 'transportasi', name: 'Transportasi' },
    ],
  },
  {
    code: 'society',
    name: 'Smart Society',
    elements: [
      { code: 'komunitas', name: 'Komunitas' },
      { code: 'ekosistem_belajar', name: 'Ekosistem Belajar' },
      { code: 'keamanan', name: 'Keamanan' },
    ],
  },
  {
    code: 'environment',
    name: 'Smart Environment',
    elements: [
      { code: 'proteksi_lingkungan', name: 'Proteksi Lingkungan' },
      { code: 'sampah_dan_limbah', name: 'Sampah dan Limbah' },
      { code: 'energi', name: 'Energi' },
    ],
  },
];

/** Loads what is missing; returns how many dimensions and elements were added. */
export async function seedSmartcity(db: Kysely<Database>): Promise<{ dimensions: number; elements: number }> {
  const dimensions = await db
    .insertInto('sc_dimension')
    .values(DIMENSIONS.map((d, i) => ({ code: d.code, name: d.name, position: i + 1 })))
    .onConflict((oc) => oc.column('code').doNothing())
    .executeTakeFirst();
  const elements = await db
    .insertInto('sc_element')
    .values(DIMENSIONS.flatMap((d) => d.elements.map((e, i) => ({ code: e.code, dimension_code: d.code, name: e.name, position: i + 1 }))))
    .onConflict((oc) => oc.column('code').doNothing())
    .executeTakeFirst();
  return { dimensions: Number(dimensions.numInsertedOrUpdatedRows ?? 0), elements: Number(elements.numInsertedOrUpdatedRows ?? 0) };
}
