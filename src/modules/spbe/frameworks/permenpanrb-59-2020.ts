/**
 * PermenPANRB 59/2020 (evaluations 2021-2024): 4 domains, 8 aspects, 47 indicators, weights in
 * percent of the whole index (DOMAIN.md section 6). The level descriptions are our own summary of
 * what each level asks, one pattern per kind of indicator with its subject filled in; the
 * regulation's own criteria are longer and are the assessors' reference.
 */
import type { FrameworkInput } from '../framework.definition.js';
import { SPBE_PREDICATES } from './predicates.js';

const PROCESS_LEVELS = ['Rintisan', 'Terkelola', 'Terdefinisi', 'Terpadu dan Terukur', 'Optimum'];
const SERVICE_LEVELS = ['Informasi', 'Interaksi', 'Transaksi', 'Kolaborasi', 'Optimalisasi'];

/** What each level asks of an internal policy on the subject. */
const policy = (subject: string) => [
  `Kebijakan internal tentang ${subject} masih berupa konsep atau rancangan.`,
  `Kebijakan internal tentang ${subject} sudah ditetapkan, tetapi belum mencakup seluruh kebutuhan.`,
  `Kebijakan internal tentang ${subject} sudah ditetapkan dan mencakup seluruh kebutuhan dan unit kerja.`,
  `Kebijakan internal tentang ${subject} mendorong keterpaduan dengan kebijakan lain, dan pelaksanaannya diukur.`,
  `Kebijakan internal tentang ${subject} dievaluasi secara berkala dan diperbarui mengikuti perubahan.`,
];

/** What each level asks of a governance or management process on the subject. */
const process = (subject: string) => [
  `${subject} dilaksanakan tanpa perencanaan yang baku, sewaktu-waktu.`,
  `${subject} direncanakan dan dilaksanakan, tetapi belum di seluruh unit kerja.`,
  `${subject} dilaksanakan di seluruh unit kerja menurut standar atau prosedur yang ditetapkan.`,
  `${subject} terpadu dengan proses lain, dan hasilnya diukur dan dipantau secara berkala.`,
  `${subject} terus diperbaiki berdasarkan hasil pemantauan dan evaluasi.`,
];

/** What each level asks of an electronic service on the subject. */
const service = (subject: string) => [
  `${subject} memberi informasi satu arah secara elektronik.`,
  `${subject} memungkinkan interaksi dua arah antara pengguna dan penyelenggara.`,
  `${subject} berjalan sebagai transaksi elektronik dari permohonan sampai hasil.`,
  `${subject} terhubung dan berbagi data dengan layanan atau instansi lain.`,
  `${subject} terus disesuaikan dengan kebutuhan pengguna dan perubahan teknologi.`,
];

const POLICY_SUBJECTS = [
  'Arsitektur SPBE',
  'Peta Rencana SPBE',
  'Manajemen Data',
  'Pembangunan Aplikasi SPBE',
  'Layanan Pusat Data',
  'Layanan Jaringan Intra',
  'Penggunaan Sistem Penghubung Layanan',
  'Manajemen Keamanan Informasi',
  'Audit TIK',
  'Tim Koordinasi SPBE',
];

const indicator = (number: number, subject: string, weight: number, scale: 'proses' | 'layanan', levels: string[]) => ({
  number,
  name: `Tingkat Kematangan ${subject}`,
  weight,
  scale,
  levels,
});
const processIndicators = (first: number, weight: number, subjects: string[]) =>
  subjects.map((subject, i) => indicator(first + i, subject, weight, 'proses', process(subject)));
const serviceIndicators = (first: number, weight: number, subjects: string[]) =>
  subjects.map((subject, i) => indicator(first + i, subject, weight, 'layanan', service(subject)));

export const PERMENPANRB_59_2020: FrameworkInput = {
  code: 'permenpanrb-59-2020',
  name: 'Evaluasi SPBE (PermenPANRB 59/2020)',
  regulation: 'Peraturan Menteri PANRB Nomor 59 Tahun 2020 tentang Pemantauan dan Evaluasi Sistem Pemerintahan Berbasis Elektronik',
  fromYear: 2021,
  toYear: null,
  notes: 'Tingkat 1-5. Deskripsi tingkat adalah ringkasan kami; kriteria lengkap ada pada lampiran peraturan.',
  scales: [
    { code: 'proses', name: 'Kapabilitas proses', levels: PROCESS_LEVELS },
    { code: 'layanan', name: 'Kematangan layanan', levels: SERVICE_LEVELS },
  ],
  domains: [
    {
      number: 1,
      name: 'Kebijakan Internal SPBE',
      aspects: [
        {
          number: 1,
          name: 'Kebijakan Internal Tata Kelola SPBE',
          indicators: POLICY_SUBJECTS.map((subject, i) => indicator(i + 1, `Kebijakan Internal ${subject}`, 1.3, 'proses', policy(subject))),
        },
      ],
    },
    {
      number: 2,
      name: 'Tata Kelola SPBE',
      aspects: [
        {
          number: 2,
          name: 'Perencanaan Strategis SPBE',
          indicators: processIndicators(11, 2.5, [
            'Arsitektur SPBE',
            'Peta Rencana SPBE',
            'Keterpaduan Rencana dan Anggaran SPBE',
            'Inovasi Proses Bisnis SPBE',
          ]),
        },
        {
          number: 3,
          name: 'Teknologi Informasi dan Komunikasi',
          indicators: processIndicators(15, 2.5, [
            'Pembangunan Aplikasi SPBE',
            'Layanan Pusat Data',
            'Layanan Jaringan Intra',
            'Penggunaan Sistem Penghubung Layanan',
          ]),
        },
        {
          number: 4,
          name: 'Penyelenggara SPBE',
          indicators: processIndicators(19, 2.5, ['Pelaksanaan Tim Koordinasi SPBE', 'Kolaborasi Penerapan SPBE']),
        },
      ],
    },
    {
      number: 3,
      name: 'Manajemen SPBE',
      aspects: [
        {
          number: 5,
          name: 'Penerapan Manajemen SPBE',
          indicators: processIndicators(21, 1.5, [
            'Manajemen Risiko SPBE',
            'Manajemen Keamanan Informasi',
            'Manajemen Data',
            'Manajemen Aset TIK',
            'Kompetensi Sumber Daya Manusia',
            'Manajemen Pengetahuan',
            'Manajemen Perubahan',
            'Manajemen Layanan SPBE',
          ]),
        },
        {
          number: 6,
          name: 'Audit TIK',
          indicators: processIndicators(29, 1.5, ['Audit Infrastruktur SPBE', 'Audit Aplikasi SPBE', 'Audit Keamanan SPBE']),
        },
      ],
    },
    {
      number: 4,
      name: 'Layanan SPBE',
      aspects: [
        {
          number: 7,
          name: 'Layanan Administrasi Pemerintahan Berbasis Elektronik',
          indicators: serviceIndicators(32, 2.75, [
            'Layanan Perencanaan',
            'Layanan Penganggaran',
            'Layanan Keuangan',
            'Layanan Pengadaan Barang dan Jasa',
            'Layanan Kepegawaian',
            'Layanan Kearsipan Dinamis',
            'Layanan Pengelolaan Barang Milik Negara/Daerah',
            'Layanan Pengawasan Internal Pemerintah',
            'Layanan Akuntabilitas Kinerja Organisasi',
            'Layanan Kinerja Pegawai',
          ]),
        },
        {
          number: 8,
          name: 'Layanan Publik Berbasis Elektronik',
          indicators: serviceIndicators(42, 3, [
            'Layanan Pengaduan Pelayanan Publik',
            'Layanan Data Terbuka',
            'Layanan Jaringan Dokumentasi dan Informasi Hukum',
            'Layanan Publik Sektor 1',
            'Layanan Publik Sektor 2',
            'Layanan Publik Sektor 3',
          ]),
        },
      ],
    },
  ],
  predicates: SPBE_PREDICATES,
};
