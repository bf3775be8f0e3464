/**
 * The complaint categories a city starts with, each with the OPD that usually handles it
 * (DOMAIN.md: roads to DPUPRPKP, transport to Dishub, public order to Satpol PP are the most
 * common). Admins add, rename and re-route categories afterwards; seeding never overwrites them.
 */
export interface ReferenceCategory {
  code: string;
  name: string;
  nameEn: string;
  description: string;
  keywords: string;
  opdCode: string | null;
}

export const CATEGORIES: ReferenceCategory[] = [
  {
    code: 'JALAN',
    name: 'Jalan rusak atau berlubang',
    nameEn: 'Damaged road or pothole',
    description: 'Kerusakan jalan, trotoar dan jembatan.',
    keywords: 'jalan lubang aspal trotoar jembatan rusak',
    opdCode: 'DPUPRPKP',
  },
  {
    code: 'DRAINASE',
    name: 'Saluran air dan genangan',
    nameEn: 'Drains and flooding',
    description: 'Saluran tersumbat, genangan dan banjir.',
    keywords: 'saluran got drainase banjir genangan tersumbat',
    opdCode: 'DPUPRPKP',
  },
  {
    code: 'PJU',
    name: 'Lampu penerangan jalan',
    nameEn: 'Street lighting',
    description: 'Lampu jalan mati atau rusak.',
    keywords: 'lampu pju penerangan mati gelap',
    opdCode: 'DPUPRPKP',
  },
  {
    code: 'LALIN',
    name: 'Lalu lintas, rambu dan parkir',
    nameEn: 'Traffic, signs and parking',
    description: 'Rambu, lampu lalu lintas, parkir liar dan angkutan umum.',
    keywords: 'lalu lintas rambu traffic light parkir angkot macet',
    opdCode: 'DISHUB',
  },
  {
    code: 'KETERTIBAN',
    name: 'Ketertiban umum',
    nameEn: 'Public order',
    description: 'Pedagang kaki lima, bangunan liar, gangguan ketertiban.',
    keywords: 'pkl ketertiban liar gangguan reklame',
    opdCode: 'SATPOLPP',
  },
  {
    code: 'SAMPAH',
    name: 'Sampah dan kebersihan',
    nameEn: 'Waste and cleanliness',
    description: 'Sampah menumpuk, TPS, pembuangan liar.',
    keywords: 'sampah tps kotor bau kebersihan',
    opdCode: 'DLH',
  },
  {
    code: 'TAMAN',
    name: 'Taman dan pohon',
    nameEn: 'Parks and trees',
    description: 'Taman kota, pohon tumbang atau rawan.',
    keywords: 'taman pohon tumbang ranting rth',
    opdCode: 'DLH',
  },
  {
    code: 'KESEHATAN',
    name: 'Layanan kesehatan',
    nameEn: 'Health services',
    description: 'Puskesmas, layanan kesehatan dan lingkungan sehat.',
    keywords: 'puskesmas kesehatan sakit dokter',
    opdCode: 'DINKES',
  },
  {
    code: 'PENDIDIKAN',
    name: 'Pendidikan',
    nameEn: 'Education',
    description: 'Sekolah negeri dan layanan pendidikan.',
    keywords: 'sekolah guru ppdb pendidikan',
    opdCode: 'DINDIKBUD',
  },
  {
    code: 'ADMINDUK',
    name: 'KTP, KK dan akta',
    nameEn: 'Civil registration',
    description: 'Layanan administrasi kependudukan.',
    keywords: 'ktp kk akta kependudukan dukcapil',
    opdCode: 'DISPENDUKCAPIL',
  },
  {
    code: 'PERIZINAN',
    name: 'Perizinan',
    nameEn: 'Permits',
    description: 'Layanan perizinan dan penanaman modal.',
    keywords: 'izin perizinan pbg usaha investasi',
    opdCode: 'DISNAKER-PMPTSP',
  },
  {
    code: 'PAJAK',
    name: 'Pajak daerah',
    nameEn: 'Local taxes',
    description: 'PBB, BPHTB dan pajak daerah lain.',
    keywords: 'pajak pbb bphtb retribusi',
    opdCode: 'BAPENDA',
  },
  {
    code: 'SOSIAL',
    name: 'Bantuan sosial',
    nameEn: 'Social assistance',
    description: 'Bantuan sosial dan perlindungan anak.',
    keywords: 'bansos bantuan sosial miskin anak',
    opdCode: 'DINSOS-P3AP2KB',
  },
  {
    code: 'BENCANA',
    name: 'Bencana dan kedaruratan',
    nameEn: 'Disasters and emergencies',
    description: 'Longsor, pohon tumbang, kebakaran dan keadaan darurat.',
    keywords: 'bencana longsor kebakaran darurat',
    opdCode: 'BPBD',
  },
  {
    code: 'LAINNYA',
    name: 'Lainnya',
    nameEn: 'Other',
    description: 'Aduan yang tidak masuk kategori lain; admin menentukan OPD-nya.',
    keywords: 'lain lainnya',
    opdCode: null,
  },
];
