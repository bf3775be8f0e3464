/**
 * Kota Malang's reference data (../shared/DOMAIN.md section 1): the OPD structure in force since
 * 2020 (Perda 5/2019) and the 5 kecamatan with their 57 kelurahan. Codes ship only where the
 * domain reference states them, each with its system named; the rest arrive with an import.
 */
import type { OpdKind } from './org.tables.js';

export const STRUCTURE_VALID_FROM = '2020-01-01';

export interface ReferenceOpd {
  code: string;
  shortName: string;
  name: string;
  kind: OpdKind;
  parentCode?: string;
  /** For kecamatan and kelurahan offices: the area they serve. */
  wilayah?: { kecamatan: string; kelurahan?: string };
}

export interface ReferenceKecamatan {
  name: string;
  centre: { lat: number; lon: number };
  codes: Record<string, string>;
  kelurahan: Array<{ name: string; codes?: Record<string, string> }>;
}

export const KECAMATAN: ReferenceKecamatan[] = [
  {
    name: 'Blimbing',
    centre: { lat: -7.945, lon: 112.653 },
    codes: { bps: '357301' },
    kelurahan: [
      'Arjosari',
      'Balearjosari',
      'Blimbing',
      'Bunulrejo',
      'Jodipan',
      'Kesatrian',
      'Pandanwangi',
      'Polehan',
      'Polowijen',
      'Purwantoro',
      'Purwodadi',
    ].map((name) => ({ name })),
  },
  {
    name: 'Kedungkandang',
    centre: { lat: -7.99, lon: 112.665 },
    codes: { bps: '357303' },
    kelurahan: [
      'Arjowinangun',
      'Bumiayu',
      'Buring',
      'Cemorokandang',
      'Kedungkandang',
      'Kotalama',
      'Lesanpuro',
      'Madyopuro',
      'Mergosono',
      'Sawojajar',
      'Tlogowaru',
      'Wonokoyo',
    ].map((name) => ({ name })),
  },
  {
    name: 'Klojen',
    centre: { lat: -7.978, lon: 112.631 },
    codes: { bps: '357302' },
    kelurahan: [
      'Bareng',
      'Gadingkasri',
      'Kasin',
      'Kauman',
      'Kiduldalem',
      'Klojen',
      'Oro-oro Dowo',
      'Penanggungan',
      'Rampal Celaket',
      'Samaan',
      'Sukoharjo',
    ].map((name) => ({ name })),
  },
  {
    name: 'Lowokwaru',
    centre: { lat: -7.944, lon: 112.614 },
    codes: { bps: '357305' },
    kelurahan: [
      { name: 'Dinoyo' },
      { name: 'Jatimulyo' },
      { name: 'Ketawanggede' },
      { name: 'Lowokwaru' },
      { name: 'Merjosari' },
      { name: 'Mojolangu' },
      { name: 'Sumbersari' },
      { name: 'Tasikmadu' },
      { name: 'Tlogomas' },
      { name: 'Tulusrejo' },
      { name: 'Tunggulwulung', codes: { bps: '3573050001' } },
      { name: 'Tunjungsekar' },
    ],
  },
  {
    name: 'Sukun',
    centre: { lat: -7.995, lon: 112.615 },
    codes: { bps: '357304' },
    kelurahan: [
      'Bakalankrajan',
      'Bandulan',
      'Bandungrejosari',
      'Ciptomulyo',
      'Gadang',
      'Karangbesuki',
      'Kebonsari',
      'Mulyorejo',
      'Pisangcandi',
      'Sukun',
      'Tanjungrejo',
    ].map((name) => ({ name })),
  },
];

const SETDA_BAGIAN: Array<[string, string, string]> = [
  ['SETDA-PEM', 'Bagian Pemerintahan', 'Pemerintahan'],
  ['SETDA-HUK', 'Bagian Hukum', 'Hukum'],
  ['SETDA-ORG', 'Bagian Organisasi', 'Organisasi'],
  ['SETDA-PISDA', 'Bagian Perekonomian, Infrastruktur dan Sumber Daya Alam', 'Perekonomian-Infrastruktur-SDA'],
  ['SETDA-KESRA', 'Bagian Kesejahteraan Rakyat', 'Kesra'],
  ['SETDA-HUMAS', 'Bagian Hubungan Masyarakat', 'Humas'],
  ['SETDA-UMUM', 'Bagian Umum', 'Umum'],
  ['SETDA-PBJ', 'Bagian Pengadaan Barang/Jasa', 'Pengadaan Barang/Jasa'],
];

const DINAS: Array<[string, string, string]> = [
  ['DINDIKBUD', 'Dinas Pendidikan dan Kebudayaan', 'Dindikbud'],
  ['DINKES', 'Dinas Kesehatan', 'Dinkes'],
  ['DPUPRPKP', 'Dinas Pekerjaan Umum, Penataan Ruang, Perumahan dan Kawasan Permukiman', 'DPUPRPKP'],
  ['DINSOS-P3AP2KB', 'Dinas Sosial, Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana', 'Dinsos-P3AP2KB'],
  ['DISNAKER-PMPTSP', 'Dinas Tenaga Kerja, Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'Disnaker-PMPTSP'],
  ['DISPENDUKCAPIL', 'Dinas Kependudukan dan Pencatatan Sipil', 'Dispendukcapil'],
  ['DISHUB', 'Dinas Perhubungan', 'Dishub'],
  ['DISKOMINFO', 'Dinas Komunikasi dan Informatika', 'Diskominfo'],
  ['DISKOPINDAG', 'Dinas Koperasi, Perindustrian dan Perdagangan', 'Diskopindag'],
  ['DLH', 'Dinas Lingkungan Hidup', 'DLH'],
  ['DISPANGTAN', 'Dinas Ketahanan Pangan dan Pertanian', 'Dispangtan'],
  ['DISPORAPAR', 'Dinas Kepemudaan, Olahraga dan Pariwisata', 'Disporapar'],
  ['DISPUSSIPDA', 'Dinas Perpustakaan dan Arsip Daerah', 'Dispussipda'],
];

const BADAN: Array<[string, string, string]> = [
  ['BAPPEDA', 'Badan Perencanaan Pembangunan Daerah', 'Bappeda'],
  ['BAPENDA', 'Badan Pendapatan Daerah', 'Bapenda'],
  ['BKAD', 'Badan Keuangan dan Aset Daerah', 'BKAD'],
  ['BKPSDM', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'BKPSDM'],
  ['BAKESBANGPOL', 'Badan Kesatuan Bangsa dan Politik', 'Bakesbangpol'],
  ['BPBD', 'Badan Penanggulangan Bencana Daerah', 'BPBD'],
];

function slug(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]+/g, '-');
}

/** The 28 perangkat daerah, Setda's bagian, and the kelurahan offices under their kecamatan. */
export const OPDS: ReferenceOpd[] = [
  { code: 'SETDA', shortName: 'Setda', name: 'Sekretariat Daerah', kind: 'sekretariat' },
  ...SETDA_BAGIAN.map(([code, name, shortName]) => ({ code, name, shortName, kind: 'bagian' as const, parentCode: 'SETDA' })),
  { code: 'SETWAN', shortName: 'Setwan', name: 'Sekretariat Dewan Perwakilan Rakyat Daerah', kind: 'sekretariat' },
  { code: 'INSPEKTORAT', shortName: 'Inspektorat', name: 'Inspektorat', kind: 'inspektorat' },
  { code: 'SATPOLPP', shortName: 'Satpol PP', name: 'Satuan Polisi Pamong Praja', kind: 'satpol' },
  ...DINAS.map(([code, name, shortName]) => ({ code, name, shortName, kind: 'dinas' as const })),
  ...BADAN.map(([code, name, shortName]) => ({ code, name, shortName, kind: 'badan' as const })),
  ...KECAMATAN.flatMap((kec) => [
    {
      code: `KEC-${slug(kec.name)}`,
      shortName: `Kec. ${kec.name}`,
      name: `Kecamatan ${kec.name}`,
      kind: 'kecamatan' as const,
      wilayah: { kecamatan: kec.name },
    },
    ...kec.kelurahan.map((kel) => ({
      code: `KEL-${slug(kel.name)}`,
      shortName: `Kel. ${kel.name}`,
      name: `Kelurahan ${kel.name}`,
      kind: 'kelurahan' as const,
      parentCode: `KEC-${slug(kec.name)}`,
      wilayah: { kecamatan: kec.name, kelurahan: kel.name },
    })),
  ]),
];
