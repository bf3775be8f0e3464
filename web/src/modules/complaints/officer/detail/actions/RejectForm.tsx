/**
 * The admin desk turns a complaint down: not the city's authority (optionally forwarded to
 * SP4N-LAPOR!), spam, or a duplicate of another complaint, named by its tracking number and chosen
 * from the open complaints of the same category nearby. The explanation is public.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../../../api/client';
import { formatDate, formatNumber } from '../../../../../i18n/format';
import { ErrorMessage } from '../../../../../ui/feedback';
import type { NearbyComplaint } from '../../../shared/types';
import type { StaffComplaint } from '../../api';
import { ConfirmButton } from '../../components/ConfirmButton';
import { fieldError } from './fieldError';
import { inlineError, useStep } from './useStep';

type Reason = 'bukan_wewenang' | 'spam' | 'duplicate';
const REASONS: Reason[] = ['bukan_wewenang', 'spam', 'duplicate'];
const TRACKING_NO = /^SBT-\d{4}-\d{6,}$/i;

function useNearby(complaint: StaffComplaint, enabled: boolean) {
  const { lat, lon } = complaint;
  return useQuery({
    queryKey: ['sambat', 'nearby', complaint.category.code, lat, lon],
    queryFn: () =>
      api.get<{ items: NearbyComplaint[] }>('/api/sambat/complaints/nearby', {
        category: complaint.category.code,
        lat,
        lon,
        text: complaint.description.slice(0, 4000),
      }),
    select: (answer) => answer.items.filter((c) => c.trackingNo !== complaint.trackingNo),
    enabled: enabled && lat !== null && lon !== null,
  });
}

export function RejectForm({ complaint }: { complaint: StaffComplaint }) {
  const { t } = useTranslation('officer');
  const [reason, setReason] = useState<Reason>('bukan_wewenang');
  const [duplicateOf, setDuplicateOf] = useState('');
  const [note, setNote] = useState('');
  const [forward, setForward] = useState(false);
  const [badNumber, setBadNumber] = useState(false);
  const step = useStep(complaint.id, 'reject');
  const nearby = useNearby(complaint, reason === 'duplicate');
  const numberMessage = fieldError(badNumber ? t('reject.numberInvalid') : null, step.error, 'duplicateOf');

  const ready = () => {
    const bad = reason === 'duplicate' && !TRACKING_NO.test(duplicateOf.trim());
    setBadNumber(bad);
    return !bad;
  };
  const send = () =>
    step.mutate({
      reason,
      note: note.trim() || undefined,
      duplicateOf: reason === 'duplicate' ? duplicateOf.trim().toUpperCase() : undefined,
      forwardToLapor: reason === 'bukan_wewenang' && forward ? true : undefined,
    });

  return (
    <form className="form" onSubmit={(e) => e.preventDefault()} noValidate>
      <fieldset className="field">
        <legend>{t('reject.reason')}</legend>
        {REASONS.map((r) => (
          <label key={r} className="choice" htmlFor={`reject-${r}`}>
            <input id={`reject-${r}`} type="radio" name="reject-reason" value={r} checked={reason === r} onChange={() => setReason(r)} />
            {t(`reject.reasons.${r}`)}
          </label>
        ))}
      </fieldset>
      {reason === 'bukan_wewenang' && (
        <div className="field">
          <label className="choice" htmlFor="reject-forward">
            <input id="reject-forward" type="checkbox" checked={forward} onChange={(e) => setForward(e.target.checked)} />
            {t('reject.forward')}
          </label>
          <p className="hint">{t('reject.forwardHint')}</p>
        </div>
      )}
      {reason === 'duplicate' && (
        <>
          <div className="field">
            <label htmlFor="reject-duplicate">{t('reject.original')}</label>
            <input
              id="reject-duplicate"
              value={duplicateOf}
              placeholder="SBT-2026-000123"
              onChange={(e) => setDuplicateOf(e.target.value)}
              aria-invalid={!!numberMessage || undefined}
              aria-describedby={numberMessage ? 'reject-duplicate-error' : undefined}
            />
            {numberMessage && (
              <p id="reject-duplicate-error" className="field-error">
                {numberMessage}
              </p>
            )}
          </div>
          <section aria-labelledby="reject-nearby-title">
            <h4 id="reject-nearby-title">{t('reject.nearbyTitle')}</h4>
            {complaint.lat === null ? (
              <p className="hint">{t('reject.nearbyNoPlace')}</p>
            ) : nearby.isPending ? (
              <p className="hint" role="status">
                {t('reject.nearbyLoading')}
              </p>
            ) : nearby.isError ? (
              <ErrorMessage error={nearby.error} />
            ) : nearby.data.length === 0 ? (
              <p className="hint" role="status">
                {t('reject.nearbyNone')}
              </p>
            ) : (
              <ul className="officer-candidates">
                {nearby.data.map((c) => (
                  <li key={c.trackingNo} className="card">
                    <p>
                      <strong>{c.trackingNo}</strong> · {t('reject.nearbyMeta', { metres: formatNumber(c.metres), date: formatDate(c.createdAt) })}
                    </p>
                    <p>{c.description.length > 200 ? `${c.description.slice(0, 200)}…` : c.description}</p>
                    <button type="button" className="button secondary" aria-pressed={duplicateOf === c.trackingNo} onClick={() => setDuplicateOf(c.trackingNo)}>
                      {duplicateOf === c.trackingNo ? t('reject.chosen', { number: c.trackingNo }) : t('reject.choose', { number: c.trackingNo })}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      <div className="field">
        <label htmlFor="reject-note">{t('reject.note')}</label>
        <textarea id="reject-note" value={note} maxLength={4000} onChange={(e) => setNote(e.target.value)} aria-describedby="reject-note-hint" />
        <p id="reject-note-hint" className="hint">
          {t('reject.noteHint')}
        </p>
      </div>
      <ErrorMessage error={inlineError(step.error)} />
      <div className="button-row">
        <ConfirmButton
          label={t('reject.submit')}
          question={t('reject.confirm', { number: complaint.trackingNo, reason: t(`reject.reasons.${reason}`) })}
          confirmLabel={t('reject.confirmYes')}
          pending={step.isPending}
          ready={ready}
          onConfirm={send}
        />
      </div>
    </form>
  );
}
