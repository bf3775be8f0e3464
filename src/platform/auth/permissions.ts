/**
 * The one permission check every module uses: can(actor, action, opdId). An action lists the roles
 * that may do it and how far each reaches: 'any' record, or only records of the OPD the role is
 * scoped to ('own_opd'). An API token narrows its user's reach further by its scopes.
 */
import type { Actor, Role, TokenScope } from '../context.js';

export type Reach = 'any' | 'own_opd';

export interface ActionRule {
  /** The token scope a request with an API token needs for this action. */
  scope: TokenScope;
  grants: Partial<Record<Role, Reach>>;
  description: string;
}

const ACTIONS = {
  'org.manage': {
    scope: 'admin',
    grants: { admin: 'any' },
    description: 'Create and change OPDs, wilayah and boundaries',
  },
  'opd.profile.write': {
    scope: 'write',
    grants: { admin: 'any', kepala_opd: 'own_opd', operator_opd: 'own_opd' },
    description: "Change an OPD's contact details and head",
  },
  'user.read': {
    scope: 'read',
    grants: { admin: 'any', auditor: 'any' },
    description: 'List accounts and their roles',
  },
  'user.manage': {
    scope: 'admin',
    grants: { admin: 'any' },
    description: 'Create, change and deactivate accounts; grant and revoke roles',
  },
  'token.manage': {
    scope: 'admin',
    grants: { admin: 'any' },
    description: 'Issue and revoke API tokens',
  },
  'audit.read': {
    scope: 'read',
    grants: { admin: 'any', auditor: 'any' },
    description: 'Read the audit log',
  },
  'outbox.manage': {
    scope: 'admin',
    grants: { admin: 'any' },
    description: 'See failed deliveries and send them again',
  },
  'calendar.manage': {
    scope: 'admin',
    grants: { admin: 'any' },
    description: 'Maintain the holiday calendar that time limits count working days by',
  },
  'complaint.configure': {
    scope: 'admin',
    grants: { admin: 'any' },
    description: 'Maintain complaint categories, routing rules and QR places',
  },
  'complaint.verify': {
    scope: 'write',
    grants: { admin: 'any' },
    description: 'Verify, postpone, reject, merge and (re)route complaints',
  },
  'complaint.handle': {
    scope: 'write',
    grants: { admin: 'any', kepala_opd: 'own_opd', operator_opd: 'own_opd' },
    description: 'Accept, work on, answer or return a complaint routed to the OPD, with internal notes',
  },
  'complaint.read_internal': {
    scope: 'read',
    grants: { admin: 'any', auditor: 'any', eksekutif: 'any', kepala_opd: 'own_opd', operator_opd: 'own_opd' },
    description: "See a complaint's internal timeline and the reporter's contact (anonim reporters only to admin)",
  },
  'webhook.manage': {
    scope: 'admin',
    grants: { admin: 'any', kepala_opd: 'own_opd' },
    description: "Register the OPD's systems that receive complaint events",
  },
  'performance.plan': {
    scope: 'write',
    grants: { eksekutif: 'any', admin: 'any' },
    description: "Maintain the planning cascade and make performance offers to OPDs (the mayor's team)",
  },
  'performance.read': {
    scope: 'read',
    grants: { eksekutif: 'any', admin: 'any', auditor: 'any', kepala_opd: 'own_opd', operator_opd: 'own_opd' },
    description: "See performance offers and their answers: the city's leadership all, an OPD its own",
  },
  'performance.answer': {
    scope: 'write',
    grants: { kepala_opd: 'own_opd' },
    description: "Answer a performance offer for one's own OPD: accept, decline or counter (the OPD head only)",
  },
  'performance.approve': {
    scope: 'write',
    grants: { eksekutif: 'any' },
    description: "Approve or reject a counter-offer less ambitious than the offer (the mayor's team)",
  },
  'performance.report': {
    scope: 'write',
    grants: { kepala_opd: 'own_opd', operator_opd: 'own_opd' },
    description: "Fill in and submit one's own OPD's quarterly report: realizations, notes and evidence",
  },
  'performance.verify': {
    scope: 'write',
    grants: { auditor: 'any', eksekutif: 'any' },
    description: 'Verify or return a submitted quarterly report (the inspectorate or Bappeda)',
  },
  'performance.budget': {
    scope: 'write',
    grants: { admin: 'any', eksekutif: 'any' },
    description: "Set OPDs' budget ceilings and cash plans and import BKAD's realization workbook",
  },
  'opendata.produce': {
    scope: 'write',
    grants: { kepala_opd: 'own_opd', operator_opd: 'own_opd' },
    description: "Create and edit one's own producer's datasets, upload their data and send them to the walidata",
  },
  'opendata.curate': {
    scope: 'write',
    grants: { walidata: 'any' },
    description: 'Approve, reject, publish and unpublish datasets (the walidata, usually Diskominfo)',
  },
  'opendata.read_internal': {
    scope: 'read',
    grants: { walidata: 'any', admin: 'any', auditor: 'any', eksekutif: 'any', kepala_opd: 'own_opd', operator_opd: 'own_opd' },
    description: 'See datasets not yet published, their review history, and the data of Terbatas datasets',
  },
  'opendata.configure': {
    scope: 'admin',
    grants: { walidata: 'any', admin: 'any' },
    description: 'Maintain producers (OPD, kelurahan, health facility) and topic groups, and import catalogues in bulk',
  },
  'spbe.configure': {
    scope: 'admin',
    grants: { admin: 'any' },
    description: "Import SPBE evaluation frameworks (a regulation's domains, aspects, indicators, weights and levels)",
  },
  'spbe.coordinate': {
    scope: 'write',
    grants: { admin: 'any', eksekutif: 'any' },
    description: "Open a year's SPBE self-evaluation, assign its indicators to OPDs and finalize it (the SPBE coordination team)",
  },
  'spbe.fill': {
    scope: 'write',
    grants: { kepala_opd: 'own_opd', operator_opd: 'own_opd' },
    description: "Fill in the SPBE indicators assigned to one's own OPD: levels met, explanations and evidence (bukti dukung)",
  },
  'spbe.assess': {
    scope: 'write',
    grants: { auditor: 'any' },
    description: 'Confirm, correct or return the levels OPDs claim in the SPBE self-evaluation (the internal assessors)',
  },
  'spbe.read_internal': {
    scope: 'read',
    grants: { admin: 'any', eksekutif: 'any', auditor: 'any', kepala_opd: 'own_opd', operator_opd: 'own_opd' },
    description: 'See an SPBE evaluation before it is final, with its explanations and evidence files',
  },
  'smartcity.plan': {
    scope: 'write',
    grants: { admin: 'any', eksekutif: 'any' },
    description: "Maintain the smart city masterplan's programmes and run the semi-annual evaluation (the smart city team)",
  },
  'smartcity.roadmap': {
    scope: 'write',
    grants: { admin: 'any', kepala_opd: 'own_opd', operator_opd: 'own_opd' },
    description: "Maintain one's own OPD's smart city roadmap items, their milestones and progress",
  },
  'smartcity.read_internal': {
    scope: 'read',
    grants: { admin: 'any', eksekutif: 'any', auditor: 'any', kepala_opd: 'own_opd', operator_opd: 'own_opd' },
    description: 'See smart city evaluations before they are published, with their evidence files',
  },
} as const satisfies Record<string, ActionRule>;

export type Action = keyof typeof ACTIONS;

export function actionRule(action: Action): ActionRule {
  return ACTIONS[action];
}

export function allActions(): Action[] {
  return Object.keys(ACTIONS) as Action[];
}

function tokenAllows(actor: Actor, rule: ActionRule): boolean {
  if (!actor.token) return true;
  const scopes = actor.token.scopes;
  if (scopes.includes('admin')) return true;
  if (rule.scope === 'read') return scopes.includes('read') || scopes.includes('write');
  return scopes.includes(rule.scope);
}

/**
 * May this actor do this action on a record of this OPD? For an action on no particular OPD pass
 * undefined: then only roles with reach 'any' qualify.
 */
export function can(actor: Actor | null, action: Action, opdId?: string | null): boolean {
  if (!actor) return false;
  const rule = ACTIONS[action];
  if (!tokenAllows(actor, rule)) return false;
  return actor.roles.some((grant) => {
    const reach = (rule.grants as Partial<Record<Role, Reach>>)[grant.role];
    if (reach === 'any') return true;
    return reach === 'own_opd' && !!opdId && grant.opdId === opdId;
  });
}

/** The OPDs whose records the actor may reach for an action: 'all', or a list (possibly empty). */
export function reachableOpds(actor: Actor | null, action: Action): 'all' | string[] {
  if (!actor) return [];
  const rule = ACTIONS[action];
  if (!tokenAllows(actor, rule)) return [];
  const opds = new Set<string>();
  for (const grant of actor.roles) {
    const reach = (rule.grants as Partial<Record<Role, Reach>>)[grant.role];
    if (reach === 'any') return 'all';
    if (reach === 'own_opd' && grant.opdId) opds.add(grant.opdId);
  }
  return [...opds];
}
