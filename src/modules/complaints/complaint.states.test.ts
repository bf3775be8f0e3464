import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.js';
import { nextStatus, partyMay, STATUSES, type Status, TRANSITIONS, type Transition } from './complaint.states.js';

/** The whole table, written out: every status and every transition, allowed or refused. */
const EXPECTED: Record<Transition, Partial<Record<Status, Status>>> = {
  verify: { submitted: 'dispositioned', returned: 'dispositioned' },
  postpone: { submitted: 'postponed', returned: 'postponed' },
  supply_info: { postponed: 'submitted' },
  reject: { submitted: 'rejected', postponed: 'rejected', returned: 'rejected' },
  accept: { dispositioned: 'accepted' },
  start: { accepted: 'in_progress', reopened: 'in_progress' },
  respond: { accepted: 'responded', in_progress: 'responded', reopened: 'responded' },
  return: { dispositioned: 'returned', accepted: 'returned', in_progress: 'returned', reopened: 'returned' },
  confirm: { responded: 'closed' },
  auto_close: { responded: 'closed' },
  reopen: { responded: 'reopened' },
  redisposition: {
    dispositioned: 'dispositioned',
    accepted: 'dispositioned',
    in_progress: 'dispositioned',
    reopened: 'dispositioned',
    returned: 'dispositioned',
  },
};

describe('complaint state machine', () => {
  for (const transition of Object.keys(TRANSITIONS) as Transition[]) {
    for (const status of STATUSES) {
      const expected = EXPECTED[transition][status];
      it(`${transition} from ${status} ${expected ? `-> ${expected}` : 'is refused'}`, () => {
        if (expected) {
          expect(nextStatus(status, transition)).toBe(expected);
        } else {
          let error: unknown;
          try {
            nextStatus(status, transition);
          } catch (e) {
            error = e;
          }
          expect(error).toBeInstanceOf(AppError);
          expect(error).toMatchObject({ code: 'complaint.invalid_transition', kind: 'conflict', details: { currentStatus: status } });
          expect((error as AppError).text.id).toContain(`(${status})`);
        }
      });
    }
  }

  it('closed and rejected are final', () => {
    for (const transition of Object.keys(TRANSITIONS) as Transition[]) {
      expect(() => nextStatus('closed', transition)).toThrow(AppError);
      expect(() => nextStatus('rejected', transition)).toThrow(AppError);
    }
  });

  it('only the reporter confirms or reopens; only the OPD answers; only the admin routes', () => {
    expect(partyMay('reporter', 'confirm')).toBe(true);
    expect(partyMay('opd', 'confirm')).toBe(false);
    expect(partyMay('reporter', 'reopen')).toBe(true);
    expect(partyMay('admin', 'reopen')).toBe(false);
    expect(partyMay('opd', 'respond')).toBe(true);
    expect(partyMay('admin', 'respond')).toBe(false);
    expect(partyMay('admin', 'redisposition')).toBe(true);
    expect(partyMay('opd', 'redisposition')).toBe(false);
    expect(partyMay('system', 'auto_close')).toBe(true);
    expect(partyMay('reporter', 'auto_close')).toBe(false);
  });
});
