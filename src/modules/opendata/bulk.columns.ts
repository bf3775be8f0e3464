/**
 * The catalogue sheet of a bulk import: one row per dataset, one column per field, headed in
 * Indonesian. The template and the reader share this list, so a header renamed here is renamed
 * in both.
 */
import type { LocalizedText } from '../../errors.js';

export const CATALOGUE_SHEET = 'Katalog';

export type CatalogueKey =
  | 'nama'
  | 'judul'
  | 'deskripsi'
  | 'produsen'
  | 'lisensi'
  | 'frekuensi'
  | 'akses'
  | 'tag'
  | 'grup'
  | 'konsep'
  | 'definisi'
  | 'ukuran'
  | 'satuan'
  | 'tingkat_penyajian'
  | 'kode_wilayah'
  | 'cakupan_wilayah'
  | 'tanggal_mulai'
  | 'tanggal_selesai'
  | 'kontak_nama'
  | 'kontak_email'
  | 'berkas'
  | 'tautan'
  | 'nama_sumber';

export interface CatalogueColumn {
  key: CatalogueKey;
  required: boolean;
  /** What to write in the column, shown in the template's instructions. */
  help: LocalizedText;
  example: string;
}

export const CATALOGUE_COLUMNS: readonly CatalogueColumn[] = [
  {
    key: 'nama',
    required: true,
    help: { id: 'Nama unik di alamat: huruf kecil, angka, - atau _', en: 'Unique name in the address: lower case, digits, - or _' },
    example: 'jumlah-penduduk-kecamatan-2025',
  },
  { key: 'judul', required: true, help: { id: 'Judul dataset', en: 'Title of the dataset' }, example: 'Jumlah Penduduk per Kecamatan 2025' },
  {
    key: 'deskripsi',
    required: false,
    help: { id: 'Penjelasan isi data', en: 'What the data holds' },
    example: 'Penduduk menurut kecamatan dan jenis kelamin.',
  },
  {
    key: 'produsen',
    required: true,
    help: { id: 'Nama produsen data (lihat /api/opendata/producers)', en: 'Producer name (see /api/opendata/producers)' },
    example: 'dispendukcapil',
  },
  { key: 'lisensi', required: true, help: { id: 'Kode lisensi, mis. CC-BY-4.0', en: 'Licence id, e.g. CC-BY-4.0' }, example: 'CC-BY-4.0' },
  {
    key: 'frekuensi',
    required: true,
    help: {
      id: 'Harian, Mingguan, Bulanan, Triwulanan, Empat Bulanan, Semesteran, Tahunan, Dua Tahunan atau Ad-hoc',
      en: 'Harian, Mingguan, Bulanan, Triwulanan, Empat Bulanan, Semesteran, Tahunan, Dua Tahunan or Ad-hoc',
    },
    example: 'Tahunan',
  },
  { key: 'akses', required: true, help: { id: 'Terbuka, Terbatas atau Tertutup', en: 'Terbuka, Terbatas or Tertutup' }, example: 'Terbuka' },
  { key: 'tag', required: false, help: { id: 'Dipisah koma', en: 'Separated by commas' }, example: 'penduduk, kecamatan' },
  {
    key: 'grup',
    required: false,
    help: { id: 'Nama topik, dipisah koma (lihat /api/opendata/groups)', en: 'Topic names, separated by commas (see /api/opendata/groups)' },
    example: 'kependudukan',
  },
  { key: 'konsep', required: false, help: { id: 'Konsep', en: 'Concept' }, example: '' },
  { key: 'definisi', required: false, help: { id: 'Definisi', en: 'Definition' }, example: '' },
  { key: 'ukuran', required: false, help: { id: 'Ukuran', en: 'Measure' }, example: 'Jumlah penduduk' },
  {
    key: 'satuan',
    required: false,
    help: { id: 'Satuan; juga menjadi satuan kolom terakhir tabel', en: "Unit; also the unit of the table's last column" },
    example: 'jiwa',
  },
  { key: 'tingkat_penyajian', required: false, help: { id: 'Kota, Kecamatan atau Kelurahan', en: 'Kota, Kecamatan or Kelurahan' }, example: 'Kecamatan' },
  { key: 'kode_wilayah', required: false, help: { id: 'Kode wilayah BPS (Kota Malang: 3573)', en: 'BPS region code (Kota Malang: 3573)' }, example: '3573' },
  {
    key: 'cakupan_wilayah',
    required: false,
    help: { id: 'Nama wilayah, wajib bila ada kode', en: 'Region name, required with a code' },
    example: 'Kota Malang',
  },
  {
    key: 'tanggal_mulai',
    required: false,
    help: { id: 'Awal cakupan waktu, YYYY-MM-DD', en: 'Start of the period covered, YYYY-MM-DD' },
    example: '2025-01-01',
  },
  {
    key: 'tanggal_selesai',
    required: false,
    help: { id: 'Akhir cakupan waktu, YYYY-MM-DD', en: 'End of the period covered, YYYY-MM-DD' },
    example: '2025-12-31',
  },
  { key: 'kontak_nama', required: false, help: { id: 'Nama kontak', en: 'Contact name' }, example: 'Bidang Data' },
  {
    key: 'kontak_email',
    required: false,
    help: { id: 'Email kontak, wajib bila ada nama kontak', en: 'Contact email, required with a name' },
    example: 'data@malangkota.go.id',
  },
  {
    key: 'berkas',
    required: false,
    help: {
      id: 'Nama berkas CSV/XLSX di folder, atau nama lembar di buku kerja ini',
      en: 'CSV/XLSX file name in the folder, or a sheet name in this workbook',
    },
    example: 'Penduduk 2025',
  },
  {
    key: 'tautan',
    required: false,
    help: { id: 'Atau: alamat http(s) data yang disimpan di tempat lain', en: 'Or: the http(s) address of data kept elsewhere' },
    example: '',
  },
  { key: 'nama_sumber', required: false, help: { id: 'Nama sumber data; bawaan: judul', en: 'Name of the resource; default: the title' }, example: '' },
];
