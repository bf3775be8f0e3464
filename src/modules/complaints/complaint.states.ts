/**
 * The life of a SAMBAT complaint (../shared/DOMAIN.md section 2) as a pure state machine: which
 * transition may happen from which status, who may make it, and where it leads. Services ask
 * here first; a transition from any other status is refused with the current status named.
 */
import { AppError } from '../../errors.js';

export const STATUSES = [
  'submitted',
  'postponed',
  'rejected',
  'dispositioned',
  'accepted',
  'in_progress',
  'responded',
  'returned',
  'reopened',
  'closed',
] as const;
export type Status = (typeof STATUSES)[number];

/** Who makes a transition: the Diskominfo admin desk, the responsible OPD, the reporter, or the platform's clock. */
export type Party = 'admin' | 'opd' | 'reporter' | 'system';

export const TRANSITIONS = {
  /** Verified and sent to the responsible OPD in one step. */
  verify: { from: ['submitted', 'returned'], to: 'dispositioned', by: ['admin', 'system'] },
  /** More information asked of the reporter. */
  postpone: { from: ['submitted', 'returned'], to: 'postponed', by: ['admin'] },
  /** The reporter answers a postponement; the complaint goes back to the verification desk. */
  supply_info: { from: ['postponed'], to: 'submitted', by: ['reporter'] },
  /** Not the city's authority, spam, or a duplicate (then linked to its original). */
  reject: { from: ['submitted', 'postponed', 'returned'], to: 'rejected', by: ['admin'] },
  accept: { from: ['dispositioned'], to: 'accepted', by: ['opd'] },
  start: { from: ['accepted', 'reopened'], to: 'in_progress', by: ['opd'] },
  respond: { from: ['accepted', 'in_progress', 'reopened'], to: 'responded', by: ['opd'] },
  /** The OPD is not responsible: back to the admin desk, with a reason, to be routed again. */
  return: { from: ['dispositioned', 'accepted', 'in_progress', 'reopened'], to: 'returned', by: ['opd'] },
  /** The reporter confirms the answer. */
  confirm: { from: ['responded'], to: 'closed', by: ['reporter'] },
  /** No reply from the reporter within the closing window. */
  auto_close: { from: ['responded'], to: 'closed', by: ['system'] },
  /** The reporter is not satisfied, within the closing window: back to the OPD. */
  reopen: { from: ['responded'], to: 'reopened', by: ['reporter'] },
  /** The admin sends it to another OPD at any open stage. */
  redisposition: { from: ['dispositioned', 'accepted', 'in_progress', 'reopened', 'returned'], to: 'dispositioned', by: ['admin'] },
} as const satisfies Record<string, { from: readonly Status[]; to: Status; by: readonly Party[] }>;

export type Transition = keyof typeof TRANSITIONS;

export const OPEN_STATUSES: readonly Status[] = STATUSES.filter((s) => s !== 'closed' && s !== 'rejected');
/** Statuses in which the complaint waits on the OPD. */
export const AT_OPD_STATUSES: readonly Status[] = ['dispositioned', 'accepted', 'in_progress', 'reopened'];

export const STATUS_LABELS: Record<Status, { id: string; en: string }> = {
  submitted: { id: 'Menunggu verifikasi', en: 'Awaiting verification' },
  postponed: { id: 'Menunggu informasi pelapor', en: 'Waiting for the reporter' },
  rejected: { id: 'Ditolak', en: 'Rejected' },
  dispositioned: { id: 'Diteruskan ke OPD', en: 'Sent to the OPD' },
  accepted: { id: 'Diterima OPD', en: 'Accepted by the OPD' },
  in_progress: { id: 'Sedang ditindaklanjuti', en: 'In progress' },
  responded: { id: 'Sudah dijawab', en: 'Answered' },
  returned: { id: 'Dikembalikan ke admin', en: 'Returned to the admin desk' },
  reopened: { id: 'Dibuka kembali', en: 'Reopened' },
  closed: { id: 'Selesai', en: 'Closed' },
};

const TRANSITION_LABELS: Record<Transition, { id: string; en: string }> = {
  verify: { id: 'memverifikasi dan meneruskan', en: 'verify and route' },
  postpone: { id: 'menunda', en: 'postpone' },
  supply_info: { id: 'melengkapi informasi', en: 'supply information for' },
  reject: { id: 'menolak', en: 'reject' },
  accept: { id: 'menerima', en: 'accept' },
  start: { id: 'mulai menindaklanjuti', en: 'start work on' },
  respond: { id: 'menjawab', en: 'answer' },
  return: { id: 'mengembalikan', en: 'return' },
  confirm: { id: 'mengonfirmasi', en: 'confirm' },
  auto_close: { id: 'menutup otomatis', en: 'close automatically' },
  reopen: { id: 'membuka kembali', en: 'reopen' },
  redisposition: { id: 'meneruskan ulang', en: 'route again' },
};

/** The status a transition leads to; throws a 409-kind AppError naming the current status. */
export function nextStatus(current: Status, transition: Transition): Status {
  const rule = TRANSITIONS[transition];
  if (!(rule.from as readonly Status[]).includes(current)) {
    const label = STATUS_LABELS[current];
    const verb = TRANSITION_LABELS[transition];
    throw new AppError(
      'complaint.invalid_transition',
      'conflict',
      {
        id: `Aduan berstatus "${label.id}" (${current}), jadi tindakan "${verb.id}" tidak dapat dilakukan sekarang. Muat ulang untuk melihat status terbaru.`,
        en: `The complaint is "${label.en}" (${current}), so it cannot ${verb.en} now. Reload to see its current status.`,
      },
      { currentStatus: current, transition },
    );
  }
  return rule.to;
}

/** Whether a party may make a transition at all (the status check is separate). */
export function partyMay(party: Party, transition: Transition): boolean {
  return (TRANSITIONS[transition].by as readonly Party[]).includes(party);
}
