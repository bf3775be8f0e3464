/** One text for the city: a message on the timeline (replies) or the information asked for (info). */
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../api/problem';
import { Field } from '../../../../ui/Field';
import { ErrorMessage } from '../../../../ui/feedback';
import { useReporterStep } from './useTracking';

interface Props {
  trackingNo: string;
  secret: string;
  action: 'replies' | 'info';
  title: string;
  label: string;
  hint: string;
  submit: string;
  /** Said aloud and shown once the server has it. */
  done: string;
  onDone: (message: string) => void;
}

const MAX = 4000;

export function MessageForm({ trackingNo, secret, action, title, label, hint, submit, done, onDone }: Props) {
  const { t } = useTranslation('citizen');
  const id = useId();
  const input = useRef<HTMLTextAreaElement>(null);
  const step = useReporterStep(trackingNo, secret);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const fieldError = error ?? (step.error instanceof ApiError ? (step.error.fieldMessage('message') ?? null) : null);

  const send = (event: FormEvent) => {
    event.preventDefault();
    const text = message.trim();
    const problem = text ? null : t('action.messageRequired');
    setError(problem);
    if (problem) return input.current?.focus();
    step.mutate(
      { action, message: text },
      {
        onSuccess: () => {
          setMessage('');
          onDone(done);
        },
      },
    );
  };

  return (
    <form className="form track-action" onSubmit={send} noValidate>
      <h3>{title}</h3>
      <Field id={`${id}-message`} label={label} hint={hint} error={fieldError ?? undefined}>
        {(control) => <textarea ref={input} {...control} maxLength={MAX} value={message} onChange={(e) => setMessage(e.target.value)} />}
      </Field>
      {step.isError && !(step.error instanceof ApiError && step.error.fieldMessage('message')) && <ErrorMessage error={step.error} />}
      <div className="button-row">
        <button type="submit" className="button" disabled={step.isPending}>
          {step.isPending ? t('action.sending') : submit}
        </button>
      </div>
    </form>
  );
}
