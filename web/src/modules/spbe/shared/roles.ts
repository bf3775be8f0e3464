/**
 * Who does what in the SPBE evaluation, as src/platform/auth/permissions.ts grants it. The pages
 * only hide what a user cannot do; the server checks every request.
 */
import { hasRole, opdIdsOf, type Role, type SessionUser } from '../../../auth/session';

type User = SessionUser | null | undefined;

/** spbe.read_internal: the console pages. */
export const SPBE_READERS: Role[] = ['admin', 'eksekutif', 'auditor', 'kepala_opd', 'operator_opd'];

/** spbe.coordinate: open a year, assign indicators, finalize. */
export const coordinates = (user: User) => hasRole(user, 'admin', 'eksekutif');
/** spbe.configure: import frameworks. */
export const configures = (user: User) => hasRole(user, 'admin');
/** spbe.assess: confirm, correct or return. */
export const assesses = (user: User) => hasRole(user, 'auditor');

/** spbe.fill: only the OPD an indicator is assigned to. */
export function fillsFor(user: User, opdId: string | null): boolean {
  return !!opdId && hasRole(user, 'operator_opd', 'kepala_opd') && opdIdsOf(user).includes(opdId);
}
