/**
 * The complaint state machine as the console needs it to offer the right steps: the same table as
 * src/modules/complaints/complaint.states.ts (TRANSITIONS). The server decides; this only spares an
 * officer buttons that would be refused.
 */
import type { Status } from '../shared/types';

export const STATUSES: Status[] = [
  'submitted',
  'postponed',
  'dispositioned',
  'accepted',
  'in_progress',
  'responded',
  'returned',
  'reopened',
  'closed',
  'rejected',
];

export const STEP_FROM = {
  verify: ['submitted', 'returned'],
  postpone: ['submitted', 'returned'],
  reject: ['submitted', 'postponed', 'returned'],
  redisposition: ['dispositioned', 'accepted', 'in_progress', 'reopened'],
  accept: ['dispositioned'],
  start: ['accepted', 'reopened'],
  respond: ['accepted', 'in_progress', 'reopened'],
  return: ['dispositioned', 'accepted', 'in_progress', 'reopened'],
} as const satisfies Record<string, readonly Status[]>;

export type Step = keyof typeof STEP_FROM;

export function stepAllowed(step: Step, status: Status): boolean {
  return (STEP_FROM[step] as readonly Status[]).includes(status);
}

/** Event types whose note the public reads (PUBLIC_NOTES in complaint.views.ts); other notes stay inside. */
export const PUBLIC_NOTE_TYPES: ReadonlySet<string> = new Set([
  'postponed',
  'info_supplied',
  'rejected',
  'responded',
  'reporter_reply',
  'confirmed',
  'reopened',
  'forwarded_lapor',
]);
