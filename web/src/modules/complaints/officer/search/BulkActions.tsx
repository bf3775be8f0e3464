/**
 * One step on the selected complaints at once (POST .../bulk). Each complaint succeeds or fails on
 * its own; the answer lists which, with the server's reason for each refusal. The admin desk may
 * verify, route again or reject (not a duplicate: that needs the original, one by one); an OPD
 * may accept and start.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../../api/client';
import { formatNumber } from '../../../../i18n/format';
import { ErrorMessage, Notice } from '../../../../ui/feedback';
import type { Opd, Status } from '../../shared/types';
import { STAFF_BASE, staffKeys } from '../api';
import { ConfirmButton } from '../components/ConfirmButton';
import { opdLabel } from '../components/opdLabel';

type BulkAction = 'verify' | 'redisposition' | 'accept' | 'start' | 'reject';

interface BulkResult {
  id: string;
  ok: boolean;
  trackingNo?: string;
  status?: Status;
  code?: string;
  detail?: string;
}

interface Props {
  selected: string[];
  actions: BulkAction[];
  opds: Opd[];
  /** Tracking numbers of the rows on screen, to name a refused complaint. */
  numberOf: (id: string) => string;
  /** Called with the ids that went through, to unselect them. */
  onDone: (succeeded: string[]) => void;
}

export function BulkActions({ selected, actions, opds, numberOf, onDone }: Props) {
  const { t } = useTranslation('officer');
  const client = useQueryClient();
  const [action, setAction] = useState<BulkAction>(actions[0]);
  const [opdId, setOpdId] = useState('');
  const [reason, setReason] = useState<'bukan_wewenang' | 'spam'>('spam');
  const [note, setNote] = useState('');
  const [opdMissing, setOpdMissing] = useState(false);
  const needsOpd = action === 'verify' || action === 'redisposition';

  const run = useMutation({
    mutationFn: () =>
      api.post<{ results: BulkResult[] }>(`${STAFF_BASE}/bulk`, {
        action,
        ids: selected,
        opdId: needsOpd ? opdId : undefined,
        reason: action === 'reject' ? reason : undefined,
        note: note.trim() || undefined,
      }),
    onSuccess: ({ results }) => {
      void client.invalidateQueries({ queryKey: staffKeys.all });
      onDone(results.filter((r) => r.ok).map((r) => r.id));
    },
  });

  const check = () => {
    const missing = needsOpd && !opdId;
    setOpdMissing(missing);
    return !missing;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (check()) run.mutate();
  };
  const results = run.data?.results ?? [];
  const failed = results.filter((r) => !r.ok);

  return (
    <section className="card" aria-labelledby="bulk-title">
      <h2 id="bulk-title">{t('bulk.title')}</h2>
      <p className="hint" role="status">
        {selected.length ? t('bulk.selected', { count: selected.length, shown: formatNumber(selected.length) }) : t('bulk.noneSelected')}
      </p>
      <form className="form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="bulk-action">{t('bulk.action')}</label>
          <select
            id="bulk-action"
            value={action}
            onChange={(e) => {
              setAction(e.target.value as BulkAction);
              run.reset();
            }}
          >
            {actions.map((a) => (
              <option key={a} value={a}>
                {t(`bulk.actions.${a}`)}
              </option>
            ))}
          </select>
        </div>
        {needsOpd && (
          <div className="field">
            <label htmlFor="bulk-opd">{t('bulk.opd')}</label>
            <select
              id="bulk-opd"
              value={opdId}
              onChange={(e) => setOpdId(e.target.value)}
              aria-invalid={opdMissing || undefined}
              aria-describedby={opdMissing ? 'bulk-opd-error' : undefined}
            >
              <option value="">{t('bulk.chooseOpd')}</option>
              {opds.map((o) => (
                <option key={o.id} value={o.id}>
                  {opdLabel(o)}
                </option>
              ))}
            </select>
            {opdMissing && (
              <p id="bulk-opd-error" className="field-error">
                {t('bulk.opdRequired')}
              </p>
            )}
          </div>
        )}
        {action === 'reject' && (
          <fieldset className="field">
            <legend>{t('bulk.reason')}</legend>
            {(['spam', 'bukan_wewenang'] as const).map((r) => (
              <label key={r} className="choice" htmlFor={`bulk-reason-${r}`}>
                <input id={`bulk-reason-${r}`} type="radio" name="bulk-reason" value={r} checked={reason === r} onChange={() => setReason(r)} />
                {t(`reject.reasons.${r}`)}
              </label>
            ))}
          </fieldset>
        )}
        <div className="field">
          <label htmlFor="bulk-note">{action === 'reject' ? t('bulk.notePublic') : t('bulk.note')}</label>
          <textarea id="bulk-note" value={note} maxLength={4000} onChange={(e) => setNote(e.target.value)} />
        </div>
        <div className="button-row">
          {action === 'reject' ? (
            <ConfirmButton
              label={t('bulk.run', { count: selected.length, shown: formatNumber(selected.length) })}
              question={t('bulk.confirmReject', { count: selected.length, shown: formatNumber(selected.length) })}
              confirmLabel={t('bulk.confirmRejectYes')}
              pending={run.isPending || selected.length === 0}
              onConfirm={() => run.mutate()}
            />
          ) : (
            <button type="submit" className="button" disabled={run.isPending || selected.length === 0}>
              {run.isPending ? t('state.working') : t('bulk.run', { count: selected.length, shown: formatNumber(selected.length) })}
            </button>
          )}
        </div>
      </form>
      <ErrorMessage error={run.error} />
      {run.isSuccess && (
        <Notice tone={failed.length ? 'warning' : 'success'}>
          <p>
            {t('bulk.result', {
              ok: formatNumber(results.length - failed.length),
              failed: formatNumber(failed.length),
            })}
          </p>
          {failed.length > 0 && (
            <ul>
              {failed.map((r) => (
                <li key={r.id}>
                  {numberOf(r.id)}: {r.detail ?? r.code}
                </li>
              ))}
            </ul>
          )}
        </Notice>
      )}
    </section>
  );
}
