/** The officer console's menu: each page and the roles that may open it (the server checks again). */
import type { Role } from '../auth/session';

/** A link in the console's side menu, shown to the roles that can use the page. */
export interface ConsoleLink {
  path: string;
  labelKey: string;
  roles: Role[];
  group: ConsoleGroup;
  /** Active only on this exact path, not on the pages beneath it. */
  end?: boolean;
}

/** The menu's groups, in the order they are shown. */
export const CONSOLE_GROUPS = ['sambat', 'kinerja', 'data', 'spbe', 'smartcity', 'admin'] as const;
export type ConsoleGroup = (typeof CONSOLE_GROUPS)[number];

export const CONSOLE_LINKS: ConsoleLink[] = [
  { path: '/konsol/verifikasi', labelKey: 'console.nav.queue', roles: ['admin'], group: 'sambat' },
  { path: '/konsol/kotak-masuk', labelKey: 'console.nav.inbox', roles: ['operator_opd', 'kepala_opd'], group: 'sambat' },
  { path: '/konsol/terlambat', labelKey: 'console.nav.overdue', roles: ['admin', 'operator_opd', 'kepala_opd', 'auditor', 'eksekutif'], group: 'sambat' },
  { path: '/konsol/aduan', labelKey: 'console.nav.search', roles: ['admin', 'operator_opd', 'kepala_opd', 'auditor', 'eksekutif'], group: 'sambat' },
  {
    path: '/konsol/statistik',
    labelKey: 'console.nav.stats',
    roles: ['admin', 'operator_opd', 'kepala_opd', 'auditor', 'eksekutif', 'walidata'],
    group: 'sambat',
  },
  { path: '/konsol/kinerja', labelKey: 'console.nav.performance', roles: ['eksekutif', 'admin', 'auditor'], group: 'kinerja', end: true },
  {
    path: '/konsol/kinerja/tawaran',
    labelKey: 'console.nav.offers',
    roles: ['eksekutif', 'admin', 'auditor', 'kepala_opd', 'operator_opd'],
    group: 'kinerja',
  },
  { path: '/konsol/kinerja/laporan', labelKey: 'console.nav.reports', roles: ['kepala_opd', 'operator_opd'], group: 'kinerja' },
  { path: '/konsol/kinerja/verifikasi', labelKey: 'console.nav.reviews', roles: ['auditor', 'eksekutif'], group: 'kinerja' },
  {
    path: '/konsol/kinerja/anggaran',
    labelKey: 'console.nav.budget',
    roles: ['eksekutif', 'admin', 'auditor', 'kepala_opd', 'operator_opd'],
    group: 'kinerja',
  },
  { path: '/konsol/kinerja/pengaturan', labelKey: 'console.nav.perfSettings', roles: ['eksekutif', 'admin'], group: 'kinerja' },
  { path: '/konsol/data', labelKey: 'console.nav.datasets', roles: ['operator_opd', 'kepala_opd'], group: 'data' },
  { path: '/konsol/data/verifikasi', labelKey: 'console.nav.dataReview', roles: ['walidata'], group: 'data' },
  { path: '/konsol/data/impor', labelKey: 'console.nav.dataImport', roles: ['walidata', 'admin'], group: 'data' },
  { path: '/konsol/spbe', labelKey: 'console.nav.spbe', roles: ['admin', 'eksekutif', 'auditor', 'kepala_opd', 'operator_opd'], group: 'spbe' },
  {
    path: '/konsol/smartcity',
    labelKey: 'console.nav.smartcityRoadmap',
    roles: ['admin', 'eksekutif', 'auditor', 'kepala_opd', 'operator_opd'],
    group: 'smartcity',
    end: true,
  },
  { path: '/konsol/smartcity/evaluasi', labelKey: 'console.nav.smartcityEvaluation', roles: ['admin', 'eksekutif', 'auditor'], group: 'smartcity' },
  { path: '/konsol/smartcity/program', labelKey: 'console.nav.smartcityProgrammes', roles: ['admin', 'eksekutif'], group: 'smartcity' },
  { path: '/konsol/smartcity/pengaturan', labelKey: 'console.nav.smartcitySettings', roles: ['admin', 'eksekutif'], group: 'smartcity' },
  { path: '/admin/pengguna', labelKey: 'console.nav.users', roles: ['admin'], group: 'admin' },
  { path: '/admin/opd', labelKey: 'console.nav.opds', roles: ['admin'], group: 'admin' },
  { path: '/admin/kategori', labelKey: 'console.nav.categories', roles: ['admin'], group: 'admin' },
  { path: '/admin/hari-libur', labelKey: 'console.nav.holidays', roles: ['admin'], group: 'admin' },
  { path: '/admin/tempat-qr', labelKey: 'console.nav.qrPlaces', roles: ['admin'], group: 'admin' },
  { path: '/admin/webhook', labelKey: 'console.nav.webhooks', roles: ['admin', 'kepala_opd'], group: 'admin' },
  { path: '/admin/antrean', labelKey: 'console.nav.deadLetters', roles: ['admin'], group: 'admin' },
  { path: '/admin/token', labelKey: 'console.nav.tokens', roles: ['admin'], group: 'admin' },
];
