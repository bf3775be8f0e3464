/** What the signed-in user's roles let them do in the performance pages (the server checks each request again). */
import { hasRole, opdIdsOf, type SessionUser } from '../../../auth/session';

type User = SessionUser | null | undefined;

/** Read every OPD's offers, reports and scores. */
export const seesAllOpds = (user: User) => hasRole(user, 'eksekutif', 'admin', 'auditor');

/** Make offers to OPDs (performance.plan). */
export const makesOffers = (user: User) => hasRole(user, 'eksekutif', 'admin');

/** Set budgets, import BKAD's workbook and change the settings: the same permission as offers (performance.plan). */
export const plansPerformance = makesOffers;

/** Decide counter-offers and findings, publish scores (performance.approve). */
export const isEksekutif = (user: User) => hasRole(user, 'eksekutif');

/** Verify or return submitted reports (performance.verify). */
export const reviewsReports = (user: User) => hasRole(user, 'auditor', 'eksekutif');

/** Answer the OPD's offers: its head only (performance.answer). */
export const headsOpd = (user: User, opdId: string) => !!user?.roles.some((g) => g.role === 'kepala_opd' && g.opdId === opdId);

/** Fill in and submit the OPD's reports: its operators and its head (performance.report). */
export const reportsForOpd = (user: User, opdId: string) => opdIdsOf(user).includes(opdId);
