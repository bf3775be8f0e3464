/**
 * Data for the Satu Data benchmark, written straight into the tables: a catalogue of published
 * datasets with Indonesian titles spread over the seeded producers and topics, and one long table
 * of a million rows in the datastore (kelurahan x indicator x year), as the portal will hold.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../src/db/schema.js';
import { refreshSearchVectors } from '../../src/modules/opendata/dataset.repository.js';

const SUBJECTS = [
  'Jumlah Penduduk',
  'Angka Kelahiran',
  'Sekolah Dasar',
  'Guru SMP',
  'Puskesmas',
  'Tenaga Kesehatan',
  'Imunisasi Balita',
  'Panjang Jalan',
  'Jembatan',
  'Volume Sampah',
  'Ruang Terbuka Hijau',
  'UMKM Binaan',
  'Pasar Tradisional',
  'Kunjungan Wisatawan',
  'Hotel dan Restoran',
  'Angkutan Umum',
  'Kendaraan Bermotor',
  'Keluarga Penerima Manfaat',
  'Pencari Kerja',
  'Pegawai Negeri Sipil',
];
const BY = ['per Kecamatan', 'per Kelurahan', 'menurut Jenis Kelamin', 'menurut Kelompok Umur', 'per Bulan', 'menurut Status'];
const TAGS = ['penduduk', 'pendidikan', 'kesehatan', 'jalan', 'sampah', 'umkm', 'wisata', 'transportasi', 'sosial', 'pegawai', 'anggaran', 'lingkungan'];
const FREQUENCIES = ['bulanan', 'triwulanan', 'semesteran', 'tahunan'];
const FORMATS = ['CSV', 'XLSX', 'JSON', 'PDF'];

export const KECAMATAN = ['Blimbing', 'Kedungkandang', 'Klojen', 'Lowokwaru', 'Sukun'];
export const YEARS = { from: 2000, count: 25 };
export const INDICATORS = 200;
export const KELURAHAN = 57;

/** `count` published, Terbuka datasets with one link resource each, in batches; returns their names. */
export async function generateCatalogue(db: Kysely<Database>, count: number, progress: (done: number) => void): Promise<void> {
  const producers = (await db.selectFrom('od_producer').select('id').execute()).map((p) => p.id);
  const groups = (await db.selectFrom('od_group').select('id').execute()).map((g) => g.id);
  const batch = 500;
  for (let start = 0; start < count; start += batch) {
    const rows = Array.from({ length: Math.min(batch, count - start) }, (_, k) => {
      const i = start + k;
      const year = 2015 + (i % 11);
      return {
        name: `bench-${i}`,
        title: `${SUBJECTS[i % SUBJECTS.length]} ${BY[Math.floor(i / SUBJECTS.length) % BY.length]} Tahun ${year}`,
        notes: `Data ${SUBJECTS[i % SUBJECTS.length].toLowerCase()} Kota Malang tahun ${year}, dihimpun oleh produsen data dan diperiksa walidata.`,
        producer_id: producers[i % producers.length] as string,
        license_id: 'CC-BY-4.0',
        tags: [TAGS[i % TAGS.length] as string, TAGS[(i * 7 + 3) % TAGS.length] as string],
        frequency: FREQUENCIES[i % FREQUENCIES.length] as 'tahunan',
        access_level: 'terbuka' as const,
        status: 'DITAYANGKAN' as const,
        temporal_start: `${year}-01-01`,
        temporal_end: `${year}-12-31`,
        published_at: new Date(),
      };
    });
    const inserted = await db.insertInto('od_dataset').values(rows).returning('id').execute();
    const ids = inserted.map((r) => r.id);
    await db
      .insertInto('od_dataset_group')
      .values(ids.map((id, k) => ({ dataset_id: id, group_id: groups[(start + k) % groups.length] as string })))
      .execute();
    await db
      .insertInto('od_resource')
      .values(
        ids.map((id, k) => ({
          dataset_id: id,
          name: 'Tabel',
          kind: 'link' as const,
          url: `https://data.example.org/${start + k}`,
          format: FORMATS[(start + k) % FORMATS.length],
        })),
      )
      .execute();
    await refreshSearchVectors(db, ids);
    progress(start + rows.length);
  }
}

/** One published dataset whose confirmed table holds `count` rows; returns the resource id. */
export async function generateDatastore(db: Kysely<Database>, count: number): Promise<string> {
  const producer = await db.selectFrom('od_producer').select('id').orderBy('name').executeTakeFirstOrThrow();
  const dataset = await db
    .insertInto('od_dataset')
    .values({
      name: 'bench-indikator-kelurahan',
      title: 'Indikator Pembangunan per Kelurahan',
      producer_id: producer.id,
      license_id: 'CC-BY-4.0',
      frequency: 'tahunan',
      access_level: 'terbuka',
      status: 'DITAYANGKAN',
      published_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const resource = await db
    .insertInto('od_resource')
    .values({ dataset_id: dataset.id, name: 'Indikator', kind: 'upload', format: 'CSV' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const columns = [
    { name: 'kecamatan', type: 'text', unit: '' },
    { name: 'kelurahan', type: 'text', unit: '' },
    { name: 'indikator', type: 'text', unit: '' },
    { name: 'tahun', type: 'integer', unit: '' },
    { name: 'nilai', type: 'number', unit: 'satuan' },
  ];
  const version = await db
    .insertInto('od_resource_version')
    .values({
      resource_id: resource.id,
      version_no: 1,
      file_key: 'bench/none',
      file_name: 'indikator.csv',
      media_type: 'text/csv',
      bytes: 0,
      sha256: '',
      row_count: count,
      columns: JSON.stringify(columns),
      key_columns: ['kecamatan', 'kelurahan', 'indikator', 'tahun'],
      confirmed_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.updateTable('od_resource').set({ current_version_id: version.id }).where('id', '=', resource.id).execute();
  // In slices, so PGlite's single process never holds a million-row statement at once.
  const slice = 100_000;
  const kecamatan = `array[${KECAMATAN.map((k) => `'${k}'`).join(',')}]`;
  for (let from = 1; from <= count; from += slice) {
    const to = Math.min(count, from + slice - 1);
    await sql`
      insert into od_datastore_row (version_id, row_no, data)
      select ${version.id}, g, jsonb_build_object(
        'kecamatan', (${sql.raw(kecamatan)})[1 + g % 5],
        'kelurahan', 'Kelurahan ' || (g / 5) % ${KELURAHAN},
        'indikator', 'Indikator ' || (g / ${5 * KELURAHAN}) % ${INDICATORS},
        'tahun', ${YEARS.from} + (g / ${5 * KELURAHAN * INDICATORS}) % ${YEARS.count},
        'nilai', round(((g::bigint * 7919) % 100000)::numeric / 10, 1))
      from generate_series(${from}::int, ${to}::int) g`.execute(db);
  }
  return resource.id;
}
