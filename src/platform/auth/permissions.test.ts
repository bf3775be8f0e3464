import { describe, expect, it } from 'vitest';
import type { Actor, Role, TokenScope } from '../context.js';
import { type Action, allActions, can, reachableOpds } from './permissions.js';

const OPD_A = '11111111-1111-4111-8111-111111111111';
const OPD_B = '22222222-2222-4222-8222-222222222222';

function actor(role: Role, opdId: string | null = null, scopes?: TokenScope[]): Actor {
  return {
    userId: 'u',
    name: 'n',
    email: 'e@x',
    roles: [{ role, opdId }],
    via: scopes ? 'token' : 'session',
    ...(scopes ? { token: { id: 't', name: 't', scopes } } : {}),
  };
}

/** What each role may do on a record of OPD A, when the role holder is scoped to OPD A. */
const REACH: Record<Role, Action[]> = {
  warga: [],
  operator_opd: [
    'opd.profile.write',
    'complaint.handle',
    'complaint.read_internal',
    'performance.read',
    'performance.report',
    'opendata.produce',
    'opendata.read_internal',
    'spbe.fill',
    'spbe.read_internal',
    'smartcity.roadmap',
    'smartcity.read_internal',
  ],
  kepala_opd: [
    'opd.profile.write',
    'complaint.handle',
    'complaint.read_internal',
    'webhook.manage',
    'performance.read',
    'performance.answer',
    'performance.report',
    'opendata.produce',
    'opendata.read_internal',
    'spbe.fill',
    'spbe.read_internal',
    'smartcity.roadmap',
    'smartcity.read_internal',
  ],
  // Diskominfo runs the platform, but the performance records are others' to make: answering an
  // offer and reporting are the OPD's, verifying the inspectorate's, approving the mayor's team's.
  // Publishing data is the walidata's and making it the producers'. The SPBE levels are claimed by
  // the OPDs and judged by the internal assessors.
  admin: allActions().filter(
    (action) =>
      ![
        'performance.answer',
        'performance.approve',
        'performance.report',
        'performance.verify',
        'opendata.produce',
        'opendata.curate',
        'spbe.fill',
        'spbe.assess',
      ].includes(action),
  ),
  walidata: ['opendata.curate', 'opendata.read_internal', 'opendata.configure'],
  auditor: [
    'user.read',
    'audit.read',
    'complaint.read_internal',
    'performance.read',
    'performance.verify',
    'opendata.read_internal',
    'spbe.assess',
    'spbe.read_internal',
    'smartcity.read_internal',
  ],
  eksekutif: [
    'complaint.read_internal',
    'performance.plan',
    'performance.read',
    'performance.approve',
    'performance.verify',
    'performance.budget',
    'opendata.read_internal',
    'spbe.coordinate',
    'spbe.read_internal',
    'smartcity.plan',
    'smartcity.read_internal',
  ],
};

describe('can(actor, action, opd)', () => {
  for (const [role, allowed] of Object.entries(REACH) as Array<[Role, Action[]]>) {
    it(`${role} reaches exactly ${allowed.length ? allowed.join(', ') : 'nothing'} on OPD A`, () => {
      const holder = actor(role, role.endsWith('_opd') ? OPD_A : null);
      const reached = allActions().filter((action) => can(holder, action, OPD_A));
      expect(reached.sort()).toEqual([...allowed].sort());
    });
  }

  it('an operator scoped to OPD A cannot touch OPD B', () => {
    const operator = actor('operator_opd', OPD_A);
    expect(can(operator, 'opd.profile.write', OPD_A)).toBe(true);
    expect(can(operator, 'opd.profile.write', OPD_B)).toBe(false);
    expect(can(operator, 'opd.profile.write')).toBe(false);
    expect(reachableOpds(operator, 'opd.profile.write')).toEqual([OPD_A]);
  });

  it('an admin reaches every OPD', () => {
    expect(can(actor('admin'), 'opd.profile.write', OPD_B)).toBe(true);
    expect(reachableOpds(actor('admin'), 'opd.profile.write')).toBe('all');
  });

  it('nobody anonymous can do anything', () => {
    for (const action of allActions()) expect(can(null, action, OPD_A)).toBe(false);
  });

  it('an API token narrows its user to its scopes', () => {
    expect(can(actor('admin', null, ['read']), 'audit.read')).toBe(true);
    expect(can(actor('admin', null, ['read']), 'user.manage')).toBe(false);
    expect(can(actor('admin', null, ['write']), 'user.manage')).toBe(false);
    expect(can(actor('admin', null, ['admin']), 'user.manage')).toBe(true);
    expect(can(actor('operator_opd', OPD_A, ['write']), 'opd.profile.write', OPD_A)).toBe(true);
    expect(can(actor('operator_opd', OPD_A, ['read']), 'opd.profile.write', OPD_A)).toBe(false);
  });
});
