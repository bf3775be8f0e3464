/**
 * The status workflow of a dataset entry (DOMAIN.md section 7): which action moves a dataset from
 * which status to which, who may take it (the producer or the walidata), and whether a comment is
 * required. Pure: the service applies it.
 */
import type { DatasetStatus } from './opendata.tables.js';

export const DATASET_ACTIONS = ['submit', 'cancel', 'reopen', 'approve', 'reject', 'publish', 'unpublish'] as const;
export type DatasetAction = (typeof DATASET_ACTIONS)[number];

/** 'produce': the producer's own staff; 'curate': the walidata. */
export type Party = 'produce' | 'curate';

export interface Step {
  from: readonly DatasetStatus[];
  to: DatasetStatus;
  by: Party;
  /** A rejection or withdrawal must say why: the producer acts on it. */
  commentRequired: boolean;
}

export const STEPS: Record<DatasetAction, Step> = {
  submit: { from: ['DRAFT'], to: 'MENUNGGU_PERSETUJUAN', by: 'produce', commentRequired: false },
  cancel: { from: ['MENUNGGU_PERSETUJUAN'], to: 'DIBATALKAN', by: 'produce', commentRequired: false },
  reopen: { from: ['DITOLAK', 'DIBATALKAN'], to: 'DRAFT', by: 'produce', commentRequired: false },
  approve: { from: ['MENUNGGU_PERSETUJUAN'], to: 'DISETUJUI', by: 'curate', commentRequired: false },
  reject: { from: ['MENUNGGU_PERSETUJUAN'], to: 'DITOLAK', by: 'curate', commentRequired: true },
  publish: { from: ['DISETUJUI', 'TIDAK_DITAYANGKAN'], to: 'DITAYANGKAN', by: 'curate', commentRequired: false },
  unpublish: { from: ['DITAYANGKAN'], to: 'TIDAK_DITAYANGKAN', by: 'curate', commentRequired: true },
};

export function isDatasetAction(value: string): value is DatasetAction {
  return (DATASET_ACTIONS as readonly string[]).includes(value);
}

/** The status the action leads to from `from`, or null when the action is not open in that status. */
export function nextStatus(action: DatasetAction, from: DatasetStatus): DatasetStatus | null {
  const step = STEPS[action];
  return step.from.includes(from) ? step.to : null;
}

/** The actions open to a party in a status, in workflow order, for pages to offer as buttons. */
export function actionsFrom(status: DatasetStatus, party?: Party): DatasetAction[] {
  return DATASET_ACTIONS.filter((a) => STEPS[a].from.includes(status) && (!party || STEPS[a].by === party));
}

/** While the walidata is checking a dataset its metadata stays as sent; every other status may be edited. */
export function canEdit(status: DatasetStatus): boolean {
  return status !== 'MENUNGGU_PERSETUJUAN';
}

/** Editing a rejected or withdrawn dataset starts it over as a draft; other statuses are kept. */
export function statusAfterEdit(status: DatasetStatus): DatasetStatus {
  return status === 'DITOLAK' || status === 'DIBATALKAN' ? 'DRAFT' : status;
}

/** Walidata sees a dataset in the queue while it waits for approval or, approved, for publication. */
export const QUEUE_STATUSES: readonly DatasetStatus[] = ['MENUNGGU_PERSETUJUAN', 'DISETUJUI'];

/** Indonesian labels of the statuses, as portals show them. */
export const STATUS_LABELS: Record<DatasetStatus, { id: string; en: string }> = {
  DRAFT: { id: 'Draf', en: 'Draft' },
  MENUNGGU_PERSETUJUAN: { id: 'Menunggu persetujuan', en: 'Awaiting approval' },
  DISETUJUI: { id: 'Disetujui', en: 'Approved' },
  DITOLAK: { id: 'Ditolak', en: 'Rejected' },
  DIBATALKAN: { id: 'Dibatalkan', en: 'Withdrawn' },
  DITAYANGKAN: { id: 'Ditayangkan', en: 'Published' },
  TIDAK_DITAYANGKAN: { id: 'Tidak ditayangkan', en: 'Unpublished' },
};
