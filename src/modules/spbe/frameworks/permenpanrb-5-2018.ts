/**
 * PermenPANRB 5/2018 (evaluations 2018-2019): 3 domains, 7 aspects, 35 indicators on levels 0-5.
 * The domain weights are 17, 28 and 55 percent, and every indicator of a domain weighs the same
 * (1, 4 and 5 percent): that reproduces the published 2018 results we could check, but the
 * per-indicator table itself is our derivation, which the notes say. The level names are our
 * short summary of each level's criteria, not names the regulation gives.
 */
import type { FrameworkInput } from '../framework.definition.js';
import { SPBE_PREDICATES } from './predicates.js';

const policy = (subject: string) => [
  `Kebijakan internal tentang ${subject} masih berupa konsep.`,
  `Kebijakan internal tentang ${subject} sudah ditetapkan untuk sebagian unit kerja atau kebutuhan.`,
  `Kebijakan internal tentang ${subject} mencakup seluruh unit kerja dan kebutuhan.`,
  `Kebijakan internal tentang ${subject} mendukung keterpaduan antarinstansi atau dengan sistem lain.`,
  `Kebijakan internal tentang ${subject} dipantau, dievaluasi berkala dan diperbaiki.`,
];
const governance = (subject: string) => [
  `${subject} ada, tetapi bersifat sementara atau sewaktu-waktu.`,
  `${subject} sudah ditetapkan dan diterapkan sebagian.`,
  `${subject} diterapkan sepenuhnya dan konsisten.`,
  `${subject} dikendalikan, diukur, dipantau dan dievaluasi berkala.`,
  `${subject} terus ditingkatkan sebagai tindak lanjut pemantauan dan evaluasi.`,
];
const service = (subject: string) => [
  `${subject} menyebarkan informasi satu arah.`,
  `${subject} melayani interaksi dengan pengguna.`,
  `${subject} melayani transaksi secara elektronik.`,
  `${subject} terpadu dengan layanan atau instansi lain.`,
  `${subject} terus disesuaikan dengan perubahan lingkungan, teknologi dan kebutuhan.`,
];

const numbered = (first: number, weight: number, scale: string, describe: (s: string) => string[], names: string[], subjectOf = (n: string) => n) =>
  names.map((name, i) => ({ number: first + i, name, weight, scale, levels: describe(subjectOf(name)) }));
const withoutPrefix = (name: string) => name.replace(/^Kebijakan Internal /, '');

export const PERMENPANRB_5_2018: FrameworkInput = {
  code: 'permenpanrb-5-2018',
  name: 'Evaluasi SPBE (PermenPANRB 5/2018)',
  regulation: 'Peraturan Menteri PANRB Nomor 5 Tahun 2018 tentang Pedoman Evaluasi Sistem Pemerintahan Berbasis Elektronik',
  fromYear: 2018,
  toYear: 2020,
  notes:
    'Tingkat 0-5. Bobot domain 17%, 28% dan 55%; bobot tiap indikator dalam satu domain sama (1%, 4%, 5%), ' +
    'diturunkan dari bobot domain. Nama dan deskripsi tingkat adalah ringkasan kami atas kriterianya.',
  scales: [
    { code: 'kebijakan', name: 'Kebijakan internal', levels: ['Konsep', 'Ditetapkan', 'Menyeluruh', 'Terpadu', 'Berkelanjutan'] },
    { code: 'tata_kelola', name: 'Tata kelola', levels: ['Sementara', 'Diterapkan sebagian', 'Konsisten', 'Terukur', 'Berkelanjutan'] },
    { code: 'layanan', name: 'Layanan', levels: ['Informasi', 'Interaksi', 'Transaksi', 'Kolaborasi', 'Optimalisasi'] },
  ],
  domains: [
    {
      number: 1,
      name: 'Kebijakan Internal SPBE',
      aspects: [
        {
          number: 1,
          name: 'Kebijakan Internal Tata Kelola SPBE',
          indicators: numbered(
            1,
            1,
            'kebijakan',
            policy,
            [
              'Kebijakan Internal Tim Pengarah SPBE Instansi Pemerintah',
              'Kebijakan Internal Inovasi Proses Bisnis Terintegrasi',
              'Kebijakan Internal Rencana Induk SPBE Instansi Pemerintah',
              'Kebijakan Internal Anggaran dan Belanja TIK',
              'Kebijakan Internal Pengoperasian Pusat Data',
              'Kebijakan Internal Integrasi Sistem Aplikasi',
              'Kebijakan Internal Penggunaan Aplikasi Umum Berbagi Pakai',
            ],
            withoutPrefix,
          ),
        },
        {
          number: 2,
          name: 'Kebijakan Internal Layanan SPBE',
          indicators: numbered(
            8,
            1,
            'kebijakan',
            policy,
            [
              'Kebijakan Internal Layanan Naskah Dinas',
              'Kebijakan Internal Layanan Manajemen Kepegawaian',
              'Kebijakan Internal Layanan Manajemen Perencanaan dan Penganggaran',
              'Kebijakan Internal Layanan Manajemen Keuangan',
              'Kebijakan Internal Layanan Manajemen Kinerja',
              'Kebijakan Internal Layanan Pengadaan',
              'Kebijakan Internal Layanan Pengaduan Publik',
              'Kebijakan Internal Layanan Dokumentasi dan Informasi Hukum',
              'Kebijakan Internal Layanan Whistle Blowing System',
              'Kebijakan Internal Layanan Publik Instansi Pemerintah',
            ],
            withoutPrefix,
          ),
        },
      ],
    },
    {
      number: 2,
      name: 'Tata Kelola SPBE',
      aspects: [
        {
          number: 3,
          name: 'Kelembagaan',
          indicators: numbered(18, 4, 'tata_kelola', governance, ['Tim Pengarah SPBE Instansi Pemerintah', 'Inovasi Proses Bisnis Terintegrasi']),
        },
        {
          number: 4,
          name: 'Strategi dan Perencanaan',
          indicators: numbered(20, 4, 'tata_kelola', governance, ['Rencana Induk SPBE Instansi Pemerintah', 'Anggaran dan Belanja TIK']),
        },
        {
          number: 5,
          name: 'Teknologi Informasi dan Komunikasi',
          indicators: numbered(22, 4, 'tata_kelola', governance, [
            'Pengoperasian Pusat Data',
            'Integrasi Sistem Aplikasi',
            'Penggunaan Aplikasi Umum Berbagi Pakai',
          ]),
        },
      ],
    },
    {
      number: 3,
      name: 'Layanan SPBE',
      aspects: [
        {
          number: 6,
          name: 'Layanan Administrasi Pemerintahan Berbasis Elektronik',
          indicators: numbered(25, 5, 'layanan', service, [
            'Layanan Naskah Dinas',
            'Layanan Manajemen Kepegawaian',
            'Layanan Manajemen Perencanaan',
            'Layanan Manajemen Penganggaran',
            'Layanan Manajemen Keuangan',
            'Layanan Manajemen Kinerja',
            'Layanan Pengadaan',
          ]),
        },
        {
          number: 7,
          name: 'Layanan Publik Berbasis Elektronik',
          indicators: numbered(32, 5, 'layanan', service, [
            'Layanan Pengaduan Publik',
            'Layanan Dokumentasi dan Informasi Hukum',
            'Layanan Whistle Blowing System',
            'Layanan Publik Instansi Pemerintah',
          ]),
        },
      ],
    },
  ],
  predicates: SPBE_PREDICATES,
};
