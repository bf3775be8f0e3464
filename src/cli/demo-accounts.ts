/** One demo account per role, for trying the platform out: never for production data. */
import type { RoleGrant } from '../platform/context.js';

export interface DemoAccount {
  email: string;
  name: string;
  role: RoleGrant['role'];
  /** The OPD code the role is scoped to. */
  opdCode?: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'warga@demo.balaikota.localhost', name: 'Warga Demo', role: 'warga' },
  { email: 'operator.pu@demo.balaikota.localhost', name: 'Operator DPUPRPKP', role: 'operator_opd', opdCode: 'DPUPRPKP' },
  { email: 'operator.dishub@demo.balaikota.localhost', name: 'Operator Dishub', role: 'operator_opd', opdCode: 'DISHUB' },
  { email: 'kepala.pu@demo.balaikota.localhost', name: 'Kepala DPUPRPKP', role: 'kepala_opd', opdCode: 'DPUPRPKP' },
  { email: 'admin@demo.balaikota.localhost', name: 'Admin Diskominfo', role: 'admin' },
  { email: 'walidata@demo.balaikota.localhost', name: 'Walidata Diskominfo', role: 'walidata' },
  { email: 'auditor@demo.balaikota.localhost', name: 'Auditor Inspektorat', role: 'auditor' },
  { email: 'eksekutif@demo.balaikota.localhost', name: 'Tim Wali Kota', role: 'eksekutif' },
];
