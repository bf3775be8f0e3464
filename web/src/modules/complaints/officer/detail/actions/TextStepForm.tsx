/**
 * A step that takes one text: the admin desk's question to the reporter (postpone), the OPD's
 * reason for returning it, an internal note. The text's minimum length is checked here first, so
 * the officer is told before anything is sent.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../../../ui/feedback';
import { fieldError } from './fieldError';
import { inlineError, useStep } from './useStep';

interface Props {
  id: string;
  step: 'postpone' | 'return' | 'notes';
  /** The body's field name: question, reason or note. */
  field: 'question' | 'reason' | 'note';
  minLength: number;
  label: string;
  hint: string;
  submitLabel: string;
}

export function TextStepForm({ id, step: name, field, minLength, label, hint, submitLabel }: Props) {
  const { t } = useTranslation('officer');
  const [text, setText] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const step = useStep(id, name, () => setText(''));
  const inputId = `step-${name}-${field}`;
  const message = fieldError(tooShort ? t('form.tooShort', { count: minLength }) : null, step.error, field);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const short = text.trim().length < minLength;
    setTooShort(short);
    if (!short) step.mutate({ [field]: text.trim() });
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={inputId}>{label}</label>
        <textarea
          id={inputId}
          value={text}
          maxLength={4000}
          required
          onChange={(e) => setText(e.target.value)}
          aria-invalid={!!message || undefined}
          aria-describedby={`${inputId}-hint${message ? ` ${inputId}-error` : ''}`}
        />
        <p id={`${inputId}-hint`} className="hint">
          {hint}
        </p>
        {message && (
          <p id={`${inputId}-error`} className="field-error">
            {message}
          </p>
        )}
      </div>
      <ErrorMessage error={inlineError(step.error)} />
      <div className="button-row">
        <button type="submit" className="button" disabled={step.isPending}>
          {step.isPending ? t('state.working') : submitLabel}
        </button>
      </div>
    </form>
  );
}
