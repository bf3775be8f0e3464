/** The reporter is not satisfied with the answer: back to the same OPD, with the reason. */
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../api/problem';
import { formatDateTime } from '../../../../i18n/format';
import { Field } from '../../../../ui/Field';
import { ErrorMessage } from '../../../../ui/feedback';
import { useReporterStep } from './useTracking';

/** The server's minimum (ReopenBody in complaint.schemas.ts). */
const MIN_REASON = 5;

export function ReopenForm({
  trackingNo,
  secret,
  dueAt,
  onDone,
}: {
  trackingNo: string;
  secret: string;
  dueAt: string | null;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('citizen');
  const id = useId();
  const input = useRef<HTMLTextAreaElement>(null);
  const step = useReporterStep(trackingNo, secret);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const serverField = step.error instanceof ApiError ? (step.error.fieldMessage('reason') ?? null) : null;
  const fieldError = error ?? serverField;

  const send = (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    const problem = text.length < MIN_REASON ? t('action.reopen.tooShort', { min: MIN_REASON }) : null;
    setError(problem);
    if (problem) return input.current?.focus();
    step.mutate({ action: 'reopen', reason: text }, { onSuccess: () => onDone(t('action.reopen.done')) });
  };

  return (
    <form className="form track-action" onSubmit={send} noValidate>
      <h3>{t('action.reopen.title')}</h3>
      <p>{dueAt ? t('action.reopen.introUntil', { date: formatDateTime(dueAt) }) : t('action.reopen.intro')}</p>
      <Field id={`${id}-reason`} label={t('action.reopen.label')} hint={t('action.reopen.hint', { min: MIN_REASON })} error={fieldError ?? undefined}>
        {(control) => <textarea ref={input} {...control} maxLength={4000} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      {step.isError && !serverField && <ErrorMessage error={step.error} />}
      <div className="button-row">
        <button type="submit" className="button danger" disabled={step.isPending}>
          {step.isPending ? t('action.sending') : t('action.reopen.submit')}
        </button>
      </div>
    </form>
  );
}
