/** What the signed-in user's roles let them do in the smart city pages (the server checks each request again). */
import { hasRole, opdIdsOf, type SessionUser } from '../../../auth/session';

type User = SessionUser | null | undefined;

/** Run the evaluation, keep the masterplan and the weights (smartcity.plan). */
export const plansSmartCity = (user: User) => hasRole(user, 'admin', 'eksekutif');

/** Read every OPD's roadmap (smartcity.read_internal, any OPD). */
export const seesAllOpds = (user: User) => hasRole(user, 'admin', 'eksekutif', 'auditor');

/** Add roadmap items: the admin for any OPD, an OPD's head and operators for their own (smartcity.roadmap). */
export const writesRoadmap = (user: User) => hasRole(user, 'admin') || opdIdsOf(user).length > 0;

/** Change one OPD's roadmap item. */
export const writesRoadmapOf = (user: User, opdId: string) => hasRole(user, 'admin') || opdIdsOf(user).includes(opdId);
