import { describe, expect, it } from 'vitest';
import { actionsFrom, canEdit, DATASET_ACTIONS, nextStatus, STEPS, statusAfterEdit } from './dataset.workflow.js';
import { DATASET_STATUSES } from './opendata.tables.js';

describe('the dataset workflow (DOMAIN.md section 7)', () => {
  it('follows the table: DRAFT -> MENUNGGU_PERSETUJUAN -> DISETUJUI | DITOLAK | DIBATALKAN -> DITAYANGKAN | TIDAK_DITAYANGKAN', () => {
    expect(nextStatus('submit', 'DRAFT')).toBe('MENUNGGU_PERSETUJUAN');
    expect(nextStatus('approve', 'MENUNGGU_PERSETUJUAN')).toBe('DISETUJUI');
    expect(nextStatus('reject', 'MENUNGGU_PERSETUJUAN')).toBe('DITOLAK');
    expect(nextStatus('cancel', 'MENUNGGU_PERSETUJUAN')).toBe('DIBATALKAN');
    expect(nextStatus('reopen', 'DITOLAK')).toBe('DRAFT');
    expect(nextStatus('reopen', 'DIBATALKAN')).toBe('DRAFT');
    expect(nextStatus('publish', 'DISETUJUI')).toBe('DITAYANGKAN');
    expect(nextStatus('unpublish', 'DITAYANGKAN')).toBe('TIDAK_DITAYANGKAN');
    expect(nextStatus('publish', 'TIDAK_DITAYANGKAN')).toBe('DITAYANGKAN');
  });

  it('refuses every other pair of action and status', () => {
    const open = new Set(DATASET_ACTIONS.flatMap((a) => STEPS[a].from.map((s) => `${a}:${s}`)));
    expect(open.size).toBe(9);
    for (const action of DATASET_ACTIONS) {
      for (const status of DATASET_STATUSES) {
        if (!open.has(`${action}:${status}`)) expect(nextStatus(action, status), `${action} from ${status}`).toBeNull();
      }
    }
    // Nothing skips the walidata: a draft cannot be approved or published directly.
    expect(nextStatus('approve', 'DRAFT')).toBeNull();
    expect(nextStatus('publish', 'DRAFT')).toBeNull();
    expect(nextStatus('publish', 'MENUNGGU_PERSETUJUAN')).toBeNull();
  });

  it('gives the producer submit, cancel and reopen, and the walidata the rest; reject and unpublish need a comment', () => {
    expect(DATASET_ACTIONS.filter((a) => STEPS[a].by === 'produce')).toEqual(['submit', 'cancel', 'reopen']);
    expect(DATASET_ACTIONS.filter((a) => STEPS[a].by === 'curate')).toEqual(['approve', 'reject', 'publish', 'unpublish']);
    expect(DATASET_ACTIONS.filter((a) => STEPS[a].commentRequired)).toEqual(['reject', 'unpublish']);
  });

  it('offers each party the actions open in a status', () => {
    expect(actionsFrom('MENUNGGU_PERSETUJUAN', 'curate')).toEqual(['approve', 'reject']);
    expect(actionsFrom('MENUNGGU_PERSETUJUAN', 'produce')).toEqual(['cancel']);
    expect(actionsFrom('DITAYANGKAN')).toEqual(['unpublish']);
  });

  it('locks the metadata only while the walidata checks it, and makes a rejected or withdrawn dataset a draft again on edit', () => {
    expect(DATASET_STATUSES.filter((s) => !canEdit(s))).toEqual(['MENUNGGU_PERSETUJUAN']);
    expect(statusAfterEdit('DITOLAK')).toBe('DRAFT');
    expect(statusAfterEdit('DIBATALKAN')).toBe('DRAFT');
    expect(statusAfterEdit('DITAYANGKAN')).toBe('DITAYANGKAN');
    expect(statusAfterEdit('DISETUJUI')).toBe('DISETUJUI');
  });
});
