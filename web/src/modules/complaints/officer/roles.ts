/** What the signed-in user's roles let them do in the console (the server checks each request again). */
import { hasRole, opdIdsOf, type SessionUser } from '../../../auth/session';

/** The admin desk: verifies, routes, postpones and rejects. */
export const isAdminDesk = (user: SessionUser | null | undefined) => hasRole(user, 'admin');

/** Roles that read every OPD's complaints. */
export const isCityWide = (user: SessionUser | null | undefined) => hasRole(user, 'admin', 'auditor', 'eksekutif');

/** Operators and heads of this OPD handle its complaints (accept, start, answer, return, notes). */
export function handlesFor(user: SessionUser | null | undefined, opdId: string | null): boolean {
  return !!opdId && opdIdsOf(user).includes(opdId);
}

/** May read the staff complaint API at all (walidata only reads the statistics). */
export const readsComplaints = (user: SessionUser | null | undefined) => hasRole(user, 'admin', 'auditor', 'eksekutif', 'operator_opd', 'kepala_opd');
