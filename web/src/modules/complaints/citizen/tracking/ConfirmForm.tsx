/** The reporter agrees the answer settles it and rates the service from 1 to 5; the complaint closes. */
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../api/problem';
import { ErrorMessage } from '../../../../ui/feedback';
import { useReporterStep } from './useTracking';

const RATINGS = [1, 2, 3, 4, 5] as const;

export function ConfirmForm({ trackingNo, secret, onDone }: { trackingNo: string; secret: string; onDone: (message: string) => void }) {
  const { t } = useTranslation('citizen');
  const id = useId();
  const firstRadio = useRef<HTMLInputElement>(null);
  const step = useReporterStep(trackingNo, secret);
  const [rating, setRating] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const serverField = step.error instanceof ApiError ? (step.error.fieldMessage('satisfaction') ?? step.error.fieldMessage('note') ?? null) : null;
  const ratingError = error ?? serverField;

  const send = (event: FormEvent) => {
    event.preventDefault();
    const problem = rating === null ? t('action.confirm.ratingRequired') : null;
    setError(problem);
    if (problem || rating === null) return firstRadio.current?.focus();
    const text = note.trim();
    step.mutate(
      { action: 'confirm', satisfaction: rating, ...(text ? { note: text } : {}) },
      { onSuccess: () => onDone(t('action.confirm.done', { value: rating })) },
    );
  };

  return (
    <form className="form track-action" onSubmit={send} noValidate>
      <h3>{t('action.confirm.title')}</h3>
      <p>{t('action.confirm.intro')}</p>
      <fieldset aria-describedby={ratingError ? `${id}-error` : undefined}>
        <legend>{t('action.confirm.legend')}</legend>
        {RATINGS.map((value) => (
          <div className="choice" key={value}>
            <input
              ref={value === 1 ? firstRadio : undefined}
              type="radio"
              id={`${id}-rating-${value}`}
              name={`${id}-rating`}
              value={value}
              checked={rating === value}
              onChange={() => setRating(value)}
            />
            <label htmlFor={`${id}-rating-${value}`}>{t(`action.confirm.rating${value}`)}</label>
          </div>
        ))}
        {ratingError && (
          <p className="field-error" id={`${id}-error`} role="alert">
            {ratingError}
          </p>
        )}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('action.confirm.note')}</label>
        <textarea id={`${id}-note`} maxLength={4000} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      {step.isError && !serverField && <ErrorMessage error={step.error} />}
      <div className="button-row">
        <button type="submit" className="button" disabled={step.isPending}>
          {step.isPending ? t('action.sending') : t('action.confirm.submit')}
        </button>
      </div>
    </form>
  );
}
