/** Accounts as /api/admin/users answers them (auth.schemas.ts UserViewSchema). */
import type { Role } from '../../../auth/session';

export interface RoleGrant {
  id: string;
  role: Role;
  opdId: string | null;
  grantedAt: string;
}

export interface UserRecord {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  hasNik: boolean;
  locale: 'id' | 'en';
  active: boolean;
  /** Set only while the lock lasts. */
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
  roles: RoleGrant[];
}

/** Every role, staff roles first; warga is a citizen's own account. */
export const ROLES: Role[] = ['admin', 'operator_opd', 'kepala_opd', 'auditor', 'eksekutif', 'walidata', 'warga'];

/** Roles that work for one OPD and must name it (users.service.ts OPD_SCOPED_ROLES). */
export const OPD_ROLES: Role[] = ['operator_opd', 'kepala_opd'];
