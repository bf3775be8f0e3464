/** The officer console's menu: each page and the roles that may open it (the server checks again). */
import type { Role } from '../auth/session';

/** A link in the console's side menu, shown to the roles that can use the page. */
export interface ConsoleLink {
  path: string;
  labelKey: string;
  roles: Role[];
  group: 'sambat' | 'admin';
}

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
  { path: '/admin/pengguna', labelKey: 'console.nav.users', roles: ['admin'], group: 'admin' },
  { path: '/admin/opd', labelKey: 'console.nav.opds', roles: ['admin'], group: 'admin' },
  { path: '/admin/kategori', labelKey: 'console.nav.categories', roles: ['admin'], group: 'admin' },
  { path: '/admin/hari-libur', labelKey: 'console.nav.holidays', roles: ['admin'], group: 'admin' },
  { path: '/admin/tempat-qr', labelKey: 'console.nav.qrPlaces', roles: ['admin'], group: 'admin' },
  { path: '/admin/webhook', labelKey: 'console.nav.webhooks', roles: ['admin', 'kepala_opd'], group: 'admin' },
  { path: '/admin/antrean', labelKey: 'console.nav.deadLetters', roles: ['admin'], group: 'admin' },
  { path: '/admin/token', labelKey: 'console.nav.tokens', roles: ['admin'], group: 'admin' },
];
